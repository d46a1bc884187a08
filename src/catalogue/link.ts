import type { Measure } from "../facts/types.js";
import { fold } from "../text/fold.js";
import { INDICATORS, type Indicator } from "./indicators.js";

interface Alias {
  folded: string;
  indicator: Indicator;
  context: string[];
}

const ALIASES: Alias[] = INDICATORS.flatMap((ind) =>
  [ind.name_vi, ...ind.aliases].map((a) => {
    const own = /^(.*)\{(.*)\}$/.exec(a);
    return {
      folded: fold(own ? own[1] : a),
      indicator: ind,
      context: (own ? own[2].split("|") : (ind.context ?? [])).map(fold),
    };
  }),
).sort((a, b) => b.folded.length - a.folded.length);

const BY_CODE = new Map(INDICATORS.map((i) => [i.code, i]));

export function indicatorByCode(code: string): Indicator | undefined {
  return BY_CODE.get(code);
}

/** Aliases by their first folded word, longest first, so a text is only tried against
 * the aliases that can start at each of its words. */
const BY_FIRST_WORD = new Map<string, Alias[]>();
for (const a of ALIASES) {
  const w = a.folded.split(/[^a-z0-9]+/).find(Boolean) ?? "";
  const list = BY_FIRST_WORD.get(w) ?? [];
  list.push(a);
  BY_FIRST_WORD.set(w, list);
}

const isWord = (c: string | undefined) => !!c && /[a-z0-9]/.test(c);

function containsWord(hay: string, needle: string): boolean {
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) {
    if (!isWord(hay[i - 1]) && !isWord(hay[i + needle.length])) return true;
  }
  return false;
}

/**
 * The catalogue code for what a number measures: the longest alias found in the indicator
 * text whose indicator takes this kind of number, with its context word in the sentence.
 */
const folded = new Map<string, string>();
function foldCached(text: string): string {
  let f = folded.get(text);
  if (f === undefined) {
    if (folded.size > 20_000) folded.clear();
    f = fold(text);
    folded.set(text, f);
  }
  return f;
}

/**
 * What follows an alias that makes it name something else: a table's component row
 * ("Tăng trưởng GRDP - Nông, lâm nghiệp") or the value added of an output ("… tăng thêm").
 */
const PART_OF = /^(?:[^-–]*\s)?[-–]\s*[a-z]|^\s*tang them\b/;

export function linkIndicator(text: string, measure: Measure, sentence: string): string | null {
  const t = foldCached(text);
  if (!t) return null;
  let s: string | null = null; // folded only when an alias needs its context
  const m = measure === "multiple" ? "growth" : measure;
  let best: Alias | null = null;
  const re = /[a-z0-9]+/g;
  for (let w = re.exec(t); w; w = re.exec(t)) {
    const list = BY_FIRST_WORD.get(w[0]);
    if (!list) continue;
    for (const a of list) {
      if (best && a.folded.length <= best.folded.length) break;
      if (!a.indicator.measures.includes(m)) continue;
      if (!t.startsWith(a.folded, w.index) || isWord(t[w.index + a.folded.length])) continue;
      if (PART_OF.test(t.slice(w.index + a.folded.length))) continue;
      if (a.context.length) {
        s ??= foldSentence(sentence);
        const folded = s;
        if (!a.context.some((c) => containsWord(folded, c))) continue;
      }
      best = a;
      break;
    }
  }
  return best ? best.indicator.code : null;
}

// Facts of one sentence ask for its folded text in turn: keep the last one.
let lastSentence = "";
let lastFolded = "";
function foldSentence(sentence: string): string {
  if (sentence !== lastSentence) {
    lastSentence = sentence;
    lastFolded = fold(sentence);
  }
  return lastFolded;
}
