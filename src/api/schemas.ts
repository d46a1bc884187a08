import { z } from "zod";
import { isoDate, isPeriodCode, PERIOD_CODE } from "../periods/codes.js";
import { FactRecord, IndicatorRef, StoredFact, Why } from "./fact.js";
import {
  DATE_FORMS,
  FINDING_TYPES,
  KINDS,
  MEASURES,
  PERIOD_FORMS,
  REVIEW_ACTIONS,
  ROLES,
  STATUSES,
} from "./vocabulary.js";

export { FactRecord, IndicatorRef, StoredFact, Why };

/** The stored fact, as the API and its OpenAPI document name it. */
export const Fact = StoredFact;

/**
 * The API's schemas, in zod: the one contract of the shapes solieu passes around. The server
 * validates its query parameters and bodies with them, the OpenAPI document
 * (src/server/openapi.ts) is generated from them, the store and the analysis answer in their
 * types (types.ts), and the web app takes its types from them (`import type`, erased by Vite).
 */

/** A whole number written in decimal digits, from min to max. */
export function wholeNumber(min: number, max: number, description: string) {
  return z
    .string()
    .regex(/^\d{1,16}$/, "not a whole number")
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
    .meta({ description, type: "integer", minimum: min, maximum: max });
}

const text = (what: string) =>
  z.string().max(200, "too long (at most 200 characters)").meta({ description: what });

const period = z
  .string()
  .regex(PERIOD_CODE, "not a period code (2023, 2023-S1, 2023-Q3, 2023-06, 2021/2025)")
  .meta({ description: "A period code: 2023, 2023-S1, 2023-Q3, 2023-06, 2021/2025", examples: ["2023"] });

/**
 * Facts: at most this many unless `limit` asks for fewer or more (up to FACTS_MAX). A page, as
 * in any list API: a thousand facts with their sentences weigh about a megabyte.
 */
export const FACTS_DEFAULT = 100;
export const FACTS_MAX = 10_000;

export const factsQuery = z.strictObject({
  indicator: text(
    "A catalogue code (grdp_growth) or words of the indicator as written, diacritics optional",
  ).optional(),
  area: text("An area's name, alias or code, diacritics and level word optional").optional(),
  period: period.optional(),
  kind: z
    .enum(KINDS, { error: `not one of ${KINDS.join("|")}` })
    .meta({ description: "What the figure is" })
    .optional(),
  doc: text("A document's file name").optional(),
  limit: wholeNumber(0, FACTS_MAX, `Facts to return (default ${FACTS_DEFAULT})`).optional(),
  offset: wholeNumber(0, 1_000_000_000, "Facts to skip").optional(),
});

/** Status rows: a page of this many unless `limit` asks otherwise (up to STATUS_MAX). */
export const STATUS_DEFAULT = 100;
export const STATUS_MAX = 5000;

export const statusQuery = z.strictObject({
  period: period.optional(),
  area: text("An area's name, alias or code, diacritics optional").optional(),
  all: z
    .enum(["true", "false"], { error: "not one of true|false" })
    .transform((v) => v === "true")
    .meta({ description: "Also the rows without a target (plain results), as `solieu status --all`" })
    .optional(),
  limit: wholeNumber(0, STATUS_MAX, `Rows to return (default ${STATUS_DEFAULT})`).optional(),
  offset: wholeNumber(0, 1_000_000_000, "Rows to skip").optional(),
});

export const searchQuery = z.strictObject({
  q: z
    .string({ error: "required" })
    .min(1, "required")
    .max(500, "too long (at most 500 characters)")
    .meta({ description: 'Words to find, diacritics optional; "quoted phrases" must match' }),
  limit: wholeNumber(1, 100, "Hits to return (default 10)").optional(),
  doc: text("Only in the document with this file name").optional(),
});

export const askQuery = z.strictObject({
  q: z
    .string({ error: "required" })
    .min(1, "required")
    .max(500, "too long (at most 500 characters)")
    .meta({ description: "A question in Vietnamese, diacritics optional" }),
  limit: wholeNumber(1, 100, "Facts to return (default 10)").optional(),
});

