import type { Same, Status, StatusRow as StatusRowOfTheApi, StoredFact } from "../api/types.js";
import { INDICATORS } from "../catalogue/indicators.js";
import { indicatorByCode } from "../catalogue/link.js";
import type { Fact, Measure } from "../facts/types.js";
import { fold } from "../text/fold.js";
import { directionOf } from "./direction.js";
import { bySentence, type Placed } from "./sentence-order.js";
import { convert, decimalsOf, quantityOf } from "./units.js";

export type { Status };

/**
 * A target implied by "đạt x% kế hoạch": the result divided by x %. Of any facts (F): those
 * read from a file, or stored ones.
 */
export interface DerivedTarget<F extends Fact = Fact> {
  value: number;
  /** The value as a report would write it, at the result's precision. */
  value_text: string;
  unit: string;
  kind: "target";
  derived: true;
  /** Where the "% of plan" it comes from is written. */
  doc: string;
  line: number;
  from: F;
}

/** A row of plan against result, over facts of type F. */
export interface StatusRow<F extends Fact = Fact> {
  indicator: { code: string | null; text: string };
  /**
   * What the row is called: the catalogue's name for a catalogued indicator (with what the
   * figure says of it, when it is not the indicator's own measure: "… (tốc độ tăng)"); else the
   * document's words when they read as a name; else the words of the sentence up to the figure.
   */
  name: string;
  area: string;
  period: string;
  unit: string;
  /** What the row's figures measure (FACTS.md's measure of its result, else of its target). */
  measure: Measure;
  target: F | DerivedTarget<F> | null;
  result: F | null;
  /** The result as a % of the target, computed from the two values where they compare. */
  pct_of_target: number | null;
  /** What the report itself says, when it gives a "% of plan" for this figure. */
  stated_pct_of_target: number | null;
  status: Status;
  direction: "up" | "down";
  /** Every figure of this indicator, area and period, older documents first. */
  versions: F[];
}

/** Over stored facts, a row is what the API answers (src/api/schemas.ts StatusRow), field for field. */
const rowIsTheContract: Same<StatusRow<StoredFact>, StatusRowOfTheApi> = true;
void rowIsTheContract;

export interface StatusOptions {
  /** A period code; a year also takes in spans ending that year ("2016/2020" for 2020). */
  period?: string;
  /** An area as written or folded ("tỉnh Điện Biên", "tinh dien bien"). */
  area?: string;
}

const CATALOGUE_ORDER = new Map(INDICATORS.map((ind, i) => [ind.code, i]));

/** Measures whose figures compare with each other: a target and a result meet only within one. */
const FAMILY: Record<string, string> = {
  level: "amount",
  rate: "amount",
  score: "amount",
  count_of_total: "amount",
  share: "share",
  growth: "growth",
  multiple: "growth",
  change: "change",
  rank: "rank",
};

/** Bases of a "% of plan": a plan, a resolution, a budget estimate (or none written). */
const PLAN_BASES = new Set(["plan", "resolution", "budget_estimate"]);

const words = (s: string) =>
  fold(s)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/**
 * A catalogue code, else the document's words. Words that only say what is measured ("diện
 * tích", "sản lượng") name nothing by themselves: the label of their list item goes with them
 * ("Cây cà phê: Diện tích …"), else their sentence.
 */
function indicatorKey(f: Fact): string {
  if (f.indicator.code) return f.indicator.code;
  const w = words(f.indicator.text);
  if (!GENERIC.test(w)) return `t:${w}`;
  const label = labelOf(f);
  return label ? `t:${words(label)}: ${w}` : `s:${words(f.doc)} ${words(f.sentence)}: ${w}`;
}

/** Names made only of what is measured, of no thing in particular. */
const GENERIC =
  /^(?:(?:tong|so|toan bo|trong do|con|uoc|dat|muc|ket qua|thuc hien|dien tich|san luong|so luong|gia tri|ty le|nang suat|doanh thu|quy mo|chi so|gieo trong|trong moi|thu hoach|khai thac|nuoi trong|cham soc|trong|moi|cap|xay dung|ban hanh|hoan thanh|giai quyet|to chuc|xu ly|phe duyet|tang|giam|duy tri)\s*)*$/;

