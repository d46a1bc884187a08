/**
 * Full-text search: the query as typed (diacritics optional, question words dropped, quoted
 * phrases), the snippet, and search over a stored corpus on every backend available (SQLite
 * always, PostgreSQL with SOLIEU_TEST_PG_URL), measured against the gold questions of
 * ../shared/gold/qa. Runs the built code (`npm run build` first; `npm test` does it).
 */

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseQuery } from "../dist/search/query.js";
import { snippet } from "../dist/search/snippet.js";
import { openStore, type Store } from "../dist/store/connect.js";
import { ingestFile } from "../dist/store/ingest.js";
import { search } from "../dist/store/search.js";
import { postgresIndex } from "../dist/store/search-postgres.js";
import { sqliteIndex } from "../dist/store/search-sqlite.js";
import { fold } from "../dist/text/fold.js";
import { type Backend, backends } from "./helpers/backends.js";

const CLI = fileURLToPath(new URL("../bin/solieu.js", import.meta.url));
const shared = process.env.SOLIEU_SHARED ?? fileURLToPath(new URL("../../shared", import.meta.url));
const corpusDir = join(shared, "corpus");
const qaDir = join(shared, "gold", "qa");
const haveCorpus = existsSync(corpusDir) && existsSync(qaDir);

interface QA {
  id: string;
  doc: string;
  question: string;
  question_ascii: string;
  answers: { line: number }[];
}

/** Spelt both ways on purpose: "hoà" with the old tone placement, "hòa" with the new. */
const HOA_OLD = "ho\u00e0";
const HOA_NEW = "h\u00f2a";

/** A small report of words the corpus lacks, to test matching on. */
const FIXTURE = [
  "BÁO CÁO KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI NĂM 2023",
  "",
  `Xã Thanh ${HOA_OLD[0].toUpperCase()}${HOA_OLD.slice(1)} đạt chuẩn nông thôn mới với 19/19 tiêu chí.`,
  "",
  "Đường giao thông liên thôn bản được cứng hoá 12,5 km.",
  "",
  "Tỷ lệ che phủ rừng của xã đạt 45,2%, chỉ tiêu tỷ lệ che phủ rừng vượt kế hoạch.",
  "",
].join("\n");

const tmp = mkdtempSync(join(tmpdir(), "solieu-search-"));
const fixtureFile = join(tmp, "thanh-hoa-2023.txt");
writeFileSync(fixtureFile, FIXTURE);

const BACKENDS = backends("search tests");
afterAll(async () => {
  for (const b of BACKENDS) await b.cleanup();
  rmSync(tmp, { recursive: true, force: true });
});

describe("search query", () => {
  it("drops question and function words, keeps numbers, years and content words", () => {
    const q = parseQuery("GRDP 6 tháng đầu năm 2023 của tỉnh Điện Biên đạt bao nhiêu tỷ đồng?");
    expect(q.terms).toEqual([
      "grdp",
      "6",
      "thang",
      "dau",
      "nam",
      "2023",
      "tinh",
      "dien",
      "bien",
      "dat",
      "ty",
      "dong",
    ]);
    expect(q.phrases).toEqual([]);
  });

  it("reads a question typed without diacritics to the same words", () => {
    const marked = parseQuery("GRDP 6 tháng đầu năm 2023 của tỉnh Điện Biên đạt bao nhiêu tỷ đồng?");
    const plain = parseQuery("GRDP 6 thang dau nam 2023 cua tinh Dien Bien dat bao nhieu ty dong?");
    expect(plain).toEqual(marked);
  });

  it("drops a function word typed without marks only where no content word is spelt the same", () => {
    // "có" (has) is dropped; "cơ" of "cơ cấu" is not; "co" could be either, so it stays.
    expect(parseQuery("Cơ cấu kinh tế có đạt không?").terms).toEqual(["co", "cau", "kinh", "te", "dat"]);
    expect(parseQuery("Co cau kinh te co dat khong?").terms).toEqual(["co", "cau", "kinh", "te", "dat"]);
    expect(parseQuery("của và là").terms).toEqual([]);
  });

  it("pairs neighbouring words, not across clause punctuation, and keeps 2020-2025 together", () => {
    const q = parseQuery("Tỷ lệ hộ nghèo, nhiệm kỳ 2020-2025");
    expect(q.pairs).toEqual([
      ["ty", "le"],
      ["le", "ho"],
      ["ho", "ngheo"],
      ["nhiem", "ky"],
      ["ky", "2020"],
      ["2020", "2025"],
    ]);
  });

  it("takes quoted text as a phrase, in straight or curly quotes", () => {
    expect(parseQuery('"hộ nghèo" năm 2023')).toEqual({
      terms: ["nam", "2023"],
      phrases: [["ho", "ngheo"]],
      pairs: [["nam", "2023"]],
    });
    expect(parseQuery("“Hộ Nghèo”").phrases).toEqual([["ho", "ngheo"]]);
  });

  it("folds both tone placements and đ alike", () => {
    expect(parseQuery(`Thanh ${HOA_OLD}`)).toEqual(parseQuery(`Thanh ${HOA_NEW}`));
    expect(parseQuery("Điện Biên").terms).toEqual(parseQuery("dien bien").terms);
  });
});

