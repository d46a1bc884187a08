// What score-search.mjs and score-qa.mjs share: the corpus in a fresh SQLite store, the gold
// questions, and a run over them with and without diacritics that times each call.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "../dist/store/connect.js";
import { ingestFile } from "../dist/store/ingest.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const shared = process.env.SOLIEU_SHARED ?? join(root, "..", "shared");
const corpus = join(shared, "corpus");
const qaDir = join(shared, "gold", "qa");

/** Exits saying so when ../shared is absent: nothing to score then. */
export function requireShared() {
  if (existsSync(corpus) && existsSync(qaDir)) return;
  console.log(`../shared is absent (looked in ${shared}): nothing to score.`);
  process.exit(0);
}

/** The questions of ../shared/wider/qa (reports of other genres and places), if there. */
export function widerQuestions() {
  const dir = join(shared, "wider", "qa");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".qa.jsonl"))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
    );
}

/**
 * Our own questions on the reports of ../shared/wider (scripts/qa-other-places.jsonl): one or two
 * per report, each naming its place; empty when ../shared/wider is absent.
 */
export function otherPlacesQuestions() {
  if (!existsSync(join(shared, "wider"))) return [];
  return readFileSync(join(root, "scripts", "qa-other-places.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

/** Every report of ../shared/wider, as `{ doc }` for widerFiles. */
export function widerReports() {
  const dir = join(shared, "wider");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((doc) => ({ doc }));
}

/** The wider reports those questions are about, with the date and area a user would give. */
export function widerFiles(questions) {
  const hints = JSON.parse(readFileSync(join(root, "scripts", "wider-hints.json"), "utf8")).files;
  return [...new Set(questions.map((q) => q.doc))].map((doc) => ({
    path: join(shared, "wider", doc),
    hints: hints[doc] ?? {},
  }));
}

export function goldQuestions() {
  return readdirSync(qaDir)
    .filter((f) => f.endsWith(".qa.jsonl"))
    .sort()
    .flatMap((f) =>
      readFileSync(join(qaDir, f), "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
    );
}

/**
 * Runs `fn(store)` on a temporary SQLite store holding the corpus (unless `withCorpus` is
 * false), removed afterwards; `extra` are more files to store, each `{ path, hints }` (the date
 * and area a user would give).
 */
export async function withCorpusStore(prefix, fn, extra = [], { withCorpus = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const store = await openStore(join(dir, "store.db"));
  try {
    for (const f of withCorpus ? readdirSync(corpus).sort() : []) {
      const r = await ingestFile(store, join(corpus, f));
      if (r.status === "failed") throw new Error(r.error);
    }
    for (const { path, hints } of extra) {
      const r = await ingestFile(store, path, { hints });
      if (r.status === "failed") throw new Error(r.error);
    }
    return await fn(store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Each question set (with diacritics, typed without): `hit(q, text)` says whether the answer
 * to question q is found; returns the rate, the ids missed and the p50/p95 time of a call.
 */
export async function scoreSets(questions, hit) {
  const out = [];
  for (const [field, label] of [
    ["question", "with diacritics"],
    ["question_ascii", "without diacritics"],
  ]) {
    const missed = [];
    const ms = [];
    for (const q of questions) {
      const t = performance.now();
      const found = await hit(q, q[field]);
      ms.push(performance.now() - t);
      if (!found) missed.push(q.id);
    }
    ms.sort((a, b) => a - b);
    out.push({
      field,
      label,
      rate: (100 * (questions.length - missed.length)) / questions.length,
      missed,
      timing: `p50 ${ms[Math.floor(ms.length / 2)].toFixed(1)} ms, p95 ${ms[Math.floor(ms.length * 0.95)].toFixed(1)} ms`,
    });
  }
  return out;
}
