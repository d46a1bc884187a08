/**
 * Units compared across facts: the same quantity written in different magnitudes
 * (tỷ đồng / triệu đồng / nghìn tỷ đồng, tấn / nghìn tấn, người / nghìn người / vạn người).
 */
const SCALE: [RegExp, number][] = [
  [/^nghìn tỷ|^ngàn tỷ/iu, 1e12],
  [/^tỷ|^tỉ/iu, 1e9],
  [/^triệu/iu, 1e6],
  [/^vạn/iu, 1e4],
  [/^nghìn|^ngàn/iu, 1e3],
];

export interface Quantity {
  /** The unit without its magnitude word: "đồng", "tấn", "%". */
  base: string;
  factor: number;
}

export function quantityOf(unit: string): Quantity {
  const u = unit
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/\/\s*năm$/u, "");
  for (const [re, f] of SCALE) {
    if (re.test(u)) {
      const rest = u.replace(re, "").trim();
      return { base: rest || "đơn vị", factor: f };
    }
  }
  return { base: u, factor: 1 };
}

/** A value converted into another fact's unit, or null when the two do not measure alike. */
export function convert(value: number, from: string, to: string): number | null {
  const a = quantityOf(from);
  const b = quantityOf(to);
  if (a.base !== b.base && !(a.base === "" || b.base === "")) return null;
  return (value * a.factor) / b.factor;
}

/** Decimals written in a value ("30,67" → 2), for "equal at the precision written". */
export function decimalsOf(valueText: string): number {
  const t = valueText.replace(/\s/g, "");
  const comma = /,(\d+)$/.exec(t);
  if (comma) return comma[1].length;
  const dot = /\.(\d{1,2})$/.exec(t);
  return dot ? dot[1].length : 0;
}