export const exportQuery = z.strictObject({
  format: z
    .enum(["csv", "xlsx", "sdmx-csv", "dhis2-json"], { error: "not one of csv|xlsx|sdmx-csv|dhis2-json" })
    .meta({ description: "The file format" }),
  indicator: factsQuery.shape.indicator,
  area: factsQuery.shape.area,
  period: factsQuery.shape.period,
  kind: factsQuery.shape.kind,
});

export const reportQuery = z.strictObject({
  period: z
    .string({ error: "required" })
    .min(1, "required")
    .pipe(factsQuery.shape.period.unwrap())
    .meta({ description: "The period reported on (2023, 2023-S1, 2021/2025)" }),
  area: statusQuery.shape.area,
  format: z
    .enum(["docx", "md"], { error: "not one of docx|md" })
    .meta({ description: "docx (default) or md" })
    .optional(),
});

export const emptyQuery = z.strictObject({});

export const documentParams = z.strictObject({
  id: wholeNumber(1, 2_147_483_647, "The document's id"),
});

export const factParams = z.strictObject({
  id: wholeNumber(1, 2_147_483_647, "The fact's id"),
});

// ---- request bodies ----

export const signInBody = z
  .strictObject({
    name: z.string({ error: "required" }).min(1, "required").max(200, "too long"),
    password: z.string({ error: "required" }).min(1, "required").max(1024, "too long"),
  })
  .meta({ description: "The account's name and password" });

const finite = (what: string) => z.number({ error: "not a number" }).meta({ description: what });

export const FactChanges = z
  .strictObject({
    value: finite("The figure"),
    value_max: finite("The upper end of a range").nullable(),
    unit: z.string().max(50, "too long (at most 50 characters)"),
    measure: z.enum(MEASURES, { error: `not one of ${MEASURES.join("|")}` }),
    kind: z.enum(KINDS, { error: `not one of ${KINDS.join("|")}` }),
    period,
    area: z.string().min(1, "empty").max(200, "too long (at most 200 characters)"),
    indicator_code: z
      .string()
      .min(1, "empty")
      .max(100, "too long (at most 100 characters)")
      .nullable()
      .meta({ description: "A catalogue code, or null for none" }),
    indicator_text: z.string().min(1, "empty").max(500, "too long (at most 500 characters)"),
  })
  .partial()
  .meta({ description: "The fields to correct, with their new values; the others stay" });

export const reviewBody = z
  .strictObject({
    action: z
      .enum(REVIEW_ACTIONS, { error: `not one of ${REVIEW_ACTIONS.join("|")}` })
      .meta({ description: "confirm: the figure is right; correct: change fields; reject: it is wrong" }),
    changes: FactChanges.optional(),
    note: z.string().max(2000, "too long (at most 2000 characters)").nullable().optional(),
  })
  .meta({ description: "A review: correct needs at least one field that differs" });

/**
 * The fields sent beside the file of POST /api/documents: what the user knows about the
 * report, as `solieu ingest --date … --area …` takes it. An empty field is no field; the date
 * comes out ISO.
 */
export const uploadFields = z
  .strictObject({
    date: z
      .string()
      .max(40, "too long (at most 40 characters)")
      .meta({
        description: `The date the report was written or published, when its text does not say it or says it wrongly: ${DATE_FORMS}`,
        examples: ["2023-12-11"],
      })
      .refine((v) => isoDate(v) !== null, {
        error: (iss) => `"${String(iss.input)}" is not a date (${DATE_FORMS})`,
      })
      .transform((v) => isoDate(v) as string)
      .optional(),
    period: z
      .string()
      .max(40, "too long (at most 40 characters)")
      .meta({ description: `The period the report is about: ${PERIOD_FORMS}`, examples: ["2023-S1"] })
      .refine((v) => isPeriodCode(v.trim()), {
        error: (iss) => `"${String(iss.input)}" is not a period code (${PERIOD_FORMS})`,
      })
      .transform((v) => v.trim())
      .optional(),
    area: hintText(
      200,
      "The area the report is about; its figures that name no area of their own are about it",
      "tỉnh Lào Cai",
    ),
    title: hintText(300, "The report's title", "Báo cáo tình hình kinh tế - xã hội năm 2024"),
    issuer: hintText(200, "Who issued it", "UBND tỉnh Lào Cai"),
  })
  .meta({ description: "What the user knows about the report; each replaces what its text says of itself" });

