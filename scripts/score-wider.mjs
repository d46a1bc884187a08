#!/usr/bin/env node
// Runs the extractor over ../shared/wider (other provinces, districts, communes and genres) and
// prints the scorer's figures (npm run score:wider). Pages that state no date or place get them
// as a user would give them (scripts/wider-hints.json → --date, --area); SOLIEU_NO_HINTS=1 runs
// without. Extra arguments go to the scorer (e.g. --misses 20). With --own (npm run score:own) it
// scores the twelve reports written for this project in scripts/own-reports instead.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.SOLIEU_SHARED ?? join(root, "..", "shared");
// --own: the first set written for this project; --own2 to --own23: the second to twenty-third,
// written by other hands (that never saw the extractor) after the ones before had been used to
// tune rules.
const ownSets = {
  "--own": "own-reports",
  "--own2": "own-reports-2",
  "--own3": "own-reports-3",
  "--own4": "own-reports-4",
  "--own5": "own-reports-5",
  "--own6": "own-reports-6",
  "--own7": "own-reports-7",
  "--own8": "own-reports-8",
  "--own9": "own-reports-9",
  "--own10": "own-reports-10",
  "--own11": "own-reports-11",
  "--own12": "own-reports-12",
  "--own13": "own-reports-13",
  "--own14": "own-reports-14",
  "--own15": "own-reports-15",
  "--own16": "own-reports-16",
  "--own17": "own-reports-17",
  "--own18": "own-reports-18",
  "--own19": "own-reports-19",
  "--own20": "own-reports-20",
  "--own21": "own-reports-21",
  "--own22": "own-reports-22",
  "--own23": "own-reports-23",
};
const ownFlag = Object.keys(ownSets).find((k) => process.argv.includes(k));
const own = !!ownFlag;
const wider = own ? join(root, "scripts", ownSets[ownFlag]) : join(shared, "wider");
if (!existsSync(join(wider, "gold")) || !existsSync(join(shared, "tools", "score-facts.mjs"))) {
  console.log(`${wider} or the scorer in ${shared}/tools is absent: nothing to score.`);
  process.exit(0);
}
const hintsFile = own ? join(wider, "hints.json") : join(root, "scripts", "wider-hints.json");
const hints = JSON.parse(readFileSync(hintsFile, "utf8")).files;
const files = readdirSync(wider).filter((f) => f.endsWith(".txt"));
let jsonl = "";
for (const f of files) {
  const given = process.env.SOLIEU_NO_HINTS ? {} : (hints[f] ?? {});
  const options = Object.entries(given).flatMap(([k, v]) => [`--${k}`, v]);
  jsonl += execFileSync(
    process.execPath,
    [join(root, "bin", "solieu.js"), "extract", join(wider, f), ...options, "--format", "jsonl"],
    { maxBuffer: 1 << 28 },
  );
}
const out = join(mkdtempSync(join(tmpdir(), "solieu-wider-")), "facts.jsonl");
writeFileSync(out, jsonl);
const gold = readdirSync(join(wider, "gold"))
  .filter((f) => f.endsWith(".facts.jsonl"))
  .flatMap((f) => ["--gold", join(wider, "gold", f)]);
execFileSync(
  process.execPath,
  [
    join(shared, "tools", "score-facts.mjs"),
    ...gold,
    "--system",
    out,
    ...(own ? [] : ["--series", join(wider, "gold", "series.jsonl")]),
    ...process.argv.slice(2).filter((a) => !(a in ownSets)),
  ],
  { stdio: "inherit", env: { ...process.env, SOLIEU_CORPUS: wider } },
);
