/**
 * The report of plan against result (the standard "biểu chỉ tiêu" of a provincial report): the
 * status rows of one period and area, grouped by sector, each figure cited to the line it was
 * read from, and the consistency findings that touch them. Rendered by docx.ts and markdown.ts.
 */

import { storeFindings } from "../analysis/load.js";
import { statusRows } from "../analysis/status.js";
import type { DerivedTarget, Finding, Status, StatusRow, StoredFact } from "../api/types.js";
import { INDICATORS } from "../catalogue/indicators.js";
import { seriesCode } from "../catalogue/link.js";
import { samePeriodLastYear } from "../periods/codes.js";
import type { Store } from "../store/connect.js";
import { queryFacts } from "../store/query.js";
import { fold } from "../text/fold.js";

export const COLUMNS = [
  "STT",
  "Chỉ tiêu",
  "Đơn vị",
  "Kế hoạch",
  "Thực hiện / Ước thực hiện",
  "% KH",
  "So với cùng kỳ",
  "Đánh giá",
] as const;

export const ASSESSMENT_VI: Record<Status, string> = {
  exceeded: "Vượt",
  met: "Đạt",
  not_met: "Không đạt",
  no_result: "Chưa có kết quả",
  // Both figures there but in units that do not compare; with no plan at all the cell is empty.
  no_target: "Không so sánh được",
};

export const OTHER_GROUP = "Chỉ tiêu khác";

/** A figure as the table prints it, with the numbers of the notes that cite its source. */
export interface ReportCell {
  text: string;
  notes: number[];
}

export interface ReportRow {
  /** Number within its group, from 1. */
  stt: number;
  indicator: string;
  code: string | null;
  unit: string;
  target: ReportCell;
  result: ReportCell;
  /** Result as a % of the plan, as printed ("93,8"); empty when it says nothing useful. */
  pct: string;
  /** Growth or change against the same period a year before ("+12,3%"). */
  compare: ReportCell;
  assessment: string;
  status: Status;
  /** The status row it comes from. */
  source: StatusRow;
}

export interface ReportGroup {
  /** "I", "II", … */
  numeral: string;
  /** The sector as a heading: "Kinh tế", "Chỉ tiêu khác". */
  heading: string;
  rows: ReportRow[];
}

export interface ReportNote {
  n: number;
  doc: string;
  line: number;
  page?: number;
  /** The document's title, when it has one other than its file name. */
  title: string;
  /** The note as printed: "bc2023.txt, dòng 5 (Báo cáo …)". */
  text: string;
}

export interface ReportFinding {
  type: Finding["type"];
  message: string;
}

export interface Report {
  period: string;
  /** "năm 2023", "6 tháng đầu năm 2023", "giai đoạn 2021 - 2025". */
  periodLabel: string;
  /** The area as the figures write it (or as asked); null for every area. */
  area: string | null;
  title: string;
  subtitle: string;
  columns: readonly string[];
  groups: ReportGroup[];
  notes: ReportNote[];
  findings: ReportFinding[];
}

export interface ReportOptions {
  period: string;
  area?: string;
}

/** The report of `period` (and `area`) from the store. */
export async function buildReport(store: Store, opts: ReportOptions): Promise<Report> {
  const facts = await queryFacts(store, { area: opts.area });
  return reportFrom(facts, await storeFindings(store), opts);
}

/**
 * The report from facts already read: `facts` are those of the area (oldest document first, as
 * the store returns them), `findings` the consistency findings over the whole store.
 */
