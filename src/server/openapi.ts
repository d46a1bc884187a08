import { z } from "zod";
import {
  askQuery,
  COMPONENTS,
  documentParams,
  emptyQuery,
  exportQuery,
  FACTS_DEFAULT,
  FACTS_MAX,
  factsQuery,
  reportQuery,
  searchQuery,
  statusQuery,
} from "./schemas.js";

/**
 * The OpenAPI 3.1 document: the paths written here by hand, their parameters and answers
 * generated from the zod schemas the API validates with (schemas.ts), so the two agree.
 */

type ObjectSchema = z.ZodObject<z.ZodRawShape>;

interface Operation {
  path: string;
  summary: string;
  description?: string;
  query?: ObjectSchema;
  params?: ObjectSchema;
  /** A component of COMPONENTS, or a media type with a plain schema. */
  answer: keyof typeof COMPONENTS | { type: string; schema: object };
  notFound?: boolean;
}

export const OPERATIONS: Operation[] = [
  {
    path: "/api/facts",
    summary: "Stored facts",
    description: `Every version of a figure, oldest document first; at most ${FACTS_DEFAULT} unless limit says otherwise (at most ${FACTS_MAX}).`,
    query: factsQuery,
    answer: "FactsResponse",
  },
  {
    path: "/api/status",
    summary: "Plan against result per indicator, area and period",
    description:
      "exceeded: better than the target in the indicator's direction; met: equal to it at the precision written; not_met: worse.",
    query: statusQuery,
    answer: "StatusResponse",
  },
  {
    path: "/api/check",
    summary: "Consistency findings",
    query: emptyQuery,
    answer: "CheckResponse",
  },
  {
    path: "/api/search",
    summary: "Full-text search of the stored reports, diacritics optional",
    description: "Sentences and table rows, best first; line..line_end are the raw lines a hit spans.",
    query: searchQuery,
    answer: "SearchResponse",
  },
  {
    path: "/api/ask",
    summary: "A cited answer to a question in Vietnamese",
    description: "The figures that answer it, best first, each with its document and line.",
    query: askQuery,
    answer: "AskResponse",
  },
  {
    path: "/api/export",
    summary: "The stored facts as a file: CSV, XLSX, SDMX-CSV or DHIS2 dataValueSets",
    description:
      "Filtered like /api/facts; downloaded as an attachment. DHIS2 ids are solieu's own codes (a mapping file is for the CLI).",
    query: exportQuery,
    answer: { type: "application/octet-stream", schema: { type: "string", format: "binary" } },
  },
  {
    path: "/api/report",
    summary: "The standard plan-against-result report of a period, as DOCX or Markdown",
    query: reportQuery,
    answer: { type: "application/octet-stream", schema: { type: "string", format: "binary" } },
  },
  {
    path: "/api/documents",
    summary: "The stored documents' metadata",
    query: emptyQuery,
    answer: "DocumentsResponse",
  },
  {
    path: "/api/documents/{id}",
    summary: "One document: its metadata, its text and where its facts are in it",
    query: emptyQuery,
    params: documentParams,
    answer: "DocumentDetail",
    notFound: true,
  },
  {
    path: "/api/indicators",
    summary: "The indicator catalogue",
    query: emptyQuery,
    answer: "IndicatorsResponse",
  },
  {
    path: "/api/areas",
    summary: "The administrative units known, with their other spellings",
    query: emptyQuery,
    answer: "AreasResponse",
  },
  {
    path: "/api/openapi.json",
    summary: "This document",
    answer: { type: "application/json", schema: { type: "object" } },
  },
  {
    path: "/api/docs",
    summary: "A page listing the endpoints",
    answer: { type: "text/html", schema: { type: "string" } },
  },
];

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function parameters(schema: ObjectSchema, where: "query" | "path") {
  return Object.entries(schema.shape).map(([name, prop]) => {
    const optional = prop instanceof z.ZodOptional;
    const inner = (optional ? prop.unwrap() : prop) as z.ZodType;
    const {
      $schema: _,
      description,
      ...json
    } = z.toJSONSchema(inner, { io: "input" }) as Record<string, unknown>;
    // A whole number arrives as digits; it is documented as the integer it is.
    if (json.type === "integer") delete json.pattern;
    return { name, in: where, required: !optional, description, schema: json };
  });
}

function components(): Record<string, object> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, s]) => {
      const { $schema: _, $id: __, ...rest } = s as Record<string, unknown>;
      return [id, rest];
    }),
  );
}

function operation(op: Operation) {
  const json = (schema: object) => ({ "application/json": { schema } });
  const responses: Record<string, object> = {
    "200": {
      description: "OK",
      content:
        typeof op.answer === "string"
          ? json(ref(op.answer))
          : { [op.answer.type]: { schema: op.answer.schema } },
    },
  };
  if (op.query || op.params)
    responses["400"] = {
      description: "A parameter is wrong: <parameter>: <reason>",
      content: json(ref("Error")),
    };
  if (op.notFound) responses["404"] = { description: "No such document", content: json(ref("Error")) };
  responses["500"] = { description: "The server failed", content: json(ref("Error")) };
  return {
    get: {
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      parameters: [
        ...(op.params ? parameters(op.params, "path") : []),
        ...(op.query ? parameters(op.query, "query") : []),
      ],
      responses,
    },
  };
}

let cached: object | undefined;

export function openApiDocument(): object {
  cached ??= {
    openapi: "3.1.0",
    info: {
      title: "solieu",
      version: "0.1.0",
      description:
        "Figures read from Vietnamese provincial, district and commune reports, each traced to its document, line and column; plan targets against results.",
    },
    paths: Object.fromEntries(OPERATIONS.map((op) => [op.path, operation(op)])),
    components: { schemas: components() },
  };
  return cached;
}
