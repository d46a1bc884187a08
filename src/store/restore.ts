import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Kysely, Transaction } from "kysely";
import { BackupError, oneLine, type StoreCounts, solieuStore, storeCounts } from "./backup.js";
import { openStore, type Store } from "./connect.js";
import { MIGRATIONS } from "./migrations/index.js";
import type { Database } from "./schema.js";

/** Tables whose rows refer to others', in the order they are filled; any other table follows. */
const ORDER = ["indicators", "areas", "documents", "facts", "segments", "reviews", "users"];
/** Not restored: sign-ins end with the store they were made on; the migrations are the target's own. */
const SKIP = new Set(["sessions", "solieu_migrations"]);

/** Values bound per insert, well under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_VALUES = 20_000;
/** Text per insert: documents carry their whole raw text. */
const MAX_BYTES = 16 * 1024 * 1024;

type AnyDb = Kysely<Record<string, Record<string, unknown>>>;

/**
 * Restore a backup (a SQLite store file, as `solieu backup` writes it) into an empty store, on
 * SQLite or PostgreSQL: every document with its text, fact, searchable segment, review and
 * account, under the ids they had (reviews name their facts by id), and the areas and catalogue
 * as the backup had them. Sessions are not restored: everyone signs in again. A backup made by an
 * older solieu is brought up to date on a copy first; one made by a newer solieu is refused.
 * All in one transaction: a restore that fails leaves the store empty.
 */
export async function restoreInto(target: Store, file: string): Promise<StoreCounts> {
  const before = await storeCounts(target);
  if (before.documents || before.facts || before.reviews || before.users)
    throw new BackupError(
      `kho ${target.where} đã có dữ liệu (${before.documents} tài liệu, ${before.users} người dùng): chỉ khôi phục vào một kho trống`,
    );
  const { default: Sqlite } = await import("better-sqlite3");
  const dir = await mkdtemp(join(tmpdir(), "solieu-restore-"));
  try {
    // A copy made with SQLite's backup (the file may be in use, or carry a WAL beside it), which
    // opening as a store migrates to this version without touching the file given.
    const copy = join(dir, "backup.db");
    const src = await openBackup(file);
    try {
      await src.backup(copy);
    } finally {
      src.close();
    }
    await (await openStore(copy)).close();

    const from = new Sqlite(copy, { readonly: true });
    try {
      const tables = (
        from.prepare("pragma table_list").all() as { name: string; type: string; schema: string }[]
      )
        .filter(
          (t) =>
            t.schema === "main" && t.type === "table" && !t.name.startsWith("sqlite_") && !SKIP.has(t.name),
        )
        .map((t) => t.name)
        .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
      await target.db.transaction().execute(async (trx) => {
        // The catalogue and areas seeded when the store was opened give way to the backup's own.
        await trx.deleteFrom("indicators").execute();
        await trx.deleteFrom("areas").execute();
        for (const table of tables) await copyTable(from, trx, table);
        for (const table of tables.filter((t) => hasId(from, t))) await target.dialect.idsCopied(trx, table);
      });
      return storeCounts(target);
    } finally {
      from.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The backup file opened read-only, once it is known to be a solieu store this version can
 * read; else a BackupError saying why. Checked before anything is made or opened for the target.
 */
export async function openBackup(file: string): Promise<import("better-sqlite3").Database> {
  const { default: Sqlite } = await import("better-sqlite3");
  let src: InstanceType<typeof Sqlite>;
  try {
    src = new Sqlite(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new BackupError(`không mở được tệp sao lưu ${file} (${oneLine(e)})`);
  }
  try {
    solieuStore(src, file);
    const known = new Set(MIGRATIONS.map((m) => m.name));
    const newer = (src.prepare("select name from solieu_migrations").all() as { name: string }[]).filter(
      (r) => !known.has(r.name),
    );
    if (newer.length)
      throw new BackupError(
        `${file} được tạo bởi phiên bản solieu mới hơn (${newer.map((r) => r.name).join(", ")}): hãy cập nhật solieu`,
      );
    return src;
  } catch (e) {
    src.close();
    throw e;
  }
}

const rank = (table: string) => {
  const i = ORDER.indexOf(table);
  return i === -1 ? ORDER.length : i;
};

interface RawDb {
  prepare(sql: string): { iterate(): IterableIterator<unknown>; all(): unknown[] };
}

const hasId = (db: RawDb, table: string) =>
  (db.prepare(`pragma table_info("${table}")`).all() as { name: string }[]).some((c) => c.name === "id");

/** Every row of a table, in rowid order, inserted in batches. */
async function copyTable(from: RawDb, trx: Transaction<Database>, table: string): Promise<void> {
  const db = trx as unknown as AnyDb;
  let batch: Record<string, unknown>[] = [];
  let values = 0;
  let bytes = 0;
  const flush = async () => {
    if (batch.length) await db.insertInto(table).values(batch).execute();
    batch = [];
    values = 0;
    bytes = 0;
  };
  for (const row of from.prepare(`select * from "${table}" order by rowid`).iterate() as IterableIterator<
    Record<string, unknown>
  >) {
    const cells = Object.values(row);
    values += cells.length;
    for (const v of cells) if (typeof v === "string") bytes += v.length;
    batch.push(row);
    if (values >= MAX_VALUES || bytes >= MAX_BYTES) await flush();
  }
  await flush();
}
