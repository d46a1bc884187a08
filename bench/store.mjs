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
// Exit code: 1 only when the bench itself fails (ingest, build or query errors); a missed bar
// prints FAIL but keeps exit code 0: the benchmark reports, it does not gate.
import { createHash, randomBytes } from "node:crypto";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Sqlite from "better-sqlite3";
import pg from "pg";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
// Same override as bench/run.mjs and scripts/score.mjs.
const shared = process.env.SOLIEU_SHARED ?? join(root, "..", "shared");
const PG_URL = process.env.SOLIEU_BENCH_PG_URL || process.env.SOLIEU_TEST_PG_URL || "";
const rebuild = process.argv.includes("--rebuild");
/** Print the plan of the slowest series query even when the bar is met. */
const explain = process.argv.includes("--explain");
/** Keep the PostgreSQL synthetic schema (its URL is printed) to look into it; drop it yourself. */
const keep = process.argv.includes("--keep");

const MB = 1024 * 1024; // every "MB" printed is 2^20 bytes
/** Bump when the generator below changes what it writes: the cached SQLite store is rebuilt. */
const GENERATOR = "store-bench-2";
const SYNTHETIC = {
  documents: 10_000,
  /** Facts per document: pairs of 100 ± d, d in 0..50, so the total is exactly 100 × documents. */
  factsPerDocument: 100,
  spread: 50,
  /** Years a copy is moved by: 4 back to 1 ahead. */
  shifts: [-4, -3, -2, -1, 0, 1],
  /** Share of a district report's copies kept on its own district; the rest go to its siblings. */
  ownArea: 0.25,
};
const INGEST_RUNS = 3;
const N = 200;
const BAR = { seriesP95Ms: 20, searchP95Ms: 50 };
/** Documents per bulk-insert transaction. */
const BATCH_DOCS = 250;

/** An error of the bench itself (not a missed bar): the only kind that makes the exit code 1. */
class BenchError extends Error {}

const started = performance.now();
const tmp = mkdtempSync(join(tmpdir(), "solieu-bench-store-"));
const schemas = new Set(); // PostgreSQL schemas made by this run, dropped whatever way it ends
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

  let lib;
  try {
    const [index, ingest, fold, migrations] = await Promise.all([
      import("../dist/index.js"),
      import("../dist/store/ingest.js"),
      import("../dist/text/fold.js"),
      import("../dist/store/migrations/index.js"),
    ]);
    lib = {
      openStore: index.openStore,
      ingestFile: index.ingestFile,
      queryFacts: index.queryFacts,
      periodEnd: ingest.periodEnd,
      fold: fold.fold,
      migrations: migrations.MIGRATIONS.map((m) => m.name),
      search: await loadSearch(),
    };
  } catch (e) {
    throw new BenchError(`cannot load dist/ (${oneLine(e)}); run npm run build`);
  }

  const backends = [sqliteBackend()];
  if (PG_URL) backends.push(postgresBackend(PG_URL));
  else
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

  const docs = inputDocuments();
  console.log(`input: ${docs.source}, ${docs.list.length} documents, ${fmtMB(docs.bytes)} MB`);

  // 1. Ingest throughput; the last SQLite store ingested gives the rows the synthetic store copies.
  let templateFile;
  for (const b of backends) {
    const last = await ingestThroughput(lib, b, docs);
    if (b.name === "sqlite") templateFile = last;
  }
  const tpl = readTemplates(lib, templateFile, docs.list.length);

  // 2 and 3: the synthetic store and the latencies, per backend.
  const keys = seriesKeys(tpl);
  const questions = searchQuestions(tpl);
  console.log(
    `queries: ${keys.list.length} series keys (${keys.source}), ${questions.list.length} questions (${questions.source}); ` +
      `${N} of each per backend, in rotation, after one warm-up pass`,
  );
  const results = [];
  for (const b of backends) {
    const r = await section(`${b.name} store`, () => measureBackend(lib, b, tpl, keys, questions));
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

// ---------------------------------------------------------------------------------------------
// Backends: where a fresh store goes, and how it is removed.

function sqliteBackend() {
  let n = 0;
  return {
    name: "sqlite",
    where: "SQLite",
    newTarget: async () => join(tmp, `ingest-${++n}.db`),
    drop: async (file) => {
      for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    },
  };
}

function postgresBackend(url) {
  const where = url.replace(/:[^:@/]*@/, ":***@");
  const admin = async (fn) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };
  return {
    name: "postgres",
    where,
    check: () => admin((c) => c.query("select 1")),
    newTarget: async (prefix = "solieu_bench") => {
      const schema = `${prefix}_${randomBytes(5).toString("hex")}`;
      await admin((c) => c.query(`create schema ${schema}`));
      schemas.add({ url, schema });
      return withSearchPath(url, schema);
    },
    drop: async (target) => {
      const schema = new URL(target).searchParams.get("options")?.split("search_path=")[1];
      if (!schema) return;
      await admin((c) => c.query(`drop schema if exists ${schema} cascade`));
      for (const s of schemas) if (s.schema === schema) schemas.delete(s);
    },
  };
}