/**
 * The label of the list item a figure stands in: "Cây cà phê" for "- Cây cà phê: Diện tích
 * 2.758,56 ha"; the nearest "Label:" before the figure within its sentence, of a few words.
 */
function labelOf(f: Fact): string | null {
  const s = f.sentence;
  const at = s.indexOf(f.value_text);
  const head = at < 0 ? s : s.slice(0, at);
  const m = /([^.;:]{2,60}):\s[^:]*$/.exec(head);
  if (!m) return null;
  const label = m[1]
    .replace(/^.*(?:[.;]|\s[-–]|trong đó)\s*/iu, "")
    .replace(/^[\s\-–+*]+/u, "")
    .trim();
  const n = label.split(/\s+/).length;
  return label && n <= 6 && !/\d/.test(label) ? label : null;
}

/**
 * The quantity a unit counts, without its magnitude and its "per year": "tỷ đồng" and "triệu
 * đồng" count đồng, "%/năm" and "%" percent, "Nghìn lượt người" and "lượt người" visits. A
 * target and a result pair only when they count the same thing.
 */
export function unitBase(unit: string): string {
  return quantityOf(unit.replace(/\s*\/\s*năm\s*$/iu, ""))
    .base.replace(/sỹ/g, "sĩ")
    .replace(/\s*\/\s*/g, "/")
    .replace(/\/1 vạn/g, "/vạn")
    .trim();
}

/**
 * Words that say, in the sentence of a result and a target, that one is measured against the
 * other ("đạt 483/482 trường theo kế hoạch giao", "kế hoạch … thực hiện …"). Two figures of one
 * sentence without such words are two figures of something else (this year's and last year's).
 */
const PLAN_WORDS =
  /\b(?:ke hoach|kh|chi tieu|muc tieu|nghi quyet|nq|du toan|(?:duoc|tinh|huyen|trung uong|hdnd|ubnd) giao|phan dau|de ra|dat ra)\b/;

/** A table row's columns say which figure is the plan: no words needed. */
const fromColumn = (f: Fact) => !!f.why?.kind?.startsWith("column-");

/**
 * One row per indicator × area × period × measure × unit. `facts` come oldest document first
 * (as the store returns them): the last version read leads.
 */
export function statusRows<F extends Fact>(facts: F[], opts: StatusOptions = {}): StatusRow<F>[] {
  // The rows hold the very facts given (and targets worked out from them): facts of type F.
  return rowsOf(facts, opts) as StatusRow<F>[];
}

