import type { Fact } from "../facts/types.js";
import { periodEnd } from "../periods/codes.js";
import type { Store } from "../store/connect.js";
import { saveDocument, storedAs } from "../store/documents.js";

export interface ImportedDocument {
  name: string;
  format: "csv" | "xlsx";
  hash: string;
  rawText: string;
  /** Rows the document has (for its `lines`). */
  lines: number;
  facts: Fact[];
}

/** The document already stored with these bytes, if any. */
export const importedAs = storedAs;

/** The one value all have, else "". */
const single = (values: string[]): string => (new Set(values).size === 1 ? values[0] : "");

/**
 * Store an imported file as a document of its own with its facts, in one transaction: all of it
 * or, when anything fails, none (the store's saveDocument, as ingest). Each row is also a
 * segment, so search finds it.
 */
export async function storeImported(store: Store, d: ImportedDocument): Promise<number> {
  const ends = d.facts.map((f) => periodEnd(f.period)).filter(Boolean);
  return saveDocument(store, {
    document: {
      doc: d.name,
      format: d.format,
      title: `Số liệu nhập từ ${d.name}`,
      type: "Số liệu nhập",
      issuer: "",
      area: single(d.facts.map((f) => f.area)),
      period: single(d.facts.map((f) => f.period)),
      plan_period: null,
      date: null,
      draft: false,
      lines: d.lines,
    },
    // Among reports, an import comes at the end of the latest period its figures are about.
    orderDate: ends.sort().at(-1) ?? new Date().toISOString().slice(0, 10),
    hash: d.hash,
    rawText: d.rawText,
    facts: d.facts,
    segments: d.facts.map((f) => ({ line: f.line, line_end: f.line, kind: "row", text: f.sentence })),
  });
}
