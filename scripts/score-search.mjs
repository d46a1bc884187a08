#!/usr/bin/env node
// Stores ../shared/corpus in a fresh SQLite store and prints how often searching a gold question
// (../shared/gold/qa/*.qa.jsonl) puts a hit on one of its answer lines among the top 10, for the
// questions with diacritics and for the same questions typed without (npm run score:search).
// --misses also lists the questions that missed.
import { search } from "../dist/store/search.js";
import { goldQuestions, requireShared, scoreSets, withCorpusStore } from "./gold-qa.mjs";

requireShared();
const TOP = 10;
const questions = goldQuestions();
await withCorpusStore("solieu-score-search-", async (store) => {
  const sets = await scoreSets(questions, async (q, text) => {
    const { hits } = await search(store, text, { limit: TOP });
    // A hit covers an answer when it is in the answer's document and spans its line (±1).
    return hits.some(
      (h) => h.doc === q.doc && q.answers.some((a) => a.line >= h.line - 1 && a.line <= h.line_end + 1),
    );
  });
  for (const s of sets) {
    console.log(
      `search ${s.label}: an answer line in the top ${TOP} for ${s.rate.toFixed(1)}% of ${questions.length} questions (${s.timing})`,
    );
    if (process.argv.includes("--misses")) console.log(`  missed: ${s.missed.join(" ")}`);
  }
});