function rowsOf(facts: Fact[], opts: StatusOptions): StatusRow[] {
  const position = new Map(facts.map((f, i) => [f, i]));
  const olderFirst = (a: Fact, b: Fact) => (position.get(a) ?? 0) - (position.get(b) ?? 0);
  const area = opts.area ? fold(opts.area).trim() : null;
  const inScope = (f: Fact) => (!area || fold(f.area) === area) && periodMatches(f.period, opts.period);
  const groups = new Map<string, Fact[]>();
  const stated = new Map<string, Fact[]>();
  const scoped: Fact[] = [];
  for (const f of facts) {
    if (!inScope(f) || f.kind === "forecast") continue;
    scoped.push(f);
    const base = `${indicatorKey(f)}|${f.area}|${f.period}`;
    // A "% of plan" is the figure itself for an indicator that is one (disbursement of the
    // year's capital); for any other it says how another figure stands to its plan.
    const ownPct =
      f.measure === "pct_of_target" &&
      !!indicatorByCode(f.indicator.code ?? "")?.measures.includes("pct_of_target");
    if (f.measure === "pct_of_target" && !ownPct) {
      if (f.base && !PLAN_BASES.has(f.base)) continue;
      const list = stated.get(base) ?? [];
      list.push(f);
      stated.set(base, list);
      continue;
    }
    const family = ownPct ? "share" : FAMILY[f.measure];
    if (!family) continue;
    // A change against the plan ("vượt 0,3% so với Nghị quyết", a table's comparison column) is
    // how the result stands to the plan, not a result.
    if ((family === "change" || family === "growth") && f.base && PLAN_BASES.has(f.base)) continue;
    const key = `${base}|${family}|${unitBase(f.unit)}`;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  const placed = bySentence(scoped);
  const at = new Map(placed.flat().map((p) => [p.fact, p]));
  const pairs = planPairs(placed, stated);

  const rows: StatusRow[] = [];
  for (const [key, list] of groups) {
    list.sort(olderFirst);
    const [code, , , family, unit] = key.split("|");
    const targets = list.filter((f) => f.kind === "target");
    const results = list.filter((f) => f.kind === "actual");
    const estimates = list.filter((f) => f.kind === "estimate");
    // A term's target (2021/2025) meets the results written for its last year, and back.
    let resultPool = results.length ? results : estimates;
    if (!resultPool.length && targets.length) {
      const other = groups.get([code, list[0].area, termTwin(targets[0].period), family, unit].join("|"));
      if (other)
        resultPool = other
          .filter((f) => f.kind === "actual")
          .concat(other.filter((f) => f.kind === "estimate"));
    }
    const lastTarget = targets.length ? targets[targets.length - 1] : null;
    let result: Fact | null = null;
    let target: Fact | DerivedTarget | null = lastTarget;
    let statedPct: number | null = null;
    if (lastTarget) {
      // Figures of the target's own sentence answer it only when the sentence measures one
      // against the other; a table's row is measured by its columns.
      const usable = resultPool.filter(
        (f) =>
          f.doc !== lastTarget.doc ||
          !f.sentence ||
          f.sentence !== lastTarget.sentence ||
          saysAgainstPlan(f, lastTarget, at),
      );
      // The last version read leads; where its document states that same figure earlier (a
      // summary restates it), the first statement is cited.
      const last = usable.length ? usable[usable.length - 1] : null;
      result = last && (usable.find((f) => f.doc === last.doc && f.value === last.value) ?? last);
      // A table's rows can share one catalogue code ("lao động qua đào tạo" and its "có văn
      // bằng" row): within the target's document, the result of the target's own row answers it.
      if (result && result.doc === lastTarget.doc) {
        const ownRow = usable.filter(
          (f) => f.doc === lastTarget.doc && f.indicator.text === lastTarget.indicator.text,
        );
        if (ownRow.length) result = ownRow[ownRow.length - 1];
      }
      const pair = result ? pairs.get(result) : undefined;
      if (pair) statedPct = pair.pct;
    } else if (resultPool.length) {
      // No plan written: one implied by the newest "đạt x% kế hoạch" said right after a result.
      // A share's "đạt 98,95% kế hoạch" is of its plan's share too (its "vượt 0,5%" may be points);
      // an amount of part of a year stands to the year's plan, not to a plan of its own.
      const wholePeriod = !/^\d{4}-/.test(list[0].period);
      const paired =
        (family === "amount" && wholePeriod) || family === "share"
          ? resultPool.filter((f) => pairs.has(f) && (family === "amount" || !pairs.get(f)?.exceeds))
          : [];
      const newestDoc = paired.length ? paired[paired.length - 1].doc : null;
      const first = paired.find((f) => f.doc === newestDoc);
      if (first) {
        const pair = pairs.get(first) as PlanPair;
        result = first;
        statedPct = pair.pct;
        target = derivedTarget(first, pair);
      } else result = resultPool[resultPool.length - 1];
    }
    // The row is named as its plan names it; else as the newest figure does.
    const lead = lastTarget ?? result ?? list[list.length - 1];
    const direction = directionOf(
      lead.indicator.code,
      lead.indicator.text,
      target && !("derived" in target) ? target.qualifier : "",
    );
    const versions = new Set(list);
    for (const f of list) {
      const p = pairs.get(f);
      if (p) versions.add(p.fact);
    }
    const row: StatusRow = {
      indicator: lead.indicator,
      name: rowName(lead, result ?? lead, at.get(result ?? lead)),
      area: lead.area,
      period: lead.period,
      unit: (result ?? lead).unit,
      measure: (result ?? lead).measure,
      target,
      result,
      pct_of_target: null,
      stated_pct_of_target: statedPct,
      status: "no_target",
      direction,
      versions: [...versions].sort(olderFirst),
    };
    if (!target) row.status = "no_target";
    else if (!result) row.status = "no_result";
    else {
      const judged = judge(result, target, direction);
      row.status = judged.status;
      row.pct_of_target = judged.pct;
    }
    rows.push(row);
  }
  // In the catalogue's order (its sectors as a provincial report lists them), then the rest.
  const order = (r: StatusRow) => (r.indicator.code ? (CATALOGUE_ORDER.get(r.indicator.code) ?? 1e6) : 2e6);
  return rows.sort(
    (a, b) =>
      order(a) - order(b) ||
      (a.indicator.code ?? "").localeCompare(b.indicator.code ?? "") ||
      // An indicator's row against its plan before its other figures.
      Number(a.target === null) - Number(b.target === null) ||
      a.indicator.text.localeCompare(b.indicator.text) ||
      a.measure.localeCompare(b.measure) ||
      a.unit.localeCompare(b.unit),
  );
}

function saysAgainstPlan(result: Fact, target: Fact, at: Map<Fact, Placed>): boolean {
  if (fromColumn(result) && fromColumn(target)) return true;
  // Within one clause of the sentence ("…; so với kế hoạch giao tăng 01 trường (483/482 trường)").
  const a = at.get(result);
  const b = at.get(target);
  if (!a || !b) return PLAN_WORDS.test(fold(target.sentence));
  const s = target.sentence;
  if (s.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)).includes(";")) return false;
  // The plan named near the figures, within their clause.
  const from = Math.max(s.lastIndexOf(";", Math.min(a.start, b.start)) + 1, Math.min(a.start, b.start) - 60);
  const next = s.indexOf(";", Math.max(a.end, b.end));
  const to = Math.min(next < 0 ? s.length : next, Math.max(a.end, b.end) + 40);
  return PLAN_WORDS.test(fold(s.slice(from, to)));
}

