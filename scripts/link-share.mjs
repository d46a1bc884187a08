#!/usr/bin/env node
// The share of extracted facts that link to a catalogue code, in ../shared/corpus and in
// ../shared/wider (each wider page given the date and area a user would give it,
// scripts/wider-hints.json) — npm run link-share. --unlinked N lists the N commonest
// indicator texts left without a code.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractFile } from "../dist/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.SOLIEU_SHARED ?? join(root, "..", "shared");
if (!existsSync(join(shared, "corpus"))) {
  console.log(`../shared is absent (looked in ${shared}): nothing to measure.`);
  process.exit(0);
}
const hints = JSON.parse(readFileSync(join(root, "scripts", "wider-hints.json"), "utf8")).files;
const at = process.argv.indexOf("--unlinked");
const listN = at > 0 ? Number(process.argv[at + 1] ?? 20) : 0;

for (const set of ["corpus", "wider"]) {
  const dir = join(shared, set);
  if (!existsSync(dir)) continue;
  let all = 0;
  let linked = 0;
  const unlinked = new Map();
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith(".txt"))
    .sort()) {
    const { facts } = await extractFile(join(dir, f), { hints: set === "wider" ? (hints[f] ?? {}) : {} });
    all += facts.length;
    for (const x of facts) {
      if (x.indicator.code) linked++;
      else {
        const t = x.indicator.text.toLowerCase().trim();
        unlinked.set(t, (unlinked.get(t) ?? 0) + 1);
      }
    }
  }
  console.log(
    `${set}: ${linked} of ${all} facts link to a catalogue code (${((100 * linked) / all).toFixed(1)}%)`,
  );
  if (listN)
    for (const [t, n] of [...unlinked].sort((a, b) => b[1] - a[1]).slice(0, listN))
      console.log(`  ${n}\t${t}`);
}
