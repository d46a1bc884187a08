import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Database } from "./schema.js";
import type { SearchIndex } from "./search-index.js";
import { createPostgresIndex, postgresIndex } from "./search-postgres.js";
import { createSqliteIndex, sqliteIndex } from "./search-sqlite.js";

/**
 * Everything the store does differently on SQLite and PostgreSQL, in one object per database
 * (as Kysely's own dialect adapters do): the rest of the store calls these and never asks which
 * database it is on.
 */
export interface StoreDialect {
  /** For people: what `solieu` prints and the benchmarks label. */
  readonly name: "sqlite" | "postgres";
  /** Key and number column types, for the migrations. */
  readonly types: { serialKey(column: string): RawBuilder<unknown>; real: string };
  /** Create the full-text index over `segments.folded` (migration 002). */
  createSearchIndex(db: Kysely<unknown>): Promise<void>;
  /** The full-text index of an open store. */
  searchIndex(db: Kysely<Database>): SearchIndex;
  /** Apply `work` so that only one process migrates a store at a time. */
  migrating(db: Kysely<unknown>, work: (db: Kysely<unknown>) => Promise<void>): Promise<void>;
  /**
   * In a transaction that reads rows it will change, run `write` first where the database needs
   * it: SQLite takes its one write lock at a transaction's first write, and two transactions
   * that both read first would deadlock upgrading. PostgreSQL locks the rows as it reads them
   * (`forUpdate`) and needs nothing.
   */
  writeFirst(write: () => Promise<unknown>): Promise<void>;
  /** A select whose rows this transaction will change: locked as read where rows lock. */
  forUpdate<Q extends { forUpdate(): Q }>(query: Q): Q;
  /**
   * After rows were copied in under their own ids (a restore): make the next id follow them.
   * SQLite's autoincrement does so by itself; PostgreSQL's sequences must be moved.
   */
  idsCopied(db: Kysely<Database>, table: string): Promise<void>;
}

/** Any number: all solieu processes on one PostgreSQL server migrate one at a time. */
const MIGRATION_LOCK = 7_283_411;

export const SQLITE: StoreDialect = {
  name: "sqlite",
  types: { serialKey: (c) => sql.raw(`${c} integer primary key autoincrement`), real: "real" },
  createSearchIndex: createSqliteIndex,
  searchIndex: sqliteIndex,
  async migrating(db, work) {
    // An immediate transaction takes the write lock before the migrations table is read.
    await db.connection().execute(async (conn) => {
      await sql`begin immediate`.execute(conn);
      try {
        await work(conn);
        await sql`commit`.execute(conn);
      } catch (e) {
        await sql`rollback`.execute(conn);
        throw e;
      }
    });
  },
  writeFirst: async (write) => {
    await write();
  },
  forUpdate: (query) => query,
  idsCopied: async () => {},
};

export const POSTGRES: StoreDialect = {
  name: "postgres",
  types: { serialKey: (c) => sql.raw(`${c} serial primary key`), real: "double precision" },
  createSearchIndex: createPostgresIndex,
  searchIndex: postgresIndex,
  async migrating(db, work) {
    await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
      await work(trx);
    });
  },
  writeFirst: async () => {},
  forUpdate: (query) => query.forUpdate(),
  async idsCopied(db, table) {
    await sql`select setval(s, coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)
      from (select pg_get_serial_sequence(${table}, 'id') as s) q where s is not null`.execute(db);
  },
};
