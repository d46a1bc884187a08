#!/usr/bin/env node
// Runs the extractor over ../shared/corpus and prints the scorer's figures (npm run score).
// Extra arguments go to the scorer (e.g. --misses 20).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.SOLIEU_SHARED ?? join(root, "..", "shared");
if (!existsSync(join(shared, "corpus")) || !existsSync(join(shared, "tools", "score-facts.mjs"))) {
  console.log(`../shared is absent (looked in ${shared}): nothing to score.`);
  process.exit(0);
}
const corpus = readdirSync(join(shared, "corpus"))
  .filter((f) => /\.(txt|md|docx|pdf)$/.test(f))
  .map((f) => join(shared, "corpus", f));
const out = join(mkdtempSync(join(tmpdir(), "solieu-score-")), "facts.jsonl");
const facts = execFileSync(
  process.execPath,
  [join(root, "bin", "solieu.js"), "extract", ...corpus, "--format", "jsonl"],
  {
    maxBuffer: 1 << 30,
  },
);
writeFileSync(out, facts);
const gold = readdirSync(join(shared, "gold"))
  .filter((f) => f.endsWith(".facts.jsonl"))
  .flatMap((f) => ["--gold", join(shared, "gold", f)]);
const series = existsSync(join(shared, "gold", "series.jsonl"))
  ? ["--series", join(shared, "gold", "series.jsonl")]
  : [];
execFileSync(
  process.execPath,
  [join(shared, "tools", "score-facts.mjs"), ...gold, "--system", out, ...series, ...process.argv.slice(2)],
  {
    stdio: "inherit",
  },
);
