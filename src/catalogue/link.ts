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

function containsWord(hay: string, needle: string): number {
  let from = 0;
  for (;;) {
    const i = hay.indexOf(needle, from);
    if (i < 0) return -1;
    const before = i === 0 ? " " : hay[i - 1];
    const after = hay[i + needle.length] ?? " ";
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return i;
    from = i + 1;
  }
}

/**
 * The catalogue code for what a number measures: the longest alias found in the indicator
 * text whose indicator takes this kind of number, with its context word in the sentence.
 */
export function linkIndicator(text: string, measure: Measure, sentence: string): string | null {
  const t = fold(text);
  if (!t) return null;
  const s = fold(sentence);
  for (const a of ALIASES) {
    if (!a.indicator.measures.includes(measure === "multiple" ? "growth" : measure === "score" ? "score" : measure)) continue;
    if (containsWord(t, a.folded) < 0) continue;
    if (a.context.length && !a.context.some((c) => containsWord(s, c) >= 0)) continue;
    return a.indicator.code;
  }
  return null;
}
