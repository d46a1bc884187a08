#!/usr/bin/env node
// Stores ../shared/corpus in a fresh SQLite store and prints how often searching a gold question
// (../shared/gold/qa/*.qa.jsonl) puts a hit on one of its answer lines among the top 10, for the
// questions with diacritics and for the same questions typed without (npm run score:search).
// --misses also lists the questions that missed.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "../dist/store/connect.js";
import { ingestFile } from "../dist/store/ingest.js";
import { search } from "../dist/store/search.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.SOLIEU_SHARED ?? join(root, "..", "shared");
const qaDir = join(shared, "gold", "qa");
if (!existsSync(join(shared, "corpus")) || !existsSync(qaDir)) {
  console.log(`../shared is absent (looked in ${shared}): nothing to score.`);
  process.exit(0);
}
const TOP = 10;

const dir = mkdtempSync(join(tmpdir(), "solieu-score-search-"));
const store = await openStore(join(dir, "store.db"));
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
      const { hits } = await search(store, q[field], { limit: TOP });
      ms.push(performance.now() - t);
      // A hit covers an answer when it is in the answer's document and spans its line (±1).
      const covered = hits.some(
        (h) => h.doc === q.doc && q.answers.some((a) => a.line >= h.line - 1 && a.line <= h.line_end + 1),
      );
      if (!covered) missed.push(q.id);
    }
    ms.sort((a, b) => a - b);
    const rate = (100 * (questions.length - missed.length)) / questions.length;
    console.log(
      `search ${label}: an answer line in the top ${TOP} for ${rate.toFixed(1)}% of ${questions.length} questions ` +
        `(p50 ${ms[Math.floor(ms.length / 2)].toFixed(1)} ms, p95 ${ms[Math.floor(ms.length * 0.95)].toFixed(1)} ms)`,
    );
    if (process.argv.includes("--misses")) console.log(`  missed: ${missed.join(" ")}`);
  }
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
