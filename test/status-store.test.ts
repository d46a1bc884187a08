/**
 * The bars of "plan against result" through the store, on SQLite and PostgreSQL, and through
 * the `solieu status` / `solieu check` commands: the four corpus reports ingested, then the
 * statuses of 2020 and 2024 and the reviewed findings.
 *
 * Runs on the built library (`npm run build` first; `npm test` does it).
 */

import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeFindings, storeStatus } from "../dist/analysis/load.js";
import type { Store } from "../dist/store/connect.js";
import { ingestFiles } from "../dist/store/ingest.js";
import { backends } from "./helpers/backends.js";
import { ANNEX_2020, findingKey, REVIEWED_FINDINGS, TARGETS_2024 } from "./helpers/expected.js";

const run = promisify(execFile);
const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "bin", "solieu.js");
const corpus = join(root, "..", "shared", "corpus");
const present = existsSync(corpus);
if (!present) console.warn(`SKIPPED: status through the store needs the shared corpus at ${corpus}`);
const reports = present
  ? readdirSync(corpus)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => join(corpus, f))
  : [];

describe.skipIf(present)("status and check through the store", () => {
  it.skip("need ../shared/corpus", () => {});
});

for (const backend of present ? backends("status-store") : []) {
  describe(`status and check on ${backend.name}`, () => {
    let store: Store;
    let target: string;
    beforeAll(async () => {
      target = await backend.newTarget();
      const { openStore } = await import("../dist/store/connect.js");
      store = await openStore(target);
      await ingestFiles(store, reports);
    }, 120_000);
    afterAll(async () => {
      await store?.close();
      await backend.cleanup();
    });

    it("judges 004's annex rows for 2020, the area written without diacritics", async () => {
      const rows = await storeStatus(store, { period: "2020", area: "tinh Dien Bien" });
      for (const [code, t, r, status] of ANNEX_2020) {
        const row = rows.find((x) => x.indicator.code === code && x.target && x.result);
        expect([code, row?.target?.value_text, row?.result?.value_text, row?.status]).toEqual([
          code,
          t,
          r,
          status,
        ]);
      }
    });

    it("lists 001's 2024 targets as no_result and nothing of huyện Điện Biên", async () => {
      const rows = await storeStatus(store, { period: "2024", area: "tỉnh Điện Biên" });
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((r) => r.area !== "tỉnh Điện Biên")).toEqual([]);
      for (const [code, t] of TARGETS_2024) {
        const row = rows.find((x) => x.indicator.code === code && x.target?.value_text === t);
        expect(row?.status, `${code} ${t}`).toBe("no_result");
      }
    });

    it("finds exactly the reviewed inconsistencies", async () => {
      const found = await storeFindings(store);
      expect(found.map(findingKey).sort()).toEqual([...REVIEWED_FINDINGS].sort());
      for (const f of found) for (const x of f.facts) expect(x.line).toBeGreaterThan(0);
    });

    it("answers `solieu status` and `solieu check` in CLI.md's JSON", async () => {
      const env = { ...process.env, SOLIEU_DB: "" };
      const status = await run(
        process.execPath,
        [bin, "status", "--period", "2020", "--area", "tỉnh Điện Biên", "--db", target, "--format", "json"],
        { env, maxBuffer: 64 << 20 },
      );
      const { rows } = JSON.parse(status.stdout);
      const poverty = rows.find((r: { indicator: { code: string } }) => r.indicator.code === "poverty_rate");
      expect(Object.keys(poverty)).toEqual(
        expect.arrayContaining([
          "indicator",
          "area",
          "period",
          "unit",
          "target",
          "result",
          "pct_of_target",
          "status",
          "versions",
        ]),
      );
      expect(poverty.status).toBe("exceeded");
      expect(poverty.versions.length).toBeGreaterThanOrEqual(2);

      const table = await run(
        process.execPath,
        [bin, "status", "--period", "2020", "--area", "tỉnh Điện Biên", "--db", target],
        { env },
      );
      expect(table.stdout.split("\n")[0]).toBe(
        "Chỉ tiêu\tĐơn vị\tKế hoạch\tThực hiện\t% KH\tĐánh giá\tNguồn",
      );
      expect(table.stdout).toMatch(/Tỷ lệ hộ nghèo\t%\t33\t30,67\t[\d,]+\tVượt\t004_\S+ L1463/);

      const check = await run(process.execPath, [bin, "check", "--db", target, "--format", "json"], { env });
      const { findings } = JSON.parse(check.stdout);
      expect(findings).toHaveLength(REVIEWED_FINDINGS.length);
      for (const f of findings) {
        expect(typeof f.type).toBe("string");
        expect(f.message.length).toBeGreaterThan(10);
        for (const x of f.facts)
          expect(x).toEqual(expect.objectContaining({ doc: expect.any(String), line: expect.any(Number) }));
      }
    });
  });
}
