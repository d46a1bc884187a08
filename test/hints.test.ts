/**
 * What a user says of a file (--date, --period, --area, --title, --issuer): `solieu extract`
 * and `solieu ingest` take it for every file named and refuse a wrong date or period before
 * reading anything; the store keeps it with the document (`given`) and keeps why each fact was
 * labelled as it was (`why`), on SQLite and on PostgreSQL, also in a store made before.
 *
 * Runs the built code (`npm run build` first; `npm test` does it). The periods of figures are
 * not asserted here: how they follow from the date is the extractor's business.
 */

import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { extractFile } from "../dist/extract-file.js";
import type { DocumentInfo, Fact } from "../dist/facts/types.js";
import { openStore } from "../dist/store/connect.js";
import { ingestFile } from "../dist/store/ingest.js";
import { queryFacts } from "../dist/store/query.js";
import { backends } from "./helpers/backends.js";
import { solieu } from "./helpers/cli.js";

/** A news item's three lines: no year, no province; one figure names its district. */
const NEWS = [
  "Chín tháng đầu năm, tổng thu ngân sách nhà nước trên địa bàn đạt 3.870 tỷ đồng, bằng 81,2% dự toán.",
  "Tỷ lệ hộ nghèo ước còn 9,4%; riêng huyện Si Ma Cai còn 27,6%.",
  "Tổng đàn trâu, bò có 152.300 con, tăng 1,8% so với cùng kỳ.",
].join("\n");

const AREA = "tỉnh Lào Cai";
const TITLE = "Kinh tế chín tháng đầu năm";
const GIVEN = ["--date", "2024-10-05", "--area", AREA, "--title", TITLE];

