import type { Fact } from "../facts/types.js";

/** A fact with where its number stands in its sentence, to read the words between figures. */
export interface Placed {
  fact: Fact;
  start: number;
  end: number;
}

/**
 * The figures of each sentence of each document, in reading order. A fact's `sentence` is the
 * text it was read from; its figures are found in it left to right.
 */
export function bySentence(facts: Fact[]): Placed[][] {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    const key = `${f.doc}\u0000${f.sentence}`;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  const out: Placed[][] = [];
  for (const list of groups.values()) {
    list.sort((a, b) => a.line - b.line || a.column - b.column);
    const text = list[0].sentence;
    const placed: Placed[] = [];
    let from = 0;
    for (const fact of list) {
      const at = text.indexOf(fact.value_text, from);
      if (at < 0) continue;
      placed.push({ fact, start: at, end: at + fact.value_text.length });
      from = at + fact.value_text.length;
    }
    out.push(placed);
  }
  return out;
}

/** The words between two placed figures of one sentence. */
export function between(a: Placed, b: Placed): string {
  return a.fact.sentence.slice(a.end, b.start);
}
