import { z } from "zod";
import { INDICATORS } from "../catalogue/indicators.js";
import { COLUMNS, type FieldKey, HEADER_OF } from "../export/columns.js";
import { type Fact, KINDS, type Kind, MEASURES } from "../facts/types.js";
import { isPeriodCode } from "../periods/codes.js";
import { fold } from "../text/fold.js";
import type { RawCell } from "./read.js";

/** A fact read from a row: everything but its provenance, which is the imported file's. */
export type ImportedFact = Omit<Fact, "doc" | "line" | "column" | "page">;

export interface CellError {
  /** The column's header as the export writes it. */
  column: string;
  message: string;
}

const key = (s: string) => fold(s.normalize("NFC")).replace(/\s+/g, " ").trim();

/** Headers as the export writes them, folded, and the field names of FACTS.md. */
const BY_HEADER = new Map<string, FieldKey>([
  ...COLUMNS.map((c) => [key(c.header), c.key] as const),
  ...COLUMNS.map((c) => [c.key, c.key] as const),
]);

/** Columns a row cannot do without; "Chỉ tiêu" or "Mã chỉ tiêu" is needed too. */
const REQUIRED: FieldKey[] = ["value", "measure", "kind", "period", "area"];

export interface HeaderMap {
  /** The field of each column, null for a column that is not one (ignored). */
  fields: (FieldKey | null)[];
  /** Headers of required columns that are not there. */
  missing: string[];
}

export function mapHeader(header: string[]): HeaderMap {
  const fields = header.map((h) => BY_HEADER.get(key(h)) ?? null);
  const has = new Set(fields);
  const missing = REQUIRED.filter((k) => !has.has(k)).map((k) => HEADER_OF[k]);
  if (!has.has("indicator_text") && !has.has("indicator_code")) missing.push(HEADER_OF.indicator_text);
  return { fields, missing };
}

// ---------------------------------------------------------------- cells

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (message: string): Parsed<never> => ({ ok: false, message });

const textOf = (v: RawCell | undefined): string =>
  v === null || v === undefined ? "" : typeof v === "number" ? String(v) : v.normalize("NFC").trim();

/**
 * A number as a machine writes it (7.5, -4.32, 1e6) or as Vietnamese does (7,5; 14.955,28;
 * 1.234.567). "1.234" is one point two three four: the export writes a decimal point.
 */
export function parseNumber(v: RawCell | undefined): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  const s = textOf(v).replace(/[\s\u00a0]/g, "");
  let n: number | null = null;
  if (/^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?$/i.test(s)) n = Number(s);
  else if (/^[+-]?\d+,\d+$/.test(s)) n = Number(s.replace(",", "."));
  else if (/^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) n = Number(s.replace(/\./g, "").replace(",", "."));
  else if (/^[+-]?\d{1,3}(?:,\d{3})+\.\d+$/.test(s)) n = Number(s.replace(/,/g, ""));
  return n !== null && Number.isFinite(n) ? n : null;
}

const number =
  (required: boolean) =>
  (v: RawCell | undefined): Parsed<number | undefined> => {
    if (textOf(v) === "") return required ? bad("trống") : ok(undefined);
    const n = parseNumber(v);
    return n === null ? bad("không phải số") : ok(n);
  };

const integer =
  (min: number) =>
  (v: RawCell | undefined): Parsed<number | undefined> => {
    if (textOf(v) === "") return ok(undefined);
    const n = parseNumber(v);
    return n === null || !Number.isInteger(n) || n < min
      ? bad(`không phải số nguyên từ ${min} trở lên`)
      : ok(n);
  };

const text =
  (required: boolean) =>
  (v: RawCell | undefined): Parsed<string> => {
    const s = textOf(v);
    return required && !s ? bad("trống") : ok(s);
  };

/** A code, or one of the Vietnamese words for it (folded). */
const choice =
  <T extends string>(codes: readonly T[], words: Record<string, T>, blank?: T) =>
  (v: RawCell | undefined): Parsed<T> => {
    const s = textOf(v);
    if (!s) return blank !== undefined ? ok(blank) : bad("trống");
    if ((codes as readonly string[]).includes(s)) return ok(s as T);
    const w = words[key(s)];
    return w ? ok(w) : bad(`không phải một trong ${codes.filter(Boolean).join(", ")}`);
  };

const KIND_WORDS: Record<string, Kind> = {
  "thuc hien": "actual",
  uoc: "estimate",
  "uoc tinh": "estimate",
  "uoc thuc hien": "estimate",
  "du uoc": "estimate",
  "ke hoach": "target",
  "chi tieu": "target",
  "muc tieu": "target",
  "du bao": "forecast",
};
const QUALIFIERS = ["", ">", "<", "~"] as const;
const QUALIFIER_WORDS: Record<string, (typeof QUALIFIERS)[number]> = {
  tren: ">",
  hon: ">",
  "tro len": ">",
  "toi thieu": ">",
  "it nhat": ">",
  duoi: "<",
  "khong qua": "<",
  khoang: "~",
  gan: "~",
  "xap xi": "~",
};
const BASES = ["plan", "resolution", "budget_estimate", "same_period_last_year"] as const;
const BASE_WORDS: Record<string, string> = {
  "ke hoach": "plan",
  kh: "plan",
  "nghi quyet": "resolution",
  nq: "resolution",
  "du toan": "budget_estimate",
  "cung ky": "same_period_last_year",
};

