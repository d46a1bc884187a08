/**
 * Every fact extracted from the shared corpus must point at its number: the raw file's line
 * `fact.line` (1-based, split on "\n", any "\r" kept) holds `fact.value_text` starting at UTF-16
 * column `fact.column`. Every fact must also carry the fields of FACTS.md with valid values.
 *
 * Runs on the built library (`npm run build` first; `npm test` does it).
 */

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractFile, type Fact } from "../dist/index.js";
import { readSources } from "../dist/text/read.js";
import { lineCount, lineText } from "../dist/text/source.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const corpus = join(root, "..", "shared", "corpus");
const present = existsSync(corpus);
const files = present
  ? readdirSync(corpus)
      .filter((f) => /\.(?:txt|md|docx|pdf)$/i.test(f))
      .sort()
  : [];

if (!present) {
  console.warn(`SKIPPED: provenance tests need the shared corpus at ${corpus}`);
}

const MEASURES = [
  "level",
  "growth",
  "change",
  "share",
  "pct_of_target",
  "count_of_total",
  "rank",
  "rate",
  "multiple",
  "score",
];
const KINDS = ["actual", "estimate", "target", "forecast"];
/** 2023, 2023-S1, 2023-Q3, 2023-06, 2023-06-19, 2023-01/2023-10, 2021/2025. */
const PERIOD_CODE =
  /^\d{4}(?:-(?:S[12]|Q[1-4]|(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?))?(?:\/\d{4}(?:-(?:0[1-9]|1[0-2]))?)?$/;
const BASE_WORDS = ["plan", "resolution", "budget_estimate", "same_period_last_year"];

/** The lines a fact's `line` counts: the raw file for text, the reader's lines for .docx/.pdf. */
async function rawLines(path: string): Promise<string[]> {
  const ext = extname(path).toLowerCase();
  if (ext === ".txt" || ext === ".md") return readFileSync(path, "utf8").split("\n");
  const lines: string[] = [];
  for await (const src of readSources(path)) {
    for (let i = 0; i < lineCount(src); i++) lines.push(lineText(src, i));
  }
  return lines;
}

/** What is wrong with a fact's fields, or an empty list. */
function fieldProblems(f: Fact, doc: string): string[] {
  const p: string[] = [];
  const num = (v: unknown) => typeof v === "number" && Number.isFinite(v);
  if (f.doc !== doc) p.push(`doc ${JSON.stringify(f.doc)} is not ${JSON.stringify(doc)}`);
  if (!Number.isInteger(f.line) || f.line < 1) p.push(`line ${f.line}`);
  if (!Number.isInteger(f.column) || f.column < 0) p.push(`column ${f.column}`);
  if (typeof f.value_text !== "string" || !/\d/.test(f.value_text)) p.push(`value_text ${f.value_text}`);
  if (!num(f.value)) p.push(`value ${f.value}`);
  if (f.value_max !== undefined && !num(f.value_max)) p.push(`value_max ${f.value_max}`);
  if (f.total !== undefined && !num(f.total)) p.push(`total ${f.total}`);
  if (typeof f.unit !== "string") p.push(`unit ${f.unit}`);
  if (!MEASURES.includes(f.measure)) p.push(`measure ${f.measure}`);
  if (!KINDS.includes(f.kind)) p.push(`kind ${f.kind}`);
  if (typeof f.period !== "string" || !PERIOD_CODE.test(f.period))
    p.push(`period ${JSON.stringify(f.period)}`);
  if (
    !f.indicator ||
    typeof f.indicator.text !== "string" ||
    !(f.indicator.code === null || typeof f.indicator.code === "string")
  ) {
    p.push(`indicator ${JSON.stringify(f.indicator)}`);
  }
  if (typeof f.area !== "string") p.push(`area ${f.area}`);
  if (f.base !== undefined && !(PERIOD_CODE.test(f.base) || BASE_WORDS.includes(f.base)))
    p.push(`base ${f.base}`);
  if (f.qualifier !== undefined && !["", ">", "<", "~"].includes(f.qualifier))
    p.push(`qualifier ${f.qualifier}`);
  if (typeof f.sentence !== "string" || !f.sentence.trim()) p.push("sentence empty");
  return p;
}

describe.skipIf(!present)("provenance over ../shared/corpus", () => {
  it("holds at least one report", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)("%s: every fact points at its number and has valid fields", async (name) => {
    const path = join(corpus, name);
    const result = await extractFile(path);
    expect(result.error).toBeUndefined();
    expect(result.facts.length).toBeGreaterThan(0);

    const lines = await rawLines(path);
    const misplaced: string[] = [];
    const invalid: string[] = [];
    for (const f of result.facts) {
      const raw = lines[f.line - 1];
      if (raw === undefined || !raw.startsWith(f.value_text, f.column)) {
        const seen =
          raw === undefined ? "(no such line)" : JSON.stringify(raw.slice(f.column, f.column + 20));
        misplaced.push(
          `${f.line}:${f.column} ${JSON.stringify(f.value_text)} but the line has ${seen} there`,
        );
      }
      const problems = fieldProblems(f, basename(path));
      if (problems.length) invalid.push(`${f.line}:${f.column} ${f.value_text}: ${problems.join(", ")}`);
    }
    expect(misplaced).toEqual([]);
    expect(invalid).toEqual([]);
  });
});
