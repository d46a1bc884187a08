import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import { MIGRATIONS } from "./migrations/index.js";
import type { Database } from "./schema.js";

export type Dialect = "sqlite" | "postgres";

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where it is: a file path or a postgres:// URL (password hidden). */
  where: string;
  close(): Promise<void>;
}

/** The database named by --db, else SOLIEU_DB, else ./solieu.db. */
export function defaultDb(option?: string): string {
  return option || process.env.SOLIEU_DB || "./solieu.db";
}

export const isPostgres = (db: string) => /^postgres(?:ql)?:\/\//i.test(db);

/** Open (and migrate) a store: SQLite with WAL for a path, PostgreSQL for a postgres:// URL. */
export async function openStore(target: string): Promise<Store> {
  let store: Store;
  if (isPostgres(target)) {
    const { default: pg } = await import("pg");
    const pool = new pg.Pool({ connectionString: target, max: 8 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    store = {
      db,
      dialect: "postgres",
      where: target.replace(/:[^:@/]*@/, ":***@"),
      close: () => db.destroy(),
    };
  } else {
    const { default: Sqlite } = await import("better-sqlite3");
    const file = new Sqlite(target);
    file.pragma("journal_mode = WAL");
    file.pragma("synchronous = NORMAL");
    file.pragma("foreign_keys = ON");
    file.pragma("busy_timeout = 5000");
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: file }) });
    store = { db, dialect: "sqlite", where: target, close: () => db.destroy() };
  }
  await migrate(store);
  return store;
}

async function migrate(store: Store): Promise<void> {
  const db = store.db as unknown as Kysely<unknown>;
  await sql`create table if not exists solieu_migrations (name text primary key, applied_at text not null)`.execute(
    db,
  );
  const done = new Set(
    (await sql<{ name: string }>`select name from solieu_migrations`.execute(db)).rows.map((r) => r.name),
  );
  for (const m of MIGRATIONS) {
    if (done.has(m.name)) continue;
    await db.transaction().execute(async (trx) => {
      await m.up(trx, store.dialect);
      await sql`insert into solieu_migrations (name, applied_at) values (${m.name}, ${new Date().toISOString()})`.execute(
        trx,
      );
    });
  }
}