describe("snippet", () => {
  const marks = (text: string, words: string[]) => {
    const f = fold(text);
    return words.map((w) => ({ start: f.indexOf(w), end: f.indexOf(w) + w.length }));
  };

  it("marks the matched words in the text as written, neighbours as one", () => {
    const text = "Tỷ lệ hộ nghèo giảm còn 26,03%.";
    expect(snippet(text, marks(text, ["ho", "ngheo", "26"]))).toBe("Tỷ lệ «hộ nghèo» giảm còn «26»,03%.");
  });

  it("maps folded offsets back onto text that is not NFC", () => {
    const text = "Tỷ lệ hộ nghe\u0300o giảm"; // è as e + combining grave: folds to one character
    const f = fold(text);
    expect(f).toBe("ty le ho ngheo giam");
    const start = f.indexOf("ngheo");
    expect(snippet(text, [{ start, end: start + 5 }])).toBe("Tỷ lệ hộ «nghe\u0300o» giảm");
  });

  it("cuts a long text around its marks, between words, with …", () => {
    const text = `${"Năm nay các xã tiếp tục triển khai nhiều nội dung. ".repeat(10)}Tỷ lệ hộ nghèo giảm còn 26,03%. ${"Các huyện tiếp tục chỉ đạo thực hiện. ".repeat(10)}`;
    const s = snippet(text, marks(text, ["ty le ho ngheo"]));
    expect(s).toMatch(/^….*«Tỷ lệ hộ nghèo» giảm còn 26,03%.*…$/);
    expect(s.length).toBeLessThan(260);
    // Cut between words: the text shown is preceded and followed by a space.
    const shown = s.slice(1, -1).replace(/[«»]/g, "");
    const at = text.indexOf(shown);
    expect(at).toBeGreaterThan(0);
    expect([text[at - 1], text[at + shown.length]]).toEqual([" ", " "]);
  });
});

