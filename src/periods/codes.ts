/**
 * Period codes (FACTS.md): 2023, 2023-S1, 2023-Q3, 2023-06, 2023-06-19, 2023-01/2023-10,
 * 2021/2025. The one place that knows their shape: the extractor writes them, the API, import
 * and the store read them.
 */

/** One end of a period: a year, a half, a quarter, a month or a day. */
const PART = /^\d{4}(?:-(?:S[12]|Q[1-4]|(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?))?$/;

/** A period code as the API and import accept it. */
export const PERIOD_CODE =
  /^\d{4}(?:-(?:S[12]|Q[1-4]|(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?))?(?:\/\d{4}(?:-(?:S[12]|Q[1-4]|(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?))?)?$/;

export function isPeriodCode(s: string): boolean {
  const parts = s.split("/");
  if (parts.length === 1) return PART.test(s);
  return parts.length === 2 && parts.every((p) => PART.test(p)) && parts[0] < parts[1];
}

/** A year, a part of one (half, quarter, months, day), or a span of years. */
export function periodClass(code: string): "year" | "sub" | "span" {
  if (/^\d{4}$/.test(code)) return "year";
  if (/^\d{4}\/\d{4}$/.test(code)) return "span";
  return "sub";
}

/** The last year a period code covers. */
export function endYear(code: string): number {
  const ys = code.match(/\d{4}/g);
  return ys ? Number(ys[ys.length - 1]) : Number.NaN;
}

/** The same period one year earlier: the base of "so với cùng kỳ năm trước". */
export function samePeriodLastYear(code: string): string {
  return code.replace(/\d{4}/g, (y) => String(Number(y) - 1));
}

/**
 * The last day of a period code: "2023" → 2023-12-31, "2023-S1" → 2023-06-30, "2023-Q3" →
 * 2023-09-30, "2023-06" → 2023-06-30, "2021/2025" → 2025-12-31; "" when it is no code.
 */
export function periodEnd(code: string): string {
  const last = code.split("/").pop() ?? "";
  const m = /^(\d{4})(?:-(?:S([12])|Q([1-4])|(\d{2}))(?:-(\d{2}))?)?$/.exec(last);
  if (!m) return "";
  const [, y, half, quarter, month, day] = m;
  if (day) return last;
  const mm = half ? Number(half) * 6 : quarter ? Number(quarter) * 3 : month ? Number(month) : 12;
  const dd = new Date(Date.UTC(Number(y), mm, 0)).getUTCDate();
  return `${y}-${String(mm).padStart(2, "0")}-${dd}`;
}

/**
 * A date as a user writes it, made ISO: "2023-12-11", "2023-12", "2023", "11/12/2023",
 * "11-12-2023", "12/2023" → "2023-12-11", "2023-12", "2023"… ; null when it is not a date.
 */
export function isoDate(text: string): string | null {
  const t = text.trim();
  const pad = (n: string) => n.padStart(2, "0");
  const ok = (y: string, m?: string, d?: string): string | null => {
    const mm = m === undefined ? 1 : Number(m);
    const dd = d === undefined ? 1 : Number(d);
    if (Number(y) < 1900 || Number(y) > 2100 || mm < 1 || mm > 12) return null;
    if (dd < 1 || dd > new Date(Date.UTC(Number(y), mm, 0)).getUTCDate()) return null;
    return [y, m && pad(m), d && pad(d)].filter(Boolean).join("-");
  };
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(t);
  if (m) return ok(m[1], m[2], m[3]);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return ok(m[3], m[2], m[1]);
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return ok(m[2], m[1]);
  return null;
}

/** When a text was written, from its date, else from the end of the period it reports on. */
export function refDate(date: string | null, period: string): { year: number; month?: number } | undefined {
  const d = date ?? periodEnd(period);
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(d ?? "");
  if (!m) return undefined;
  return m[2] ? { year: Number(m[1]), month: Number(m[2]) } : { year: Number(m[1]) };
}

/** The first day of a period code: "2023-S2" → 2023-07-01, "2021/2025" → 2021-01-01; "" when it is no code. */
export function periodStart(code: string): string {
  const first = code.split("/")[0];
  const m = /^(\d{4})(?:-(?:S([12])|Q([1-4])|(\d{2}))(?:-(\d{2}))?)?$/.exec(first);
  if (!m) return "";
  const [, y, half, quarter, month, day] = m;
  if (day) return first;
  const mm = half ? Number(half) * 6 - 5 : quarter ? Number(quarter) * 3 - 2 : month ? Number(month) : 1;
  return `${y}-${String(mm).padStart(2, "0")}-01`;
}

/** "quý IV và cả năm 2023": a period inside another one named beside it is part of it. */
export function widest<T extends { code: string }>(ps: T[]): T[] {
  const within = (a: string, b: string) =>
    a !== b && periodStart(a) >= periodStart(b) && periodEnd(a) <= periodEnd(b);
  return ps.filter((p) => !ps.some((q) => within(p.code, q.code)));
}
