import type { SearchHit } from "../api/types.js";
import { parseQuery, type SearchQuery } from "../search/query.js";
import { matchSegment, type TermStats } from "../search/rank.js";
import { snippet } from "../search/snippet.js";
import type { Store } from "./connect.js";
import { factsOfSegments } from "./search-facts.js";
import type { Candidate, MatchSpec, Phrase, SearchIndex } from "./search-index.js";

export interface SearchOptions {
  /** Hits to return (10). */
  limit?: number;
  /** Only in the document with this file name. */
  doc?: string;
}

/** A sentence or table row that matches, with its snippet and the facts read from it. */
export type { SearchHit };

/**
 * Segments ranked in one search (more if more hits are asked for). Ranking reads each one's
 * text, so this bounds the time a search takes however large the store.
 */
const CANDIDATES = 500;
/** Segments holding two of this many of the query's commoner words or pairs are candidates. */
const TWO_OF = 4;
/**
 * Words held by more segments than FETCH are looked for in the newest RECENT segments only:
 * what a search reads then stays the same however large the store grows.
 */
const FETCH = 2000;
const RECENT = 10_000;
/** A word's segments are counted up to this many, and estimated beyond. */
const DF_CAP = 1000;

const indexes = new WeakMap<Store, SearchIndex>();

/**
 * Full-text search of the stored segments (sentences and table rows), with or without
 * diacritics: any of the query's words matches, "quoted phrases" must match, best first.
 */
export async function search(
  store: Store,
  text: string,
  opts: SearchOptions = {},
): Promise<{ hits: SearchHit[] }> {
  const limit = opts.limit ?? 10;
  const query = parseQuery(text);
  if ((!query.terms.length && !query.phrases.length) || limit <= 0) return { hits: [] };
  const index = indexOf(store);
  let documentIds: number[] | undefined;
  if (opts.doc !== undefined) {
    const docs = await store.db.selectFrom("documents").select("id").where("name", "=", opts.doc).execute();
    if (!docs.length) return { hits: [] };
    documentIds = docs.map((d) => d.id);
  }

  const stats = await index.stats([...new Set([...query.terms, ...query.phrases.flat()])], DF_CAP);
  const budget = Math.max(CANDIDATES, limit);
  const ranked = (await candidates(index, query, stats, documentIds, budget, limit))
    .map((c) => ({ c, m: matchSegment(query, c.folded, stats) }))
    // Equal scores: the newer segment first, as the candidates came.
    .sort((x, y) => y.m.score - x.m.score || y.c.id - x.c.id)
    .slice(0, limit);

  const facts = await factsOfSegments(
    store,
    ranked.map(({ c }) => c),
  );
  return {
    hits: ranked.map(({ c, m }, i) => ({
      doc: c.doc,
      document_id: c.document_id,
      line: c.line,
      line_end: c.line_end,
      snippet: snippet(c.text, m.spans),
      facts: facts[i],
    })),
  };
}

function indexOf(store: Store): SearchIndex {
  let index = indexes.get(store);
  if (!index) {
    index = store.dialect.searchIndex(store.db);
    indexes.set(store, index);
  }
  return index;
}

interface Clause {
  words: Phrase;
  /** How many segments hold it, at most. */
  count: number;
}

/**
 * The segments worth ranking, at most `budget`, gathered in steps from the most telling:
 * - every segment holding one of the query's rarest words or pairs, as many words as fit the
 *   budget (when all of them fit, nothing else is needed);
 * - the segments holding two of the four most telling other words or pairs;
 * - the newest segments holding one of the less common other words;
 * - if there are still fewer than the hits asked for, those holding one of the four.
 * Words held by more than FETCH segments are looked for in the newest RECENT segments only:
 * fetching every segment that has them costs time in proportion to the store.
 * With quoted phrases: the segments holding them all.
 */
async function candidates(
  index: SearchIndex,
  q: SearchQuery,
  stats: TermStats,
  documentIds: number[] | undefined,
  budget: number,
  wanted: number,
): Promise<Candidate[]> {
  const count = (w: string) => stats.df.get(w) ?? 0;
  // Within some documents, all their segments can be looked at.
  const recent = documentIds ? undefined : Math.max(0, stats.segments - RECENT);
  const out: Candidate[] = [];
  const seen = new Set<number>();
  const add = async (spec: MatchSpec, after: number | undefined) => {
    if (out.length >= budget || (!spec.all.length && !spec.any.length)) return;
    for (const c of await index.matching(spec, { documentIds, limit: budget - out.length, after })) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      out.push(c);
    }
  };

  if (q.phrases.length) {
    const fewest = Math.min(...q.phrases.flat().map(count));
    await add({ all: q.phrases, any: [] }, fewest <= FETCH ? undefined : recent);
    return out;
  }
  // A pair is in at most as many segments as its commoner word, and comes after that word.
  const clauses = [...q.terms.map((t) => [t]), ...q.pairs]
    .map((words) => ({ words, count: Math.min(...words.map(count)) }))
    .sort((a, b) => a.count - b.count || a.words.length - b.words.length);
  const [rare, common] = rarest(clauses, budget);
  await add({ all: [], any: rare.map((c) => [c]) }, undefined);
  if (!common.length) return out;

  // Segments holding two of the most telling common words or pairs rank above those holding
  // one, which are too many to fetch.
  const telling = common.slice(0, TWO_OF).map((c) => c.words);
  const twoOf: Phrase[][] = [];
  for (let i = 0; i < telling.length; i++)
    for (let j = i + 1; j < telling.length; j++)
      if (!telling[i].some((w) => telling[j].includes(w))) twoOf.push([telling[i], telling[j]]);
  await add({ all: [], any: twoOf }, recent);
  const [lessCommon] = rarest(common, FETCH);
  await add({ all: [], any: lessCommon.map((c) => [c]) }, undefined);
  if (out.length < wanted) await add({ all: [], any: telling.map((c) => [c]) }, recent);
  return out;
}

/**
 * The first clauses (rarest first) while their counts add up to at most `cap`, and the others.
 * A pair holding a word taken is dropped: every segment with that word is fetched already.
 */
function rarest(clauses: Clause[], cap: number): [Phrase[], Clause[]] {
  const taken: Phrase[] = [];
  const others: Clause[] = [];
  let total = 0;
  for (const c of clauses) {
    if (c.words.length > 1 && taken.some((t) => t.length === 1 && c.words.includes(t[0]))) continue;
    if (!others.length && total + c.count <= cap) {
      taken.push(c.words);
      total += c.count;
    } else others.push(c);
  }
  return [taken, others];
}