describe.each(BACKENDS)("search on $name", (backend: Backend) => {
  let store: Store;
  let target: string;
  beforeAll(async () => {
    target = await backend.newTarget();
    store = await openStore(target);
    const files = haveCorpus
      ? readdirSync(corpusDir)
          .sort()
          .map((f) => join(corpusDir, f))
      : [];
    for (const f of [...files, fixtureFile]) expect((await ingestFile(store, f)).status).toBe("added");
  }, 300_000);
  afterAll(async () => {
    await store?.close();
  });

  it.skipIf(!haveCorpus)(
    "puts an answer line of most gold questions among the top 10 hits, with or without diacritics",
    async () => {
      const questions: QA[] = readdirSync(qaDir)
        .filter((f) => f.endsWith(".qa.jsonl"))
        .sort()
        .flatMap((f) =>
          readFileSync(join(qaDir, f), "utf8")
            .split("\n")
            .filter(Boolean)
            .map((l) => JSON.parse(l)),
        );
      const rate = async (field: "question" | "question_ascii") => {
        let covered = 0;
        for (const q of questions) {
          const { hits } = await search(store, q[field], { limit: 10 });
          // A hit covers an answer when it is in the answer's document and spans its line (±1).
          if (
            hits.some(
              (h) =>
                h.doc === q.doc && q.answers.some((a) => a.line >= h.line - 1 && a.line <= h.line_end + 1),
            )
          )
            covered++;
        }
        return covered / questions.length;
      };
      const marked = await rate("question");
      const plain = await rate("question_ascii");
      console.log(
        `search on ${backend.name}: an answer line in the top 10 for ${(100 * marked).toFixed(1)}% of ` +
          `${questions.length} gold questions with diacritics, ${(100 * plain).toFixed(1)}% without`,
      );
      expect(marked).toBeGreaterThanOrEqual(0.8);
      expect(plain).toBeGreaterThanOrEqual(0.75);
    },
    300_000,
  );

  it.skipIf(!haveCorpus)("gives the same top hit with or without diacritics", async () => {
    const marked = await search(store, "tỷ lệ hộ nghèo");
    const plain = await search(store, "ty le ho ngheo");
    expect(marked.hits.length).toBeGreaterThan(0);
    expect(plain.hits[0]).toEqual(marked.hits[0]);
    expect(fold(marked.hits[0].snippet)).toContain("«ty le ho ngheo»");
  });

  it("matches đ as d, and either tone placement", async () => {
    const top = async (q: string) => (await search(store, q, { limit: 1 })).hits[0];
    const road = await top("đường giao thông");
    expect(road.doc).toBe("thanh-hoa-2023.txt");
    expect(await top("duong giao thong")).toEqual(road);
    expect(await top("ĐƯỜNG GIAO THÔNG")).toEqual(road);

    const commune = await top(`xã Thanh ${HOA_NEW}`);
    expect(commune).toMatchObject({ doc: "thanh-hoa-2023.txt", line: 3, line_end: 3 });
    expect(commune.snippet).toContain(`«Xã Thanh ${HOA_OLD[0].toUpperCase()}${HOA_OLD.slice(1)}»`);
    expect(await top(`xã Thanh ${HOA_OLD}`)).toEqual(commune);
    expect(await top("xa thanh hoa")).toEqual(commune);
  });

  it("matches a quoted phrase as a phrase only", async () => {
    const words = await search(store, "che phủ xã", { doc: "thanh-hoa-2023.txt" });
    expect(words.hits.map((h) => h.line)).toEqual(expect.arrayContaining([3, 7]));
    const phrase = await search(store, '"che phủ" xã', { doc: "thanh-hoa-2023.txt" });
    expect(phrase.hits.map((h) => h.line)).toEqual([7]);
    expect(phrase.hits[0].snippet).toContain("«che phủ» rừng của «xã»");
  });

  it("gives each hit the facts read from its sentence", async () => {
    const { hits } = await search(store, "che phủ rừng", { doc: "thanh-hoa-2023.txt", limit: 1 });
    expect(hits).toHaveLength(1);
    expect(hits[0].facts.map((f) => [f.value_text, f.unit, f.line, f.doc])).toEqual([
      ["45,2", "%", 7, "thanh-hoa-2023.txt"],
    ]);
  });

  it("keeps to one document, and to the number of hits asked", async () => {
    const all = await search(store, "nông thôn mới", { limit: 3 });
    expect(all.hits).toHaveLength(3);
    const one = await search(store, "nông thôn mới", { doc: "thanh-hoa-2023.txt" });
    expect(one.hits.length).toBeGreaterThan(0);
    expect(new Set(one.hits.map((h) => h.doc))).toEqual(new Set(["thanh-hoa-2023.txt"]));
    expect((await search(store, "nông thôn mới", { doc: "no-such.txt" })).hits).toEqual([]);
  });

  it("finds nothing for nothing to look for", async () => {
    expect((await search(store, "")).hits).toEqual([]);
    expect((await search(store, "là bao nhiêu?")).hits).toEqual([]);
    expect((await search(store, "zzzqqq")).hits).toEqual([]);
  });

  // Needs a store with many matches of one word: the corpus.
  it.skipIf(!haveCorpus)(
    "looks among the newest segments only, newest first, when told where they start",
    async () => {
      const index = backend.name === "sqlite" ? sqliteIndex(store.db) : postgresIndex(store.db);
      const { segments } = await index.stats([], 1000);
      const spec = { all: [], any: [[["tang"], ["truong"]]] };
      const all = await index.matching(spec, { limit: 100_000 });
      expect(all.length).toBeGreaterThan(20);
      expect(all.map((c) => c.id)).toEqual([...all.map((c) => c.id)].sort((a, b) => b - a));
      const after = all[Math.floor(all.length / 2)].id;
      const newest = await index.matching(spec, { limit: 100_000, after });
      expect(newest).toEqual(all.filter((c) => c.id > after));
      expect(await index.matching(spec, { limit: 5, after })).toEqual(newest.slice(0, 5));
      expect(await index.matching(spec, { limit: 5, after: segments })).toEqual([]);
    },
  );

  it("answers `solieu search` in JSON and as a table", () => {
    const solieu = (...args: string[]) =>
      spawnSync(process.execPath, [CLI, "search", ...args, "--db", target], {
        encoding: "utf8",
        env: { ...process.env, SOLIEU_DB: "" },
      });
    const json = solieu("ty", "le", "che", "phu", "rung", "--doc", "thanh-hoa-2023.txt", "--format", "json");
    expect(json.status).toBe(0);
    const { hits } = JSON.parse(json.stdout);
    expect(hits[0]).toMatchObject({ doc: "thanh-hoa-2023.txt", line: 7, line_end: 7 });
    expect(hits[0].snippet).toContain("«Tỷ lệ che phủ rừng»");
    expect(hits[0].facts[0]).toMatchObject({
      doc: "thanh-hoa-2023.txt",
      line: 7,
      value_text: "45,2",
      unit: "%",
    });
    const table = solieu('"che phủ rừng"', "--limit", "1");
    expect(table.status).toBe(0);
    expect(table.stdout.split("\n")[0]).toBe("Tài liệu\tDòng\tĐoạn văn\tSố liệu");
    expect(table.stdout.split("\n")).toHaveLength(3);
    const bad = solieu("x", "--limit", "0");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--limit/);
  });

  it("forgets a deleted document's sentences", async () => {
    const own = await backend.open();
    try {
      const { id } = await ingestFile(own, fixtureFile);
      expect((await search(own, "giao thông")).hits).toHaveLength(1);
      await sql`delete from documents where id = ${id}`.execute(own.db);
      expect((await search(own, "giao thông")).hits).toEqual([]);
    } finally {
      await own.close();
    }
  });
});
