// Stage 2 of the store bench on PostgreSQL: the synthetic store in a fresh schema, built every
// run by bulk insert (a batch of documents, facts and segments per statement), then indexed.
import pg from "pg";
import { postgresColumns } from "./columns.mjs";
import { batches, generator } from "./generator.mjs";

/** The PostgreSQL synthetic store, in a fresh schema: built every run, dropped at the end. */
export async function postgresStore(lib, tpl, backend, keep) {
  const target = await backend.newTarget("solieu_bench_store");
  if (keep) {
    backend.keep(target);
    console.log(`postgres store: kept (--keep) at ${target}`);
  }
  const t0 = performance.now();
  const store = await lib.openStore(target); // migrations and catalogue, as any store
  await store.close();
  const c = new pg.Client({ connectionString: target });
  await c.connect();
  try {
    await c.query("set maintenance_work_mem = '256MB'");
    await c.query("set synchronous_commit = off");
    // Secondary indexes off while loading, made again from their own definitions afterwards.
    const defs = (
      await c.query(
        `select i.relname as name, pg_get_indexdef(i.oid) as sql
         from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
         where t.relnamespace = current_schema()::regnamespace and t.relname in ('facts', 'segments')
           and not x.indisprimary and not x.indisunique`,
      )
    ).rows;
    for (const d of defs) await c.query(`drop index ${d.name}`);
    // The generator numbers the documents; the database numbers facts and segments.
    const docCols = await postgresColumns(c, "documents", { key: true });
    const factCols = await postgresColumns(c, "facts");
    const segmentCols = await postgresColumns(c, "segments");
    const areaCols = await postgresColumns(c, "areas", { key: true });
    /** `insert … select from unnest($k::type[], …)`: a whole batch of rows in one statement, parameters from `first`. */
    const unnest = (table, cols, first = 1) =>
      `insert into ${table} (${cols.map(([col]) => `"${col}"`).join(", ")}) select * from unnest(${cols
        .map(([, type], i) => `$${first + i}::${type}[]`)
        .join(", ")})`;
    const columns = (rows, cols) => cols.map(([col]) => rows.map((r) => r[col] ?? null));
    // A batch's documents, facts and segments in one statement, hence one transaction (the
    // foreign keys are checked at its end); one statement in flight at a time.
    const batchSql = `with d as (${unnest("documents", docCols)}),
      f as (${unnest("facts", factCols, docCols.length + 1)})
      ${unnest("segments", segmentCols, docCols.length + factCols.length + 1)}`;
    await c.query("begin");
    await c.query("delete from areas");
    await c.query(unnest("areas", areaCols), columns(tpl.areas, areaCols));
    await c.query("commit");
    // While the server stores one batch, the next is generated.
    let pending = Promise.resolve();
    for (const docs of batches(generator(lib, tpl))) {
      const facts = docs.flatMap((g) => g.facts);
      const segments = docs.flatMap((g) => g.segments);
      const params = [
        ...columns(
          docs.map((g) => g.doc),
          docCols,
        ),
        ...columns(facts, factCols),
        ...columns(segments, segmentCols),
      ];
      await pending;
      pending = c.query(batchSql, params);
    }
    await pending;
    await c.query(
      "select setval(pg_get_serial_sequence('documents', 'id'), (select max(id) from documents))",
    );
    const tLoad = performance.now();
    for (const d of defs) await c.query(d.sql);
    await c.query("analyze");
    const tIndex = performance.now();
    return {
      target,
      buildSeconds: (tIndex - t0) / 1000,
      loadSeconds: (tLoad - t0) / 1000,
      indexSeconds: (tIndex - tLoad) / 1000,
      indexes: defs.map((d) => d.name).sort(),
      documents: Number((await c.query("select count(*) from documents")).rows[0].count),
      facts: Number((await c.query("select count(*) from facts")).rows[0].count),
      segments: Number((await c.query("select count(*) from segments")).rows[0].count),
      bytes: Number(
        (
          await c.query(
            "select sum(pg_total_relation_size(oid)) as n from pg_class where relnamespace = current_schema()::regnamespace and relkind = 'r'",
          )
        ).rows[0].n,
      ),
    };
  } finally {
    await c.end();
  }
}
