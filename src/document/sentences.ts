import { type Mapped, slice, trim } from "../text/mapped.js";

/**
 * Split a paragraph into sentences at . ! ? followed by a space and a capital, a quote or an
 * opening bracket. Decimal points, "./.", abbreviations (TP., TS.) and ellipses inside a
 * sentence do not split it. Semicolons separate clauses, not sentences.
 */
const ABBREV = /(?:^|\s)(?:TP|TT|TS|ThS|PGS|GS|Tr|tr|St|v\.v|Th|Q|P|Ng|Đ\/c|đ\/c|No)\.$/u;

export function splitSentences(m: Mapped): Mapped[] {
  const t = m.text;
  const out: Mapped[] = [];
  let start = 0;
  const re = /[.!?…]+["”’)]*\s+(?=[\p{Lu}“"(\d-])/gu;
  for (let x = re.exec(t); x; x = re.exec(t)) {
    const end = x.index + x[0].trimEnd().length;
    const before = t.slice(Math.max(0, x.index - 6), x.index + 1);
    if (ABBREV.test(before)) continue;
    // "1. Tên mục" inside a joined paragraph: keep the number with what follows.
    if (
      /\s\d{1,2}\.$/.test(t.slice(Math.max(0, x.index - 3), x.index + 1)) &&
      /^\s+\p{Lu}/u.test(t.slice(x.index + 1))
    ) {
      continue;
    }
    // "đạt 648. 215 tỷ đồng": a thousands dot with a stray space after it, in a PDF's text.
    if (
      /\d\.$/.test(t.slice(x.index - 1, x.index + 1)) &&
      /^\. \d{3}(?:,\d+)?\s+\p{Ll}/u.test(t.slice(x.index)) &&
      /(?<![\d.,])\d{1,3}\.$/.test(t.slice(Math.max(0, x.index - 4), x.index + 1))
    )
      continue;
    // A heading's numbering ("1.1. Cây lương thực") is no sentence of its own.
    if (/^\s*(?:[\dIVXLivxl]{1,4}[.)]\s*)+$/u.test(t.slice(start, end + 1))) continue;
    out.push(trim(slice(m, start, end)));
    start = x.index + x[0].length;
  }
  const last = trim(slice(m, start, t.length));
  if (last.text) out.push(last);
  return out.filter((s) => s.text.length > 0);
}
