import type { Fact } from "./types";

/**
 * An indicator over time, for the chart: which periods go on the horizontal axis, which figure
 * is the result of each, which the targets.
 *
 * The axis holds years and half-years only ("2020", "2023-S1"); months, quarters and days are
 * left to the table. A term ("2016/2020", "2021/2025") is put at its last year, because that is
 * when its result is reported and its target falls due; it is used there only when that year
 * has no figure of its own, since a term's figure is usually a yearly average and not the year's
 * figure. The tooltip names the term, so nobody takes it for the year.
 */

export interface Slot {
  /** The axis category: "2020", "2023-S1". */
  label: string;
  /** For ordering: a half-year before its year's end. */
  order: number;
  /** A term put at its last year. */
  span: boolean;
}

export function slotOf(period: string): Slot | null {
  let m = /^(\d{4})$/.exec(period);
  if (m) return { label: period, order: Number(m[1]) * 10 + 9, span: false };
  m = /^(\d{4})-S([12])$/.exec(period);
  if (m) return { label: period, order: Number(m[1]) * 10 + (m[2] === "1" ? 5 : 8), span: false };
  m = /^(\d{4})\/(\d{4})$/.exec(period);
  if (m) return { label: m[2], order: Number(m[2]) * 10 + 9, span: true };
  return null;
}

/** Any period code in time order: by its end, then by its start (a longer term first). */
export function periodOrder(period: string): number {
  const parts = period.split("/");
  const end = pointOf(parts[parts.length - 1], true);
  const start = pointOf(parts[0], false);
  return end * 1e8 + (1e8 - 1 - (end - start));
}

/** A period part as yyyymmdd: its last day (end) or first day (start). */
function pointOf(part: string, end: boolean): number {
  const m = /^(\d{4})(?:-(S[12]|Q[1-4]|\d{2})(?:-(\d{2}))?)?$/.exec(part);
  if (!m) return 0;
  const y = Number(m[1]);
  let from = 1;
  let to = 12;
  if (m[2]?.startsWith("S")) [from, to] = m[2] === "S1" ? [1, 6] : [7, 12];
  else if (m[2]?.startsWith("Q")) {
    const q = Number(m[2].slice(1));
    [from, to] = [q * 3 - 2, q * 3];
  } else if (m[2]) from = to = Number(m[2]);
  const day = m[3] ? Number(m[3]) : end ? 31 : 1;
  return y * 10000 + (end ? to : from) * 100 + day;
}

export interface SeriesData {
  categories: string[];
  /** The result plotted at each category (null: none), and where it comes from. */
  results: (Fact | null)[];
  /** Target markers: the category index and the figure. */
  targets: { index: number; fact: Fact }[];
  /** The result as a % of the target of the same period, where both exist. */
  pct: (number | null)[];
}

/** The newest actual figure, else the newest estimate (facts come oldest document first). */
function resultOf(facts: Fact[]): Fact | null {
  const actual = facts.filter((f) => f.kind === "actual");
  const pool = actual.length ? actual : facts.filter((f) => f.kind === "estimate");
  return pool.length ? pool[pool.length - 1] : null;
}

/** Facts of one area and one measure, oldest document first, into the chart's series. */
export function buildSeries(facts: Fact[]): SeriesData {
  const bySlot = new Map<string, { order: number; own: Fact[]; span: Fact[] }>();
  for (const f of facts) {
    const slot = slotOf(f.period);
    if (!slot) continue;
    const entry = bySlot.get(slot.label) ?? { order: slot.order, own: [], span: [] };
    (slot.span ? entry.span : entry.own).push(f);
    bySlot.set(slot.label, entry);
  }
  // Years with no figure stay on the axis, so that the distance between points is time.
  const years = [...bySlot.keys()].map((k) => Number(k.slice(0, 4)));
  if (years.length) {
    const first = Math.min(...years);
    const last = Math.max(...years);
    for (let y = first; y <= last && last - first < 60; y++)
      if (!bySlot.has(String(y))) bySlot.set(String(y), { order: y * 10 + 9, own: [], span: [] });
  }
  const slots = [...bySlot.entries()].sort((a, b) => a[1].order - b[1].order);
  const data: SeriesData = { categories: [], results: [], targets: [], pct: [] };
  slots.forEach(([label, { own, span }], index) => {
    data.categories.push(label);
    const pools = [own, span];
    const resultPool = pools.find((p) => resultOf(p) !== null) ?? [];
    const result = resultOf(resultPool);
    data.results.push(result);
    const targetPool = pools.find((p) => p.some((f) => f.kind === "target")) ?? [];
    const targets = targetPool.filter((f) => f.kind === "target");
    // One marker per distinct value: the same target restated in later reports is one point.
    const distinct = new Map<string, Fact>();
    for (const f of targets) distinct.set(`${f.value}|${f.value_max ?? ""}`, f);
    for (const fact of distinct.values()) data.targets.push({ index, fact });
    const sameTargets = resultPool.filter((f) => f.kind === "target");
    const target = sameTargets[sameTargets.length - 1];
    data.pct.push(result && target && target.value !== 0 ? (result.value / target.value) * 100 : null);
  });
  return data;
}

/** The most frequent value of `key`, ties to the first seen. */
export function mostFrequent<T>(items: T[], key: (t: T) => string): string | null {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(key(i), (counts.get(key(i)) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [k, c] of counts)
    if (c > n) {
      best = k;
      n = c;
    }
  return best;
}