function hintText(max: number, description: string, example: string) {
  return z
    .string()
    .max(max, `too long (at most ${max} characters)`)
    .meta({ description, examples: [example] })
    .transform((v) => v.normalize("NFC").replace(/\s+/g, " ").trim())
    .optional();
}

// ---- responses ----

export const Given = z
  .strictObject({
    date: z.string().optional(),
    period: z.string().optional(),
    area: z.string().optional(),
    title: z.string().optional(),
    issuer: z.string().optional(),
  })
  .meta({ description: "What the user gave of the document when it was stored ({} when nothing)" });

export const DerivedTarget = z
  .strictObject({
    value: z.number(),
    value_text: z.string(),
    unit: z.string(),
    kind: z.literal("target"),
    derived: z.literal(true),
    doc: z.string(),
    line: z.number().int(),
    from: Fact,
  })
  .meta({ description: "A target worked out from a stated % of plan" });

export const StatusRow = z.strictObject({
  indicator: IndicatorRef,
  name: z.string().meta({
    description:
      "The row's name: the catalogue's name of a catalogued indicator, else the document's words when they read as a name, else the words of the sentence up to the figure",
  }),
  area: z.string(),
  period: z.string(),
  unit: z.string(),
  measure: z.enum(MEASURES).meta({ description: "What the row's figures measure (FACTS.md's measure)" }),
  target: z.union([Fact, DerivedTarget]).nullable(),
  result: Fact.nullable(),
  pct_of_target: z.number().nullable(),
  stated_pct_of_target: z.number().nullable(),
  status: z.enum(STATUSES),
  direction: z.enum(["up", "down"]),
  versions: z.array(Fact),
});

export const Finding = z.strictObject({
  type: z.enum(FINDING_TYPES),
  message: z.string(),
  facts: z.array(Fact),
});

/** A date or a document's number quoted from a report: the answer to "khi nào", "nghị quyết nào". */
export const Passage = z.strictObject({
  doc: z.string(),
  line: z.number().int(),
  column: z.number().int().meta({ description: "0-based offset of text in its raw line" }),
  text: z.string().meta({ description: "The date or symbol as written: 'tháng 9/2023', '126/NQ-HĐND'" }),
  kind: z.enum(["date", "document"]),
  sentence: z.string().meta({ description: "The raw line it stands in" }),
});

export const SearchHit = z.strictObject({
  doc: z.string(),
  document_id: z.number().int(),
  line: z.number().int(),
  line_end: z.number().int(),
  snippet: z.string().meta({ description: "The text with the matched words in «»" }),
  facts: z.array(Fact),
});

export const DocumentMeta = z.strictObject({
  id: z.number().int(),
  doc: z.string().meta({ description: "The file's name: the doc of its facts" }),
  format: z.string(),
  title: z.string(),
  type: z.string(),
  issuer: z.string(),
  area: z.string(),
  period: z.string(),
  plan_period: z.string().nullable(),
  date: z.string().nullable(),
  draft: z.boolean(),
  lines: z.number().int(),
  ingested_at: z.string(),
  given: Given,
  facts: z.number().int().meta({ description: "How many facts were read from it" }),
});

export const FactPosition = z.strictObject({
  id: z.number().int(),
  line: z.number().int(),
  column: z.number().int(),
  value_text: z.string(),
});

export const DocumentDetail = z.strictObject({
  document: DocumentMeta,
  text: z.string().meta({ description: "The document's text as stored; lines are numbered from 1" }),
  facts: z.array(FactPosition),
  outline: z.array(
    z.strictObject({
      line: z.number().int(),
      level: z
        .number()
        .int()
        .meta({ description: "1 Phần, 2 A., 3 I., 4 1., 5 1.1., 6 1.1.1., 7 a), 8 (1)" }),
      text: z.string(),
    }),
  ),
  footnotes: z.array(
    z.strictObject({ line: z.number().int(), line_end: z.number().int(), text: z.string() }),
  ),
});

