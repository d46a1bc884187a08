/**
 * Headings come from their numbering, never from markdown depth (the converters that made
 * these files assign # levels at random). Levels: Phần thứ… 1, A./B. 2, I./II. and Điều 1. 3, 1. 4,
 * 1.1. 5, 1.1.1. 6, a) 7, (1) / 1) 8.
 */
export interface Numbering {
  level: number;
  numbering: string;
  /** Offset where the heading text begins, after the numbering. */
  rest: number;
}

const ROMAN = "(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})";
const PATTERNS: [number, RegExp][] = [
  [1, /^(Phần\s+thứ\s+(?:nhất|hai|ba|tư|năm|[IVX]+))\b\s*[:.-]?\s*/iu],
  [1, /^(PHẦN\s+(?:[IVX]+|THỨ\s+\S+|MỘT|HAI|BA))\b\s*[:.-]?\s*/u],
  // (Not "V/v báo cáo …", an official letter's subject line: "về việc".)
  [3, new RegExp(`^((?=[IVXL])${ROMAN})(?!\\s*\\/\\s*[vV](?![\\p{L}]))\\s*[.\\-–/]\\s*(?=\\S)`, "u")],
  // A resolution's articles: "Điều 1. Đánh giá kết quả …", "Điều 2: Mục tiêu …".
  [3, /^(Điều\s+\d{1,2})\s*[.:]\s*(?=\p{Lu})/u],
  [2, /^([A-HK-UW-ZĐ])\s*[.\-–]\s+(?=\S)/u],
  [6, /^(\d{1,2}\.\d{1,2}\.\d{1,2})\.?\s*(?=\S)/u],
  [5, /^(\d{1,2}\.\d{1,2})\.?\s+(?=\S)/u],
  [4, /^(\d{1,2})\s*[.\-–]\s*(?=\p{L}|\*)/u],
  [7, /^([a-zđ])\s*[).]\s*(?=\S)/u],
  [8, /^(\(\d{1,2}\)|\d{1,2}\))\s*[.\-–]?\s*(?=\S)/u],
];

export function headingNumbering(text: string): Numbering | null {
  const t = text.replace(/^[\s*]+/, "");
  const lead = text.length - t.length;
  for (const [level, re] of PATTERNS) {
    const m = re.exec(t);
    if (!m?.[1]) continue;
    // "2023. Tập trung…" is a wrapped year, not a heading; a heading number is small.
    if (level === 4 && Number(m[1]) > 40) continue;
    return { level, numbering: m[1], rest: lead + m[0].length };
  }
  return null;
}

/** Upper-case text such as a part or report title (allows digits and punctuation). */
export function isUpperTitle(text: string): boolean {
  let letters = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const up = c.toUpperCase();
    const low = c.toLowerCase();
    if (up === low) continue; // not a cased letter
    letters++;
    if (c === low) {
      lower++;
      if (lower > 3 && lower / letters > 0.1) return false;
    }
  }
  return letters >= 6 && lower / letters <= 0.1;
}
