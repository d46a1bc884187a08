/**
 * The headline series bar: after storing the corpus, each figure of ../shared/gold/series.jsonl
 * is found by a series query (catalogue code, area, period, kind) with its value, from its
 * document and line. At least 90% of them, on every backend.
 */

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { Kind } from "../dist/facts/types.js";
import { ingestFiles } from "../dist/store/ingest.js";
import { queryFacts } from "../dist/store/query.js";
import { type Backend, backends } from "./helpers/backends.js";

const shared = fileURLToPath(new URL("../../shared", import.meta.url));
const HAVE_SHARED = existsSync(join(shared, "gold", "series.jsonl"));
if (!HAVE_SHARED)
  console.warn(`series tests SKIPPED: ${shared} is absent (the corpus and gold sets live there)`);

interface SeriesRow {
  indicator: string;
  area: string;
  period: string;
  kind: Kind;
  value: number;
  doc: string;
  line: number;
}

const BACKENDS = HAVE_SHARED ? backends("series tests") : [];
afterAll(async () => {
  for (const b of BACKENDS) await b.cleanup();
});

// Without ../shared there is no series to look for: one visible skipped test says so.
describe.skipIf(HAVE_SHARED)("headline series", () => {
  it.skip("need ../shared/corpus and ../shared/gold", () => {});
});

describe.skipIf(!HAVE_SHARED).each(BACKENDS)("headline series on $name", (backend: Backend) => {
  it("finds at least 90% of the gold figures by a series query", async () => {
    const corpus = join(shared, "corpus");
    const files = readdirSync(corpus)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => join(corpus, f));
    const rows: SeriesRow[] = readFileSync(join(shared, "gold", "series.jsonl"), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l));
    const store = await backend.open();
    try {
      const results = await ingestFiles(store, files);
      expect(results.every((r) => r.status === "added")).toBe(true);
      const missed: string[] = [];
      let found = 0;
      for (const row of rows) {
        const facts = await queryFacts(store, {
          indicator: row.indicator,
          area: row.area,
          period: row.period,
          kind: row.kind,
        });
        const hit = facts.some(
          (f) =>
            f.doc === row.doc &&
            f.line === row.line &&
            Math.abs(Math.abs(f.value) - Math.abs(row.value)) < 1e-9,
        );
        if (hit) found++;
        else
          missed.push(
            `${row.indicator} ${row.area} ${row.period} ${row.kind} = ${row.value} (${row.doc}:${row.line})`,
          );
      }
      const share = found / rows.length;
      console.log(
        `series on ${backend.name}: ${found}/${rows.length} = ${(100 * share).toFixed(2)}% of the gold figures found` +
          (missed.length ? `; missed:\n  ${missed.join("\n  ")}` : ""),
      );
      expect(share).toBeGreaterThanOrEqual(0.9);
    } finally {
      await store.close();
    }
  });
});
