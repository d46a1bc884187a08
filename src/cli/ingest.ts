import { defaultDb } from "../store/connect.js";
import { type IngestResult, ingestFile } from "../store/ingest.js";
import { type HintOptions, hintsOf } from "./hints.js";
import { openForCommand } from "./open-store.js";
import { exitOnClosedPipe, Writer } from "./output.js";
import { Progress } from "./progress.js";

const STATUS_VI: Record<IngestResult["status"], string> = {
  added: "đã lưu",
  unchanged: "đã có, không đổi",
  failed: "lỗi",
};

export interface IngestCommandOptions extends HintOptions {
  db?: string;
  format: string;
}

/**
 * `solieu ingest FILE...`: each file read, extracted and stored in its own transaction. A line
 * (or a JSON entry) as each document is done, so a long run shows what is already stored; one
 * error line per failed file on stderr; exit 1 when any file failed. `--date`, `--area`… are
 * stored with every document added (a file stored before is left as it was).
 */
export async function ingestCommand(files: string[], opts: IngestCommandOptions): Promise<number> {
  exitOnClosedPipe();
  if (!["table", "json"].includes(opts.format)) {
    process.stderr.write(`solieu ingest: unknown format "${opts.format}" (table or json)\n`);
    return 2;
  }
  const hints = hintsOf("ingest", opts);
  if (!hints) return 2;
  const store = await openForCommand(defaultDb(opts.db));
  if (!store) return 2;
  const out = new Writer();
  const progress = new Progress(files.length, "ingest");
  const json = opts.format === "json";
  let failed = 0;
  out.write(json ? '{"documents":[' : `${["Tệp", "Mã", "Trạng thái", "Số liệu"].join("\t")}\n`);
  try {
    for (const [i, file] of files.entries()) {
      progress.start(file);
      const r = await ingestFile(store, file, { hints });
      // The bar shares the terminal with the lines below: take it down before writing them.
      progress.clear();
      if (r.error) {
        failed++;
        process.stderr.write(`solieu: ${r.error}\n`);
      }
      if (json) out.write(`${i ? "," : ""}\n${JSON.stringify(r)}`);
      else out.write(`${[r.file, r.id ?? "", STATUS_VI[r.status], r.facts].join("\t")}\n`);
      await out.drain();
    }
  } finally {
    progress.done();
    await store.close();
  }
  if (json) out.write("\n]}\n");
  await out.drain();
  return failed ? 1 : 0;
}