const dir = mkdtempSync(join(tmpdir(), "solieu-hints-"));
const news = join(dir, "ban-tin.txt");
writeFileSync(news, `${NEWS}\n`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Extracted = { documents: { document: DocumentInfo; facts: Fact[] }[] };

async function extractJson(args: string[]): Promise<Extracted> {
  const r = await solieu(["extract", news, ...args, "--format", "json"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Extracted;
}

/** The district the text names right before its figure keeps it; every other figure is the area given. */
const areaOf = (f: Fact) => (f.value_text === "27,6" ? "huyện Si Ma Cai" : AREA);

describe("solieu extract with what the user knows", () => {
  it("--date, --area, --title replace what the text says of itself; figures take the area given", async () => {
    const { documents } = await extractJson(GIVEN);
    expect(documents).toHaveLength(1);
    const [{ document, facts }] = documents;
    expect(document).toMatchObject({ doc: "ban-tin.txt", date: "2024-10-05", area: AREA, title: TITLE });
    expect(facts.map((f) => f.value_text)).toEqual(
      expect.arrayContaining(["3.870", "81,2", "9,4", "27,6", "152.300", "1,8"]),
    );
    for (const f of facts) expect([f.value_text, f.area]).toEqual([f.value_text, areaOf(f)]);

    // Without them the text says neither its date nor its province.
    const [plain] = (await extractJson([])).documents;
    expect(plain.document.date).toBeNull();
    expect(plain.document.area).not.toBe(AREA);
    expect(plain.document.title).not.toBe(TITLE);
    expect(plain.facts.filter((f) => f.area === AREA)).toEqual([]);
  });

  it("takes a date as people write it, and a period code and an issuer", async () => {
    const { documents } = await extractJson([
      "--date",
      "05/10/2024",
      "--period",
      "2024-01/2024-09",
      "--issuer",
      "Cục Thống kê tỉnh Lào Cai",
    ]);
    expect(documents[0].document).toMatchObject({
      date: "2024-10-05",
      period: "2024-01/2024-09",
      issuer: "Cục Thống kê tỉnh Lào Cai",
    });
  });

  it("--format json says why of every fact; --format jsonl, the FACTS.md record, does not", async () => {
    const [{ facts }] = (await extractJson(GIVEN)).documents;
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) {
      expect(typeof f.why?.kind).toBe("string");
      expect(typeof f.why?.period).toBe("string");
      expect(f.why?.kind).not.toBe("");
    }
    const r = await solieu(["extract", news, ...GIVEN, "--format", "jsonl"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(facts.length);
    for (const line of lines) {
      const f = JSON.parse(line) as Record<string, unknown>;
      expect(f).not.toHaveProperty("why");
      expect(f.area).toBe(areaOf(f as unknown as Fact));
    }
  });

  it("refuses a wrong --date or --period with one line naming it, exit 2, before reading any file", async () => {
    const cases: [string[], string][] = [
      [
        ["--date", "31/02/2023"],
        'solieu extract: --date "31/02/2023" is not a date (2023-12-11, 2023-12, 2023, 11/12/2023)',
      ],
      [["--date", "hôm qua"], 'solieu extract: --date "hôm qua" is not a date'],
      [["--period", "2023-13"], 'solieu extract: --period "2023-13" is not a period code (2023, 2023-S1'],
      [["--period", "2025/2021"], 'solieu extract: --period "2025/2021" is not a period code'],
    ];
    for (const [args, message] of cases) {
      // A missing file too: it is never opened.
      const r = await solieu(["extract", news, join(dir, "khong-co.txt"), ...args, "--format", "json"]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      const lines = r.stderr.trimEnd().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0].startsWith(message)).toBe(true);
    }
  });

  it("shows the options in its help, in Vietnamese", async () => {
    for (const command of ["extract", "ingest"]) {
      const r = await solieu([command, "--help"]);
      expect(r.code).toBe(0);
      for (const option of [
        "--date <date>",
        "--period <code>",
        "--area <text>",
        "--title <text>",
        "--issuer <text>",
      ])
        expect(r.stdout).toContain(option);
      expect(r.stdout).toContain("địa bàn của văn bản");
    }
  });
});

for (const backend of backends("hints")) {
  describe(`solieu ingest with what the user knows, on ${backend.name}`, () => {
    afterAll(() => backend.cleanup());

    it("stores the date, area and title given, and what was given; each fact keeps its why", async () => {
      const target = await backend.newTarget();
      const r = await solieu(["ingest", news, ...GIVEN, "--db", target, "--format", "json"]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      const [result] = (
        JSON.parse(r.stdout) as { documents: { id: number; status: string; facts: number }[] }
      ).documents;
      expect(result.status).toBe("added");

      const store = await openStore(target);
      try {
        const doc = await store.db
          .selectFrom("documents")
          .select(["date", "area", "title", "given"])
          .where("id", "=", result.id)
          .executeTakeFirstOrThrow();
        expect(doc).toMatchObject({ date: "2024-10-05", area: AREA, title: TITLE });
        expect(JSON.parse(doc.given)).toEqual({ date: "2024-10-05", area: AREA, title: TITLE });

        const stored = await queryFacts(store, { doc: "ban-tin.txt" });
        expect(stored).toHaveLength(result.facts);
        for (const f of stored) expect([f.value_text, f.area]).toEqual([f.value_text, areaOf(f)]);
        // Why, as the extractor said it for the same file and the same hints.
        const { facts } = await extractFile(news, {
          hints: { date: "2024-10-05", area: AREA, title: TITLE },
        });
        const whyAt = (f: Fact) => [f.line, f.column, f.why];
        expect(stored.map(whyAt)).toEqual(facts.map(whyAt));
        expect(stored.every((f) => typeof f.why?.kind === "string" && typeof f.why.period === "string")).toBe(
          true,
        );
        const row = await store.db
          .selectFrom("facts")
          .select(["why_kind", "why_period"])
          .where("document_id", "=", result.id)
          .orderBy("id")
          .executeTakeFirstOrThrow();
        expect(row).toEqual({ why_kind: stored[0].why?.kind, why_period: stored[0].why?.period });
      } finally {
        await store.close();
      }
    });

    it('stores "{}" as given when nothing is given; a wrong --date stores nothing, exit 2', async () => {
      const target = await backend.newTarget();
      const bad = await solieu(["ingest", news, "--date", "2024-02-30", "--db", target]);
      expect(bad.code).toBe(2);
      expect(bad.stdout).toBe("");
      expect(bad.stderr).toBe(
        'solieu ingest: --date "2024-02-30" is not a date (2023-12-11, 2023-12, 2023, 11/12/2023)\n',
      );
      // The store was never opened: no SQLite file was made.
      if (backend.name === "sqlite") expect(existsSync(target)).toBe(false);

      const store = await openStore(target);
      try {
        const r = await ingestFile(store, news);
        expect(r.status).toBe("added");
        const doc = await store.db
          .selectFrom("documents")
          .select(["given", "area"])
          .executeTakeFirstOrThrow();
        expect(doc.given).toBe("{}");
        expect(doc.area).not.toBe(AREA);
      } finally {
        await store.close();
      }
    });

    it("migrates a store made before: documents given nothing, facts without why, new facts with", async () => {
      const target = await backend.newTarget();
      let store = await openStore(target);
      try {
        await ingestFile(store, news, { hints: { area: AREA } });
        // Back to the store as 003 left it.
        await sql`alter table documents drop column given`.execute(store.db);
        await sql`alter table facts drop column why_kind`.execute(store.db);
        await sql`alter table facts drop column why_period`.execute(store.db);
        await sql`delete from solieu_migrations where name = '004-given-and-why'`.execute(store.db);
      } finally {
        await store.close();
      }
      store = await openStore(target);
      try {
        const docs = await store.db.selectFrom("documents").select(["given", "area"]).execute();
        expect(docs).toEqual([{ given: "{}", area: AREA }]);
        const before = await queryFacts(store);
        expect(before.length).toBeGreaterThan(0);
        expect(before.some((f) => "why" in f)).toBe(false);
        const other = join(dir, "ban-tin-2.txt");
        writeFileSync(other, `${NEWS}\nSố doanh nghiệp thành lập mới đạt 412 doanh nghiệp.\n`);
        expect((await ingestFile(store, other, { hints: { period: "2024-01/2024-09" } })).status).toBe(
          "added",
        );
        const after = await queryFacts(store, { doc: "ban-tin-2.txt" });
        expect(after.every((f) => typeof f.why?.kind === "string")).toBe(true);
        const given = await store.db
          .selectFrom("documents")
          .select("given")
          .where("name", "=", "ban-tin-2.txt")
          .executeTakeFirstOrThrow();
        expect(JSON.parse(given.given)).toEqual({ period: "2024-01/2024-09" });
      } finally {
        await store.close();
      }
    });
  });
}
