/** The fact record of FACTS.md: one number a report states, typed and traced. */
/** What a figure measures (FACTS.md); the one list the CLI, the API and import check against. */
export const MEASURES = [
  "level",
  "growth",
  "change",
  "share",
  "pct_of_target",
  "count_of_total",
  "rank",
  "rate",
  "multiple",
  "score",
] as const;
export type Measure = (typeof MEASURES)[number];

/** Whether a figure is a result, an estimate, a target or a forecast. */
export const KINDS = ["actual", "estimate", "target", "forecast"] as const;
export type Kind = (typeof KINDS)[number];

export interface Fact {
  doc: string;
  line: number;
  column: number;
  value_text: string;
  value: number;
  value_max?: number;
  total?: number;
  unit: string;
  measure: Measure;
  kind: Kind;
  period: string;
  indicator: { code: string | null; text: string };
  area: string;
  base?: string;
  qualifier?: "" | ">" | "<" | "~";
  sentence: string;
  /** For .pdf sources: the page the number is printed on. */
  page?: number;
  /** The rules that set its kind and its period, for a reviewer (not part of FACTS.md's record). */
  why?: { kind: string; period: string };
}

/**
 * What a user knows about a file that its text may not say: a news page's date, the province
 * an excerpt is about. Each given field replaces what the document's text was read to say of
 * itself; what the text says about a figure still wins over it.
 */
export interface DocumentHints {
  /** ISO date (or year-month, or year) the document was written or published. */
  date?: string;
  /** The period it reports on, as a period code. */
  period?: string;
  area?: string;
  title?: string;
  issuer?: string;
}

/** What a document says about itself. */
export interface DocumentInfo {
  doc: string;
  format: string;
  title: string;
  /** Báo cáo, Báo cáo chính trị, Kế hoạch, Nghị quyết… */
  type: string;
  issuer: string;
  area: string;
  /** The period the document reports on, as a period code ("2023-S1", "2023", "2015/2020"). */
  period: string;
  /** The plan period it sets targets for, when it has one ("2024", "2020/2025"). */
  plan_period: string | null;
  /** ISO date (or year-month, or year) the document is dated, when written. */
  date: string | null;
  draft: boolean;
  lines: number;
}
