import type { Fact } from "../facts/types.js";
import { periodEnd } from "../periods/codes.js";
import { registerSpellings } from "../store/areas.js";
import type { Store } from "../store/connect.js";
import { storedAs } from "../store/ingest.js";
import { factRow } from "../store/rows.js";
import { fold } from "../text/fold.js";

/** Rows per insert, as ingest does. */
const BATCH = 500;

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
 * or, when anything fails, none. Each row is also a segment, so search finds it.
 */
export async function storeImported(store: Store, d: ImportedDocument): Promise<number> {
  const ends = d.facts.map((f) => periodEnd(f.period)).filter(Boolean);
  const now = new Date().toISOString();
  return store.db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto("documents")
      .values({
        name: d.name,
        format: d.format,
        title: `Số liệu nhập từ ${d.name}`,
        type: "Số liệu nhập",
        issuer: "",
        area: single(d.facts.map((f) => f.area)),
        period: single(d.facts.map((f) => f.period)),
        plan_period: null,
        date: null,
        // Among reports, an import comes at the end of the latest period its figures are about.
        order_date: ends.sort().at(-1) ?? now.slice(0, 10),
        draft: 0,
        lines: d.lines,
        content_hash: d.hash,
        raw_text: d.rawText,
        ingested_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    for (let i = 0; i < d.facts.length; i += BATCH) {
      const batch = d.facts.slice(i, i + BATCH);
      await trx
        .insertInto("facts")
        .values(batch.map((f) => factRow(id, f)))
        .execute();
      await trx
        .insertInto("segments")
        .values(
          batch.map((f) => ({
            document_id: id,
            line: f.line,
            line_end: f.line,
            kind: "row",
            text: f.sentence,
            folded: fold(f.sentence),
          })),
        )
        .execute();
    }
    await registerSpellings(trx, store.dialect, new Set(d.facts.map((f) => f.area)));
    return id;
  });
}
