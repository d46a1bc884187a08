import { rename, rm } from "node:fs/promises";
import { basename } from "node:path";
import type { Store } from "./connect.js";

/** What a store or a backup holds, as the backup and restore commands report it. */
export interface StoreCounts {
  documents: number;
  facts: number;
  reviews: number;
  users: number;
}

/** A backup or restore refused or failed, said in one line. */
export class BackupError extends Error {
  override name = "BackupError";
}

/** The counts of a store. */
export async function storeCounts(store: Store): Promise<StoreCounts> {
  const n = async (table: "documents" | "facts" | "reviews" | "users") =>
    Number(
      (
        await store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    documents: await n("documents"),
    facts: await n("facts"),
    reviews: await n("reviews"),
    users: await n("users"),
  };
}

/**
 * Copy a SQLite store to `out` with SQLite's online backup, page by page, while other processes
 * go on reading and writing it: the copy is the store as it was at one moment. Written beside
 * `out` and checked (quick_check) before it is renamed into place, so a failed backup leaves no
 * half file and an older backup under that name stays until the new one is whole.
 */
export async function backupSqlite(path: string, out: string): Promise<StoreCounts> {
  const { default: Sqlite } = await import("better-sqlite3");
  let src: InstanceType<typeof Sqlite>;
  try {
    src = new Sqlite(path, { fileMustExist: true, readonly: true });
  } catch (e) {
    throw new BackupError(`không mở được ${path} (${oneLine(e)})`);
  }
  const part = `${out}.part-${process.pid}`;
  try {
    solieuStore(src, path);
    await src.backup(part);
    const copy = new Sqlite(part, { readonly: true, fileMustExist: true });
    try {
      const check = copy.pragma("quick_check", { simple: true });
      if (check !== "ok") throw new BackupError(`bản sao lưu không toàn vẹn (${String(check)})`);
      const counts = countsOf(copy);
      await rename(part, out);
      return counts;
    } finally {
      copy.close();
    }
  } catch (e) {
    await rm(part, { force: true });
    if (e instanceof BackupError) throw e;
    throw new BackupError(`không sao lưu được vào ${out} (${oneLine(e)})`);
  } finally {
    src.close();
  }
}

interface Raw {
  prepare(sql: string): { get(...a: unknown[]): unknown };
}

/** Refuses a file that is not a solieu store. */
export function solieuStore(db: Raw, path: string): void {
  try {
    db.prepare("select count(*) from solieu_migrations").get();
    db.prepare("select count(*) from documents").get();
  } catch {
    throw new BackupError(`${basename(path)} không phải cơ sở dữ liệu của solieu`);
  }
}

export function countsOf(db: Raw): StoreCounts {
  const n = (t: string) => Number((db.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n);
  return { documents: n("documents"), facts: n("facts"), reviews: n("reviews"), users: n("users") };
}

/**
 * The pg_dump line that backs up a PostgreSQL store (custom format, restored with pg_restore),
 * its password left out (pg_dump asks, or reads PGPASSWORD or ~/.pgpass), its schema when the
 * URL selects one.
 */
export function pgDumpLine(url: string, out: string): string {
  const u = new URL(url);
  const schema = /search_path=([^\s&]+)/.exec(u.searchParams.get("options") ?? "")?.[1];
  u.password = "";
  u.searchParams.delete("options");
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  return [
    "pg_dump",
    "--format=custom",
    `--file=${quote(out)}`,
    ...(schema ? [`--schema=${quote(schema)}`] : []),
    `--dbname=${quote(u.toString())}`,
  ].join(" ");
}

export function oneLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0].slice(0, 200);
}
