import { type Kysely, sql } from "kysely";

/**
 * Full-text search over `segments.folded` (the text without diacritics, lower case, đ → d).
 * Queries are folded and split the same way in TypeScript (src/search/), so a word matches
 * whether or not it was typed with its marks, on either database.
 *
 * SQLite: an FTS5 index whose content is the segments table itself (nothing stored twice),
 * kept in step by triggers, so whoever inserts or deletes segments (ingest, a cascade from
 * documents) needs to know nothing about it; and an fts5vocab view for the document frequency
 * of a word, which ranking uses to weigh rare words above common ones.
 *
 * PostgreSQL: a generated tsvector column with a GIN index. The 'simple' configuration with
 * punctuation turned into spaces first splits words exactly where SQLite's unicode61 does
 * (runs of letters and digits), and needs no extension: the folding is already done.
 */
export async function up(db: Kysely<unknown>, dialect: "sqlite" | "postgres"): Promise<void> {
  // Search within one document names it by its file name; rows of documents carry the raw text,
  // so reading them all to find one costs more than the search.
  await sql`create index if not exists documents_name on documents (name)`.execute(db);
  if (dialect === "postgres") {
    await sql`alter table segments add column tsv tsvector
      generated always as (to_tsvector('simple', regexp_replace(folded, '[^[:alnum:]]+', ' ', 'g'))) stored`.execute(
      db,
    );
    await sql`create index segments_tsv on segments using gin (tsv)`.execute(db);
    return;
  }
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