/** A result and the "% of plan" said of it. */
interface PlanPair {
  fact: Fact;
  /** The % of plan it stands at: "vượt 4,41% kế hoạch" is 104,41. */
  pct: number;
  /** Written as "vượt x%". */
  exceeds: boolean;
}

/**
 * The "% of plan" each result is stated at, read as a sentence says it: "đạt 285.519 tấn, tăng
 * 0,91% so với năm trước và đạt 101,34% kế hoạch" — the figure right before it in the
 * sentence, passing over what is said of that figure (its growth, its change), of the same
 * indicator. A "% of plan" without such a figure says nothing of any other.
 */
function planPairs(sentences: Placed[][], stated: Map<string, Fact[]>): Map<Fact, PlanPair> {
  const pcts = new Set([...stated.values()].flat());
  const out = new Map<Fact, PlanPair>();
  if (!pcts.size) return out;
  for (const placed of sentences) {
    for (let i = 0; i < placed.length; i++) {
      const p = placed[i];
      if (!pcts.has(p.fact)) continue;
      for (let j = i - 1; j >= 0; j--) {
        const f = placed[j].fact;
        if (f.measure === "growth" || f.measure === "change" || f.measure === "multiple") continue;
        // "vượt 333 hộ và đạt 192,5% kế hoạch": the excess over the plan is no result of it.
        if (/\bvuot\s*$/.test(fold(f.sentence.slice(Math.max(0, placed[j].start - 12), placed[j].start))))
          break;
        if (f.measure === "pct_of_target") {
          // A second "% of plan" of one figure (against another plan) is said of the same figure.
          if (pcts.has(f)) continue;
          break;
        }
        // Of the same indicator: its code, or the same words (a "% of plan" often carries no
        // code of its own, or another one read from the same words).
        const same =
          indicatorKey(f) === indicatorKey(p.fact) ||
          (words(f.indicator.text) !== "" && words(f.indicator.text) === words(p.fact.indicator.text));
        const family = FAMILY[f.measure];
        if ((family === "amount" || family === "share") && same && f.kind !== "target") {
          if (!out.has(f))
            out.set(f, { fact: p.fact, pct: pctOfPlan(p), exceeds: pctOfPlan(p) !== p.fact.value });
        }
        break;
      }
    }
  }
  return out;
}

