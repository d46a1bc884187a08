/**
 * `solieu ingest` killed with SIGKILL partway through a run on SQLite: whatever the moment, the
 * database opens again, every document in it has all its facts and segments (as a fresh
 * extraction of its file gives them), and a document that was being stored is absent, not half
 * there. A later run stores the rest.
 *
 * Spawns `node bin/solieu.js`, which runs the built code (`npm run build` first; `npm test` does it).
 */

import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { extractFile } from "../dist/index.js";
import { openStore } from "../dist/store/connect.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(root, "bin", "solieu.js");
const corpus = join(root, "..", "shared", "corpus");

/** Several corpus-like files: copies of the corpus reports (or of a long made-up report), each made unique. */
const COPIES = 3;

interface Expected {
  file: string;
  facts: number;
  segments: number;
  text: string;
}

let dir: string;
let db: string;
const expected = new Map<string, Expected>();

function sources(): string[] {
  if (existsSync(corpus))
    return readdirSync(corpus)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readFileSync(join(corpus, f), "utf8"));
  console.warn(`ingest crash test: ${corpus} is absent, made-up reports are used instead`);
  const para = (i: number) =>
    `Năm 2023, tổng thu ngân sách nhà nước trên địa bàn huyện đạt ${100 + i},5 tỷ đồng, tăng ${i % 9},2% so với năm 2022; tỷ lệ hộ nghèo giảm còn ${(i % 30) + 1},4%.`;
  return [0, 1, 2, 3].map((k) =>
    [
      `BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI NĂM 2023 (${k})`,
      ...Array.from({ length: 2000 }, (_, i) => para(i)),
    ].join("\n\n"),
  );
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "solieu-crash-"));
  db = join(dir, "crash.db");
  const texts = sources();
  for (let c = 0; c < COPIES; c++)
    for (const [i, text] of texts.entries()) {
      const file = join(dir, `copy${c}-${i}.txt`);
      // A closing line of its own makes each copy a different content (hash).
      writeFileSync(file, `${text}\n\nBản sao ${"abcdefgh"[c]}${"abcdefgh"[i]}.\n`);
      let segments = 0;
      const r = await extractFile(file, {
        onSegments: (s) => {
          segments += s.length;
        },
      });
      expect(r.error).toBeUndefined();
      expect(r.facts.length).toBeGreaterThan(0);
      expected.set(basename(file), {
        file,
        facts: r.facts.length,
        segments,
        text: readFileSync(file, "utf8"),
      });
    }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run `ingest` over all files; kill it `delayMs` after it reports its `after`-th stored document. */
function ingestKilled(after: number, delayMs: number): Promise<{ killed: boolean; stored: number }> {
  return new Promise((resolve, reject) => {
    const files = [...expected.values()].map((e) => e.file);
    const child = spawn(process.execPath, [CLI, "ingest", ...files, "--db", db, "--format", "json"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let armed = false;
    child.stdout.setEncoding("utf8").on("data", (s: string) => {
      out += s;
      const added = out.split('"status":"added"').length - 1;
      if (!armed && added >= after) {
        armed = true;
        setTimeout(() => child.kill("SIGKILL"), delayMs);
      }
    });
    child.on("error", reject);
    child.on("close", (_code, signal) =>
      resolve({ killed: signal === "SIGKILL", stored: out.split('"status":"added"').length - 1 }),
    );
  });
}

/** Every stored document complete, nothing stored without its document, the file sound. */
async function checkConsistent(): Promise<number> {
  const store = await openStore(db, { mustExist: true });
  try {
    const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db);
    expect(integrity.rows[0].integrity_check).toBe("ok");
    const docs = await store.db.selectFrom("documents").select(["id", "name", "raw_text"]).execute();
    for (const d of docs) {
      const want = expected.get(d.name);
      expect(want, d.name).toBeDefined();
      const count = async (table: "facts" | "segments") =>
        Number(
          (
            await store.db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as("n"))
              .where("document_id", "=", d.id)
              .executeTakeFirstOrThrow()
          ).n,
        );
      expect([d.name, await count("facts"), await count("segments")]).toEqual([
        d.name,
        want?.facts,
        want?.segments,
      ]);
      expect(d.raw_text === want?.text.replace(/\n$/, "") || d.raw_text === want?.text).toBe(true);
    }
    for (const table of ["facts", "segments"] as const) {
      const orphans = await store.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as("n"))
        .where("document_id", "not in", (eb) => eb.selectFrom("documents").select("id"))
        .executeTakeFirstOrThrow();
      expect(Number(orphans.n)).toBe(0);
    }
    return docs.length;
  } finally {
    await store.close();
  }
}

it("survives SIGKILL at any point of a run: every stored document is whole", async () => {
  const total = expected.size;
  let before = 0;
  // Ingest reads files in worker threads now, so a run may finish before its kill lands: count
  // the kills that did cut a run short, and ask for at least one.
  let cutShort = 0;
  // Kill right after a document is reported, and at delays that fall inside later ones.
  for (const [after, delayMs] of [
    [1, 0],
    [1, 0],
    [1, 40],
    [1, 90],
    [2, 150],
    [1, 230],
  ]) {
    const run = await ingestKilled(after, delayMs);
    const stored = await checkConsistent();
    expect(stored).toBeGreaterThanOrEqual(before);
    if (run.killed && stored < total) cutShort++;
    before = stored;
  }
  expect(cutShort).toBeGreaterThan(0);
  // A run left alone stores the rest.
  const run = await ingestKilled(total + 1, 0);
  expect(run.killed).toBe(false);
  expect(await checkConsistent()).toBe(total);
});
