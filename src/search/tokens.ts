/**
 * Words as the full-text indexes see them: runs of letters and digits (Unicode L*, N*, Co, the
 * token characters of SQLite's unicode61 tokenizer; the PostgreSQL index splits the same way,
 * see migration 002). Everything else separates, so "6.792,13" is 6 / 792 / 13 and "2020-2025"
 * is 2020 / 2025 on both sides of a match.
 */
export interface Token {
  text: string;
  /** UTF-16 offsets in the string tokenized. */
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}\p{Co}]/u;

/** Ranking scans every candidate segment: an ASCII fast path, the Unicode test for the rest. */
export function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  // A low surrogate belongs to the character its high surrogate starts.
  if (c >= 0xdc00 && c <= 0xdfff && i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) < 0xdc00)
    return isWordChar(s, i - 1);
  if (c >= 0xd800 && c < 0xdc00) return WORD_CHAR.test(String.fromCodePoint(s.codePointAt(i) ?? c));
  return WORD_CHAR.test(s[i]);
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isWordChar(text, i);
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      out.push({ text: text.slice(start, i), start, end: i });
      start = -1;
    }
  }
  return out;
}

/** How many words the text has. */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const w = isWordChar(text, i);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** Offsets of the whole-word occurrences of `word` in `text`. */
export function occurrencesOf(text: string, word: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    const end = i + word.length;
    if ((i === 0 || !isWordChar(text, i - 1)) && (end === text.length || !isWordChar(text, end))) out.push(i);
  }
  return out;
}

/** Where the word after the one ending at `end` starts (text.length if none). */
export function nextWordStart(text: string, end: number): number {
  let j = end;
  while (j < text.length && !isWordChar(text, j)) j++;
  return j;
}
