/**
 * The store on every backend that is available (SQLite always, PostgreSQL with
 * SOLIEU_TEST_PG_URL): seeding, ingest (once per content, all or nothing per document), the
 * query filters and order, and the `ingest` and `query` commands.
 *
 * Runs the built code (`npm run build` first; `npm test` does it).
 */

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Segment } from "../dist/document/segments.js";
import { extractFile, type Fact, INDICATORS } from "../dist/index.js";
import { openStore, type Store } from "../dist/store/connect.js";
import { ingestFile, ingestFiles } from "../dist/store/ingest.js";
import { queryFacts } from "../dist/store/query.js";
import { type Backend, backends } from "./helpers/backends.js";
import { type Run, solieu as run } from "./helpers/cli.js";
import { makeDocx } from "./helpers/fixtures.js";

/** A yearly report: the province, huyện Điện Biên, one commune (spelt as given), Mường Ảng. */
function report(o: {
  year: number;
  date?: string;
  growth: string;
  rate: string;
  district: string;
  commune: string;
  communeRate: string;
  ang: string;
  extra?: string;
}): string {
  const [d, m] = (o.date ?? "").split("/");
  return [
    `BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI NĂM ${o.year}`,
    "",
    o.date ? `Điện Biên, ngày ${d} tháng ${m} năm ${o.year}` : "",
    "",
    `Năm ${o.year}, tốc độ tăng trưởng kinh tế (GRDP) của tỉnh Điện Biên ước đạt ${o.growth}%. Tỷ lệ hộ nghèo của tỉnh Điện Biên giảm còn ${o.rate}%.`,
    "",
    `Tỷ lệ hộ nghèo của huyện Điện Biên giảm còn ${o.district}%.`,
    "",
    `Tại xã ${o.commune}, tỷ lệ hộ nghèo giảm còn ${o.communeRate}%.`,
    "",
    `Tỷ lệ hộ nghèo huyện Mường Áng giảm còn ${o.ang}%.`,
    "",
    o.extra ?? "",
    "",
  ].join("\n");
}

/** Stored out of date order, so that the order of queries is the documents' own. */
const REPORTS: Record<string, string> = {
  "r2023.txt": report({
    year: 2023,
    date: "20/12",
    growth: "7,86",
    rate: "24,5",
    district: "10,5",
    commune: "Thanh Chăn",
    communeRate: "6,2",
    ang: "20,1",
    extra: "Tại xã Pa Ham, tỷ lệ hộ nghèo giảm còn 30,5%.",
  }),
  "r2020.txt": report({
    year: 2020,
    date: "02/7",
    growth: "6,83",
    rate: "29,2",
    district: "12,4",
    commune: "Thanh Chân",
    communeRate: "8,1",
    ang: "25,3",
  }),
  // Undated: it takes the end of the year it reports on, between 2020 and 2022.
  "r2021.txt": report({
    year: 2021,
    growth: "6,9",
    rate: "27,7",
    district: "11,8",
    commune: "Thanh Chấn",
    communeRate: "7,6",
    ang: "23,9",
  }),
  "r2022.txt": report({
    year: 2022,
    date: "15/12",
    growth: "7,1",
    rate: "26,0",
    district: "11,0",
    commune: "Thanh Chấn",
    communeRate: "7,0",
    ang: "22,2",
  }),
};

let dir: string;
const path = (name: string) => join(dir, name);
const FILES = () => Object.keys(REPORTS).map(path);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "solieu-store-test-"));
  for (const [name, text] of Object.entries(REPORTS)) writeFileSync(path(name), text);
  writeFileSync(path("broken.docx"), "this is not a zip archive");
  const paragraphs = REPORTS["r2020.txt"].split("\n").filter((l) => l.trim());
  writeFileSync(path("r2020.docx"), await makeDocx(paragraphs));
});

const BACKENDS = backends("store tests");

afterAll(async () => {
  for (const b of BACKENDS) await b.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

async function counts(store: Store): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ["documents", "facts", "segments", "areas", "indicators"] as const) {
    const r = await store.db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    out[t] = Number(r.n);
  }
  return out;
}

