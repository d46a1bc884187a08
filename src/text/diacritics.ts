import { PROVINCE_NAMES } from "../catalogue/provinces.js";
import { PHRASES, WORDS } from "./diacritic-words.js";
import { fold } from "./fold.js";

/**
 * Restoring the marks of Vietnamese typed without them ("uoc dat 7.846 ty dong" → "ước đạt
 * 7.846 tỷ đồng"), so that the cue words, units and periods the extractor reads are there.
 * In NFC every Vietnamese letter is one UTF-16 unit, as is its bare form: a restored text has
 * the length of the original, and every offset in it still points at the same raw character.
 * Only words known from diacritic-words.ts change; the rest stays as typed.
 */

type Token = { at: number; text: string; key: string; number: boolean };

/** Phrases by their first token's key ("#" for a number), longest first. */
const BY_FIRST = new Map<string, { keys: string[]; words: string[] }[]>();
function add(phrase: string): void {
  const words = phrase.split(" ");
  const keys = words.map((w) => (w === "#" ? "#" : fold(w)));
  const list = BY_FIRST.get(keys[0]) ?? [];
  list.push({ keys, words });
  list.sort((a, b) => b.keys.length - a.keys.length);
  BY_FIRST.set(keys[0], list);
}
for (const p of PHRASES) add(p);
// (Province names are restored only where written with capitals: "Dien Bien", not "dien bien",
// which is "diễn biến".)
for (const name of PROVINCE_NAMES) if (!name.includes("-")) for (const p of [name, `tỉnh ${name}`]) add(p);
for (const w of WORDS) if (!BY_FIRST.get(fold(w))?.some((e) => e.keys.length === 1)) add(w);

const CAPITAL = /^\p{Lu}/u;
const TOKEN = /\p{L}+|\d+(?:[.,]\d+)*/gu;

/** Whether a text has no Vietnamese letter with a mark but many bare Vietnamese words. */
export function lacksDiacritics(text: string): boolean {
  let marked = 0;
  let known = 0;
  let words = 0;
  // (The head of a text tells: one typed without marks is so throughout, and a whole archive
  // should not be read twice. Combining marks count: a text may come decomposed.)
  for (const m of text.slice(0, SAMPLE).matchAll(/[\p{L}\p{M}]+/gu)) {
    words++;
    const w = m[0];
    if (/[^\p{ASCII}]/u.test(w)) {
      if (/[À-ỹ]|\p{M}/u.test(w)) marked++;
    } else if (BY_FIRST.has(w.toLowerCase()) || BARE_COMMON.has(w.toLowerCase())) known++;
  }
  // (A page typed without marks may still quote a name with them; a text with marks has them
  // in most of its sentences.)
  return words >= 20 && marked <= words * 0.02 && known >= words * 0.2;
}

const SAMPLE = 20_000;

/**
 * A text with marks may hold paragraphs typed without them (a commune's report put together
 * from several hands): each line that has almost no marked letter and many bare Vietnamese
 * words gets them back, the rest stays as it is.
 */
