import type { CleanLine } from "../text/clean.js";
import { lineText, type Source } from "../text/source.js";

/**
 * Footnotes whose markers are bare digits: the body is a line that starts with its number
 * ("2 Diện tích chè…"), and the reference is the same number glued to a word or a number in the
 * running text ("mắc ca2", "năm 202315", "2022)26"). Both are found as the sequence 1, 2, 3…,
 * so a number only counts as a marker where it is the next one expected.
 */
export interface BareFootnotes {
  /** Line index → footnote number, for lines that start a footnote body. */
  bodies: Map<number, number>;
  /** Line index → glued references: offset (in the cleaned line text) and length. */
  refs: Map<number, { at: number; length: number; n: number }[]>;
}

const BODY = /^\s?(\d{1,3})\s+(?=[\p{Lu}("“])/u;

export function findBareFootnotes(lines: CleanLine[]): BareFootnotes {
  const bodies = new Map<number, number>();
  // Bodies: numbered lines forming the chain 1, 2, 3…; <sup> bodies keep the chain going.
  let expected = 1;
  for (const l of lines) {
    if (l.footnoteBody !== undefined) {
      if (l.footnoteBody >= expected) expected = l.footnoteBody + 1;
      continue;
    }
    const m = BODY.exec(l.text.text);
    if (m && Number(m[1]) === expected && l.text.text.length > 12) {
      bodies.set(l.index, expected);
      expected++;
    }
  }
  const refs = new Map<number, { at: number; length: number; n: number }[]>();
  if (bodies.size < 2) return { bodies, refs };
  const wanted = new Set(bodies.values());
  let next = 1;
  // (Both patterns look for the digit first and behind it after: the same matches, but V8 can
  // skip to the digits instead of trying the look-behind at every position, five times faster.)
  // ("62,9%1": a marker glued to a percent sign too.)
  const GLUED = /(?=\d)(?<=[\p{L})\]”"%‰]|(?:19|20)\d\d|Covid-19|COVID-19)(\d{1,3})(?=[\s,.;:)”"]|$)/gu;
  const gluedAny = /\d(?<=[\p{L})\]”"\d%‰]\d)/u;
  for (const l of lines) {
    if (bodies.has(l.index) || l.footnoteBody !== undefined) continue;
    const t = l.text.text;
    if (!gluedAny.test(t)) continue;
    GLUED.lastIndex = 0;
    for (let m = GLUED.exec(t); m; m = GLUED.exec(t)) {
      const n = Number(m[1]);
      if (n !== next && !(n === next + 1 && wanted.has(n))) continue;
      if (!wanted.has(n)) continue;
      // A word glued to its number is a marker; so is a year with extra digits (202315).
      const before = t.slice(0, m.index);
      if (/\d$/.test(before) && !/(?:19|20)\d\d$/.test(before) && !/Covid-19$/i.test(before)) continue;
      if (/[A-ZĐ]{2,}$/.test(before) && !/HĐND$|UBND$/.test(before)) continue; // QL279, 3G-like codes
      const list = refs.get(l.index) ?? [];
      list.push({ at: m.index, length: m[1].length, n });
      refs.set(l.index, list);
      next = n + 1;
    }
  }
  return { bodies, refs };
}

/**
 * Footnotes marked in brackets: Markdown's "[^2]" with its body "[^2]: …", and a converted
 * document's "Thành Sơn(1)" with its body "(1) …" under a rule ("______"). A bracketed number
 * is a marker only when it is glued to the word before it and its body stands under the rule,
 * so a list numbered (1), (2)… stays a list. The markers are cut from the text.
 */
export interface MarkedFootnotes {
  bodies: Map<number, number>;
  /** Line index → marker spans to cut (references and the bodies' own markers). */
  cuts: Map<number, { at: number; length: number; n: number }[]>;
}

const MD_BODY = /^\s?\[\^(\d{1,3})\]:\s*/u;
const PAREN_BODY = /^\s?\((\d{1,3})\)\s*(?=[\p{Lu}("“])/u;
const RULE = /^\s*[_\-─—=]{5,}\s*$/u;

export function findMarkedFootnotes(lines: CleanLine[], source: Source): MarkedFootnotes {
  const bodies = new Map<number, number>();
  const cuts = new Map<number, { at: number; length: number; n: number }[]>();
  const cut = (i: number, at: number, length: number, n: number) => {
    const list = cuts.get(i) ?? [];
    list.push({ at, length, n });
    cuts.set(i, list);
  };
  const glued = new Set<number>();
  let ruled = false;
  for (const l of lines) {
    const t = l.text.text;
    // (Read raw: cleaning takes "____" for bold markers.)
    if (RULE.test(lineText(source, l.index))) {
      ruled = true;
      continue;
    }
    const md = MD_BODY.exec(t);
    const paren = ruled ? PAREN_BODY.exec(t) : null;
    const body = md ?? (paren && glued.has(Number(paren[1])) ? paren : null);
    if (body) {
      bodies.set(l.index, Number(body[1]));
      cut(l.index, 0, body[0].length, Number(body[1]));
      continue;
    }
    if (!t.includes("(") && !t.includes("[^")) continue;
    for (const m of t.matchAll(/\[\^(\d{1,3})\]|(?<=[\p{L}%‰\d])\((\d{1,3})\)(?=[\s,.;:)”"]|$)/gu)) {
      const n = Number(m[1] ?? m[2]);
      if (m[2] !== undefined) glued.add(n);
      cut(l.index, m.index ?? 0, m[0].length, n);
    }
  }
  superscriptFootnotes(lines, bodies, cut);
  // A bracketed number glued to a word is a marker only where its body was found.
  for (const [i, list] of cuts) {
    const kept = list.filter((c) => bodies.has(i) || [...bodies.values()].includes(c.n));
    if (kept.length) cuts.set(i, kept);
    else cuts.delete(i);
  }
  return { bodies, cuts };
}

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const SUP_BODY = /^\s?([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})\s*(?=[\p{L}("“])/u;
/** A superscript glued to what it annotates: "148.620 đảng viên¹", "9,4%¹", "như sau¹:"; not "m²". */
const SUP_REF = /(?<![\s(]|(?<![\p{L}])(?:k|c|d|m)?m)[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}/gu;
const supNumber = (s: string) => Number([...s].map((c) => SUPERSCRIPT.indexOf(c)).join(""));

/**
 * Footnotes marked with superscript digits, as a web page or a word processor writes them: the
 * body is a line that starts with its marker ("¹ Số liệu dân số đến ngày 30/6/2026 …"), the
 * reference the same marker glued to a word or a figure. A unit's square or cube ("m²", "km²",
 * "m³") is none, nor is a marker with no body.
 */
function superscriptFootnotes(
  lines: CleanLine[],
  bodies: Map<number, number>,
  cut: (i: number, at: number, length: number, n: number) => void,
): void {
  const found = new Map<number, number>();
  for (const l of lines) {
    const m = SUP_BODY.exec(l.text.text);
    if (m) found.set(l.index, supNumber(m[1]));
  }
  if (!found.size) return;
  const wanted = new Set(found.values());
  for (const l of lines) {
    const t = l.text.text;
    const body = found.get(l.index);
    if (body !== undefined) {
      bodies.set(l.index, body);
      cut(l.index, 0, (SUP_BODY.exec(t) as RegExpExecArray)[0].length, body);
      continue;
    }
    if (!/[⁰¹²³⁴⁵⁶⁷⁸⁹]/u.test(t)) continue;
    for (const m of t.matchAll(SUP_REF)) {
      const n = supNumber(m[0]);
      if (wanted.has(n)) cut(l.index, m.index ?? 0, m[0].length, n);
    }
  }
}