export function reportFrom(facts: StoredFact[], findings: Finding[], opts: ReportOptions): Report {
  // A plain result is a row of the table when it is a catalogue indicator's own figure (its
  // growth goes in "So với cùng kỳ").
  const rows = statusRows(facts, { period: opts.period }).filter(
    (r) =>
      r.target ||
      (r.result && r.indicator.code && seriesCode(r.indicator.code, r.measure) === r.indicator.code),
  );
  const areas = [...new Set(rows.map((r) => r.area).filter(Boolean))];
  const manyAreas = areas.length > 1;
  const area = opts.area
    ? areas.length === 1
      ? areas[0]
      : opts.area.trim()
    : areas.length === 1
      ? areas[0]
      : null;

  const notes = new Notes();
  const comparisons = growthByRow(facts);
  const sectorOrder = [...new Set(INDICATORS.map((i) => i.sector).filter(Boolean))];
  const catalogue = new Map(INDICATORS.map((ind, i) => [ind.code, { ind, i }]));

  const grouped = new Map<string, StatusRow[]>();
  for (const r of rows) {
    const sector = (r.indicator.code && catalogue.get(r.indicator.code)?.ind.sector) || OTHER_GROUP;
    const list = grouped.get(sector) ?? [];
    list.push(r);
    grouped.set(sector, list);
  }
  const rank = (s: string) =>
    s === OTHER_GROUP ? Number.MAX_SAFE_INTEGER : sectorOrder.indexOf(s) + 1 || 1e9;
  const order = (r: StatusRow) => (r.indicator.code ? (catalogue.get(r.indicator.code)?.i ?? 1e9) : 2e9);
  const groups: ReportGroup[] = [];
  for (const sector of [...grouped.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, "vi"))) {
    const list = (grouped.get(sector) ?? []).sort(
      (a, b) =>
        order(a) - order(b) ||
        a.indicator.text.localeCompare(b.indicator.text, "vi") ||
        a.area.localeCompare(b.area, "vi") ||
        a.period.localeCompare(b.period),
    );
    groups.push({
      numeral: roman(groups.length + 1),
      heading: capitalise(sector),
      rows: list.map((r, i) => {
        const code = r.indicator.code;
        let indicator = capitalise(r.name);
        if (r.period !== opts.period) indicator += ` (${periodLabel(r.period)})`;
        if (manyAreas && r.area) indicator += ` - ${r.area}`;
        const compare = comparisons(r);
        return {
          stt: i + 1,
          indicator,
          code,
          unit: r.unit,
          target: r.target ? targetCell(r.target, notes) : { text: "", notes: [] },
          result: r.result
            ? { text: figure(r.result), notes: [notes.cite(r.result)] }
            : { text: "", notes: [] },
          pct: pctText(r),
          compare: compare
            ? { text: growthText(compare), notes: [notes.cite(compare)] }
            : { text: "", notes: [] },
          assessment: r.target ? ASSESSMENT_VI[r.status] : "",
          status: r.status,
          source: r,
        };
      }),
    });
  }

  const label = periodLabel(opts.period);
  return {
    period: opts.period,
    periodLabel: label,
    area,
    title: "BÁO CÁO",
    subtitle: `Kết quả thực hiện các chỉ tiêu kế hoạch phát triển kinh tế - xã hội ${label}`,
    columns: COLUMNS,
    groups,
    notes: notes.list,
    findings: touching(findings, facts, opts).map((f) => ({ type: f.type, message: f.message })),
  };
}

/** Findings with a figure of the period (and, with an area asked, of that area). */
function touching(findings: Finding[], areaFacts: StoredFact[], opts: ReportOptions): Finding[] {
  const ids = new Set(areaFacts.map((f) => f.id));
  const inArea = (f: StoredFact) =>
    !opts.area || (f.id !== undefined ? ids.has(f.id) : areaFacts.some((a) => sameFigure(a, f)));
  return findings.filter((x) => x.facts.some((f) => inArea(f) && periodMatches(f.period, opts.period)));
}

const sameFigure = (a: StoredFact, b: StoredFact) =>
  a.doc === b.doc && a.line === b.line && a.column === b.column;

/** As the status rows take periods: a year takes in the spans that end in it. */
function periodMatches(period: string, wanted: string): boolean {
  return (
    period === wanted ||
    (/^\d{4}$/.test(wanted) && /^\d{4}\/\d{4}$/.test(period) && period.endsWith(`/${wanted}`))
  );
}

/**
 * For a row, the growth of its figure against the same period a year before: a fact with
 * measure growth whose base is that period, of the same indicator (its code, or its words where
 * the growth carries no code), area and period; the one in the result's document first.
 */
