/**
 * The databases the store tests run on: SQLite always (temp files), PostgreSQL too when
 * SOLIEU_TEST_PG_URL names a server. On PostgreSQL every store is a fresh schema, selected
 * through the connection string, and dropped by `cleanup` (targets.mjs, shared with the store
 * bench).
 */

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type Store } from "../../dist/store/connect.js";
import { postgresTargets, sqliteTargets } from "./targets.mjs";

export interface Backend {
  name: "sqlite" | "postgres";
  /** A place for a new, empty store: a file path or a postgres:// URL with its own schema. */
  newTarget(): Promise<string>;
  /** A new, empty store, opened. */
  open(): Promise<Store>;
  /** Remove every store made. */
  cleanup(): Promise<void>;
}

const PG_URL = process.env.SOLIEU_TEST_PG_URL;

/** The backends to run on; says on the console which ran and, without PostgreSQL, why. */
export function backends(suite: string): Backend[] {
  const list = [backendOn(sqliteTargets(mkdtempSync(join(tmpdir(), "solieu-store-"))))];
  if (PG_URL) list.push(backendOn(postgresTargets(PG_URL)));
  else console.warn(`${suite}: PostgreSQL tests SKIPPED (set SOLIEU_TEST_PG_URL=postgres://… to run them)`);
  console.log(`${suite}: backends ${list.map((b) => b.name).join(", ")}`);
  return list;
}

function backendOn(targets: ReturnType<typeof sqliteTargets>): Backend {
  const newTarget = () => targets.newTarget();
  return {
    name: targets.name,
    newTarget,
    open: async () => openStore(await newTarget()),
    cleanup: () => targets.cleanup(),
  };
}