const period = (v: RawCell | undefined): Parsed<string> => {
  const s = textOf(v);
  if (!s) return bad("trống");
  return isPeriodCode(s) ? ok(s) : bad("không phải mã kỳ (2023, 2023-S1, 2023-Q3, 2023-06, 2021/2025)");
};

const base = (v: RawCell | undefined): Parsed<string | undefined> => {
  const s = textOf(v);
  if (!s) return ok(undefined);
  if ((BASES as readonly string[]).includes(s) || isPeriodCode(s)) return ok(s);
  const w = BASE_WORDS[key(s)];
  return w ? ok(w) : bad(`không phải mã kỳ hay một trong ${BASES.join(", ")}`);
};

const CODES = new Map(INDICATORS.map((i) => [i.code, i]));
const indicatorCode = (v: RawCell | undefined): Parsed<string | null> => {
  const s = textOf(v).toLowerCase();
  if (!s) return ok(null);
  return CODES.has(s) ? ok(s) : bad("không có trong danh mục chỉ tiêu");
};

/** A cell checked by zod with one of the parsers above: its message names the problem. */
const cell = <T>(parse: (v: RawCell | undefined) => Parsed<T>) =>
  z
    .union([z.string(), z.number(), z.null()])
    .optional()
    .transform((v, ctx) => {
      const r = parse(v);
      if (r.ok) return r.value;
      ctx.addIssue({ code: "custom", message: r.message });
      return z.NEVER;
    });

const RowSchema = z
  .object({
    doc: cell(text(false)),
    line: cell(integer(1)),
    column: cell(integer(0)),
    page: cell(integer(1)),
    value_text: cell(text(false)),
    value: cell(number(true)),
    value_max: cell(number(false)),
    total: cell(number(false)),
    unit: cell(text(false)),
    measure: cell(choice(MEASURES, {})),
    kind: cell(choice(KINDS, KIND_WORDS)),
    period: cell(period),
    indicator_code: cell(indicatorCode),
    indicator_text: cell(text(false)),
    area: cell(text(true)),
    base: cell(base),
    qualifier: cell(choice(QUALIFIERS, QUALIFIER_WORDS, "")),
    sentence: cell(text(false)),
  })
  .superRefine((r, ctx) => {
    if (r.value_max !== undefined && r.value !== undefined && r.value_max < r.value)
      ctx.addIssue({ code: "custom", path: ["value_max"], message: "nhỏ hơn Giá trị" });
    if (!r.indicator_code && !r.indicator_text)
      ctx.addIssue({ code: "custom", path: ["indicator_text"], message: "trống (và không có Mã chỉ tiêu)" });
  });

export type RowResult =
  | { fact: ImportedFact; errors?: undefined }
  | { fact?: undefined; errors: CellError[] };

/** Whether a row has nothing in it (skipped, not an error). */
export const isBlankRow = (cells: RawCell[]): boolean => cells.every((c) => textOf(c) === "");

/** Check one row against the columns; a good row becomes a fact, a bad one its errors by column. */
export function validateRow(fields: (FieldKey | null)[], cells: RawCell[]): RowResult {
  const input: Partial<Record<FieldKey, RawCell>> = {};
  for (const [i, f] of fields.entries()) if (f && input[f] === undefined) input[f] = cells[i] ?? null;
  const r = RowSchema.safeParse(input);
  if (!r.success) {
    const order = COLUMNS.map((c) => c.key as string);
    const errors = r.error.issues
      .map((i) => ({ field: String(i.path[0] ?? ""), message: i.message }))
      .sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field))
      .map((e) => ({ column: HEADER_OF[e.field as FieldKey] ?? e.field, message: e.message }));
    return { errors };
  }
  const d = r.data;
  const code = d.indicator_code;
  const indicatorText = d.indicator_text || (code ? (CODES.get(code)?.name_vi ?? code) : "");
  const valueText = d.value_text || textOf(input.value);
  const fact: ImportedFact = {
    value_text: valueText,
    value: d.value as number,
    unit: d.unit,
    measure: d.measure,
    kind: d.kind,
    period: d.period,
    indicator: { code, text: indicatorText },
    area: d.area,
    qualifier: d.qualifier,
    sentence:
      d.sentence || `${indicatorText}: ${valueText}${d.unit ? ` ${d.unit}` : ""} (${d.area}, ${d.period})`,
  };
  if (d.value_max !== undefined) fact.value_max = d.value_max;
  if (d.total !== undefined) fact.total = d.total;
  if (d.base !== undefined) fact.base = d.base;
  return { fact };
}
