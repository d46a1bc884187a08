import type { SearchQuery } from "./query.js";
import { isWordChar, nextWordStart, occurrencesOf, wordCount } from "./tokens.js";

/**
 * Ranking of candidate segments, the same on every database: BM25 over the query's words,
 * weighted by how rare each word is in the store, plus a bonus for each pair of words written
 * together in the query that the segment also has together (hộ nghèo, tăng trưởng), and for
 * each quoted phrase.
 */

/** How many segments the store holds and, for the query's words, how many contain each. */
export interface TermStats {
  segments: number;
  df: Map<string, number>;
}

export interface Span {
  start: number;
  end: number;
}

/** What a segment has of a query: the score it earns, and where its matched words are. */
export interface Match {
  score: number;
  /** Offsets in the folded text of the matched words, in order, not overlapping. */
  spans: Span[];
}

const K1 = 1.2;
const B = 0.75;
/** Words in a typical segment, a report's sentence (45 on the corpus of ../shared/corpus). */
const AVERAGE_WORDS = 45;
/** A pair found together earns this share of its two words' mean weight on top of the words. */
const PAIR_WEIGHT = 1;
/** A quoted phrase found earns this share of its words' summed weight. */
const PHRASE_WEIGHT = 1;

export function idf(stats: TermStats, term: string): number {
  const n = Math.max(stats.segments, 1);
  // A word missing from the statistics is taken as rare.
  const df = Math.min(stats.df.get(term) ?? 1, n);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * Score one segment. Every candidate of a search goes through here, so words are found with
 * indexOf on the folded text rather than by splitting it into words.
 */
export function matchSegment(q: SearchQuery, folded: string, stats: TermStats): Match {
  const at = new Map<string, number[]>();
  const where = (w: string) => {
    let found = at.get(w);
    if (!found) {
      found = occurrencesOf(folded, w);
      at.set(w, found);
    }
    return found;
  };
  const spans: Span[] = [];
  let score = 0;
  const norm = K1 * (1 - B + (B * wordCount(folded)) / AVERAGE_WORDS);
  for (const term of q.terms) {
    const found = where(term);
    if (!found.length) continue;
    const f = found.length;
    score += (idf(stats, term) * f * (K1 + 1)) / (f + norm);
    for (const start of found) spans.push({ start, end: start + term.length });
  }
  for (const [a, b] of q.pairs) {
    if (where(a).some((i) => followedBy(folded, i + a.length, [b])))
      score += (PAIR_WEIGHT * (idf(stats, a) + idf(stats, b))) / 2;
  }
  for (const p of q.phrases) {
    let seen = false;
    for (const i of where(p[0])) {
      if (!followedBy(folded, i + p[0].length, p.slice(1))) continue;
      seen = true;
      let end = i + p[0].length;
      spans.push({ start: i, end });
      for (const w of p.slice(1)) {
        const start = nextWordStart(folded, end);
        end = start + w.length;
        spans.push({ start, end });
      }
    }
    if (seen) score += PHRASE_WEIGHT * p.reduce((s, w) => s + idf(stats, w), 0);
  }
  return { score, spans: distinct(spans) };
}

/** Whether the words after offset `end` are `words`, in order. */
function followedBy(text: string, end: number, words: string[]): boolean {
  let pos = end;
  for (const w of words) {
    const start = nextWordStart(text, pos);
    pos = start + w.length;
    if (!text.startsWith(w, start) || (pos < text.length && isWordChar(text, pos))) return false;
  }
  return true;
}

function distinct(spans: Span[]): Span[] {
  spans.sort((x, y) => x.start - y.start || y.end - x.end);
  return spans.filter((s, i) => i === 0 || s.start >= spans[i - 1].end);
}
