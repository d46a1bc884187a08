import { defaultChunkWorkers } from "../chunk-pool.js";
import { extractFile } from "../extract-file.js";
import type { DocumentInfo, Fact } from "../facts/types.js";
import { type HintOptions, hintsOf } from "./hints.js";
import { exitOnClosedPipe, Writer } from "./output.js";
import { Progress } from "./progress.js";
import { factRow, TABLE_HEADER } from "./table.js";

export interface ExtractCommandOptions extends HintOptions {
  format: string;
  workers?: string;
}

/**
 * `solieu extract FILE...`: facts on stdout, as they are found (so a very large file streams),
 * one error line per failed file on stderr; exit 1 when any file failed. `--date`, `--area`…
 * say for every file what its text may not.
 */
export async function extractCommand(files: string[], opts: ExtractCommandOptions): Promise<number> {
  exitOnClosedPipe();
  const { format } = opts;
  if (!["table", "json", "jsonl"].includes(format)) {
    process.stderr.write(`solieu extract: unknown format "${format}" (table, json or jsonl)\n`);
    return 2;
  }
  const hints = hintsOf("extract", opts);
  if (!hints) return 2;
  const workers = opts.workers === undefined ? defaultChunkWorkers() : Number(opts.workers);
  if (!Number.isInteger(workers) || workers < 0 || workers > 64) {
    process.stderr.write(
      `solieu extract: --workers must be a whole number from 0 to 64, not "${opts.workers}"\n`,
    );
    return 2;
  }
  const out = new Writer();
  const progress = new Progress(files.length, format === "table" ? null : "extract");
  let failed = 0;
  let firstDoc = true;
  if (format === "json") out.write('{"documents":[');
  for (const file of files) {
    progress.start(file);
    let firstFact = true;
    const r = await extractFile(file, {
      hints,
      workers,
      onDocument: (doc: DocumentInfo) => {
        if (format === "json") {
          out.write(`${firstDoc ? "" : ","}{"document":${JSON.stringify(doc)},"facts":[`);
          firstDoc = false;
        } else if (format === "table") {
          const about = [
            doc.type,
            doc.issuer,
            doc.area,
            doc.period && `kỳ ${doc.period}`,
            doc.plan_period && `kế hoạch ${doc.plan_period}`,
            doc.draft && "dự thảo",
          ];
          out.write(`\n# ${doc.doc} — ${about.filter(Boolean).join(", ")}\n${TABLE_HEADER}\n`);
        }
      },
      onFacts: async (facts: Fact[]) => {
        for (const f of facts) {
          // JSON Lines is FACTS.md's record; `why` is for reviewers and goes with --format json.
          if (format === "jsonl") out.write(`${JSON.stringify(withoutWhy(f))}\n`);
          else if (format === "json") {
            out.write(`${firstFact ? "" : ","}${JSON.stringify(f)}`);
            firstFact = false;
          } else out.write(`${factRow(f)}\n`);
          if (out.pending > 1 << 20) await out.drain();
        }
        await out.drain();
      },
    });
    if (format === "json" && r.document) out.write("]}");
    if (r.error) {
      failed++;
      progress.clear();
      process.stderr.write(`solieu: ${r.error}\n`);
    }
    await out.drain();
  }
  if (format === "json") out.write("]}\n");
  progress.done();
  await out.drain();
  return failed ? 1 : 0;
}

/** The fact without its `why` (a copy, not a replacer: a replacer takes JSON.stringify off its fast path). */
function withoutWhy(f: Fact): Omit<Fact, "why"> {
  const { why: _, ...rest } = f;
  return rest;
}