export function restoreBareLines(text: string): string {
  let out = "";
  let from = 0;
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    // (A cheap test first: a line with marks has one marked letter every few words.)
    if (end - start >= 12 && !MARKED_RUN.test(text.slice(start, end)) && bareLine(text.slice(start, end))) {
      out += text.slice(from, start) + restoreDiacritics(text.slice(start, end));
      from = end;
    }
    start = end + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Three marked letters: more than a line typed without marks holds (a quoted name aside). */
const MARKED_RUN = /(?:[À-ỹ][^À-ỹ]*){3}/u;

function bareLine(line: string): boolean {
  let words = 0;
  let known = 0;
  for (const m of line.matchAll(/\p{L}+/gu)) {
    words++;
    const w = m[0].toLowerCase();
    if (BY_FIRST.has(w) || BARE_COMMON.has(w)) known++;
  }
  // (A short heading counts when most of its words are known: "4. Tai chinh - ngan sach".)
  return (words >= 6 && known >= words * 0.3) || (words >= 3 && known >= words * 0.6);
}

/** Common words that are written the same with and without marks, or whose bare form is common. */
const BARE_COMMON = new Set(
  "trong theo cao kinh khai trung nam nay qua ha con tinh dat giam so dong nhan thanh truong cong co san".split(
    " ",
  ),
);

/** The text with the marks of every known word or phrase restored; same length. */
export function restoreDiacritics(text: string): string {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const number = /\d/.test(m[0][0]);
    tokens.push({ at: m.index, text: m[0], key: number ? "#" : m[0].toLowerCase(), number });
  }
  const out = text.split("");
  for (let i = 0; i < tokens.length; ) {
    const e = matchAt(tokens, i, text);
    if (!e) {
      const w = tokens[i].number ? null : ruled(tokens, i, text);
      if (w) put(out, tokens[i], w);
      i++;
      continue;
    }
    for (let k = 0; k < e.words.length; k++) if (e.words[k] !== "#") put(out, tokens[i + k], e.words[k]);
    // (A number that closes a phrase may open the next one: "đạt 184.212 tấn".)
    i += e.words.length - (e.words.at(-1) === "#" && e.words.length > 1 ? 1 : 0);
  }
  return out.join("");
}

/** The longest phrase that stands at token i, its tokens joined by white space only. */
function matchAt(tokens: Token[], i: number, text: string): { words: string[] } | null {
  for (const e of BY_FIRST.get(tokens[i].key) ?? []) {
    let ok = i + e.keys.length <= tokens.length;
    for (let k = 1; ok && k < e.keys.length; k++) {
      const a = tokens[i + k - 1];
      const b = tokens[i + k];
      ok = b.key === e.keys[k] && isSpace(text, a.at + a.text.length, b.at);
    }
    // A capitalised word of a phrase is a name, and matches only a capitalised word.
    for (let k = 0; ok && k < e.keys.length; k++)
      ok = !CAPITAL.test(e.words[k]) || CAPITAL.test(tokens[i + k].text);
    if (ok) return e;
  }
  return null;
}

/** Words told apart by what stands around them rather than by a phrase. */
function ruled(tokens: Token[], i: number, text: string): string | null {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const gapBefore = prev ? text.slice(prev.at + prev.text.length, t.at) : "";
  const nextIsNumber = !!next?.number && isSpace(text, t.at + t.text.length, next.at);
  const afterNumber = !!prev?.number && isSpace(text, prev.at + prev.text.length, t.at);
  switch (t.key) {
    case "nam":
      // "năm 2023", "/năm", "nam nay"…; "Nam" after a capitalised word is a name (Việt Nam, Quảng Nam).
      if (nextIsNumber || gapBefore.endsWith("/") || afterNumber) return "năm";
      if (t.text[0] === "N" && prev && /^\p{Lu}/u.test(prev.text) && !/[.:;!?\n]/.test(gapBefore))
        return null;
      return t.text === "nam" || !prev || /[.:;!?]\s*$/.test(gapBefore) ? "năm" : null;
    case "dat":
      return nextIsNumber ? "đạt" : null;
    case "lop":
      // ("812 nhóm, lớp": the groups and classes of a school report.)
      return prev?.key === "nhom" && /^,\s*$/.test(gapBefore) ? "lớp" : null;
    case "quy":
      return nextIsNumber || /^(?:i|ii|iii|iv)$/i.test(next?.text ?? "") ? "quý" : null;
    default:
      return null;
  }
}

/**
 * Whether text[from, to) is white space only. Line breaks count: a report converted from PDF
 * breaks its sentences anywhere ("đạt \n\n51,57%").
 */
function isSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

/** Writes `word` over token t, in the token's letter case; a word of another length is not written. */
function put(out: string[], t: Token, word: string): void {
  if (word.length !== t.text.length) return;
  for (let k = 0; k < word.length; k++) {
    const c = t.text[k];
    out[t.at + k] = c !== c.toLowerCase() ? word[k].toUpperCase() : word[k];
  }
}
