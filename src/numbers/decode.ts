/**
 * Vietnamese numerals: a dot groups thousands, a comma marks decimals (14.955,28). Known
 * exceptions are decided here: a dot followed by one or two digits is a decimal point
 * (897.72), and a comma followed by three digits is still a decimal comma (175,058 km).
 */
export function decodeNumber(text: string): number {
  let t = text.replace(/\s+/g, "").replace(/[−–]/g, "-");
  const neg = t.startsWith("-");
  if (neg || t.startsWith("+")) t = t.slice(1);
  let v: number;
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(t)) v = Number(t.replace(/\./g, "").replace(",", "."));
  else if (/^\d+,\d+$/.test(t)) v = Number(t.replace(",", "."));
  else if (/^\d+\.\d{1,2}$/.test(t)) v = Number(t);
  else if (/^\d+$/.test(t)) v = Number(t);
  else v = Number(t.replace(/\./g, "").replace(",", "."));
  return neg ? -v : v;
}

/** The pattern of one numeral as written. */
export const NUMERAL = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+\.\d{1,2}(?![\d.])|\d+`;
