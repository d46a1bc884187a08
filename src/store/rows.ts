import type { Insertable } from "kysely";
import type { Segment } from "../document/segments.js";
import type { Fact, Kind, Measure } from "../facts/types.js";
import { fold } from "../text/fold.js";
import type { StoredFact } from "./query.js";
import type { FactsTable, ReviewState, SegmentsTable } from "./schema.js";

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
export function segmentRow(documentId: number, s: Segment): Insertable<SegmentsTable> {
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

export interface FactRecordRow {
  id: number;
  doc: string;
  document_id: number;
  line: number;
  column: number;
  value_text: string;
  value: number;
  value_max: number | null;
  total: number | null;
  unit: string;
  measure: string;
  kind: string;
  period: string;
  indicator_code: string | null;
  indicator_text: string;
  area: string;
  base: string | null;
  qualifier: string;
  sentence: string;
  page: number | null;
  why_kind: string | null;
  why_period: string | null;
  title: string;
  date: string | null;
  review_state: string;
}

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
