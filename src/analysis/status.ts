import { fold } from "../text/fold.js";
import { directionOf } from "./direction.js";
import type { StoredFact } from "./facts.js";
import { convert, decimalsOf } from "./units.js";

export type Status = "exceeded" | "met" | "not_met" | "no_result" | "no_target";

/** A target implied by "đạt x% kế hoạch": the result divided by x %. */
export interface DerivedTarget {
  value: number;
  /** The value as a report would write it, at the result's precision. */
  value_text: string;
  unit: string;
  kind: "target";
  derived: true;
  /** Where the "% of plan" it comes from is written. */
  doc: string;
  line: number;
  from: StoredFact;
}

export interface StatusRow {
  indicator: { code: string | null; text: string };
  area: string;
  period: string;
  unit: string;
  target: StoredFact | DerivedTarget | null;
  result: StoredFact | null;
  /** The result as a % of the target, computed from the two values where they compare. */
  pct_of_target: number | null;
  /** What the report itself says, when it gives a "% of plan" for this figure. */
  stated_pct_of_target: number | null;
  status: Status;
  direction: "up" | "down";
  /** Every figure of this indicator, area and period, older documents first. */
  versions: StoredFact[];
}

export interface StatusOptions {
  /** A period code; a year also takes in spans ending that year ("2016/2020" for 2020). */
  period?: string;
  /** An area as written or folded ("tỉnh Điện Biên", "tinh dien bien"). */
  area?: string;
}

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

const indicatorKey = (f: StoredFact) =>
  f.indicator.code ??
  `t:${fold(f.indicator.text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()}`;

/**
 * One row per indicator × area × period. `facts` come oldest document first (as the store
 * returns them): the last version read leads.
 */
export function statusRows(facts: StoredFact[], opts: StatusOptions = {}): StatusRow[] {
  const position = new Map(facts.map((f, i) => [f, i]));
  const olderFirst = (a: StoredFact, b: StoredFact) => (position.get(a) ?? 0) - (position.get(b) ?? 0);
  const area = opts.area ? fold(opts.area).trim() : null;
  const inScope = (f: StoredFact) => (!area || fold(f.area) === area) && periodMatches(f.period, opts.period);
  const groups = new Map<string, StoredFact[]>();
  const stated = new Map<string, StoredFact[]>();
  for (const f of facts) {
    if (!inScope(f) || f.kind === "forecast") continue;
    const base = `${indicatorKey(f)}|${f.area}|${f.period}`;
    if (f.measure === "pct_of_target") {
      const list = stated.get(base) ?? [];
      list.push(f);
      stated.set(base, list);
      continue;
    }
    const family = FAMILY[f.measure];
    if (!family) continue;
    const key = `${base}|${family}`;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  const rows: StatusRow[] = [];
  for (const [key, list] of groups) {
    list.sort(olderFirst);
    const targets = list.filter((f) => f.kind === "target");
    const results = list.filter((f) => f.kind === "actual");
    const estimates = list.filter((f) => f.kind === "estimate");
    // A term's target (2021/2025) meets the results written for its last year, and back.
    let resultPool = results.length ? results : estimates;
    if (!resultPool.length && targets.length) {
      const other = groups.get(
        key.replace(/\|[^|]*\|([^|]*)$/, (_m, fam) => `|${termTwin(targets[0].period)}|${fam}`),
      );
      if (other)
        resultPool = other
          .filter((f) => f.kind === "actual")
          .concat(other.filter((f) => f.kind === "estimate"));
    }
    let result = resultPool.length ? resultPool[resultPool.length - 1] : null;
    const lastTarget = targets.length ? targets[targets.length - 1] : null;
    // A table's rows can share one catalogue code ("lao động qua đào tạo" and its "có văn bằng"
    // row): within the target's document, the result of the target's own row answers it.
    if (result && lastTarget && result.doc === lastTarget.doc) {
      const ownRow = resultPool.filter(
        (f) => f.doc === lastTarget.doc && f.indicator.text === lastTarget.indicator.text,
      );
      if (ownRow.length) result = ownRow[ownRow.length - 1];
    }
    // The row is named as its plan names it; else as the newest figure does.
    const lead = lastTarget ?? result ?? list[list.length - 1];
    const pcts = (stated.get(key.split("|").slice(0, 3).join("|")) ?? []).sort(olderFirst);
    const statedPct =
      result && pcts.length ? (pcts.find((p) => p.doc === result.doc) ?? pcts[pcts.length - 1]) : null;
    let target: StoredFact | DerivedTarget | null = targets.length ? targets[targets.length - 1] : null;
    if (!target && result && statedPct && statedPct.value > 0 && FAMILY[result.measure] === "amount") {
      const value = result.value / (statedPct.value / 100);
      target = {
        value,
        value_text: value.toLocaleString("vi-VN", { maximumFractionDigits: decimalsOf(result.value_text) }),
        unit: result.unit,
        kind: "target",
        derived: true,
        doc: statedPct.doc,
        line: statedPct.line,
        from: statedPct,
      };
    }
    const direction = directionOf(
      lead.indicator.code,
      lead.indicator.text,
      target && !("derived" in target) ? target.qualifier : "",
    );
    const row: StatusRow = {
      indicator: lead.indicator,
      area: lead.area,
      period: lead.period,
      unit: (result ?? lead).unit,
      target,
      result,
      pct_of_target: null,
      stated_pct_of_target: statedPct ? statedPct.value : null,
      status: "no_target",
      direction,
      versions: list.concat(pcts).sort(olderFirst),
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
  return rows.sort(
    (a, b) =>
      (a.indicator.code ?? "~").localeCompare(b.indicator.code ?? "~") ||
      a.indicator.text.localeCompare(b.indicator.text),
  );
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
  result: StoredFact,
  target: StoredFact | DerivedTarget,
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
