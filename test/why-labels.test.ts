/**
 * Every rule the extractor may name as the reason for a fact's kind or period has a short label
 * in Vietnamese and in English in the web app's fact panel.
 */
import { describe, expect, it } from "vitest";
import { KIND_RULES, PERIOD_RULES } from "../dist/facts/types.js";
import { whyLabel } from "../src/web/src/i18n.js";

describe("why labels", () => {
  for (const [which, ids] of [
    ["kind", KIND_RULES],
    ["period", PERIOD_RULES],
  ] as const)
    it(`every ${which} rule is said in both languages`, () => {
      const unlabelled = ids.filter(
        (id) => whyLabel(which, id, "vi") === id || whyLabel(which, id, "en") === id,
      );
      expect(unlabelled).toEqual([]);
    });
});

describe("why ids", () => {
  it("every fact of the sample reports names rules from the lists", async () => {
    const { readdirSync } = await import("node:fs");
    const { extractFile } = await import("../dist/extract-file.js");
    const dir = new URL("../samples/", import.meta.url).pathname;
    const seen = new Set<string>();
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".md"))) {
      const r = await extractFile(dir + f);
      for (const fact of r.facts) {
        expect(KIND_RULES as readonly string[]).toContain(fact.why?.kind);
        expect(PERIOD_RULES as readonly string[]).toContain(fact.why?.period);
        seen.add(`${fact.why?.kind}|${fact.why?.period}`);
      }
    }
    expect(seen.size).toBeGreaterThan(5);
  });
});