function growthByRow(facts: StoredFact[]): (r: StatusRow) => StoredFact | null {
  const growths = facts.filter(
    (f) => f.measure === "growth" && f.base && f.kind !== "target" && f.kind !== "forecast",
  );
  const words = (s: string) =>
    fold(s)
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  return (r) => {
    const own = new Set(r.versions);
    const texts = new Set(r.versions.map((v) => words(v.indicator.text)));
    const base = samePeriodLastYear(r.period);
    const found = growths.filter(
      (g) =>
        !own.has(g) &&
        g.base === base &&
        g.period === r.period &&
        g.area === r.area &&
        (r.indicator.code
          ? g.indicator.code === r.indicator.code || (!g.indicator.code && texts.has(words(g.indicator.text)))
          : !g.indicator.code && texts.has(words(g.indicator.text))),
    );
    if (!found.length) return null;
    const doc = r.result?.doc;
    return found.filter((g) => g.doc === doc).pop() ?? found[found.length - 1];
  };
}

/** The notes under the table: one per line of a document cited, numbered as first cited. */
class Notes {
  readonly list: ReportNote[] = [];
  private byKey = new Map<string, number>();

  cite(f: { doc: string; line: number; page?: number; document?: { title: string } }, what = ""): number {
    const key = `${f.doc}\u0000${f.line}\u0000${what}`;
    const had = this.byKey.get(key);
    if (had) return had;
    const n = this.list.length + 1;
    const title = f.document?.title && f.document.title !== f.doc ? f.document.title : "";
    const place = `${f.doc}, dòng ${f.line}${f.page ? `, trang ${f.page}` : ""}`;
    this.list.push({
      n,
      doc: f.doc,
      line: f.line,
      ...(f.page ? { page: f.page } : {}),
      title,
      text: `${what}${place}${title ? ` (${title})` : ""}`,
    });
    this.byKey.set(key, n);
    return n;
  }
}

function targetCell(t: StoredFact | DerivedTarget, notes: Notes): ReportCell {
  if ("derived" in t) {
    const from = t.from;
    const pct = from.value.toLocaleString("vi-VN");
    return {
      text: `≈ ${t.value_text}`,
      notes: [notes.cite(from, `Kế hoạch suy ra từ kết quả đạt ${pct}% kế hoạch: `)],
    };
  }
  return { text: figure(t), notes: [notes.cite(t)] };
}

const QUALIFIER: Record<string, string> = { ">": "trên ", "<": "dưới ", "~": "khoảng " };

/** A figure as written, with its qualifier in words ("dưới 25"); the unit has its own column. */
function figure(f: StoredFact): string {
  return `${QUALIFIER[f.qualifier ?? ""] ?? ""}${f.value_text}`;
}

function growthText(g: StoredFact): string {
  const sign = g.value > 0 ? "+" : "";
  return `${sign}${g.value_text}${g.unit === "%" ? "%" : g.unit ? ` ${g.unit}` : ""}`;
}

/**
 * The result as a % of the plan: what the report states, else what the figures give. For an
 * indicator where lower is better (poverty rate) the ratio reads as a shortfall, so only the
 * stated one is shown.
 */
function pctText(r: StatusRow): string {
  const pct = r.stated_pct_of_target ?? (r.direction === "up" ? r.pct_of_target : null);
  return pct === null ? "" : pct.toLocaleString("vi-VN", { maximumFractionDigits: 1 });
}

/** Period codes in words: 2023, 2023-S1, 2023-Q3, 2023-06, 2023-01/2023-09, 2021/2025. */
export function periodLabel(code: string): string {
  let m = /^(\d{4})$/.exec(code);
  if (m) return `năm ${m[1]}`;
  m = /^(\d{4})-S([12])$/.exec(code);
  if (m) return `6 tháng ${m[2] === "1" ? "đầu" : "cuối"} năm ${m[1]}`;
  m = /^(\d{4})-Q([1-4])$/.exec(code);
  if (m) return `quý ${roman(Number(m[2]))} năm ${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(code);
  if (m) return `tháng ${Number(m[2])} năm ${m[1]}`;
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(code);
  if (m) return `ngày ${Number(m[3])} tháng ${Number(m[2])} năm ${m[1]}`;
  m = /^(\d{4})-01\/(\d{4})-(\d{2})$/.exec(code);
  if (m && m[1] === m[2]) return `${Number(m[3])} tháng đầu năm ${m[1]}`;
  m = /^(\d{4})\/(\d{4})$/.exec(code);
  if (m) return `giai đoạn ${m[1]} - ${m[2]}`;
  return `kỳ ${code}`;
}

export function roman(n: number): string {
  const parts: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  for (const [v, s] of parts) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

const capitalise = (s: string) => (s ? s[0].toLocaleUpperCase("vi") + s.slice(1) : s);