export const Indicator = z.strictObject({
  code: z.string(),
  name_vi: z.string(),
  name_en: z.string(),
  unit: z.string(),
  direction: z.enum(["up", "down", ""]),
  sector: z.string(),
  aliases: z.array(z.string()),
});

export const Area = z.strictObject({
  code: z.string(),
  name: z.string(),
  level: z.string(),
  parent: z.string().nullable(),
  valid_from: z.string().nullable(),
  valid_to: z.string().nullable(),
  successor: z.string().nullable(),
  aliases: z.array(z.string()),
});

export const ApiError = z.strictObject({
  error: z.string().meta({ description: "What was wrong; for a parameter: <parameter>: <reason>" }),
});

const FieldValue = z.union([z.number(), z.string(), z.null()]);

export const ReviewEntry = z
  .strictObject({
    id: z.number().int(),
    action: z.enum(REVIEW_ACTIONS),
    changes: z
      .record(z.string(), z.strictObject({ from: FieldValue, to: FieldValue }))
      .meta({ description: "Each field changed, with its value before and after" }),
    note: z.string().nullable(),
    user: z.string().meta({ description: "Who reviewed" }),
    at: z.string().meta({ description: "When (ISO 8601, UTC)" }),
  })
  .meta({ description: "One review of a fact" });

export const SessionUser = z.strictObject({ name: z.string(), role: z.enum(ROLES) });

export const ReadAccess = z
  .enum(["open", "signed-in"])
  .meta({ description: "open: anyone may read; signed-in: reading needs a session" });

export const FactsResponse = z.strictObject({ facts: z.array(Fact) });
export const FactDetail = z.strictObject({
  fact: Fact,
  history: z.array(ReviewEntry).meta({ description: "Newest first" }),
});
export const SessionResponse = z.strictObject({
  user: SessionUser.nullable(),
  csrf: z.string().nullable().meta({ description: "What writes must carry in the X-CSRF-Token header" }),
  read: ReadAccess,
});
export const SignInResponse = z.strictObject({
  user: SessionUser,
  csrf: z.string().meta({ description: "What writes must carry in the X-CSRF-Token header" }),
});
export const StatusResponse = z.strictObject({
  rows: z.array(StatusRow),
  total: z.number().int().meta({ description: "Rows matching, before limit and offset" }),
});
export const CheckResponse = z.strictObject({ findings: z.array(Finding) });
export const SearchResponse = z.strictObject({ hits: z.array(SearchHit) });
export const AskResponse = z.strictObject({
  answer: z
    .string()
    .meta({ description: "One Vietnamese sentence citing the best fact, or saying none was found" }),
  facts: z.array(Fact),
  passages: z
    .array(Passage)
    .meta({ description: "For a question asking when or which document: the dates or numbers quoted" }),
});
export const DocumentsResponse = z.strictObject({ documents: z.array(DocumentMeta) });
export const IndicatorsResponse = z.strictObject({ indicators: z.array(Indicator) });
export const AreasResponse = z.strictObject({ areas: z.array(Area) });
export const UploadResponse = z.strictObject({
  document: DocumentMeta,
  facts: z.number().int().meta({ description: "How many facts are stored from it" }),
  duplicate: z.boolean().meta({ description: "The same bytes were stored before: nothing was added" }),
});

/** The schemas named in the OpenAPI document's components. */
export const COMPONENTS = {
  Fact,
  Why,
  Given,
  DerivedTarget,
  StatusRow,
  Finding,
  SearchHit,
  Passage,
  DocumentMeta,
  FactPosition,
  DocumentDetail,
  Indicator,
  Area,
  ReviewEntry,
  SessionUser,
  Error: ApiError,
  FactsResponse,
  FactDetail,
  SessionResponse,
  SignInResponse,
  UploadResponse,
  SignInRequest: signInBody,
  ReviewRequest: reviewBody,
  StatusResponse,
  CheckResponse,
  SearchResponse,
  AskResponse,
  DocumentsResponse,
  IndicatorsResponse,
  AreasResponse,
};
