import { z } from "zod";
import {
  askQuery,
  COMPONENTS,
  documentParams,
  emptyQuery,
  exportQuery,
  FACTS_DEFAULT,
  FACTS_MAX,
  factParams,
  factsQuery,
  reportQuery,
  searchQuery,
  statusQuery,
  uploadFields,
} from "../api/schemas.js";

/**
 * The OpenAPI 3.1 document: the paths written here by hand, their parameters and answers
 * generated from the zod schemas the API validates with (schemas.ts), so the two agree.
 */

type ObjectSchema = z.ZodObject<z.ZodRawShape>;

type Body = keyof typeof COMPONENTS | { type: string; schema: object };

export interface Operation {
  /** get unless said. */
  method?: "get" | "post" | "delete";
  path: string;
  summary: string;
  description?: string;
  query?: ObjectSchema;
  params?: ObjectSchema;
  /** The request body: a component of COMPONENTS (JSON), or a media type with a plain schema. */
  body?: Body;
  /** A component of COMPONENTS, or a media type with a plain schema. */
  answer: Body;
  /** The status of success, 200 unless said. */
  status?: 200 | 201;
  /** What a 404 means here, when the operation has one. */
  notFound?: string;
  /** Who may call it: any signed-in user, or an editor (or admin). Writes carry X-CSRF-Token too. */
  auth?: "session" | "editor";
  /** Answered whatever the read access: what a client needs to sign in. */
  open?: boolean;
  /** Further answers: status → what it means. */
  more?: Record<string, string>;
}

const WRITE =
  "Needs a session and its CSRF token in X-CSRF-Token; a request whose Origin is another site is refused.";

