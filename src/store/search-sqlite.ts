import { type Kysely, sql } from "kysely";
import type { Database } from "./schema.js";
import type { Candidate, MatchSpec, Phrase, SearchIndex } from "./search-index.js";

/** Migration 002's index: FTS5 over segments.folded, kept in step by triggers, and its vocabulary. */
export async function createSqliteIndex(db: Kysely<unknown>): Promise<void> {
  await sql`create virtual table segments_fts using fts5(
    folded, content='segments', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
  )`.execute(db);
  await sql`create trigger segments_fts_insert after insert on segments begin
    insert into segments_fts (rowid, folded) values (new.id, new.folded);
  end`.execute(db);
  await sql`create trigger segments_fts_delete after delete on segments begin
    insert into segments_fts (segments_fts, rowid, folded) values ('delete', old.id, old.folded);
  end`.execute(db);
  await sql`create trigger segments_fts_update after update of folded on segments begin
    insert into segments_fts (segments_fts, rowid, folded) values ('delete', old.id, old.folded);
    insert into segments_fts (rowid, folded) values (new.id, new.folded);
  end`.execute(db);
  // Segments stored before this migration.
  await sql`insert into segments_fts (segments_fts) values ('rebuild')`.execute(db);
  await sql`create virtual table segments_vocab using fts5vocab(segments_fts, row)`.execute(db);
}

/** The FTS5 index of migration 002. */
export function sqliteIndex(db: Kysely<Database>): SearchIndex {
  return {
    async stats(words, cap) {
      const segments = await size(db);
      const df = new Map<string, number>();
      if (!words.length) return { segments, df };
      // Counting all of a word's segments reads its whole posting list. Reading the newest
      // `cap` of them bounds the cost, and how far back they reach tells the word's share.
      const parts = words.map(
        (t) => sql`select ${t} as term, count(*) as n, min(rowid) as low from (
          select rowid from segments_fts where segments_fts match ${phrase([t])} order by rowid desc limit ${cap}
        )`,
      );
      const r = await sql<{
        term: string;
        n: number;
        low: number | null;
      }>`${sql.join(parts, sql` union all `)}`.execute(db);
      for (const { term, n, low } of r.rows) {
        df.set(term, n < cap || low === null ? n : Math.round((n * segments) / (segments - low + 1)));
      }
      return { segments, df };
    },

    async matching(spec, { documentIds, limit, after }) {
      let low = after ?? 0;
      let high: number | null = null;
      if (documentIds) {
        // A document's segments are inserted together: their ids make a range FTS5 can seek to.
        const r = await db
          .selectFrom("segments")
          .select((eb) => [eb.fn.min("id").as("low"), eb.fn.max("id").as("high")])
          .where("document_id", "in", documentIds)
          .executeTakeFirst();
        if (r?.low == null || r.high == null) return [];
        low = Math.max(low, Number(r.low) - 1);
        high = Number(r.high);
      }
      // FTS5 walks the posting lists newest first. Told to stop at a lower id, it reads a
      // compound match (two of several words) to the very oldest row all the same; stopping
      // the walk from here costs only the rows read.
      const walk = db
        .selectFrom(
          sql<{ id: number }>`(select rowid as id from segments_fts where segments_fts match ${ftsQuery(spec)}
            ${high === null ? sql`` : sql`and rowid <= ${high}`} order by rowid desc)`.as("f"),
        )
        .select("f.id")
        .stream();
      const ids: number[] = [];
      for await (const { id } of walk) {
        if (id <= low || ids.length >= limit) break;
        ids.push(id);
      }
      if (!ids.length) return [];
      const r =
        await sql<Candidate>`select s.id, s.document_id, d.name as doc, s.line, s.line_end, s.text, s.folded
        from segments s join documents d on d.id = s.document_id
        where s.id in (${sql.join(ids)}) ${documentIds ? sql`and s.document_id in (${sql.join(documentIds)})` : sql``}
        order by s.id desc`.execute(db);
      return r.rows;
    },
  };
}

async function size(db: Kysely<Database>): Promise<number> {
  const r = await sql<{ n: number | null }>`select max(id) as n from segments`.execute(db);
  return r.rows[0]?.n ?? 0;
}

/** Words are letters and digits only (src/search/tokens.ts), so quoting them is all it takes. */
function phrase(words: Phrase): string {
  return `"${words.join(" ")}"`;
}

function ftsQuery(spec: MatchSpec): string {
  const parts = spec.all.map(phrase);
  if (spec.any.length)
    parts.push(`(${spec.any.map((g) => `(${g.map(phrase).join(" AND ")})`).join(" OR ")})`);
  return parts.join(" AND ");
}
