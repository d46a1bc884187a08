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

/** The rules that may set a fact's kind (src/facts/resolve/kind.ts, table-row.ts): its `why.kind`. */
export const KIND_RULES = [
  "default-result",
  "section-forward",
  "section-forecast",
  "lead-in",
  "estimate-word",
  "paragraph-estimate",
  "estimate-note",
  "part-of-estimate",
  "part-of-target",
  "part-with-own-period",
  "past-part",
  "unmarked-part",
  "result-word",
  "target-scope",
  "request",
  "target-word",
  "plan-subject",
  "plan-part",
  "plan-share",
  "forecast-word",
  "plan-beside",
  "result-over-target",
  "comparator",
  "title-restates",
  "targets-expected",
  "estimate-in-plan",
  "period-not-begun",
  "period-not-over",
  "expected-ahead",
  "column-target",
  "column-actual",
  "column-estimate",
  "column-compare",
  "column-other",
] as const;
export type KindRule = (typeof KIND_RULES)[number];

/** The rules that may set a fact's period (src/facts/resolve/period.ts, table-row.ts): its `why.period`. */
export const PERIOD_RULES = [
  "own",
  "respective",
  "before-it",
  "whole-year-word",
  "previous-figure",
  "move-pair",
  "sentence",
  "after-it",
  "resolution-term",
  "paragraph",
  "meeting-day",
  "same-day",
  "term-whole",
  "term-targets-met",
  "targets-of-year",
  "lead-in",
  "section",
  "cutoff-day",
  "coverage",
  "coverage-end",
  "document",
  "comparator-own",
  "base-bracket",
  "comparator-last-year",
  "comparator-same",
  "its-result",
  "its-whole",
  "plan-years-average",
  "plan-span",
  "plan-end",
  "term-target",
  "term-years-average",
  "term-average",
  "term-so-far",
  "stock-at-writing",
  "term-event",
  "state-at-writing",
  "term",
  "after-base-span",
  "column",
  "none",
] as const;
export type PeriodRule = (typeof PERIOD_RULES)[number];

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
  /**
   * The rules that set its kind and its period (KIND_RULES, PERIOD_RULES), for a reviewer; not
   * part of FACTS.md's record. A stored fact keeps the ids of the version that read it.
   */
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
