#!/usr/bin/env node
// Stores ../shared/corpus in a fresh SQLite store, asks every gold question of
// ../shared/gold/qa/*.qa.jsonl (with diacritics and typed without) and prints how often the
// answer's facts include an expected answer: a fact in the question's document, on an expected
// line, with the expected value (npm run score:qa). --misses also lists the questions missed.
import { ask } from "../dist/ask/answer.js";
import { goldQuestions, requireShared, scoreSets, withCorpusStore } from "./gold-qa.mjs";

requireShared();
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

const questions = goldQuestions();
let failed = false;
await withCorpusStore("solieu-score-qa-", async (store) => {
  const sets = await scoreSets(questions, async (q, text) =>
    answered(q, (await ask(store, text, { limit: FACTS })).facts),
  );
  for (const s of sets) {
    const ok = s.rate >= BARS[s.field];
    if (!ok) failed = true;
    console.log(
      `ask ${s.label}: an expected fact among the answer's ${FACTS} for ${s.rate.toFixed(1)}% of ${questions.length} questions ` +
        `(bar ${BARS[s.field]}%: ${ok ? "passed" : "FAILED"}; ${s.timing})`,
    );
    if (process.argv.includes("--misses")) console.log(`  missed: ${s.missed.join(" ")}`);
  }
});
process.exitCode = failed ? 1 : 0;
