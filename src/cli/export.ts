import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { type Dhis2Mapping, Dhis2MappingSchema } from "../export/dhis2.js";
import { EXPORT_FORMATS, type ExportFormat, exportFacts } from "../export/export.js";
import { KINDS as FACT_KINDS, type Kind } from "../facts/types.js";
import { defaultDb } from "../store/connect.js";
import { openForCommand } from "./open-store.js";

const FORMATS: readonly string[] = EXPORT_FORMATS;
const KINDS: readonly string[] = FACT_KINDS;

export interface ExportOptions {
  format?: string;
  out?: string;
  db?: string;
  indicator?: string;
  area?: string;
  period?: string;
  kind?: string;
  /** dhis2-json: the mapping of our codes to DHIS2 ids. */
  mapping?: string;
}

const fail = (msg: string): number => {
  process.stderr.write(`solieu export: ${msg}\n`);
  return 2;
};

/**
 * `solieu export --format csv|xlsx|sdmx-csv|dhis2-json --out FILE`: the stored facts (filtered
 * like `solieu query`) written to FILE, which appears whole or not at all. Says on stdout what
 * was written and on stderr what was left out.
 */
export async function exportCommand(opts: ExportOptions): Promise<number> {
  if (!opts.format || !FORMATS.includes(opts.format))
    return fail(`unknown format "${opts.format ?? ""}" (${FORMATS.join(", ")})`);
  if (!opts.out) return fail("--out FILE is needed");
  if (opts.kind && !KINDS.includes(opts.kind))
    return fail(`unknown kind "${opts.kind}" (${KINDS.join(", ")})`);
  if (opts.mapping && opts.format !== "dhis2-json") return fail("--mapping is for --format dhis2-json");
  let mapping: Dhis2Mapping | null = null;
  if (opts.mapping) {
    const m = await readMapping(opts.mapping);
    if (typeof m === "string") return fail(m);
    mapping = m;
  }

  const store = await openForCommand(defaultDb(opts.db), { mustExist: true });
  if (!store) return 2;
  let data: string | Buffer;
  let count: number;
  let notes: string[];
  try {
    ({ data, count, notes } = await exportFacts(
      store,
      opts.format as ExportFormat,
      {
        indicator: opts.indicator,
        area: opts.area,
        period: opts.period,
        kind: opts.kind as Kind | undefined,
      },
      mapping,
    ));
  } finally {
    await store.close();
  }
  for (const n of notes) process.stderr.write(`solieu export: ${n}\n`);

  // Written beside the target, then renamed: a failed export leaves no half file.
  const tmp = `${opts.out}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, opts.out);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => {});
    return fail(`cannot write ${opts.out} (${writeReason(e)})`);
  }
  process.stdout.write(`đã ghi ${count} số liệu vào ${opts.out} (${opts.format})\n`);
  return 0;
}

async function readMapping(path: string): Promise<Dhis2Mapping | string> {
  const name = basename(path);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    return `${name}: ${writeReason(e)}`;
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return `${name}: not JSON`;
  }
  const r = Dhis2MappingSchema.safeParse(json);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  return `${name}: "${issue.path.join(".")}" ${issue.message} (expected {"dataElements": {code: id}, "orgUnits": {area: id}})`;
}

function writeReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EISDIR") return "is a directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return (e instanceof Error ? e.message : String(e)).split("\n")[0].slice(0, 200);
}