async function extracted(file: string): Promise<{ facts: Fact[]; segments: Segment[] }> {
  const segments: Segment[] = [];
  const r = await extractFile(file, { onSegments: (s) => void segments.push(...s) });
  expect(r.error).toBeUndefined();
  return { facts: r.facts, segments };
}

/** A stored fact as the extractor printed it: no id or document, "" for a missing qualifier. */
/** A stored fact as extraction gave it: what the store adds taken off (a new one is in state extracted). */
function asExtracted(f: Fact & { id?: number; document?: unknown; review_state?: string }): Fact {
  const { id: _id, document: _doc, review_state, ...rest } = f;
  expect(review_state).toBe("extracted");
  return rest;
}
const withQualifier = (f: Fact): Fact => ({ ...f, qualifier: f.qualifier ?? "" });

describe.each(BACKENDS)("store on $name", (backend: Backend) => {
  it("seeds the catalogue and the units once", async () => {
    const target = await backend.newTarget();
    let store = await openStore(target);
    const first = await counts(store);
    expect(first.indicators).toBe(INDICATORS.length);
    const districts = await store.db
      .selectFrom("areas")
      .selectAll()
      .where("parent", "=", "dien-bien")
      .execute();
    expect(districts.map((d) => d.name).sort()).toEqual(
      [
        "thành phố Điện Biên Phủ",
        "thị xã Mường Lay",
        "huyện Điện Biên",
        "huyện Điện Biên Đông",
        "huyện Mường Ảng",
        "huyện Mường Chà",
        "huyện Mường Nhé",
        "huyện Nậm Pồ",
        "huyện Tủa Chùa",
        "huyện Tuần Giáo",
      ].sort(),
    );
    expect(districts.every((d) => d.valid_to === "2025-06-30")).toBe(true);
    const communes = await store.db
      .selectFrom("areas")
      .select(["name", "aliases"])
      .where("parent", "=", "huyen-dien-bien")
      .execute();
    expect(communes).toHaveLength(21);
    const chan = communes.find((c) => c.name === "xã Thanh Chăn");
    expect(JSON.parse(chan?.aliases ?? "[]")).toEqual(["xã Thanh Chân", "xã Thanh Chấn"]);
    const province = await store.db.selectFrom("areas").selectAll().where("code", "=", "dien-bien").execute();
    expect(province[0]).toMatchObject({ name: "tỉnh Điện Biên", level: "tỉnh", parent: null });
    await store.close();

    store = await openStore(target);
    expect(await counts(store)).toEqual(first);
    await store.close();
  });

  it("stores each file once, with all its facts and segments", async () => {
    const store = await backend.open();
    try {
      const first = await ingestFiles(store, FILES());
      expect(first.map((r) => r.status)).toEqual(["added", "added", "added", "added"]);
      let facts = 0;
      let segments = 0;
      for (const r of first) {
        const x = await extracted(r.file);
        expect(r.facts).toBe(x.facts.length);
        facts += x.facts.length;
        segments += x.segments.length;
      }
      const after = await counts(store);
      expect(after).toMatchObject({ documents: 4, facts, segments });

      const again = await ingestFiles(store, FILES());
      expect(again.map((r) => r.status)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged"]);
      expect(again.map((r) => [r.id, r.facts])).toEqual(first.map((r) => [r.id, r.facts]));
      expect(await counts(store)).toEqual(after);
    } finally {
      await store.close();
    }
  });

  it("keeps every fact as extracted, traced to its raw line", async () => {
    const store = await backend.open();
    try {
      for (const file of FILES()) {
        const r = await ingestFile(store, file);
        const stored = await queryFacts(store, { doc: file.split("/").pop() });
        expect(stored.map(asExtracted)).toEqual((await extracted(file)).facts.map(withQualifier));
        const doc = await store.db
          .selectFrom("documents")
          .select(["raw_text", "lines"])
          .where("id", "=", r.id as number)
          .executeTakeFirstOrThrow();
        const lines = doc.raw_text.split("\n");
        for (const f of stored)
          expect(lines[f.line - 1].slice(f.column)).toMatch(new RegExp(`^${f.value_text}`));
        const segs = await store.db
          .selectFrom("segments")
          .select(["line", "line_end", "text", "folded"])
          .where("document_id", "=", r.id as number)
          .orderBy("id")
          .execute();
        expect(segs.length).toBeGreaterThan(0);
        expect(segs.every((s) => s.line >= 1 && s.line_end >= s.line && s.line_end <= doc.lines)).toBe(true);
        expect(segs.find((s) => s.text.startsWith("Tỷ lệ hộ nghèo của huyện"))?.folded).toMatch(
          /^ty le ho ngheo cua huyen dien bien/,
        );
      }
    } finally {
      await store.close();
    }
  });

  it("keeps a .docx's text as read, so its facts' lines and columns point into it", async () => {
    const store = await backend.open();
    try {
      const r = await ingestFile(store, path("r2020.docx"));
      expect(r).toMatchObject({ status: "added", facts: 5 });
      const { raw_text } = await store.db
        .selectFrom("documents")
        .select("raw_text")
        .where("id", "=", r.id as number)
        .executeTakeFirstOrThrow();
      const lines = raw_text.split("\n");
      const facts = await queryFacts(store, { doc: "r2020.docx" });
      expect(facts.map((f) => f.value)).toEqual([6.83, 29.2, 12.4, 8.1, 25.3]);
      for (const f of facts) expect(lines[f.line - 1].slice(f.column).startsWith(f.value_text)).toBe(true);
    } finally {
      await store.close();
    }
  });

  it("stores the same whether the files are extracted in worker threads or on this one", async () => {
    const files = [path("r2020.txt"), path("r2022.txt"), path("r2023.txt")];
    const stored: Record<string, number>[] = [];
    for (const workers of [true, false]) {
      const store = await backend.open();
      try {
        const seen: number[] = [];
        const results = await ingestFiles(store, files, { workers, onResult: (_r, i) => void seen.push(i) });
        expect(results.map((r) => r.file)).toEqual(files);
        expect(results.every((r) => r.status === "added")).toBe(true);
        expect(seen).toEqual([0, 1, 2]);
        stored.push(await counts(store));
      } finally {
        await store.close();
      }
    }
    expect(stored[0]).toEqual(stored[1]);
    expect(stored[0].facts).toBeGreaterThan(0);
  });

  it("stores the good files of a run and nothing of a bad one", async () => {
    const store = await backend.open();
    try {
      const files = [path("r2020.txt"), path("broken.docx"), path("missing.txt"), path("r2022.txt")];
      const results = await ingestFiles(store, files);
      expect(results.map((r) => r.status)).toEqual(["added", "failed", "failed", "added"]);
      expect(results[1].error).toMatch(/^broken\.docx: /);
      expect(results[2].error).toBe("missing.txt: no such file");
      expect(results[1].id).toBeNull();
      const good = [await extracted(files[0]), await extracted(files[3])];
      expect(await counts(store)).toMatchObject({
        documents: 2,
        facts: good[0].facts.length + good[1].facts.length,
        segments: good[0].segments.length + good[1].segments.length,
      });
      const names = await store.db.selectFrom("documents").select("name").orderBy("id").execute();
      expect(names.map((n) => n.name)).toEqual(["r2020.txt", "r2022.txt"]);
    } finally {
      await store.close();
    }
  });

  it("leaves the database as it was when storing a document fails halfway", async () => {
    const store = await backend.open();
    try {
      await ingestFile(store, path("r2020.txt"));
      const before = await counts(store);
      const areasBefore = await store.db.selectFrom("areas").selectAll().orderBy("code").execute();
      // Segments are written last, after the document, its facts and its area spellings.
      await failSegmentInserts(store, true);
      const r = await ingestFile(store, path("r2023.txt"));
      expect(r.status).toBe("failed");
      expect(r.error).toMatch(/^r2023\.txt: cannot be stored \(.*injected failure/);
      expect(await counts(store)).toEqual(before);
      expect(await store.db.selectFrom("areas").selectAll().orderBy("code").execute()).toEqual(areasBefore);
      await failSegmentInserts(store, false);
      expect((await ingestFile(store, path("r2023.txt"))).status).toBe("added");
    } finally {
      await store.close();
    }
  });

  describe("queries", () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
      await ingestFiles(store, FILES());
    });
    afterAll(async () => store.close());

    const values = async (q: Parameters<typeof queryFacts>[1]) =>
      (await queryFacts(store, q)).map((f) => f.value);

    it("orders every version oldest document first, an undated one by its period", async () => {
      const facts = await queryFacts(store, { indicator: "poverty_rate", area: "tỉnh Điện Biên" });
      expect(facts.map((f) => f.value)).toEqual([29.2, 27.7, 26, 24.5]);
      expect(facts.map((f) => f.document.date)).toEqual(["2020-07-02", null, "2022-12-15", "2023-12-20"]);
      expect(facts[0]).toMatchObject({
        doc: "r2020.txt",
        line: 5,
        indicator: { code: "poverty_rate" },
        area: "tỉnh Điện Biên",
        kind: "actual",
        period: "2020",
      });
      expect(typeof facts[0].id).toBe("number");
      expect(facts[0].document).toEqual({
        id: expect.any(Number),
        title: expect.any(String),
        date: "2020-07-02",
      });
    });

    it("finds an area by any spelling, with or without diacritics", async () => {
      // "Điện Biên" alone is the province; with its level word, the district.
      expect(await values({ indicator: "poverty_rate", area: "Dien Bien" })).toEqual([29.2, 27.7, 26, 24.5]);
      expect(await values({ indicator: "poverty_rate", area: "huyen dien bien" })).toEqual([
        12.4, 11.8, 11, 10.5,
      ]);
      expect(await values({ indicator: "poverty_rate", area: "dien-bien" })).toEqual([29.2, 27.7, 26, 24.5]);
      // Three spellings of one commune in four reports, found by each of them.
      for (const area of ["Thanh Chan", "xã Thanh Chấn", "xa thanh chăn"])
        expect(await values({ area })).toEqual([8.1, 7.6, 7, 6.2]);
      const areas = (await queryFacts(store, { area: "thanh chan" })).map((f) => f.area);
      expect(areas).toEqual(["xã Thanh Chân", "xã Thanh Chấn", "xã Thanh Chấn", "xã Thanh Chăn"]);
      for (const area of ["Mường Ảng", "huyện Mường Áng", "muong ang"])
        expect(await values({ area })).toEqual([25.3, 23.9, 22.2, 20.1]);
      // A commune the seed does not know, registered when its document was stored.
      expect(await values({ area: "pa ham" })).toEqual([30.5]);
      expect(await values({ area: "xã Nowhere" })).toEqual([]);
    });

    it("filters by catalogue code, indicator words, period, kind and document", async () => {
      expect(await values({ indicator: "GRDP_growth" })).toEqual([6.83, 6.9, 7.1, 7.86]);
      expect(await values({ indicator: "toc do TANG TRUONG kinh te" })).toEqual([6.83, 6.9, 7.1, 7.86]);
      expect(await values({ indicator: "tỷ lệ hộ nghèo của huyện" })).toEqual([12.4, 11.8, 11, 10.5]);
      expect(await values({ indicator: "ho ngheo huyen muong" })).toEqual([25.3, 23.9, 22.2, 20.1]);
      expect(await values({ indicator: "100%_nothing" })).toEqual([]);
      expect(await values({ period: "2022", kind: "estimate" })).toEqual([7.1]);
      expect(await values({ period: "2022", kind: "actual", area: "Điện Biên" })).toEqual([26]);
      expect(await values({ doc: "r2021.txt" })).toEqual([6.9, 27.7, 11.8, 7.6, 23.9]);
      const all = await values({ indicator: "poverty_rate" });
      expect(all).toHaveLength(17);
      expect(await values({ indicator: "poverty_rate", limit: 3, offset: 2 })).toEqual(all.slice(2, 5));
      expect(await values({ indicator: "poverty_rate", offset: 15 })).toEqual(all.slice(15));
    });
  });

  describe("commands", () => {
    it("ingest prints one entry per file, a failed file on stderr, and exits 1", async () => {
      const db = await backend.newTarget();
      const run = await solieu([
        "ingest",
        path("r2020.txt"),
        path("broken.docx"),
        "--db",
        db,
        "--format",
        "json",
      ]);
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^solieu: broken\.docx: /)]);
      const out = JSON.parse(run.stdout);
      expect(out.documents).toEqual([
        { file: path("r2020.txt"), id: 1, status: "added", facts: 5 },
        {
          file: path("broken.docx"),
          id: null,
          status: "failed",
          facts: 0,
          error: expect.stringMatching(/^broken/),
        },
      ]);
      const again = await solieu(["ingest", path("r2020.txt"), "--format", "json"], { SOLIEU_DB: db });
      expect(again.code).toBe(0);
      expect(again.stderr).toBe("");
      expect(JSON.parse(again.stdout).documents[0]).toEqual({
        file: path("r2020.txt"),
        id: 1,
        status: "unchanged",
        facts: 5,
      });
    });

    it("query prints the facts as JSON or as a table with Vietnamese headers", async () => {
      const db = await backend.newTarget();
      expect((await solieu(["ingest", ...FILES(), "--db", db])).code).toBe(0);
      const run = await solieu([
        "query",
        "--indicator",
        "poverty_rate",
        "--area",
        "huyen dien bien",
        "--db",
        db,
        "--format",
        "json",
      ]);
      expect(run.code).toBe(0);
      const { facts } = JSON.parse(run.stdout);
      expect(facts.map((f: Fact) => [f.doc, f.line, f.value])).toEqual([
        ["r2020.txt", 7, 12.4],
        ["r2021.txt", 7, 11.8],
        ["r2022.txt", 7, 11],
        ["r2023.txt", 7, 10.5],
      ]);
      const table = await solieu(["query", "--area", "Pa Ham"], { SOLIEU_DB: db });
      expect(table.stdout.split("\n")[0]).toBe(
        "Tài liệu\tNgày\tDòng\tGiá trị\tĐơn vị\tLoại số\tLoại\tKỳ\tChỉ tiêu\tĐịa bàn",
      );
      expect(table.stdout.split("\n")[1]).toMatch(/^r2023\.txt\t2023-12-20\t13:\d+\t30,5\t%\t.*\txã Pa Ham$/);
    });

    it("several ingests at once on a new store: migrated once, the file stored once", async () => {
      const db = await backend.newTarget();
      const runs = await Promise.all(
        [1, 2, 3].map(() => solieu(["ingest", path("r2022.txt"), "--db", db, "--format", "json"])),
      );
      expect(runs.map((r) => [r.code, r.stderr])).toEqual([
        [0, ""],
        [0, ""],
        [0, ""],
      ]);
      const statuses = runs.map((r) => JSON.parse(r.stdout).documents[0].status).sort();
      expect(statuses).toEqual(["added", "unchanged", "unchanged"]);
      const store = await openStore(db);
      try {
        expect(await counts(store)).toMatchObject({ documents: 1, facts: 5 });
      } finally {
        await store.close();
      }
    });

    it("query says in one line when there is no database", async () => {
      if (backend.name !== "sqlite") return;
      const run = await solieu(["query", "--db", path("nothing-here.db")]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(
        /^solieu: cannot open the database .*nothing-here\.db \(no such file\)[^\n]*\n$/,
      );
    });
  });
});

/** Make every segment insert fail (or stop doing so), as a full disk or a lost server would. */
async function failSegmentInserts(store: Store, on: boolean): Promise<void> {
  const { db } = store;
  if (store.dialect.name === "sqlite") {
    if (on)
      await sql`create trigger fail_segments before insert on segments
        begin select raise(abort, 'injected failure'); end`.execute(db);
    else await sql`drop trigger fail_segments`.execute(db);
    return;
  }
  if (on) {
    await sql`create function fail_segments() returns trigger language plpgsql as $$
      begin raise exception 'injected failure'; end $$`.execute(db);
    await sql`create trigger fail_segments before insert on segments
      for each row execute function fail_segments()`.execute(db);
  } else await sql`drop function fail_segments() cascade`.execute(db);
}

/** `solieu ARGS` with no default store from the environment unless `env` gives one. */
function solieu(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return run(args, { env: { SOLIEU_DB: "", ...env } });
}
