/**
 * The databases the store tests run on: SQLite always (temp files), PostgreSQL too when
 * SOLIEU_TEST_PG_URL names a server. On PostgreSQL every store is a fresh schema, selected
 * through the connection string, and dropped by `cleanup`.
 */

import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openStore, type Store } from "../../dist/store/connect.js";

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
  const list = [sqliteBackend()];
  if (PG_URL) list.push(postgresBackend(PG_URL));
  else console.warn(`${suite}: PostgreSQL tests SKIPPED (set SOLIEU_TEST_PG_URL=postgres://… to run them)`);
  console.log(`${suite}: backends ${list.map((b) => b.name).join(", ")}`);
  return list;
}

function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), "solieu-store-"));
  let n = 0;
  const newTarget = async () => join(dir, `store-${++n}.db`);
  return {
    name: "sqlite",
    newTarget,
    open: async () => openStore(await newTarget()),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function postgresBackend(url: string): Backend {
  const schemas: string[] = [];
  const admin = () => new pg.Client({ connectionString: url });
  const newTarget = async () => {
    const schema = `solieu_test_${randomBytes(6).toString("hex")}`;
    const c = admin();
    await c.connect();
    try {
      await c.query(`create schema ${schema}`);
    } finally {
      await c.end();
    }
    schemas.push(schema);
    return withSearchPath(url, schema);
  };
  return {
    name: "postgres",
    newTarget,
    open: async () => openStore(await newTarget()),
    cleanup: async () => {
      const c = admin();
      await c.connect();
      try {
        for (const s of schemas.splice(0)) await c.query(`drop schema if exists ${s} cascade`);
      } finally {
        await c.end();
      }
    },
  };
}

function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set("options", `-c search_path=${schema}`);
  return u.toString();
}
