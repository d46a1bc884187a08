import type { InferResult, Insertable, Kysely } from "kysely";
import type { FactRecord, Kind, Measure, ReviewState, Same, StoredFact } from "../api/types.js";
import type { Segment } from "../document/segments.js";
import type { Fact } from "../facts/types.js";
import { fold } from "../text/fold.js";
import type { Database, FactsTable, SegmentsTable } from "./schema.js";

/** The record's fields as the facts table's columns: the indicator and the why flattened. */
type RecordColumns =
  | Exclude<keyof FactRecord, "doc" | "indicator" | "why">
  | "indicator_code"
  | "indicator_text"
  | "why_kind"
  | "why_period";
/** What only the store keeps: the key, the document, the folded indicator, the review state. */
type StoreColumns = "id" | "document_id" | "indicator_folded" | "review_state";
/** A field added to the record and not to the table (or the other way) fails the build. */
const tableHoldsTheRecord: Same<keyof FactsTable, RecordColumns | StoreColumns> = true;
void tableHoldsTheRecord;

/** The row a fact is stored as (ingest and import write the same). */
export function factRow(documentId: number, f: Fact): Insertable<FactsTable> {
  return {
    document_id: documentId,
    line: f.line,
    column: f.column,
    page: f.page ?? null,
    value_text: f.value_text,
    value: f.value,
    value_max: f.value_max ?? null,
    total: f.total ?? null,
    unit: f.unit,
    measure: f.measure,
    kind: f.kind,
    period: f.period,
    indicator_code: f.indicator.code,
    indicator_text: f.indicator.text,
    indicator_folded: fold(f.indicator.text),
    area: f.area,
    base: f.base ?? null,
    qualifier: f.qualifier ?? "",
    sentence: f.sentence,
    why_kind: f.why?.kind ?? null,
    why_period: f.why?.period ?? null,
  };
}

/** The row a searchable segment is stored as. */
export function segmentRow(
  documentId: number,
  s: Pick<Segment, "line" | "line_end" | "kind" | "text">,
): Insertable<SegmentsTable> {
  return {
    document_id: documentId,
    line: s.line,
    line_end: s.line_end,
    kind: s.kind,
    text: s.text,
    folded: fold(s.text),
  };
}

/** The columns a fact record is read back from, with its document (facts ⋈ documents). */
export const FACT_COLUMNS = [
  "facts.id",
  "documents.name as doc",
  "facts.document_id",
  "facts.line",
  "facts.column",
  "facts.value_text",
  "facts.value",
  "facts.value_max",
  "facts.total",
  "facts.unit",
  "facts.measure",
  "facts.kind",
  "facts.period",
  "facts.indicator_code",
  "facts.indicator_text",
  "facts.area",
  "facts.base",
  "facts.qualifier",
  "facts.sentence",
  "facts.page",
  "facts.why_kind",
  "facts.why_period",
  "documents.title",
  "documents.date",
  "facts.review_state",
] as const;

/** Stored facts as records, with their documents: where every query for facts starts. */
export function factRecords(db: Kysely<Database>) {
  return db
    .selectFrom("facts")
    .innerJoin("documents", "documents.id", "facts.document_id")
    .select(FACT_COLUMNS);
}

/** A row of factRecords. */
export type FactRecordRow = InferResult<ReturnType<typeof factRecords>>[number];

/** A stored row back as the FACTS.md record (optional fields only where they hold something). */
export function storedFact(r: FactRecordRow): StoredFact {
  const f: StoredFact = {
    id: r.id,
    doc: r.doc,
    line: r.line,
    column: r.column,
    value_text: r.value_text,
    value: r.value,
    unit: r.unit,
    measure: r.measure as Measure,
    kind: r.kind as Kind,
    period: r.period,
    indicator: { code: r.indicator_code, text: r.indicator_text },
    area: r.area,
    qualifier: r.qualifier as StoredFact["qualifier"],
    sentence: r.sentence,
    document: { id: r.document_id, title: r.title, date: r.date },
    review_state: r.review_state as ReviewState,
  };
  if (r.value_max !== null) f.value_max = r.value_max;
  if (r.total !== null) f.total = r.total;
  if (r.base !== null) f.base = r.base;
  if (r.page !== null) f.page = r.page;
  if (r.why_kind !== null || r.why_period !== null)
    f.why = { kind: r.why_kind ?? "", period: r.why_period ?? "" };
  return f;
}
