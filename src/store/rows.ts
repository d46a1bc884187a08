import type { Insertable } from "kysely";
import type { Segment } from "../document/segments.js";
import type { Fact } from "../facts/types.js";
import { fold } from "../text/fold.js";
import type { FactsTable, SegmentsTable } from "./schema.js";

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
