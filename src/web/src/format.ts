import type { Key, Lang } from "./i18n";
import type { DerivedTarget, Fact, FindingType, Kind, ReviewAction, ReviewState, Status } from "./types";

/** Numbers, periods and dates as each language writes them: 1.234,5 in vi, 1,234.5 in en. */

const LOCALE: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };

const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(n: number, lang: Lang, decimals?: { min?: number; max?: number }): string {
  const min = decimals?.min ?? 0;
  const max = Math.max(min, decimals?.max ?? 2);
  const key = `${lang}|${min}|${max}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: min, maximumFractionDigits: max });
    formatters.set(key, f);
  }
  return f.format(n);
}

/** Decimals written in a Vietnamese number: "70,00" → 2, "1.234" → 0. */
export function decimalsOf(valueText: string): number {
  const m = /,(\d+)(?!.*\d)/.exec(valueText);
  return m ? m[1].length : 0;
}

const QUALIFIER: Record<string, string> = { ">": "> ", "<": "< ", "~": "~ " };

/**
 * A figure's value in the reader's language, at the precision it was written with: "70,00" stays
 * 70,00 in vi and becomes 70.00 in en; a range reads 8.000–8.500.
 */
export function formatValue(f: Pick<Fact, "value" | "value_text" | "value_max" | "qualifier">, lang: Lang) {
  const d = Math.min(decimalsOf(f.value_text), 6);
  const opts = { min: d, max: d };
  const main =
    f.value_max !== undefined && f.value_max !== f.value
      ? `${formatNumber(f.value, lang, opts)}–${formatNumber(f.value_max, lang, opts)}`
      : formatNumber(f.value, lang, opts);
  return `${QUALIFIER[f.qualifier ?? ""] ?? ""}${main}`;
}

export function formatTarget(target: Fact | DerivedTarget, lang: Lang): string {
  if ("derived" in target) return formatNumber(target.value, lang, { max: 2 });
  return formatValue(target, lang);
}

export function formatPct(n: number | null | undefined, lang: Lang): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—";
  return `${formatNumber(n, lang, { max: 1 })}%`;
}

/** A value with its unit, "7,06 %" / "1.200,0 tỷ đồng". */
export function withUnit(value: string, unit: string): string {
  if (!unit) return value;
  return unit.startsWith("%") || unit === "‰" ? `${value}${unit}` : `${value} ${unit}`;
}

const ROMAN = ["I", "II", "III", "IV"];

/** A period code as words: 2023-S1 → "6 tháng đầu năm 2023" / "H1 2023"; 2016/2020 → 2016–2020. */
export function formatPeriod(code: string, lang: Lang): string {
  const span = /^(.+)\/(.+)$/.exec(code);
  if (span) return `${formatPeriod(span[1], lang)}–${formatPeriod(span[2], lang)}`;
  let m = /^(\d{4})-S([12])$/.exec(code);
  if (m) {
    if (lang === "en") return `H${m[2]} ${m[1]}`;
    return m[2] === "1" ? `6 tháng đầu năm ${m[1]}` : `6 tháng cuối năm ${m[1]}`;
  }
  m = /^(\d{4})-Q([1-4])$/.exec(code);
  if (m) return lang === "en" ? `Q${m[2]} ${m[1]}` : `Quý ${ROMAN[Number(m[2]) - 1]}/${m[1]}`;
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(code);
  if (m) return lang === "en" ? `${m[3]}/${m[2]}/${m[1]}` : `${m[3]}/${m[2]}/${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(code);
  if (m) return `${m[2]}/${m[1]}`;
  return code;
}

/** An ISO date or timestamp in the reader's language. */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return "—";
  if (/^\d{4}(-\d{2})?$/.test(iso)) return formatPeriod(iso, lang);
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const timed = iso.length > 10;
  return d.toLocaleString(LOCALE[lang], {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    ...(timed ? { hour: "2-digit", minute: "2-digit" } : { timeZone: "UTC" }),
  });
}

export const STATUS_KEY: Record<Status, Key> = {
  exceeded: "statusExceeded",
  met: "statusMet",
  not_met: "statusNotMet",
  no_result: "statusNoResult",
  no_target: "statusNoTarget",
};

export const KIND_KEY: Record<Kind, Key> = {
  actual: "kindActual",
  estimate: "kindEstimate",
  target: "kindTarget",
  forecast: "kindForecast",
};

export const MEASURE_KEY: Record<string, Key> = {
  level: "measureLevel",
  growth: "measureGrowth",
  change: "measureChange",
  share: "measureShare",
  pct_of_target: "measurePctOfTarget",
  count_of_total: "measureCountOfTotal",
  rank: "measureRank",
  rate: "measureRate",
  multiple: "measureMultiple",
  score: "measureScore",
};

export const STATE_KEY: Record<ReviewState, Key> = {
  extracted: "stateExtracted",
  confirmed: "stateConfirmed",
  corrected: "stateCorrected",
  rejected: "stateRejected",
};

export const ACTION_KEY: Record<ReviewAction, Key> = {
  confirm: "actionConfirm",
  correct: "actionCorrect",
  reject: "actionReject",
};

export const FINDING_KEY: Record<FindingType, Key> = {
  stated_ratio: "findingStatedRatio",
  conflicting_values: "findingConflicting",
  parts_total: "findingPartsTotal",
  growth_levels: "findingGrowthLevels",
  unreported_target: "findingUnreportedTarget",
};

/** A number typed by a person: "1234,5", "1.234,5" (vi), "1,234.5" (en) or "1234.5". */
export function parseNumber(input: string, lang: Lang): number | null {
  let s = input.trim().replace(/\s/g, "");
  if (!s) return null;
  const hasComma = s.includes(",");
  const hasDot = s.includes(".");
  if (hasComma && hasDot) {
    // the last separator is the decimal one
    s =
      s.lastIndexOf(",") > s.lastIndexOf(".") ? s.replace(/\./g, "").replace(",", ".") : s.replace(/,/g, "");
  } else if (hasComma) {
    s = (s.match(/,/g) ?? []).length > 1 ? s.replace(/,/g, "") : s.replace(",", ".");
  } else if (hasDot && (s.match(/\./g) ?? []).length > 1) {
    s = s.replace(/\./g, "");
  } else if (hasDot && lang === "vi" && /^\d{1,3}\.\d{3}$/.test(s)) {
    // "1.234" in Vietnamese is a thousand and more
    s = s.replace(".", "");
  }
  if (!/^[-+]?\d*\.?\d+(e[-+]?\d+)?$/i.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** A number to edit: no grouping, the language's decimal sign. */
export function editableNumber(n: number, lang: Lang): string {
  const s = String(n);
  return lang === "vi" ? s.replace(".", ",") : s;
}
