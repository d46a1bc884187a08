import { basename } from "node:path";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import { POSTGRES, SQLITE, type StoreDialect } from "./dialect.js";
import { MIGRATIONS } from "./migrations/index.js";
import type { Database } from "./schema.js";
import { seedStore } from "./seed.js";

export interface Store {
  db: Kysely<Database>;
  /** What differs between SQLite and PostgreSQL (dialect.ts). */
  dialect: StoreDialect;
  /** Where it is: a file path or a postgres:// URL (password hidden). */
  where: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Refuse to create a new SQLite file: commands that only read have nothing to read there. */
  mustExist?: boolean;
}

/** A store that cannot be opened, said in one line. */
export class StoreError extends Error {
  override name = "StoreError";
}

/** The database named by --db, else SOLIEU_DB, else ./solieu.db. */
export function defaultDb(option?: string): string {
  return option || process.env.SOLIEU_DB || "./solieu.db";
}

export const isPostgres = (db: string) => /^postgres(?:ql)?:\/\//i.test(db);

/**
 * Open (migrate and seed) a store: SQLite with WAL for a path, PostgreSQL for a postgres://
 * URL (an `?options=-c search_path=…` in the URL selects a schema). Throws StoreError.
 */
export async function openStore(target: string, opts: OpenOptions = {}): Promise<Store> {
  const where = isPostgres(target) ? target.replace(/:[^:@/]*@/, ":***@") : target;
  let store: Store | undefined;
  try {
    store = isPostgres(target) ? await openPostgres(target, where) : await openSqlite(target, opts);
    await migrate(store);
    await seedStore(store.db);
    return store;
  } catch (e) {
    await store?.close().catch(() => {});
    throw new StoreError(`cannot open the database ${where} (${reason(e, target)})`);
  }
}

async function openPostgres(target: string, where: string): Promise<Store> {
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({ connectionString: target, max: 8 });
  // A client losing its server must not bring the process down: idle in the pool (the pool's
  // "error"), or checked out between two queries of a transaction (the client's own "error",
  // which nothing else listens to then). Its queries fail with the error all the same.
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", () => {}));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: POSTGRES, where, close: () => db.destroy() };
}

async function openSqlite(target: string, opts: OpenOptions): Promise<Store> {
  const { default: Sqlite } = await import("better-sqlite3");
  const file = new Sqlite(target, { fileMustExist: !!opts.mustExist });
  try {
    // The timeout first: turning a new file to WAL waits for another process opening it too.
    file.pragma("busy_timeout = 5000");
    file.pragma("journal_mode = WAL");
    file.pragma("synchronous = NORMAL");
    file.pragma("foreign_keys = ON");
  } catch (e) {
    file.close();
    throw e;
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: file }) });
  return { db, dialect: SQLITE, where: target, close: () => db.destroy() };
}

function reason(e: unknown, target: string): string {
  const err = e as NodeJS.ErrnoException;
  if (/directory does not exist/i.test(err?.message ?? "")) return "no such directory";
  if (err?.code === "SQLITE_CANTOPEN") return "no such file";
  if (err?.code === "SQLITE_NOTADB") return `${basename(target)} is not a SQLite database`;
  if (err?.code === "ECONNREFUSED") return "no server answers there";
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split("\n")[0].slice(0, 200) || String(err?.code ?? "unknown error");
}

/**
 * Apply pending migrations. A store already up to date is only read; otherwise the work is done
 * under the dialect's lock, so processes opening a new store together do not apply a migration
 * twice.
 */
async function migrate(store: Store): Promise<void> {
  const db = store.db as unknown as Kysely<unknown>;
  if (!(await pending(db)).length) return;
  await store.dialect.migrating(db, (locked) => apply(locked, store.dialect));
}

async function pending(db: Kysely<unknown>): Promise<string[]> {
  let done: Set<string>;
  try {
    done = new Set(
      (await sql<{ name: string }>`select name from solieu_migrations`.execute(db)).rows.map((r) => r.name),
    );
  } catch {
    done = new Set(); // no migrations table yet
  }
  return MIGRATIONS.filter((m) => !done.has(m.name)).map((m) => m.name);
}

async function apply(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  await sql`create table if not exists solieu_migrations (name text primary key, applied_at text not null)`.execute(
    db,
  );
  const todo = new Set(await pending(db));
  for (const m of MIGRATIONS) {
    if (!todo.has(m.name)) continue;
    await m.up(db, dialect);
    await sql`insert into solieu_migrations (name, applied_at) values (${m.name}, ${new Date().toISOString()})`.execute(
      db,
    );
  }
}

/** Asks the database for nothing: throws when it cannot be reached (a 503 for the server). */
export async function ping(store: Store): Promise<void> {
  await sql`select 1`.execute(store.db);
}
