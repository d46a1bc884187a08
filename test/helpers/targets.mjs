/**
 * Where a fresh store goes and how it is removed: a file in a temp directory (SQLite) or a new
 * schema selected through the connection string (PostgreSQL). Plain JavaScript so that both the
 * tests (backends.ts) and the store bench (bench/store.mjs, run by node itself) use it.
 */

import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";

/**
 * @typedef {object} Targets
 * @property {"sqlite" | "postgres"} name
 * @property {string} where For people: "SQLite", or the server's URL with its password hidden.
 * @property {() => Promise<unknown>} check Throws when the database does not answer.
 * @property {(prefix?: string) => Promise<string>} newTarget A place for a new, empty store.
 * @property {(target: string) => Promise<void>} drop Remove one store made.
 * @property {(target: string) => void} keep Leave this store when cleaning up.
 * @property {() => Promise<void>} cleanup Remove every store made and not kept.
 */

/** SQLite files in `dir`, which cleanup removes whole. @returns {Targets} */
export function sqliteTargets(dir) {
  let n = 0;
  return {
    name: "sqlite",
    where: "SQLite",
    check: async () => {},
    newTarget: async (prefix = "store") => join(dir, `${prefix}-${++n}.db`),
    drop: async (file) => {
      for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    },
    keep: () => {},
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Fresh schemas on the PostgreSQL server at `url`. @returns {Targets} */
export function postgresTargets(url, prefix = "solieu_test") {
  /** Schemas made and not dropped or kept. */
  const made = new Set();
  const admin = async (fn) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };
  const dropSchema = (schema) => admin((c) => c.query(`drop schema if exists ${schema} cascade`));
  return {
    name: "postgres",
    where: url.replace(/:[^:@/]*@/, ":***@"),
    check: () => admin((c) => c.query("select 1")),
    newTarget: async (p = prefix) => {
      const schema = `${p}_${randomBytes(6).toString("hex")}`;
      await admin((c) => c.query(`create schema ${schema}`));
      made.add(schema);
      return withSearchPath(url, schema);
    },
    drop: async (target) => {
      const schema = schemaOf(target);
      if (!schema) return;
      await dropSchema(schema);
      made.delete(schema);
    },
    keep: (target) => {
      made.delete(schemaOf(target));
    },
    cleanup: async () => {
      const list = [...made];
      made.clear();
      if (list.length)
        await admin(async (c) => {
          for (const s of list) await c.query(`drop schema if exists ${s} cascade`);
        });
    },
  };
}

function withSearchPath(url, schema) {
  const u = new URL(url);
  u.searchParams.set("options", `-c search_path=${schema}`);
  return u.toString();
}

function schemaOf(target) {
  return new URL(target).searchParams.get("options")?.split("search_path=")[1];
}