/** "vượt 4,41% kế hoạch" stands at 104,41% of it; "đạt 98,76% kế hoạch" at 98,76%. */
function pctOfPlan(p: Placed): number {
  const before = fold(p.fact.sentence.slice(Math.max(0, p.start - 24), p.start));
  return /\bvuot(?:\s+(?:muc|khoang|hon|tren))?\s*$/.test(before) ? 100 + p.fact.value : p.fact.value;
}

function derivedTarget(result: Fact, pair: PlanPair): DerivedTarget | null {
  if (!(pair.pct > 0)) return null;
  const value = result.value / (pair.pct / 100);
  // At the result's precision, and to three significant digits at least ("≈0,93", not "≈1").
  const digits = Math.max(
    decimalsOf(result.value_text),
    Math.min(6, 2 - Math.floor(Math.log10(Math.abs(value)))),
  );
  return {
    value,
    value_text: value.toLocaleString("vi-VN", { maximumFractionDigits: digits }),
    unit: result.unit,
    kind: "target",
    derived: true,
    doc: pair.fact.doc,
    line: pair.fact.line,
    from: pair.fact,
  };
}

/** What the figure says of an indicator when it is not the indicator's own measure. */
const MEASURE_SUFFIX: Partial<Record<Measure, string>> = {
  growth: "tốc độ tăng",
  multiple: "số lần tăng",
  change: "mức tăng, giảm",
  share: "tỷ trọng",
  rank: "thứ hạng",
};

function rowName(lead: Fact, figure: Fact, place: Placed | undefined): string {
  const ind = lead.indicator.code ? indicatorByCode(lead.indicator.code) : undefined;
  if (ind) {
    const own =
      ind.measures.includes(lead.measure) || (lead.measure === "multiple" && ind.measures.includes("growth"));
    const suffix = own ? "" : MEASURE_SUFFIX[lead.measure];
    return suffix ? `${ind.name_vi} (${suffix})` : ind.name_vi;
  }
  const text = lead.indicator.text.replace(/\s+/g, " ").trim();
  if (GENERIC.test(words(text))) {
    const label = labelOf(lead);
    return label && text
      ? `${label}: ${text.charAt(0).toLocaleLowerCase("vi")}${text.slice(1)}`
      : clauseOf(figure, place);
  }
  return readsAsName(text, lead.sentence) ? text : clauseOf(figure, place);
}

