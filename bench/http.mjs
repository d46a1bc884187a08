#!/usr/bin/env node
// HTTP load benchmark (npm run bench:http, part of npm run bench; after npm run build).
//
// Ingests the corpus (../shared/corpus, else the sample reports in samples/) into a fresh SQLite
// file, starts `solieu serve` on it in a child process (the server alone on its core, as in
// use) and drives it with autocannon: 50 concurrent connections for a few seconds per endpoint,
// after a warm-up. Each request asks for gzip, as browsers do. Prints one line per endpoint —
// requests/s, latency p50/p99/max, non-2xx and errors — and a PASS/FAIL line for the bar
// (p99 < 50 ms, no errors) on /api/status and /api/facts.
// The endpoints are the bare ones and the ones the web app asks for (a period and an area, an
// indicator's series), so the figures compare run to run.
// Exit code: 1 only when the bench cannot run; a missed bar prints FAIL and keeps 0.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const shared = process.env.SOLIEU_SHARED ?? join(root, "..", "shared");
const bin = join(root, "bin", "solieu.js");
const CONNECTIONS = 50;
const SECONDS = Number(process.env.SOLIEU_BENCH_SECONDS ?? 8);
const BAR_MS = 50;

const ENDPOINTS = [
  { path: "/api/status", bar: true },
  { path: `/api/status?period=2020&area=${encodeURIComponent("tỉnh Điện Biên")}`, bar: true },
  { path: "/api/facts", bar: true },
  { path: "/api/facts?indicator=grdp_growth&limit=500", bar: true },
  { path: "/api/check", bar: false },
  { path: "/api/indicators", bar: false },
];

function reports() {
  const corpus = join(shared, "corpus");
  if (existsSync(corpus)) {
    return { from: corpus, files: readdirSync(corpus).map((f) => join(corpus, f)) };
  }
  console.log(`(${corpus} not found: the sample reports in samples/ are served instead)`);
  const samples = join(root, "samples");
  return { from: samples, files: readdirSync(samples).map((f) => join(samples, f)) };
}

function startServer(db) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, "serve", "--db", db, "--port", "0"], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const m = /solieu: (http:\/\/\S+)/.exec(out);
      if (m) resolve({ url: m[1], stop: () => child.kill("SIGTERM") });
    });
    child.on("exit", (code) => reject(new Error(`solieu serve exited with ${code}`)));
  });
}

function load(url, duration) {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections: CONNECTIONS, duration, headers: { "accept-encoding": "gzip" } },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
}

const dir = mkdtempSync(join(tmpdir(), "solieu-bench-http-"));
const db = join(dir, "bench.db");
let server;
try {
  const { from, files } = reports();
  const ingest = spawnSync(process.execPath, [bin, "ingest", ...files, "--db", db, "--format", "json"], {
    encoding: "utf8",
  });
  if (ingest.status !== 0) throw new Error(`ingest failed: ${ingest.stderr}`);
  console.log(
    `HTTP load: ${files.length} reports from ${from}; ${CONNECTIONS} connections, ${SECONDS} s each`,
  );
  server = await startServer(db);
  let failed = 0;
  for (const { path, bar } of ENDPOINTS) {
    const url = server.url + path;
    await load(url, 1); // warm-up: the first answer of each is computed, later ones come from memory
    const r = await load(url, SECONDS);
    const errors = r.errors + r.timeouts;
    const ok = r.latency.p99 < BAR_MS && errors === 0 && r.non2xx === 0;
    if (bar && !ok) failed++;
    console.log(
      `${path.padEnd(58)} ${String(Math.round(r.requests.average)).padStart(6)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  max ${r.latency.max} ms  non-2xx ${r.non2xx}  errors ${errors}${bar ? (ok ? "  PASS" : "  FAIL") : ""}`,
    );
  }
  console.log(
    failed
      ? `FAIL: ${failed} endpoint(s) over p99 ${BAR_MS} ms or with errors`
      : `PASS: /api/status and /api/facts p99 < ${BAR_MS} ms at ${CONNECTIONS} connections, no errors`,
  );
} catch (e) {
  console.error(`bench/http: ${e instanceof Error ? e.message : e}`);
  process.exitCode = 1;
} finally {
  server?.stop();
  rmSync(dir, { recursive: true, force: true });
}