export const OPERATIONS: Operation[] = [
  {
    path: "/api/facts",
    summary: "Stored facts",
    description: `Every version of a figure, oldest document first; at most ${FACTS_DEFAULT} unless limit says otherwise (at most ${FACTS_MAX}). Facts a reviewer rejected are left out (GET /api/facts/{id} still shows them).`,
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
    notFound: "No such document",
  },
  {
    method: "post",
    path: "/api/documents",
    summary: "Store a report: multipart/form-data with the file in the field file (.txt .md .docx .pdf)",
    description: `Read and stored as solieu ingest stores it, with what the optional fields date, period, area, title and issuer say of it (kept in the document's given): 201 with the new document and how many facts were stored; 200 with duplicate true when the same bytes were stored before; 400 naming the file and the problem when it cannot be read, and nothing is stored. Editors and admins. ${WRITE}`,
    body: { type: "multipart/form-data", schema: uploadForm() },
    answer: "UploadResponse",
    status: 201,
    auth: "editor",
    more: {
      "200": "The same bytes were stored before (duplicate: true); nothing was added",
      "413": "The file is larger than 50 MB",
    },
  },
  {
    path: "/api/facts/{id}",
    summary: "One fact, rejected or not, with its review history",
    description: "The fact as /api/facts gives it, with its review_state; history newest first.",
    query: emptyQuery,
    params: factParams,
    answer: "FactDetail",
    notFound: "No such fact",
  },
  {
    method: "post",
    path: "/api/facts/{id}/review",
    summary: "Confirm, correct or reject a fact",
    description: `correct changes the fields given in place (at least one must differ) and keeps their old values in the history; reject leaves the fact out of /api/facts, status and check. Editors and admins. ${WRITE}`,
    params: factParams,
    body: "ReviewRequest",
    answer: "FactDetail",
    notFound: "No such fact",
    auth: "editor",
    more: { "413": "The body is too large" },
  },
  {
    path: "/api/session",
    summary: "Who is signed in, the CSRF token for writes, and whether reading needs a session",
    open: true,
    query: emptyQuery,
    answer: "SessionResponse",
  },
  {
    method: "post",
    path: "/api/session",
    summary: "Sign in: sets the session cookie (HttpOnly, SameSite=Strict) and answers the CSRF token",
    description:
      "401 with the same message for a wrong name and a wrong password. After 5 failures for one name, or from one address, within 15 minutes, every attempt for that name or from that address (the right password too, for a name that exists or not) is refused with 429 and Retry-After (seconds) until the window has passed. A sign-in from another site (Origin) is refused with 403. Sessions last 12 hours.",
    open: true,
    body: "SignInRequest",
    answer: "SignInResponse",
    more: {
      "401": "Wrong name or password",
      "403": "The request comes from another site",
      "429": "Too many failed sign-ins for this name or from this address: wait Retry-After seconds",
    },
  },
  {
    method: "delete",
    path: "/api/session",
    summary: "Sign out: ends the session and clears the cookie",
    description: WRITE,
    auth: "session",
    answer: "SessionResponse",
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

/** The operations that answer without the database. */
const STORELESS = new Set(["/api/openapi.json", "/api/docs"]);

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** The upload's form: the file, and the fields of uploadFields as the API validates them. */
function uploadForm(): object {
  const { properties = {} } = z.toJSONSchema(uploadFields, { io: "input" }) as {
    properties?: Record<string, object>;
  };
  return {
    type: "object",
    properties: { file: { type: "string", format: "binary", description: "The report" }, ...properties },
    required: ["file"],
  };
}

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

const content = (body: Body) =>
  typeof body === "string"
    ? { "application/json": { schema: ref(body) } }
    : { [body.type]: { schema: body.schema } };

function operation(op: Operation) {
  const error = (description: string) => ({ description, content: content("Error") });
  const responses: Record<string, object> = {
    [String(op.status ?? 200)]: {
      description: op.status === 201 ? "Created" : "OK",
      content: content(op.answer),
    },
  };
  if (op.query || op.params || op.body)
    responses["400"] = error(
      op.body
        ? "The request is wrong: <parameter or field>: <reason>"
        : "A parameter is wrong: <parameter>: <reason>",
    );
  if (op.auth) {
    responses["401"] = error("Not signed in: cần đăng nhập");
    responses["403"] = error(
      op.auth === "editor"
        ? "No or wrong X-CSRF-Token, another site's Origin, or a viewer: cần quyền biên tập (editor)"
        : "No or wrong X-CSRF-Token, or another site's Origin",
    );
  } else if (!op.open && (op.method ?? "get") === "get")
    responses["401"] = error("The server lets only signed-in users read (serve --read signed-in)");
  if (op.notFound) responses["404"] = error(op.notFound);
  for (const [status, description] of Object.entries(op.more ?? {}))
    responses[status] = status.startsWith("2")
      ? { description, content: content(op.answer) }
      : error(description);
  responses["500"] = error("The server failed");
  if (!STORELESS.has(op.path))
    responses["503"] = error(
      "The database cannot be reached now (stopped, restarting): try again later; Retry-After says when",
    );
  return {
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    parameters: [
      ...(op.params ? parameters(op.params, "path") : []),
      ...(op.query ? parameters(op.query, "query") : []),
    ],
    ...(op.body ? { requestBody: { required: true, content: content(op.body) } } : {}),
    ...(op.auth ? { security: [{ session: [], csrf: [] }] } : {}),
    responses: Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b))),
  };
}

function paths(): Record<string, Record<string, object>> {
  const out: Record<string, Record<string, object>> = {};
  for (const op of OPERATIONS) {
    out[op.path] ??= {};
    out[op.path][op.method ?? "get"] = operation(op);
  }
  return out;
}

let cached: object | undefined;

export function openApiDocument(): object {
  cached ??= {
    openapi: "3.1.0",
    info: {
      title: "solieu",
      version: "0.1.0",
      description:
        "Figures read from Vietnamese provincial, district and commune reports, each traced to its document, line and column; plan targets against results. Reading is open unless the server runs with read signed-in; reviewing facts and storing reports need an editor's session (POST /api/session) and its CSRF token in the X-CSRF-Token header.",
    },
    paths: paths(),
    components: {
      schemas: components(),
      securitySchemes: {
        session: {
          type: "apiKey",
          in: "cookie",
          name: "solieu_session",
          description: "Set by POST /api/session",
        },
        csrf: {
          type: "apiKey",
          in: "header",
          name: "X-CSRF-Token",
          description: "The csrf of POST or GET /api/session",
        },
      },
    },
  };
  return cached;
}
