/**
 * What search needs from a database's full-text index, implemented once per dialect
 * (search-sqlite.ts, search-postgres.ts). The index only finds and counts; the ranking is done
 * in TypeScript (src/search/rank.ts), so both databases return the same hits in the same order.
 */

import type { TermStats } from "../search/rank.js";

/** Words that must follow one another; a single word is a one-word phrase. */
export type Phrase = string[];

/** A boolean match: every phrase of `all`, and every phrase of at least one group of `any`. */
export interface MatchSpec {
  all: Phrase[];
  any: Phrase[][];
}

export interface MatchOptions {
  /** Only in the segments of these documents. */
  documentIds?: number[];
  /** At most this many: the newest. */
  limit: number;
  /**
   * Only segments with a larger id: the newest part of the store. The index then reads rows
   * in id order and stops after `limit`, instead of collecting every match first: the way to
   * match common words in a large store.
   */
  after?: number;
}

export interface Candidate {
  id: number;
  document_id: number;
  doc: string;
  line: number;
  line_end: number;
  text: string;
  folded: string;
}

export interface SearchIndex {
  /**
   * How many segments the store holds (the largest id: gaps left by deletions count), and how
   * many contain each word: exact up to `cap`, estimated above it.
   */
  stats(words: string[], cap: number): Promise<TermStats>;
  /** The segments that match, newest first. */
  matching(spec: MatchSpec, opts: MatchOptions): Promise<Candidate[]>;
}