/** Words a name neither starts nor ends with: it was cut from a longer phrase. */
const EDGE_START = new Set(
  "va hoac voi cua cho tai trong tu den so bang con la thi ma nhung dat chi len xuong hon khi de nen".split(
    " ",
  ),
);
const EDGE_END = new Set(
  "va hoac voi cua cho chi la duoc da cac nhung tu den tai trong bang so hon khoang dat co moi cung nhu".split(
    " ",
  ),
);
/** Words after which a name may start in a sentence (besides punctuation and its start). */
const LEAD_IN =
  /(?:^|[\s(])(?:uoc|du uoc|uoc tinh|uoc thuc hien|uoc dat|trong do|gom|nhu|co|la|rieng|dong thoi|toan tinh|toan huyen|toan xa|nam \d{4}|den nay|hien nay|hien co)\s*$/;

/**
 * Whether an indicator text reads as a row's name: two words or more (two only when written
 * with a capital, as a label is), no figure in it, not cut at a joining word, and starting where
 * a phrase of its sentence starts.
 */
export function readsAsName(text: string, sentence: string): boolean {
  const words = text.split(" ");
  if (words.length < 2 || words.length > 14 || /\d/.test(text)) return false;
  if (words.length === 2 && text[0] === text[0].toLocaleLowerCase("vi")) return false;
  const f = fold(text);
  const fw = f.split(" ");
  if (EDGE_START.has(fw[0]) || EDGE_END.has(fw[fw.length - 1])) return false;
  if (/[(,;:]$|^[)\-–,;:]/.test(text)) return false;
  const at = sentence.indexOf(text);
  if (at <= 0) return true;
  const before = fold(sentence.slice(Math.max(0, at - 30), at));
  return /(?:^|[.,;:(\-–*]|\s[-–])\s*$/.test(before) || LEAD_IN.test(before);
}

/** The clause of its sentence a figure stands in: "Chăm sóc 677,81, đạt 211,82% kế hoạch". */
function clauseOf(f: Fact, place: Placed | undefined): string {
  const s = f.sentence;
  const at = place?.start ?? s.indexOf(f.value_text);
  if (at < 0) return s.length > 100 ? `${s.slice(0, 99)}…` : s;
  const start = Math.max(s.lastIndexOf(";", at), s.lastIndexOf(". ", at), s.lastIndexOf(":", at)) + 1;
  const ends = [s.indexOf(";", at), s.indexOf(". ", at)].filter((i) => i >= 0);
  const end = ends.length ? Math.min(...ends) : s.length;
  let clause = s.slice(start, end).trim().replace(/[.,]$/, "");
  if (clause.length > 100) {
    const from = Math.max(0, at - start - 60);
    clause = `${from > 0 ? "…" : ""}${clause.slice(from, from + 99).trim()}…`;
  }
  return clause.charAt(0).toLocaleUpperCase("vi") + clause.slice(1);
}

function periodMatches(period: string, wanted?: string): boolean {
  if (!wanted) return true;
  if (period === wanted) return true;
  // A year takes in the spans that end in it: a term's averages belong to its last year's review.
  return /^\d{4}$/.test(wanted) && /^\d{4}\/\d{4}$/.test(period) && period.endsWith(`/${wanted}`);
}

/** 2021/2025 ↔ 2025. */
function termTwin(period: string): string {
  const span = /^(\d{4})\/(\d{4})$/.exec(period);
  return span ? span[2] : period;
}

/** Compare a result with its target at the precision written, in the indicator's direction. */
export function judge(
  result: Fact,
  target: Fact | DerivedTarget,
  direction: "up" | "down",
): { status: Status; pct: number | null } {
  const targetUnit = target.unit;
  const r =
    convert(result.value, result.unit, targetUnit) ??
    (sameKind(result.unit, targetUnit) ? result.value : null);
  if (r === null) return { status: "no_target", pct: null };
  const lo = target.value;
  const hi = "derived" in target ? lo : (target.value_max ?? lo);
  // Equal as written: "70,00" meets "70", but "7,5" does not meet "8" (rounding the result to
  // the target's whole numbers would call it met).
  const decimals = Math.max(
    decimalsOf(result.value_text),
    "derived" in target ? 2 : decimalsOf(target.value_text),
  );
  const round = (v: number) => Number(v.toFixed(decimals));
  const rr = round(r);
  const pct = lo !== 0 ? (r / lo) * 100 : null;
  if (rr >= round(lo) && rr <= round(hi)) {
    // "trên 98%" is met by 98 only when it says "từ 98% trở lên"; equal to a strict bound is not beyond it.
    const strict = !("derived" in target) && target.qualifier && target.qualifier !== "~" && lo === hi;
    if (!strict) return { status: "met", pct };
  }
  const better = direction === "up" ? rr > round(hi) : rr < round(lo);
  return { status: better ? "exceeded" : "not_met", pct };
}

function sameKind(a: string, b: string): boolean {
  const pa = /%/.test(a);
  const pb = /%/.test(b);
  return pa === pb;
}
