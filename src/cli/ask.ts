import { ask } from "../ask/answer.js";
import { defaultDb } from "../store/connect.js";
import { openForCommand } from "./open-store.js";
import { exitOnClosedPipe, Writer } from "./output.js";

export interface AskCommandOptions {
  db?: string;
  limit?: string;
  format: string;
}

/** `solieu ask QUESTION`: a one-sentence answer citing the stored figure, and the facts behind it. */
export async function askCommand(question: string[], opts: AskCommandOptions): Promise<number> {
  exitOnClosedPipe();
  if (!["table", "json"].includes(opts.format)) {
    process.stderr.write(`solieu ask: unknown format "${opts.format}" (table or json)\n`);
    return 2;
  }
  const limit = opts.limit === undefined ? 10 : Number(opts.limit);
  if (!(Number.isInteger(limit) && limit > 0)) {
    process.stderr.write(`solieu ask: --limit needs a whole number above 0, not "${opts.limit}"\n`);
    return 2;
  }
  // Unquoted words arrive one per argument: `solieu ask GRDP năm 2023 là bao nhiêu`.
  const text = question.join(" ").trim();
  if (!text) {
    process.stderr.write("solieu ask: no question to answer\n");
    return 2;
  }
  const store = await openForCommand(defaultDb(opts.db), { mustExist: true });
  if (!store) return 2;
  let result: Awaited<ReturnType<typeof ask>>;
  try {
    result = await ask(store, text, { limit });
  } finally {
    await store.close();
  }

  const out = new Writer();
  if (opts.format === "json")
    out.write(
      `${JSON.stringify({ answer: result.answer, facts: result.facts, passages: result.passages })}\n`,
    );
  else {
    out.write(`${result.answer}\n`);
    if (result.passages.length) {
      out.write(`${["Tài liệu", "Dòng", "Trích dẫn"].join("\t")}\n`);
      for (const p of result.passages) out.write(`${[p.doc, p.line, p.text].join("\t")}\n`);
    }
    if (result.facts.length) {
      out.write(`${["Tài liệu", "Dòng", "Chỉ tiêu", "Kỳ", "Loại", "Giá trị"].join("\t")}\n`);
      for (const f of result.facts) {
        const value = `${f.value_text}${f.unit ? ` ${f.unit}` : ""}`;
        out.write(`${[f.doc, f.line, f.indicator.text, f.period, f.kind, value].join("\t")}\n`);
      }
    }
  }
  await out.drain();
  return 0;
}
