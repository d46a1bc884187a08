#!/usr/bin/env node
// Store benchmark (npm run bench:store, after npm run build), on SQLite and on PostgreSQL.
//
// Prints, one figure a line:
//  1. ingest throughput of the corpus through the real ingest path (ingestFile), on a fresh store;
//  2. the synthetic store it then measures: 10,000 documents and 1,000,000 facts (with their search
//     segments) made from the corpus's stored rows by bulk insert, with the migrations' indexes;
//  3. p50/p95/max latency of a filtered series query (queryFacts) and of a full-text search, and a
//     PASS/FAIL line per bar and backend.
// The synthetic store is seeded: the same corpus and generator give the same rows every run, so
// figures stay comparable from run to run. The SQLite store is built once and kept in the temp
// directory under a key naming the generator, the migrations and the corpus rows (--rebuild builds
// it again); the PostgreSQL one is built in a fresh schema every run and dropped at the end.
// --explain prints the plan of the slowest series query and the slowest questions (printed anyway
// when a bar is missed); --keep keeps the PostgreSQL synthetic schema to look into, printing its URL.
//
// PostgreSQL: SOLIEU_BENCH_PG_URL, else SOLIEU_TEST_PG_URL; without either it is skipped, saying so.
// Its stages are in bench/store/: ingest.mjs (1), templates.mjs, generator.mjs, synthetic.mjs and
// build-{sqlite,postgres}.mjs (2), latency.mjs (3). Stores are made and removed by the tests' own
// targets (test/helpers/targets.mjs); the tables' columns are read from the migrated stores.
// Exit code: 1 only when the bench itself fails (ingest, build or query errors); a missed bar
// prints FAIL but keeps exit code 0: the benchmark reports, it does not gate.
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { postgresTargets, sqliteTargets } from "../test/helpers/targets.mjs";
import { fmtMB, fmtMs, oneLine } from "./store/format.mjs";
import { ingestThroughput, inputDocuments } from "./store/ingest.mjs";
import { loadSearch, measureLatency, searchQuestions, seriesKeys } from "./store/latency.mjs";
import { BAR, BenchError, N } from "./store/settings.mjs";
import { syntheticStore } from "./store/synthetic.mjs";
import { readTemplates } from "./store/templates.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
// Same override as bench/run.mjs and scripts/score.mjs.
const shared = process.env.SOLIEU_SHARED ?? join(root, "..", "shared");
const PG_URL = process.env.SOLIEU_BENCH_PG_URL || process.env.SOLIEU_TEST_PG_URL || "";
const run = {
  rebuild: process.argv.includes("--rebuild"),
  /** Print the plan of the slowest series query even when the bar is met. */
  explain: process.argv.includes("--explain"),
  /** Keep the PostgreSQL synthetic schema (its URL is printed) to look into it; drop it yourself. */
  keep: process.argv.includes("--keep"),
};

const started = performance.now();
const tmp = mkdtempSync(join(tmpdir(), "solieu-bench-store-"));
const backends = [sqliteTargets(tmp)];
if (PG_URL) backends.push(postgresTargets(PG_URL, "solieu_bench"));
process.on("exit", () => rmSync(tmp, { recursive: true, force: true }));
process.on("SIGINT", () => {
  dropSchemas().finally(() => process.exit(130));
});

async function main() {
  const cpu = cpus();
  console.log("solieu store bench");
  console.log(
    `node ${process.version} · ${process.platform} ${process.arch} · CPU ${cpu[0]?.model?.trim() ?? "unknown"} ` +
      `(${cpu.length} logical) · ${new Date().toISOString()}`,
  );
  const lib = await loadLib();

  if (!PG_URL)
    console.log(
      "postgres: SKIPPED (set SOLIEU_BENCH_PG_URL or SOLIEU_TEST_PG_URL=postgres://… to measure it)",
    );
  const pgBackend = backends.find((b) => b.name === "postgres");
  if (pgBackend) {
    try {
      await pgBackend.check();
    } catch (e) {
      console.log(`postgres: SKIPPED (${pgBackend.where} does not answer: ${oneLine(e)})`);
      backends.pop();
    }
  }

  const docs = inputDocuments(shared, root);
  console.log(`input: ${docs.source}, ${docs.list.length} documents, ${fmtMB(docs.bytes)} MB`);

  // 1. Ingest throughput; the last SQLite store ingested gives the rows the synthetic store copies.
  let templateFile;
  for (const b of backends) {
    const last = await ingestThroughput(lib, b, docs);
    if (b.name === "sqlite") templateFile = last;
  }
  const tpl = readTemplates(lib, templateFile, docs.list.length);

  // 2 and 3: the synthetic store and the latencies, per backend.
  const keys = seriesKeys(shared, tpl);
  const questions = searchQuestions(shared, tpl);
  console.log(
    `queries: ${keys.list.length} series keys (${keys.source}), ${questions.list.length} questions (${questions.source}); ` +
      `${N} of each per backend, in rotation, after one warm-up pass`,
  );
  const results = [];
  for (const b of backends) {
    const r = await section(`${b.name} store`, async () => {
      const built = await syntheticStore(lib, b, tpl, run);
      return measureLatency(lib, b, built, keys, questions, run.explain);
    });
    results.push({ backend: b.name, ...r });
  }

  console.log(`time: ${((performance.now() - started) / 1000).toFixed(1)} s for the whole store bench`);
  const names = ["sqlite", "postgres"];
  for (const [what, field, bar] of [
    ["series", "series", BAR.seriesP95Ms],
    ["search", "search", BAR.searchP95Ms],
  ]) {
    for (const name of names) {
      const r = results.find((x) => x.backend === name);
      const m = r?.[field];
      const verdict = m
        ? m.p95 < bar
          ? "PASS"
          : "FAIL"
        : name === "postgres" && !pgBackend
          ? "SKIPPED"
          : "FAIL";
      const figure = m ? `p95 ${fmtMs(m.p95)} ms` : "not measured";
      console.log(`bar: ${what} p95 < ${bar} ms on ${name} — ${verdict} (${figure})`);
    }
  }
}

/** What the bench calls of solieu, from dist/. */
async function loadLib() {
  try {
    const [index, codes, fold, migrations] = await Promise.all([
      import("../dist/index.js"),
      import("../dist/periods/codes.js"),
      import("../dist/text/fold.js"),
      import("../dist/store/migrations/index.js"),
    ]);
    return {
      openStore: index.openStore,
      ingestFile: index.ingestFile,
      queryFacts: index.queryFacts,
      periodEnd: codes.periodEnd,
      fold: fold.fold,
      migrations: migrations.MIGRATIONS.map((m) => m.name),
      search: await loadSearch(),
    };
  } catch (e) {
    throw new BenchError(`cannot load dist/ (${oneLine(e)}); run npm run build`);
  }
}

/** Run one part; a failure prints one line and lets the other parts still report. */
async function section(name, fn) {
  try {
    return await fn();
  } catch (e) {
    console.log(`${name}: failed — ${oneLine(e)}`);
    process.exitCode = 1;
    return {};
  }
}

/** The PostgreSQL schemas this run made and did not keep, whatever way it ends. */
async function dropSchemas() {
  try {
    await backends.find((b) => b.name === "postgres")?.cleanup();
  } catch (e) {
    console.log(`postgres: could not drop the bench's schemas (${oneLine(e)})`);
  }
}

// Last, once every constant above is initialised.
try {
  await main();
} catch (e) {
  console.log(`bench: ${oneLine(e)}`);
  process.exitCode = 1;
} finally {
  await dropSchemas();
}
