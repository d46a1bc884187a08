import type { Command } from "commander";
import { DATE_FORMS, PERIOD_FORMS } from "../api/vocabulary.js";
import type { DocumentHints } from "../facts/types.js";
import { isoDate, isPeriodCode } from "../periods/codes.js";

/** What `--date`, `--period`, `--area`, `--title` and `--issuer` say about every file named. */
export interface HintOptions {
  date?: string;
  period?: string;
  area?: string;
  title?: string;
  issuer?: string;
}

/** The five options, on `extract` and `ingest` alike. */
export function withHintOptions(command: Command): Command {
  return command
    .option("--date <date>", `ngày của văn bản, khi văn bản không ghi hoặc ghi sai: ${DATE_FORMS}`)
    .option("--period <code>", "kỳ văn bản báo cáo: 2023, 2023-S1, 2023-Q3, 2023-06, 2021/2025")
    .option(
      "--area <text>",
      "địa bàn của văn bản (tỉnh Lào Cai); số liệu không ghi địa bàn riêng thuộc địa bàn này",
    )
    .option("--title <text>", "tiêu đề văn bản")
    .option("--issuer <text>", "cơ quan ban hành (UBND tỉnh Lào Cai)")
    .addHelpText(
      "after",
      "\n--date, --period, --area, --title, --issuer áp dụng cho mọi tệp đã nêu và thay cho điều văn bản tự ghi về mình;\nđiều văn bản ghi riêng về một con số (địa bàn, kỳ) vẫn được giữ.\n",
    );
}

/**
 * The hints the options give, the date made ISO; null (after one line on stderr naming the
 * option and the value) when a date or a period is wrong. Texts are NFC, as the documents'
 * text is; empty ones count as not given.
 */
export function hintsOf(command: string, opts: HintOptions): DocumentHints | null {
  const hints: DocumentHints = {};
  if (opts.date?.trim()) {
    const date = isoDate(opts.date);
    if (!date) {
      process.stderr.write(`solieu ${command}: --date "${opts.date}" is not a date (${DATE_FORMS})\n`);
      return null;
    }
    hints.date = date;
  }
  if (opts.period?.trim()) {
    const period = opts.period.trim();
    if (!isPeriodCode(period)) {
      process.stderr.write(
        `solieu ${command}: --period "${opts.period}" is not a period code (${PERIOD_FORMS})\n`,
      );
      return null;
    }
    hints.period = period;
  }
  for (const key of ["area", "title", "issuer"] as const) {
    const value = opts[key]?.normalize("NFC").replace(/\s+/g, " ").trim();
    if (value) hints[key] = value;
  }
  return hints;
}
