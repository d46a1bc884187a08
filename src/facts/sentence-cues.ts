/** The cue words of one sentence, found once: every figure asks what stands before it. */
export class SentenceCues {
  private found = new Map<RegExp, [number, number][]>();
  constructor(private text: string) {}

  /** Start of the last match of `re` lying wholly in text[from, to), or -1. */
  last(re: RegExp, to: number, from = 0): number {
    let list = this.found.get(re);
    if (!list) {
      list = [];
      re.lastIndex = 0;
      for (let m = re.exec(this.text); m; m = re.exec(this.text)) list.push([m.index, m.index + m[0].length]);
      this.found.set(re, list);
    }
    let at = -1;
    for (const [s, e] of list) {
      if (e > to) break;
      if (s >= from) at = s;
    }
    return at;
  }
}
