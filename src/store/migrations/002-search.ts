import { type Kysely, sql } from "kysely";
import type { StoreDialect } from "../dialect.js";

/**
 * Full-text search over `segments.folded` (the text without diacritics, lower case, đ → d).
 * Queries are folded and split the same way in TypeScript (src/search/), so a word matches
 * whether or not it was typed with its marks, on either database.
 * The index itself is the dialect's (search-sqlite.ts, search-postgres.ts):
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
export async function up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  // Search within one document names it by its file name; rows of documents carry the raw text,
  // so reading them all to find one costs more than the search.
  await sql`create index if not exists documents_name on documents (name)`.execute(db);
  await dialect.createSearchIndex(db);
}
