// Stage 3 of the store bench: p50/p95/max latency of a filtered series query (queryFacts) and of
// a full-text search on the synthetic store, warm.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fmtMs, oneLine, quantile } from "./format.mjs";
import { BAR, N } from "./settings.mjs";

/** Real series keys: the gold's, else the most common coded ones of the corpus. */
export function seriesKeys(shared, tpl) {
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
export function searchQuestions(shared, tpl) {
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
export async function loadSearch() {
  let m;
  try {
    m = await import("../../dist/store/search.js");
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

/** The series and search latencies on a built synthetic store (synthetic.mjs), with their slowest. */
export async function measureLatency(lib, backend, built, keys, questions, explain) {
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