async function dropSchemas() {
  for (const s of [...schemas]) {
    schemas.delete(s);
    const c = new pg.Client({ connectionString: s.url });
    try {
      await c.connect();
      await c.query(`drop schema if exists ${s.schema} cascade`);
    } catch (e) {
      console.log(`postgres: could not drop schema ${s.schema} (${oneLine(e)})`);
    } finally {
      await c.end().catch(() => {});
    }
  }
}

function withSearchPath(url, schema) {
  const u = new URL(url);
  u.searchParams.set("options", `-c search_path=${schema}`);
  return u.toString();
}

// ---------------------------------------------------------------------------------------------
// 1. Ingest throughput.

/** The corpus's .txt files, else the project's samples. */
function inputDocuments() {
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
 * a new store (opening and migrating it is not timed). Returns the last store's target, kept.
 */
async function ingestThroughput(lib, backend, docs) {
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

// ---------------------------------------------------------------------------------------------
// 2. The synthetic store.

const DOC_COLS = [
  ["id", "int"],
  ["name", "text"],
  ["format", "text"],
  ["title", "text"],
  ["type", "text"],
  ["issuer", "text"],
  ["area", "text"],
  ["period", "text"],
  ["plan_period", "text"],
  ["date", "text"],
  ["order_date", "text"],
  ["draft", "int"],
  ["lines", "int"],
  ["content_hash", "text"],
  ["raw_text", "text"],
  ["ingested_at", "text"],
];
const FACT_COLS = [
  ["document_id", "int"],
  ["line", "int"],
  ["column", "int"],
  ["page", "int"],
  ["value_text", "text"],
  ["value", "float8"],
  ["value_max", "float8"],
  ["total", "float8"],
  ["unit", "text"],
  ["measure", "text"],
  ["kind", "text"],
  ["period", "text"],
  ["indicator_code", "text"],
  ["indicator_text", "text"],
  ["indicator_folded", "text"],
  ["area", "text"],
  ["base", "text"],
  ["qualifier", "text"],
  ["sentence", "text"],
  ["review_state", "text"],
];
const SEGMENT_COLS = [
  ["document_id", "int"],
  ["line", "int"],
  ["line_end", "int"],
  ["kind", "text"],
  ["text", "text"],
  ["folded", "text"],
];
const AREA_COLS = [
  ["code", "text"],
  ["name", "text"],
  ["level", "text"],
  ["parent", "text"],
  ["valid_from", "text"],
  ["valid_to", "text"],
  ["successor", "text"],
  ["aliases", "text"],
];

/** The corpus as ingest stored it: documents, facts, segments and the areas it registered. */
function readTemplates(lib, file, expected) {
  const db = new Sqlite(file, { readonly: true });
  try {
    const documents = db.prepare("select * from documents order by id").all();
    if (documents.length !== expected)
      throw new BenchError(`template store holds ${documents.length} documents`);
    const facts = db.prepare('select * from facts order by document_id, line, "column", id').all();
    const segments = db.prepare("select * from segments order by document_id, line, id").all();
    const areas = db.prepare("select * from areas order by code").all();
    const list = documents.map((d) =>
      widen({
        doc: d,
        lines: d.raw_text.split("\n"),
        facts: facts.filter((f) => f.document_id === d.id),
        segments: segments.filter((s) => s.document_id === d.id),
      }),
    );
    const hash = createHash("sha256").update(GENERATOR).update(JSON.stringify(SYNTHETIC));
    hash.update(JSON.stringify(lib.migrations));
    for (const d of documents) hash.update(JSON.stringify({ ...d, ingested_at: "" }));
    for (const rows of [facts, segments, areas]) for (const r of rows) hash.update(JSON.stringify(r));
    return { list, areas, facts, key: hash.digest("hex").slice(0, 16) };
  } finally {
    db.close();
  }
}

/** A document too short for the largest run of facts is repeated end to end (the samples are). */
function widen(t) {
  const need = SYNTHETIC.factsPerDocument + SYNTHETIC.spread;
  if (!t.facts.length || t.facts.length >= need) return t;
  const copies = Math.ceil(need / t.facts.length);
  const n = t.lines.length;
  const shift = (rows, k) =>
    rows.map((r) => ({
      ...r,
      line: r.line + k * n,
      ...(r.line_end ? { line_end: r.line_end + k * n } : {}),
    }));
  const range = [...Array(copies).keys()];
  return {
    doc: t.doc,
    lines: range.flatMap(() => t.lines),
    facts: range.flatMap((k) => shift(t.facts, k)),
    segments: range.flatMap((k) => shift(t.segments, k)),
  };
}

/** Small, fast, seedable PRNG (mulberry32), as in bench/synthetic.mjs. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DISTRICT_LEVELS = ["huyện", "thị xã", "thành phố", "quận"];
const COMMUNE_LEVELS = ["xã", "phường", "thị trấn"];

/**
 * The generator: document i of the synthetic store, the same every run. Document i copies a run
 * of consecutive facts of corpus document i mod 4 with the segments on their lines and those raw
 * lines, moved by a whole number of years (periods, dates, and years written in the text alike);
 * a report on a district (or commune) is spread over its siblings under the same parent, its own
 * unit keeping a quarter; a provincial report stays provincial, as most of a province's reports are.
 */
function generator(lib, tpl) {
  const variants = new Map();
  const siblings = tpl.list.map((t) => siblingsOf(tpl.areas, t.doc.area));
  const variant = (ti, shift, area) => {
    const key = `${ti}|${shift}|${area}`;
    let v = variants.get(key);
    if (!v) {
      const t = tpl.list[ti];
      const tx = textChanger(t.doc.area, area, shift);
      v = {
        lines: t.lines.map(tx),
        facts: t.facts.map((f) => ({
          ...f,
          id: undefined,
          period: shiftYears(f.period, shift),
          base: f.base === null ? null : shiftYears(f.base, shift),
          sentence: tx(f.sentence),
          area: f.area === t.doc.area ? area : f.area,
        })),
        segments: t.segments.map((s) => {
          const text = tx(s.text);
          return { ...s, id: undefined, text, folded: lib.fold(text) };
        }),
        title: tx(t.doc.title),
        issuer: tx(t.doc.issuer),
        period: shiftYears(t.doc.period, shift),
        plan_period: t.doc.plan_period === null ? null : shiftYears(t.doc.plan_period, shift),
      };
      variants.set(key, v);
    }
    return v;
  };

  return (i) => {
    const ti = i % tpl.list.length;
    const t = tpl.list[ti];
    const rnd = prng(i + 1);
    // Pairs of documents: 100 + d facts and 100 - d, so the total is exact.
    const d = Math.floor(prng(0x5eed + (i >> 1))() * (SYNTHETIC.spread + 1));
    const want = SYNTHETIC.factsPerDocument + (i % 2 ? -d : d);
    const shift = SYNTHETIC.shifts[Math.floor(rnd() * SYNTHETIC.shifts.length)];
    const sib = siblings[ti];
    const area =
      sib.length && rnd() >= SYNTHETIC.ownArea ? sib[Math.floor(rnd() * sib.length)].name : t.doc.area;
    const v = variant(ti, shift, area);

    const size = Math.min(want, v.facts.length);
    const k = Math.floor(rnd() * (v.facts.length - size + 1));
    const facts = v.facts.slice(k, k + size);
    let lo = facts.length ? facts[0].line : 1;
    let hi = facts.length ? facts[facts.length - 1].line : v.lines.length;
    const segments = v.segments.filter((s) => s.line <= hi && s.line_end >= lo);
    for (const s of segments) {
      lo = Math.min(lo, s.line);
      hi = Math.max(hi, s.line_end);
    }
    const id = i + 1;
    const date = shiftDate(t.doc.date, shift, rnd);
    const code = areaCode(tpl.areas, area);
    const name = `${t.doc.name.replace(/\.[^.]+$/, "").slice(0, 8)}_${code}_${(date ?? v.period).replace("/", "-")}_${String(id).padStart(5, "0")}.txt`;
    return {
      doc: {
        id,
        name,
        format: t.doc.format,
        title: v.title,
        type: t.doc.type,
        issuer: v.issuer,
        area,
        period: v.period,
        plan_period: v.plan_period,
        date,
        order_date: date ?? lib.periodEnd(v.period),
        draft: t.doc.draft,
        lines: hi - lo + 1,
        content_hash: createHash("sha256").update(name).digest("hex"),
        raw_text: v.lines.slice(lo - 1, hi).join("\n"),
        ingested_at: new Date(Date.UTC(2025, 0, 1) + id * 60_000).toISOString(),
      },
      facts: facts.map((f) => ({ ...f, document_id: id, line: f.line - lo + 1 })),
      segments: segments.map((s) => ({
        ...s,
        document_id: id,
        line: s.line - lo + 1,
        line_end: s.line_end - lo + 1,
      })),
    };
  };
}

function siblingsOf(areas, name) {
  const unit = areas.find((a) => a.name === name);
  if (!unit?.parent) return [];
  const levels = DISTRICT_LEVELS.includes(unit.level)
    ? DISTRICT_LEVELS
    : COMMUNE_LEVELS.includes(unit.level)
      ? COMMUNE_LEVELS
      : [unit.level];
  return areas.filter((a) => a.parent === unit.parent && a.name !== name && levels.includes(a.level));
}

function areaCode(areas, name) {
  return areas.find((a) => a.name === name)?.code ?? "area";
}

/** Years 2000–2049 written as such (not inside 14.955,28), moved by `shift`. */
function shiftYears(s, shift) {
  if (!shift || !s) return s;
  return s.replace(/(?<![\d.,])(20[0-4]\d)(?![\d]|[.,]\d)/g, (y) => String(Number(y) + shift));
}

/** The text of a copy: years moved, the report's own unit renamed (not "huyện Điện Biên Đông"). */
function textChanger(from, to, shift) {
  const re =
    from && to !== from
      ? new RegExp(`${from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?! ?\\p{Lu})(?!\\p{Ll})`, "gu")
      : null;
  return (s) => {
    const moved = shiftYears(s, shift);
    return re ? moved.replace(re, to) : moved;
  };
}

/** The document's date moved by `shift` years, in its own precision, and a little apart from the others. */
function shiftDate(date, shift, rnd) {
  if (!date) return null;
  const pad = (n) => String(n).padStart(2, "0");
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m) {
    const t = new Date(
      Date.UTC(Number(m[1]) + shift, Number(m[2]) - 1, Number(m[3]) + Math.floor(rnd() * 61) - 30),
    );
    return t.toISOString().slice(0, 10);
  }
  m = /^(\d{4})-(\d{2})$/.exec(date);
  if (m) {
    const month = Math.min(12, Math.max(1, Number(m[2]) + Math.floor(rnd() * 3) - 1));
    return `${Number(m[1]) + shift}-${pad(month)}`;
  }
  return shiftYears(date, shift);
}

/** Batches of generated documents, BATCH_DOCS at a time. */
function* batches(generate) {
  for (let i = 0; i < SYNTHETIC.documents; i += BATCH_DOCS) {
    const out = [];
    for (let j = i; j < Math.min(i + BATCH_DOCS, SYNTHETIC.documents); j++) out.push(generate(j));
    yield out;
  }
}

/** The SQLite synthetic store: built once, kept in the temp directory under its key. */
async function sqliteStore(lib, tpl) {
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
    const insert = (table, cols) =>
      db.prepare(
        `insert into ${table} (${cols.map(([c]) => `"${c}"`).join(", ")}) values (${cols.map(([c]) => `@${c}`).join(", ")})`,
      );
    const ins = {
      doc: insert("documents", DOC_COLS),
      fact: insert("facts", FACT_COLS),
      seg: insert("segments", SEGMENT_COLS),
    };
    const pick = (row, cols) => Object.fromEntries(cols.map(([c]) => [c, row[c] ?? null]));
    db.transaction(() => {
      db.exec("delete from areas");
      const a = insert("areas", AREA_COLS);
      for (const r of tpl.areas) a.run(pick(r, AREA_COLS));
    })();
    const load = db.transaction((docs) => {
      for (const g of docs) {
        ins.doc.run(pick(g.doc, DOC_COLS));
        for (const f of g.facts) ins.fact.run(pick(f, FACT_COLS));
        for (const s of g.segments) ins.seg.run(pick(s, SEGMENT_COLS));
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
function storeStats(all) {
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

/** The PostgreSQL synthetic store, in a fresh schema: built every run, dropped at the end. */
async function postgresStore(lib, tpl, backend) {
  const target = await backend.newTarget("solieu_bench_store");
  if (keep) {
    for (const s of schemas) if (target.includes(s.schema)) schemas.delete(s);
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
    /** `insert … select from unnest($k::type[], …)`: a whole batch of rows in one statement, parameters from `first`. */
    const unnest = (table, cols, first = 1) =>
      `insert into ${table} (${cols.map(([col]) => `"${col}"`).join(", ")}) select * from unnest(${cols
        .map(([, type], i) => `$${first + i}::${type}[]`)
        .join(", ")})`;
    const columns = (rows, cols) => cols.map(([col]) => rows.map((r) => r[col] ?? null));
    // A batch's documents, facts and segments in one statement, hence one transaction (the
    // foreign keys are checked at its end); one statement in flight at a time.
    const batchSql = `with d as (${unnest("documents", DOC_COLS)}),
      f as (${unnest("facts", FACT_COLS, DOC_COLS.length + 1)})
      ${unnest("segments", SEGMENT_COLS, DOC_COLS.length + FACT_COLS.length + 1)}`;
    await c.query("begin");
    await c.query("delete from areas");
    await c.query(unnest("areas", AREA_COLS), columns(tpl.areas, AREA_COLS));
    await c.query("commit");
    // While the server stores one batch, the next is generated.
    let pending = Promise.resolve();
    for (const docs of batches(generator(lib, tpl))) {
      const facts = docs.flatMap((g) => g.facts);
      const segments = docs.flatMap((g) => g.segments);
      const params = [
        ...columns(
          docs.map((g) => g.doc),
          DOC_COLS,
        ),
        ...columns(facts, FACT_COLS),
        ...columns(segments, SEGMENT_COLS),
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

// ---------------------------------------------------------------------------------------------
// 3. Latency.

/** Real series keys: the gold's, else the most common coded ones of the corpus. */
function seriesKeys(tpl) {
  const file = join(shared, "gold", "series.jsonl");
  if (existsSync(file)) {
    const seen = new Set();
    const list = [];
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const g = JSON.parse(line);
      const k = { indicator: g.indicator, area: g.area, period: g.period, kind: g.kind };
      const id = JSON.stringify(k);
      if (k.indicator && !seen.has(id)) {
        seen.add(id);
        list.push(k);
      }
    }
    if (list.length) return { source: "gold/series.jsonl", list };
  }
  const counts = new Map();
  for (const f of tpl.facts) {
    if (!f.indicator_code) continue;
    const id = JSON.stringify({ indicator: f.indicator_code, area: f.area, period: f.period, kind: f.kind });
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const list = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 50)
    .map(([id]) => JSON.parse(id));
  return { source: "the corpus's coded facts", list };
}

/** Real questions: the gold's, else the corpus's indicator names. */
function searchQuestions(tpl) {
  const dir = join(shared, "gold", "qa");
  const list = [];
  if (existsSync(dir)) {
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith(".qa.jsonl"))
      .sort())
      for (const line of readFileSync(join(dir, f), "utf8").split("\n"))
        if (line.trim()) {
          const q = JSON.parse(line).question;
          if (q) list.push(q);
        }
    if (list.length) return { source: "gold/qa/*.qa.jsonl", list };
  }
  const names = [...new Set(tpl.facts.map((f) => f.indicator_text))].sort().slice(0, 50);
  return { source: "the corpus's indicator names", list: names };
}

/**
 * The full-text search, through one adapter: its module is new and its API may still move.
 * Returns (store, text) → number of hits, or a reason it cannot be called.
 */
async function loadSearch() {
  let m;
  try {
    m = await import("../dist/store/search.js");
  } catch (e) {
    return { error: `dist/store/search.js does not load (${oneLine(e)})` };
  }
  const fn = [m.search, m.searchStore, m.searchSegments].find((f) => typeof f === "function");
  if (!fn) return { error: `dist/store/search.js exports no search function (${Object.keys(m).join(", ")})` };
  return {
    run: async (store, text) => {
      const r = await fn(store, text, { limit: 10 });
      return (Array.isArray(r) ? r : (r?.hits ?? [])).length;
    },
  };
}

async function measureBackend(lib, backend, tpl, keys, questions) {
  let built;
  if (backend.name === "sqlite") built = await sqliteStore(lib, tpl);
  else built = await postgresStore(lib, tpl, backend);
  const what = backend.name === "sqlite" ? built.file : backend.where;
  console.log(
    `${backend.name} store: ${fmtInt(built.documents)} documents, ${fmtInt(built.facts)} facts, ${fmtInt(built.segments)} segments, ` +
      `${fmtMB(built.bytes)} MB — ${
        built.built === false
          ? `cached (built earlier in ${built.buildSeconds.toFixed(1)} s; --rebuild to build again)`
          : `built in ${built.buildSeconds.toFixed(1)} s (load ${built.loadSeconds.toFixed(1)} s, indexes and ANALYZE ${built.indexSeconds.toFixed(1)} s)`
      }; ${what}`,
  );
  console.log(`${backend.name} store: indexes made again after loading: ${built.indexes.join(", ")}`);
  if (built.versions)
    console.log(
      `synthetic store: each document a run of ${SYNTHETIC.factsPerDocument - SYNTHETIC.spread}–${SYNTHETIC.factsPerDocument + SYNTHETIC.spread} ` +
        `consecutive facts of one corpus report with their segments, moved ${-SYNTHETIC.shifts[0]} years back to ` +
        `${SYNTHETIC.shifts[SYNTHETIC.shifts.length - 1]} ahead; district reports spread over their province's district-level units, ` +
        `provincial ones kept provincial; ${fmtInt(built.series)} coded series, versions per series p50 ${built.versions.p50}, ` +
        `p90 ${built.versions.p90}, max ${built.versions.max}`,
    );

  const store = await lib.openStore(backend.name === "sqlite" ? built.file : built.target, {
    mustExist: true,
  });
  try {
    const series = (k) => lib.queryFacts(store, k).then((rows) => rows.length);
    const out = {};
    out.series = await timed(`series ${backend.name}`, keys.list, series, "rows");
    if (lib.search.run)
      out.search = await timed(
        `search ${backend.name}`,
        questions.list,
        (q) => lib.search.run(store, q),
        "hits",
      );
    else console.log(`search ${backend.name}: not measured — ${lib.search.error}`);
    if (out.series && (explain || out.series.p95 >= BAR.seriesP95Ms))
      await explainSeries(store, out.series.slowest);
    if (out.search && (explain || out.search.p95 >= BAR.searchP95Ms))
      for (const [q, t] of out.search.top)
        console.log(`search ${backend.name}: slow: ${fmtMs(t)} ms for ${JSON.stringify(q)}`);
    return out;
  } finally {
    await store.close();
  }
}

/** One warm-up pass over the inputs, then N calls in rotation; p50/p95/max in ms. */
async function timed(label, inputs, call, unit) {
  for (const x of inputs) await call(x);
  const ms = [];
  const counts = [];
  let slowest;
  const times = new Map();
  for (let i = 0; i < N; i++) {
    const x = inputs[i % inputs.length];
    const t0 = performance.now();
    counts.push(await call(x));
    const t = performance.now() - t0;
    if (!ms.length || t > Math.max(...ms)) slowest = x;
    times.set(x, Math.max(times.get(x) ?? 0, t));
    ms.push(t);
  }
  const s = [...ms].sort((a, b) => a - b);
  const top = [...times].sort((a, b) => b[1] - a[1]).slice(0, 3);
  const r = { p50: quantile(s, 0.5), p95: quantile(s, 0.95), max: s[s.length - 1], slowest, top };
  const c = [...counts].sort((a, b) => a - b);
  console.log(
    `${label}: p50 ${fmtMs(r.p50)} ms, p95 ${fmtMs(r.p95)} ms, max ${fmtMs(r.max)} ms over ${N} calls, ` +
      `${inputs.length} distinct, warm; ${unit} per call median ${quantile(c, 0.5)}, max ${c[c.length - 1]}, ` +
      `none for ${counts.filter((n) => n === 0).length}`,
  );
  return r;
}

/** Why a series query is slow: the plan of the query queryFacts runs for the slowest key. */
async function explainSeries(store, key) {
  const { sql } = await import("kysely");
  const q = sql`select f.id from facts f join documents d on d.id = f.document_id
    where f.indicator_code = ${key.indicator} and f.area = ${key.area} and f.period = ${key.period} and f.kind = ${key.kind}
    order by d.order_date, d.id, f.line, f."column", f.id`;
  const plan =
    store.dialect.name === "sqlite"
      ? (await sql`explain query plan ${q}`.execute(store.db)).rows.map((r) => r.detail)
      : (await sql`explain analyze ${q}`.execute(store.db)).rows.map((r) => r["QUERY PLAN"]);
  console.log(`series ${store.dialect.name}: plan for ${JSON.stringify(key)}:`);
  for (const line of plan) console.log(`  ${line}`);
}

// ---------------------------------------------------------------------------------------------

/** Nearest-rank quantile of sorted numbers. */
function quantile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function fmtMs(ms) {
  return ms.toFixed(2);
}

function fmtMB(bytes) {
  return (bytes / MB).toFixed(2);
}

function fmtInt(n) {
  return Math.round(n).toLocaleString("en-US");
}

function oneLine(e) {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split("\n")[0].slice(0, 200);
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
