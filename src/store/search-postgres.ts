import { type Kysely, sql } from "kysely";
import type { Database } from "./schema.js";
import type { Candidate, MatchSpec, Phrase, SearchIndex } from "./search-index.js";

/** Migration 002's index: a generated tsvector column with a GIN index. */
export async function createPostgresIndex(db: Kysely<unknown>): Promise<void> {
  await sql`alter table segments add column tsv tsvector
    generated always as (to_tsvector('simple', regexp_replace(folded, '[^[:alnum:]]+', ' ', 'g'))) stored`.execute(
    db,
  );
  await sql`create index segments_tsv on segments using gin (tsv)`.execute(db);
}

/** Planner statistics of segments.tsv: the commonest words, with the share of rows holding each. */
interface CommonWords {
  share: Map<string, number>;
  /** The least share listed: a word not listed is in fewer rows (0 before any ANALYZE). */
  floor: number;
  at: number;
}

/** Statistics are read again after this long: ANALYZE (autovacuum) refreshes them meanwhile. */
const STATS_TTL_MS = 60_000;

/** The tsvector column and GIN index of migration 002. */
export function postgresIndex(db: Kysely<Database>): SearchIndex {
  let common: CommonWords | undefined;
  return {
    async stats(words, cap) {
      if (!common || Date.now() - common.at > STATS_TTL_MS) common = await commonWords(db);
      const r0 = await sql<{ n: number | null }>`select max(id) as n from segments`.execute(db);
      const segments = r0.rows[0]?.n ?? 0;
      const df = new Map<string, number>();
      // Counting the rows of a common word reads every one of them; the planner's statistics
      // already know its share. The others are rarer: counting them is cheap.
      const rare: string[] = [];
      for (const w of words) {
        const share = common.share.get(w);
        if (share === undefined) rare.push(w);
        else df.set(w, Math.round(segments * share));
      }
      if (!rare.length) return { segments, df };
      const parts = rare.map(
        (t) => sql`select ${t} as term, count(*) as n from (
          select 1 from segments where tsv @@ to_tsquery('simple', ${tsQuery({ all: [[t]], any: [] })}) limit ${cap}
        ) c`,
      );
      const r = await sql<{ term: string; n: string }>`${sql.join(parts, sql` union all `)}`.execute(db);
      // A count that reaches the cap says only "at least": take the most the statistics allow.
      const most = Math.round(segments * common.floor);
      for (const { term, n } of r.rows) df.set(term, Number(n) < cap ? Number(n) : Math.max(cap, most));
      return { segments, df };
    },

    async matching(spec, { documentIds, limit, after }) {
      const query = sql`to_tsquery('simple', ${tsQuery(spec)})`;
      const inDocuments = documentIds ? sql`and document_id in (${sql.join(documentIds)})` : sql``;
      // Only the ids are collected; the text is read for the `limit` kept.
      const ids =
        after !== undefined
          ? // Newest rows first, stopping after `limit`: ts_match_vq is what @@ calls, but
            // written as a function the planner cannot answer it from the GIN index, whose
            // posting lists of common words are long; it walks the primary key backwards.
            sql`select id from segments where id > ${after} and ts_match_vq(tsv, ${query}) ${inDocuments}
              order by id desc limit ${limit}`
          : // Few rows match: all of them from the GIN index (materialized, or the planner may
            // walk the primary key backwards looking for them), then the newest.
            sql`with m as materialized (select id from segments where tsv @@ ${query} ${inDocuments})
              select id from m order by id desc limit ${limit}`;
      const r =
        await sql<Candidate>`select s.id, s.document_id, d.name as doc, s.line, s.line_end, s.text, s.folded
        from (${ids}) k join segments s on s.id = k.id join documents d on d.id = s.document_id
        order by s.id desc`.execute(db);
      return r.rows;
    },
  };
}

async function commonWords(db: Kysely<Database>): Promise<CommonWords> {
  const r = await sql<{ words: string[] | null; shares: number[] | null }>`
    select most_common_elems::text::text[] as words, most_common_elem_freqs::float8[] as shares
    from pg_stats s join pg_class c on c.relname = s.tablename
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = s.schemaname
    where c.oid = 'segments'::regclass and s.attname = 'tsv'`.execute(db);
  const share = new Map<string, number>();
  const { words, shares } = r.rows[0] ?? {};
  // A store not analysed yet has none: every word is then counted.
  if (!words || !shares) return { share, floor: 0, at: Date.now() };
  for (const [i, w] of words.entries()) share.set(w, shares[i]);
  // After a share per word, the lowest share, the highest and the share of empty rows.
  return { share, floor: shares[words.length] ?? 0, at: Date.now() };
}

/** Words are letters and digits only (src/search/tokens.ts): quoted, they are plain lexemes. */
function tsQuery(spec: MatchSpec): string {
  const phrase = (words: Phrase) => `(${words.map((w) => `'${w}'`).join(" <-> ")})`;
  const parts = spec.all.map(phrase);
  if (spec.any.length) parts.push(`(${spec.any.map((g) => `(${g.map(phrase).join(" & ")})`).join(" | ")})`);
  return parts.join(" & ");
}
