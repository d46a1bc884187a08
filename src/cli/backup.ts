import { existsSync } from "node:fs";
import { BackupError, backupSqlite, oneLine, pgDumpLine, type StoreCounts } from "../store/backup.js";
import { defaultDb, isPostgres } from "../store/connect.js";
import { openBackup, restoreInto } from "../store/restore.js";
import { openForCommand } from "./open-store.js";

export interface BackupCommandOptions {
  db?: string;
  out: string;
  format: string;
}

export interface RestoreCommandOptions {
  db?: string;
  format: string;
}

const said = (c: StoreCounts) =>
  `${c.documents.toLocaleString("vi-VN")} tài liệu, ${c.facts.toLocaleString("vi-VN")} số liệu, ` +
  `${c.reviews.toLocaleString("vi-VN")} lượt duyệt, ${c.users.toLocaleString("vi-VN")} người dùng`;

function badFormat(command: string, format: string): boolean {
  if (["table", "json"].includes(format)) return false;
  process.stderr.write(`solieu ${command}: định dạng không hợp lệ "${format}" (table hoặc json)\n`);
  return true;
}

/**
 * `solieu backup --out FILE`: a SQLite store copied with SQLite's online backup while it may be
 * in use. A PostgreSQL store is backed up by PostgreSQL's own tool: the pg_dump line is printed.
 */
export async function backupCommand(opts: BackupCommandOptions): Promise<number> {
  if (badFormat("backup", opts.format)) return 2;
  const db = defaultDb(opts.db);
  if (isPostgres(db)) {
    process.stderr.write(
      "solieu backup: kho PostgreSQL được sao lưu bằng công cụ của PostgreSQL, chẳng hạn:\n" +
        `  ${pgDumpLine(db, opts.out)}\n` +
        "(khôi phục bằng pg_restore --dbname=… vào một cơ sở dữ liệu trống)\n",
    );
    return 2;
  }
  if (!existsSync(db)) {
    process.stderr.write(`solieu backup: không có cơ sở dữ liệu ${db}\n`);
    return 2;
  }
  try {
    const counts = await backupSqlite(db, opts.out);
    if (opts.format === "json") process.stdout.write(`${JSON.stringify({ file: opts.out, ...counts })}\n`);
    else process.stdout.write(`Đã sao lưu ${said(counts)} vào ${opts.out}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(
      `solieu backup: ${e instanceof BackupError ? e.message : `không sao lưu được (${oneLine(e)})`}\n`,
    );
    return 1;
  }
}

/** `solieu restore FILE`: a backup restored into an empty store (SQLite or PostgreSQL). */
export async function restoreCommand(file: string, opts: RestoreCommandOptions): Promise<number> {
  if (badFormat("restore", opts.format)) return 2;
  if (!existsSync(file)) {
    process.stderr.write(`solieu restore: không có tệp ${file}\n`);
    return 2;
  }
  // The file is checked before the target is opened: a wrong file makes no new store.
  try {
    (await openBackup(file)).close();
  } catch (e) {
    process.stderr.write(`solieu restore: ${e instanceof BackupError ? e.message : oneLine(e)}\n`);
    return 1;
  }
  const store = await openForCommand(defaultDb(opts.db));
  if (!store) return 2;
  try {
    const counts = await restoreInto(store, file);
    if (opts.format === "json")
      process.stdout.write(`${JSON.stringify({ file, db: store.where, ...counts })}\n`);
    else process.stdout.write(`Đã khôi phục ${said(counts)} từ ${file} vào ${store.where}\n`);
    return 0;
  } catch (e) {
    // One transaction: nothing of the backup stayed in the store.
    const why = e instanceof BackupError ? e.message : `không khôi phục được, kho vẫn trống (${oneLine(e)})`;
    process.stderr.write(`solieu restore: ${why}\n`);
    return 1;
  } finally {
    await store.close();
  }
}
