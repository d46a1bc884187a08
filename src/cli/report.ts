import { constants } from "node:fs";
import { access, stat, writeFile } from "node:fs/promises";
import { dirname, extname, resolve } from "node:path";
import { reportDocx } from "../report/docx.js";
import { reportMarkdown } from "../report/markdown.js";
import { buildReport, type Report } from "../report/rows.js";
import { defaultDb } from "../store/connect.js";
import { openForCommand } from "./open-store.js";
import { exitOnClosedPipe, Writer } from "./output.js";

export interface ReportCommandOptions {
  period?: string;
  area?: string;
  /** docx or md; without it, taken from --out's extension (docx when it says nothing). */
  format?: string;
  out?: string;
  db?: string;
}

const FORMATS = ["docx", "md"];

/** `solieu report`: the plan-against-result table of a period as a DOCX or Markdown report. */
export async function reportCommand(opts: ReportCommandOptions): Promise<number> {
  const fail = (msg: string) => {
    process.stderr.write(`solieu report: ${msg}\n`);
    return 2;
  };
  const period = opts.period?.trim();
  if (!period) return fail("missing --period (a period code: 2023, 2023-S1, 2021/2025)");
  const format = opts.format ?? (/^\.(md|markdown)$/i.test(extname(opts.out ?? "")) ? "md" : "docx");
  if (!FORMATS.includes(format)) return fail(`unknown format "${format}" (docx or md)`);
  if (!opts.out && format === "docx") return fail("missing --out (the .docx file to write)");
  if (opts.out) {
    const why = await unwritable(opts.out);
    if (why) return fail(`cannot write ${opts.out} (${why})`);
  }

  const store = await openForCommand(defaultDb(opts.db), { mustExist: true });
  if (!store) return 2;
  let report: Report;
  try {
    report = await buildReport(store, { period, area: opts.area });
  } finally {
    await store.close();
  }
  const content = format === "docx" ? await reportDocx(report) : reportMarkdown(report);
  if (!opts.out) {
    exitOnClosedPipe();
    const out = new Writer();
    out.write(String(content));
    await out.drain();
    return 0;
  }
  try {
    await writeFile(opts.out, content);
  } catch (e) {
    return fail(`cannot write ${opts.out} (${reason(e)})`);
  }
  return 0;
}

/** Why a file cannot be written there, checked before any work is done; null when it can. */
async function unwritable(path: string): Promise<string | null> {
  const full = resolve(path);
  try {
    const s = await stat(full);
    if (s.isDirectory()) return "it is a directory";
    await access(full, constants.W_OK);
    return null;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") return reason(e);
  }
  try {
    const dir = await stat(dirname(full));
    if (!dir.isDirectory()) return `${dirname(path)} is not a directory`;
    await access(dirname(full), constants.W_OK);
    return null;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such directory" : reason(e);
  }
}

function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === "EACCES" || err.code === "EPERM") return "permission denied";
  if (err.code === "ENOENT") return "no such directory";
  if (err.code === "EISDIR") return "it is a directory";
  return err.message ?? String(e);
}
