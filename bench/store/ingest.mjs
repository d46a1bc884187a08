// Stage 1 of the store bench: ingest throughput of the corpus through the real ingest path.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fmtInt, fmtMB, MB, median } from "./format.mjs";
import { BenchError, INGEST_RUNS } from "./settings.mjs";

/** The corpus's .txt files, else the project's samples. */
export function inputDocuments(shared, root) {
  const pick = (dir, ext) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith(ext))
          .sort()
          .map((n) => ({ name: n, path: join(dir, n), bytes: statSync(join(dir, n)).size }))
      : [];
  let source = `corpus ${join(shared, "corpus")}`;
  let list = pick(join(shared, "corpus"), ".txt");
  if (!list.length) {
    source = `samples (no corpus at ${join(shared, "corpus")})`;
    list = pick(join(root, "samples"), ".md");
  }
  if (!list.length) throw new BenchError("no corpus and no samples to ingest");
  return { source, list, bytes: list.reduce((n, d) => n + d.bytes, 0) };
}

/**
 * Ingest every document into a fresh store, one warm-up round and INGEST_RUNS timed ones, each on
 * a new store (opening and migrating it is not timed). Returns the last store's target, kept
 * on SQLite (its rows are the synthetic store's templates).
 */
export async function ingestThroughput(lib, backend, docs) {
  const runs = [];
  let last;
  for (let r = 0; r <= INGEST_RUNS; r++) {
    const target = await backend.newTarget("solieu_bench_ingest");
    const store = await lib.openStore(target);
    let facts = 0;
    let ms;
    try {
      const t0 = performance.now();
      for (const d of docs.list) {
        const res = await lib.ingestFile(store, d.path);
        if (res.status !== "added")
          throw new BenchError(`ingest ${d.name} on ${backend.name}: ${res.error ?? res.status}`);
        facts += res.facts;
      }
      ms = performance.now() - t0;
    } finally {
      await store.close();
    }
    if (r > 0) runs.push({ ms, facts });
    if (r < INGEST_RUNS || backend.name !== "sqlite") await backend.drop(target);
    else last = target;
  }
  const ms = median(runs.map((r) => r.ms));
  const perSec = (n) => n / (ms / 1000);
  console.log(
    `ingest ${backend.name}: ${docs.list.length} documents, ${fmtInt(runs[0].facts)} facts, ${fmtMB(docs.bytes)} MB in ` +
      `${ms.toFixed(0)} ms median of ${INGEST_RUNS} (min ${Math.min(...runs.map((r) => r.ms)).toFixed(0)}, ` +
      `max ${Math.max(...runs.map((r) => r.ms)).toFixed(0)}), fresh store each, one warm-up not counted`,
  );
  console.log(
    `ingest ${backend.name}: ${perSec(docs.list.length).toFixed(2)} documents/s, ${fmtInt(perSec(runs[0].facts))} facts/s, ` +
      `${(docs.bytes / MB / (ms / 1000)).toFixed(2)} MB/s (read, extract and store)`,
  );
  return last;
}
