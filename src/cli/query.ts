import { KINDS as FACT_KINDS, type Kind } from "../facts/types.js";
import { defaultDb } from "../store/connect.js";
import { queryFacts } from "../store/query.js";
import { openForCommand } from "./open-store.js";
import { exitOnClosedPipe, Writer } from "./output.js";
import { factRow, TABLE_HEADER } from "./table.js";

const KINDS: readonly string[] = FACT_KINDS;

export interface QueryOptions {
  indicator?: string;
  area?: string;
  period?: string;
  kind?: string;
  doc?: string;
  limit?: string;
  db?: string;
  format: string;
}

/** `solieu query`: stored facts, every version of a figure, oldest document first. */
export async function queryCommand(opts: QueryOptions): Promise<number> {
  exitOnClosedPipe();
  if (!["table", "json", "jsonl"].includes(opts.format)) {
    process.stderr.write(`solieu query: unknown format "${opts.format}" (table, json or jsonl)\n`);
    return 2;
  }
  if (opts.kind && !KINDS.includes(opts.kind)) {
    process.stderr.write(`solieu query: unknown kind "${opts.kind}" (${KINDS.join(", ")})\n`);
    return 2;
  }
  const limit = opts.limit === undefined ? undefined : Number(opts.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) {
    process.stderr.write(`solieu query: --limit needs a whole number, not "${opts.limit}"\n`);
    return 2;
  }
  const store = await openForCommand(defaultDb(opts.db), { mustExist: true });
  if (!store) return 2;
  let facts: Awaited<ReturnType<typeof queryFacts>>;
  try {
    facts = await queryFacts(store, {
      indicator: opts.indicator,
      area: opts.area,
      period: opts.period,
      kind: opts.kind as Kind | undefined,
      doc: opts.doc,
      limit,
    });
  } finally {
    await store.close();
  }
  const out = new Writer();
  if (opts.format === "json") out.write('{"facts":[');
  else if (opts.format === "table")
    out.write(`${["Tài liệu", "Ngày", TABLE_HEADER, "Địa bàn"].join("\t")}\n`);
  for (const [i, f] of facts.entries()) {
    if (opts.format === "json") out.write(`${i ? "," : ""}\n${JSON.stringify(f)}`);
    else if (opts.format === "jsonl") out.write(`${JSON.stringify(f)}\n`);
    else out.write(`${[f.doc, f.document.date ?? "", factRow(f), f.area].join("\t")}\n`);
    if (out.pending > 1 << 20) await out.drain();
  }
  if (opts.format === "json") out.write("\n]}\n");
  else if (opts.format === "table" && !facts.length) out.write("(không có số liệu nào)\n");
  await out.drain();
  return 0;
}
