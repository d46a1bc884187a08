import { type Mapped, MappedBuilder, slice } from "./mapped.js";
import { lineText, type Source } from "./source.js";

/**
 * One raw line, cleaned of markup and odd white space, with a map back to the raw text.
 * Cleaning never moves a digit: numbers are read from `text` and reported at `map` offsets.
 */
export interface CleanLine {
  /** 0-based index of the line in its source. */
  index: number;
  text: Mapped;
  /** Nothing but white space in the raw line (no NBSP or other visible filler either). */
  blank: boolean;
  /** A raw line that holds only NBSP or spaces: an empty table cell or a page seam. */
  filler: boolean;
  /** Began with a markdown heading mark (#). Its depth means nothing in these files. */
  headingMark: boolean;
  /** The whole line was bold. */
  bold: boolean;
  /** The line began with a footnote marker `<sup>n</sup>`: the body of footnote n. */
  footnoteBody?: number;
  /** Footnote references met in the line, at offsets of the cleaned text. */
  refs: { at: number; n: number }[];
}

const TOKEN =
  /<sup>\s*\(?\s*(\d{1,3})\s*\)?\s*<\/sup>|<sup>([^<]{0,8})<\/sup>|<\/?(?:sup|sub|b|i|u|em|strong|span|br)\b[^>]*>|<(https?:\/\/[^>\s]+)>|\\([\\*_#[\]()`>.!+|-])|([\uf000-\uf0ff])|\*\*+|__+|[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\t\ufeff\v\f\r]|[\u0300-\u036f]/g;

/**
 * Offsets 0, 1, 2…, made once and grown as longer sources come: the map of a line left as it
 * is is a view of them.
 */
let ids = new Int32Array(0);
function identity(src: Source): Int32Array {
  if (ids.length < src.text.length) {
    ids = new Int32Array(Math.max(src.text.length, 2 * ids.length));
    for (let i = 0; i < ids.length; i++) ids[i] = i;
  }
  return ids;
}

const isWordChar = (c: string) => /[\p{L}\p{N}]/u.test(c);

export function cleanLine(src: Source, index: number): CleanLine {
  const raw = lineText(src, index);
  const base = src.lineStarts[index];
  const refs: { at: number; n: number }[] = [];
  let footnoteBody: number | undefined;
  let headingMark = false;
  let pos = 0;

  const lead = /^\s{0,3}(#{1,6})\s+|^\s{0,3}>\s+/.exec(raw);
  if (lead) {
    headingMark = !!lead[1];
    pos = lead[0].length;
  }
  const bold =
    /^\s*(?:#+\s*)?\*\*.+\*\*\s*$/.test(raw) && !/\*\*.*\*\*.*\*\*.*\*\*/.test(raw.trim().slice(2, -2));

  TOKEN.lastIndex = pos;
  const first = TOKEN.exec(raw);
  if (!first && !/[*_]/.test(raw)) {
    // Nothing to clean (most lines): the map is the raw range itself.
    let map = identity(src).subarray(base + pos, base + raw.length);
    let text = raw.slice(pos);
    if (GLUED_VERB.test(text)) ({ text, map } = unglue({ text, map }));
    const trimmed = text.trim();
    const filler = trimmed === "" && raw.length > 0 && /\u00a0/.test(raw);
    return {
      index,
      text: { text, map },
      blank: trimmed === "" && !filler,
      filler,
      headingMark,
      bold,
      footnoteBody,
      refs,
    };
  }
  // (Cleaning only drops or replaces characters: the raw line's length is room enough.)
  const b = new MappedBuilder(raw.length - pos);
  // A row copied from a spreadsheet or a Word table: cells apart by tabs ("Trồng rừng\tHa\t420\t356")
  // are read as a pipe row; a run of tabs is one seam.
  // (A group's row has its empty cells after it: "I\tNông, lâm nghiệp\t\t\t\t" is a row too.)
  const inner = raw.match(/\S[ \t]*\t[ \t]*(?=\S)/g)?.length ?? 0;
  const trailing = /\S[ \t]*\t[ \t]*\t\s*$/.test(raw);
  const tabCells = inner >= 2 || (inner >= 1 && trailing);
  let lastSeam = -2;
  TOKEN.lastIndex = pos;
  for (let m = TOKEN.exec(raw); m; m = TOKEN.exec(raw)) {
    b.raw(raw, pos, m.index);
    const tok = m[0];
    const at = m.index;
    if (m[1] !== undefined || m[2] !== undefined) {
      const inner = (m[1] ?? m[2]).trim();
      const prev = b.lastChar();
      if (/^[23]$/.test(inner) && /[mM]$/.test(prev)) {
        // m<sup>2</sup> is square metres, not a footnote.
        const k = at + tok.indexOf(inner);
        b.raw(raw, k, k + 1);
      } else if (m[1] !== undefined) {
        const n = Number(m[1]);
        if (footnoteBody === undefined && b.isBlank()) footnoteBody = n;
        else refs.push({ at: b.size, n });
        const next = raw[at + tok.length] ?? "";
        // 16<sup>15</sup> dự án: never let the marker's removal glue two tokens together.
        if (prev && isWordChar(prev) && isWordChar(next)) b.insert(" ", at);
      }
    } else if (m[3] !== undefined) {
      b.raw(raw, at + 1, at + 1 + m[3].length);
    } else if (m[4] !== undefined) {
      b.raw(raw, at + 1, at + 2);
    } else if (m[5] !== undefined) {
      // A Symbol-font bullet a Word conversion left in the private-use area ("\uf0b7"): a bullet.
      b.insert("•", at);
    } else if (tok[0] === "*" || tok[0] === "_") {
      // bold markers: dropped
    } else if (/[\u0300-\u036f]/.test(tok)) {
      b.composeLast(tok);
    } else if (tok === "\t" && tabCells && !b.isBlank() && (/\S/.test(raw.slice(at)) || trailing)) {
      if (lastSeam !== at - 1) b.insert(" | ", at);
      lastSeam = at;
    } else if (tok !== "\ufeff" && tok !== "\r") {
      b.insert(" ", at);
    }
    pos = at + tok.length;
  }
  b.raw(raw, pos, raw.length);
  // Single * or _ used for italics next to words: drop them (keep a leading "* " bullet).
  let text = b.build();
  if (/[*_]/.test(text.text)) text = dropItalics(text);
  if (GLUED_VERB.test(text.text)) text = unglue(text);
  // (The map was built for this line alone: shift it to source offsets in place.)
  const map = text.map;
  for (let k = 0; k < map.length; k++) map[k] += base;
  const shifted: Mapped = { text: text.text, map };
  const trimmed = shifted.text.trim();
  const filler = trimmed === "" && raw.length > 0 && /\u00a0/.test(raw);
  return {
    index,
    text: shifted,
    blank: trimmed === "" && !filler,
    filler,
    headingMark,
    bold,
    footnoteBody,
    refs,
  };
}

/**
 * Words run together by a careless copy ("chế tạotăng1,36%", "sản xuấttăngso với"): a verb of
 * change glued to the word before it and to the figure after it is set apart again.
 */
const GLUED_VERB = /\p{Ll}(?:tăng|giảm)(?:\d|so(?!\p{L}))/u;

function unglue(m: Mapped): Mapped {
  const b = new MappedBuilder();
  let pos = 0;
  for (const g of m.text.matchAll(/(?<=\p{Ll})(tăng|giảm)(?=\d|so(?!\p{L}))/gu)) {
    const at = g.index ?? 0;
    const end = at + g[0].length;
    b.append(slice(m, pos, at))
      .insert(" ", m.map[at])
      .append(slice(m, at, end))
      .insert(" ", m.map[end - 1] + 1);
    pos = end;
  }
  return b.append(slice(m, pos, m.text.length)).build();
}

function dropItalics(m: Mapped): Mapped {
  const b = new MappedBuilder();
  const t = m.text;
  let start = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c !== "*" && c !== "_") continue;
    const prev = t[i - 1] ?? " ";
    const next = t[i + 1] ?? " ";
    const leadingBullet = c === "*" && /^\s*$/.test(t.slice(0, i)) && next === " ";
    const marker =
      !leadingBullet &&
      (isWordChar(next) !== isWordChar(prev) || /[()[\].,;:%]/.test(next) || /[()[\].,;:%]/.test(prev));
    if (marker && !(c === "*" && prev === "(") && !(c === "*" && next === ")")) {
      appendSlice(b, m, start, i);
      start = i + 1;
    }
  }
  appendSlice(b, m, start, t.length);
  return b.build();
}

function appendSlice(b: MappedBuilder, m: Mapped, start: number, end: number): void {
  if (end > start) b.append({ text: m.text.slice(start, end), map: m.map.subarray(start, end) });
}
