// Stage 2 of the store bench, its input: the corpus's rows as ingest stored them (stage 1's last
// SQLite store), which the synthetic store copies.
import { createHash } from "node:crypto";
import Sqlite from "better-sqlite3";
import { BenchError, GENERATOR, SYNTHETIC } from "./settings.mjs";

/**
 * The corpus as ingest stored it: documents, facts, segments and the areas it registered, and a
 * key naming the generator, the migrations and these rows (the cached SQLite store's name).
 */
export function readTemplates(lib, file, expected) {
  const db = new Sqlite(file, { readonly: true });
  try {
    const documents = db.prepare("select * from documents order by id").all();
    if (documents.length !== expected)
      throw new BenchError(`template store holds ${documents.length} documents`);
    const facts = db.prepare('select * from facts order by document_id, line, "column", id').all();
    const segments = db.prepare("select * from segments order by document_id, line, id").all();
    const areas = db.prepare("select * from areas order by code").all();
    const list = documents.map((d) =>
      widen({
        doc: d,
        lines: d.raw_text.split("\n"),
        facts: facts.filter((f) => f.document_id === d.id),
        segments: segments.filter((s) => s.document_id === d.id),
      }),
    );
    const hash = createHash("sha256").update(GENERATOR).update(JSON.stringify(SYNTHETIC));
    hash.update(JSON.stringify(lib.migrations));
    for (const d of documents) hash.update(JSON.stringify({ ...d, ingested_at: "" }));
    for (const rows of [facts, segments, areas]) for (const r of rows) hash.update(JSON.stringify(r));
    return { list, areas, facts, key: hash.digest("hex").slice(0, 16) };
  } finally {
    db.close();
  }
}

/** A document too short for the largest run of facts is repeated end to end (the samples are). */
function widen(t) {
  const need = SYNTHETIC.factsPerDocument + SYNTHETIC.spread;
  if (!t.facts.length || t.facts.length >= need) return t;
  const copies = Math.ceil(need / t.facts.length);
  const n = t.lines.length;
  const shift = (rows, k) =>
    rows.map((r) => ({
      ...r,
      line: r.line + k * n,
      ...(r.line_end ? { line_end: r.line_end + k * n } : {}),
    }));
  const range = [...Array(copies).keys()];
  return {
    doc: t.doc,
    lines: range.flatMap(() => t.lines),
    facts: range.flatMap((k) => shift(t.facts, k)),
    segments: range.flatMap((k) => shift(t.segments, k)),
  };
}
