import { decimalsOf } from "./units.js";

/** What a written figure may stand for: "24,4" is anything that rounds to it. */
export interface Interval {
  lo: number;
  hi: number;
}

/** The values a figure written with `text`'s decimals rounds from (or truncates from). */
export function writtenRange(value: number, text: string): Interval {
  const step = 10 ** -decimalsOf(text);
  // Reports both round (±half a step) and truncate (up to a whole step more).
  return { lo: value - step / 2, hi: value + step };
}

export function ratio(a: Interval, b: Interval): Interval | null {
  if (b.lo <= 0) return null;
  return { lo: a.lo / b.hi, hi: a.hi / b.lo };
}

export function scale(a: Interval, k: number): Interval {
  return k >= 0 ? { lo: a.lo * k, hi: a.hi * k } : { lo: a.hi * k, hi: a.lo * k };
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

/** A number as Vietnamese reports write it: "22,45". */
export function vi(n: number, decimals = 2): string {
  return n.toLocaleString("vi-VN", { maximumFractionDigits: decimals });
}
