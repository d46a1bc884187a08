import { statSync } from "node:fs";
import { defaultDb } from "../store/connect.js";
import { type IngestResult, ingestFiles } from "../store/ingest.js";
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
  const started = performance.now();
  let bytes = 0;
  let facts = 0;
  progress.start(files[0] ?? "");
  try {
    // Several files are read and extracted in worker threads while each is written.
    await ingestFiles(store, files, {
      hints,
      onResult: async (r, i) => {
        // The bar shares the terminal with the lines below: take it down before writing them.
        progress.clear();
        if (r.error) {
          failed++;
          process.stderr.write(`solieu: ${r.error}\n`);
        }
        if (json) out.write(`${i ? "," : ""}\n${JSON.stringify(r)}`);
        else out.write(`${[r.file, r.id ?? "", STATUS_VI[r.status], r.facts].join("\t")}\n`);
        await out.drain();
        bytes += sizeOf(r.file);
        if (r.status === "added") facts += r.facts;
        const seconds = (performance.now() - started) / 1000;
        if (i + 1 < files.length)
          progress.start(
            files[i + 1],
            `${facts.toLocaleString("vi-VN")} số liệu · ${(bytes / 2 ** 20 / seconds).toFixed(1)} MB/s`,
          );
      },
    });
  } finally {
    progress.done();
    await store.close();
  }
  if (json) out.write("\n]}\n");
  await out.drain();
  return failed ? 1 : 0;
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
