import { defaultDb } from "../store/connect.js";
import { search } from "../store/search.js";
import { openForCommand } from "./open-store.js";
import { exitOnClosedPipe, Writer } from "./output.js";

export interface SearchCommandOptions {
  db?: string;
  doc?: string;
  limit?: string;
  format: string;
}

/** `solieu search TEXT`: sentences and table rows of the stored reports, best first. */
export async function searchCommand(words: string[], opts: SearchCommandOptions): Promise<number> {
  exitOnClosedPipe();
  if (!["table", "json"].includes(opts.format)) {
    process.stderr.write(`solieu search: unknown format "${opts.format}" (table or json)\n`);
    return 2;
  }
  const limit = opts.limit === undefined ? 10 : Number(opts.limit);
  if (!(Number.isInteger(limit) && limit > 0)) {
    process.stderr.write(`solieu search: --limit needs a whole number above 0, not "${opts.limit}"\n`);
    return 2;
  }
  // Unquoted words arrive one per argument: `solieu search tỷ lệ hộ nghèo`.
  const text = words.join(" ").trim();
  if (!text) {
    process.stderr.write("solieu search: nothing to search for\n");
    return 2;
  }
  const store = await openForCommand(defaultDb(opts.db), { mustExist: true });
  if (!store) return 2;
  let hits: Awaited<ReturnType<typeof search>>["hits"];
  try {
    ({ hits } = await search(store, text, { limit, doc: opts.doc }));
  } finally {
    await store.close();
  }

  const out = new Writer();
  if (opts.format === "json") out.write(`${JSON.stringify({ hits })}\n`);
  else {
    out.write(`${["Tài liệu", "Dòng", "Đoạn văn", "Số liệu"].join("\t")}\n`);
    for (const h of hits) {
      const lines = h.line === h.line_end ? `${h.line}` : `${h.line}-${h.line_end}`;
      const figures = h.facts.map((f) => `${f.value_text}${f.unit ? ` ${f.unit}` : ""}`).join("; ");
      out.write(`${[h.doc, lines, h.snippet, figures].join("\t")}\n`);
    }
    if (!hits.length) out.write("(không tìm thấy)\n");
  }
  await out.drain();
  return 0;
}
