import { fold } from "../text/fold.js";
import type { Span } from "./rank.js";

/** Around the matched words, « and » in the text; … where the text is cut. */
export const MARK_OPEN = "«";
export const MARK_CLOSE = "»";
const CUT = "…";

/** Longest snippet, in characters of the text (marks and cut signs not counted). */
const WIDTH = 240;
/** Text kept before the first mark when a long segment is cut. */
const LEAD = 60;

/**
 * The segment's text with the matched words marked. Matching ran on the folded text; folding
 * keeps one character per character of NFC text, so its offsets are the text's. A text that is
 * not NFC (a stray combining mark folds to nothing) is mapped back character by character.
 */
export function snippet(text: string, spans: Span[]): string {
  const at = offsetsInText(text);
  // Words matched one after the other are marked as one: «tỷ lệ hộ nghèo».
  const marks: Span[] = [];
  for (const s of spans) {
    const m = { start: at[s.start], end: at[s.end] };
    const last = marks[marks.length - 1];
    if (last && /^ +$/.test(text.slice(last.end, m.start))) last.end = m.end;
    else marks.push(m);
  }
  const [from, to] = window(text, marks);
  let out = from > 0 ? CUT : "";
  let pos = from;
  for (const m of marks) {
    if (m.start < from || m.end > to) continue;
    out += text.slice(pos, m.start) + MARK_OPEN + text.slice(m.start, m.end) + MARK_CLOSE;
    pos = m.end;
  }
  out += text.slice(pos, to);
  return to < text.length ? out + CUT : out;
}

/** For each offset of fold(text) (and its end), the offset in text. */
function offsetsInText(text: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) if (fold(text[i]).length) at.push(i);
  at.push(text.length);
  return at;
}

/** The part of a long text to show: the stretch of WIDTH characters with the most marks. */
function window(text: string, marks: Span[]): [number, number] {
  if (text.length <= WIDTH) return [0, text.length];
  let best = 0;
  let bestCount = 0;
  for (let i = 0; i < marks.length; i++) {
    let count = 0;
    for (let j = i; j < marks.length && marks[j].end <= marks[i].start + WIDTH - LEAD; j++) count++;
    if (count > bestCount) [best, bestCount] = [i, count];
  }
  let from = marks.length ? Math.max(0, marks[best].start - LEAD) : 0;
  let to = Math.min(text.length, from + WIDTH);
  from = Math.max(0, to - WIDTH);
  // Cut between words.
  if (from > 0) from = wordStart(text, from);
  if (to < text.length) to = wordEnd(text, to);
  return [from, to];
}

function wordStart(text: string, i: number): number {
  const space = text.indexOf(" ", i);
  return space === -1 || space - i > 20 ? i : space + 1;
}

function wordEnd(text: string, i: number): number {
  const space = text.lastIndexOf(" ", i);
  return space === -1 || i - space > 20 ? i : space;
}
