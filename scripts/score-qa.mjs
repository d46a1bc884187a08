#!/usr/bin/env node
// Stores ../shared/corpus in a fresh SQLite store, asks every gold question of
// ../shared/gold/qa/*.qa.jsonl (with diacritics and typed without) and prints how often the
// answer's facts include an expected answer: a fact in the question's document, on an expected
// line, with the expected value (npm run score:qa). --misses also lists the questions missed.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ask } from "../dist/ask/answer.js";
import { openStore } from "../dist/store/connect.js";
import { ingestFile } from "../dist/store/ingest.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.SOLIEU_SHARED ?? join(root, "..", "shared");
const qaDir = join(shared, "gold", "qa");
if (!existsSync(join(shared, "corpus")) || !existsSync(qaDir)) {
  console.log(`../shared is absent (looked in ${shared}): nothing to score.`);
  process.exit(0);
}
/** Facts an answer gives (the default of solieu ask). */
const FACTS = 10;
const BARS = { question: 80, question_ascii: 75 };

/** The answer's facts hold an expected one: same document, an expected line, its value. */
export function answered(q, facts) {
  return facts.some(
    (f) =>
      f.doc === q.doc &&
      q.answers.some((a) => a.line === f.line && (a.value_text === f.value_text || a.value === f.value)),
  );
}

const dir = mkdtempSync(join(tmpdir(), "solieu-score-qa-"));
const store = await openStore(join(dir, "store.db"));
let failed = false;
try {
  for (const f of readdirSync(join(shared, "corpus")).sort()) {
    const r = await ingestFile(store, join(shared, "corpus", f));
    if (r.status === "failed") throw new Error(r.error);
  }
  const questions = readdirSync(qaDir)
    .filter((f) => f.endsWith(".qa.jsonl"))
    .sort()
    .flatMap((f) =>
      readFileSync(join(qaDir, f), "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
    );
  for (const [field, label] of [
    ["question", "with diacritics"],
    ["question_ascii", "without diacritics"],
  ]) {
    const missed = [];
    const ms = [];
    for (const q of questions) {
      const t = performance.now();
      const { facts } = await ask(store, q[field], { limit: FACTS });
      ms.push(performance.now() - t);
      if (!answered(q, facts)) missed.push(q.id);
    }
    ms.sort((a, b) => a - b);
    const rate = (100 * (questions.length - missed.length)) / questions.length;
    const ok = rate >= BARS[field];
    if (!ok) failed = true;
    console.log(
      `ask ${label}: an expected fact among the answer's ${FACTS} for ${rate.toFixed(1)}% of ${questions.length} questions ` +
        `(bar ${BARS[field]}%: ${ok ? "passed" : "FAILED"}; p50 ${ms[Math.floor(ms.length / 2)].toFixed(1)} ms, ` +
        `p95 ${ms[Math.floor(ms.length * 0.95)].toFixed(1)} ms)`,
    );
    if (process.argv.includes("--misses")) console.log(`  missed: ${missed.join(" ")}`);
  }
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
