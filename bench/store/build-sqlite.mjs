// Stage 2 of the store bench on SQLite: the synthetic store, built by bulk insert with the
// secondary indexes and the search triggers off, then those made again from their own definitions.
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { sqliteColumns } from "./columns.mjs";
import { quantile } from "./format.mjs";
import { batches, generator } from "./generator.mjs";

/** The SQLite synthetic store: built once, kept in the temp directory under its key. */
export async function sqliteStore(lib, tpl, rebuild) {
  const file = join(tmpdir(), `solieu-bench-store-${tpl.key}.db`);
  const meta = `${file}.json`;
  if (!rebuild && existsSync(file) && existsSync(meta)) {
    return { file, built: false, ...JSON.parse(readFileSync(meta, "utf8")) };
  }
  // Its own name while building: two runs at once must not write one file.
  const partial = `${file}.${process.pid}.partial`;
  for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
  const t0 = performance.now();
  const store = await lib.openStore(partial); // migrations and catalogue, as any store
  await store.close();
  const db = new Sqlite(partial);
  try {
    // A throw-away file until renamed: no journal needed while loading.
    db.pragma("journal_mode = OFF");
    db.pragma("synchronous = OFF");
    db.pragma("cache_size = -262144");
    db.pragma("foreign_keys = ON");
    // Secondary indexes and the FTS triggers off while loading, then made again from their own
    // definitions (as the migrations wrote them) and the FTS index rebuilt as migration 002 does.
    const defs = db
      .prepare(
        "select type, name, sql from sqlite_master where tbl_name in ('facts', 'segments') and type in ('index', 'trigger') and sql is not null",
      )
      .all();
    for (const d of defs) db.exec(`drop ${d.type} ${d.name}`);
    // The generator numbers the documents; the database numbers facts and segments.
    const cols = {
      documents: sqliteColumns(db, "documents", { key: true }),
      facts: sqliteColumns(db, "facts"),
      segments: sqliteColumns(db, "segments"),
      areas: sqliteColumns(db, "areas", { key: true }),
    };
    const insert = (table) =>
      db.prepare(
        `insert into ${table} (${cols[table].map((c) => `"${c}"`).join(", ")}) values (${cols[table].map((c) => `@${c}`).join(", ")})`,
      );
    const ins = { doc: insert("documents"), fact: insert("facts"), seg: insert("segments") };
    const pick = (row, table) => Object.fromEntries(cols[table].map((c) => [c, row[c] ?? null]));
    db.transaction(() => {
      db.exec("delete from areas");
      const a = insert("areas");
      for (const r of tpl.areas) a.run(pick(r, "areas"));
    })();
    const load = db.transaction((docs) => {
      for (const g of docs) {
        ins.doc.run(pick(g.doc, "documents"));
        for (const f of g.facts) ins.fact.run(pick(f, "facts"));
        for (const s of g.segments) ins.seg.run(pick(s, "segments"));
      }
    });
    for (const docs of batches(generator(lib, tpl))) load(docs);
    const tLoad = performance.now();
    for (const d of defs.filter((x) => x.type === "index")) db.exec(d.sql);
    db.exec("insert into segments_fts (segments_fts) values ('rebuild')");
    for (const d of defs.filter((x) => x.type === "trigger")) db.exec(d.sql);
    db.exec("analyze");
    const tIndex = performance.now();
    const stats = storeStats((q) => db.prepare(q).all());
    db.pragma("journal_mode = WAL");
    db.close();
    renameSync(partial, file);
    const info = {
      ...stats,
      buildSeconds: (performance.now() - t0) / 1000,
      loadSeconds: (tLoad - t0) / 1000,
      indexSeconds: (tIndex - tLoad) / 1000,
      indexes: defs.map((d) => d.name).sort(),
      bytes: statSync(file).size,
    };
    writeFileSync(`${partial}.json`, JSON.stringify(info));
    renameSync(`${partial}.json`, meta);
    return { file, built: true, ...info };
  } catch (e) {
    if (db.open) db.close();
    for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
    throw e;
  }
}

/** Counts, and how many versions a series (indicator code, area, period, kind) has. */
export function storeStats(all) {
  const one = (q) => Number(Object.values(all(q)[0])[0]);
  const versions = all(
    `select n, count(*) as series from (select count(*) as n from facts where indicator_code is not null
     group by indicator_code, area, period, kind) c group by n order by n`,
  ).map((r) => ({ n: Number(r.n), series: Number(r.series) }));
  const flat = [];
  for (const v of versions) for (let i = 0; i < v.series; i++) flat.push(v.n);
  return {
    documents: one("select count(*) from documents"),
    facts: one("select count(*) from facts"),
    segments: one("select count(*) from segments"),
    series: flat.length,
    versions: flat.length
      ? { p50: quantile(flat, 0.5), p90: quantile(flat, 0.9), max: flat[flat.length - 1] }
      : { p50: 0, p90: 0, max: 0 },
  };
}
