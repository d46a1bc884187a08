/**
 * `solieu backup` and `solieu restore`: a SQLite store backed up while it is open and being
 * written (SQLite's online backup: what is still in the WAL is in the copy), restored into an
 * empty store on SQLite and on PostgreSQL, where every document, fact, searchable segment,
 * review and account is found as it was, search finds the same, and new documents go in after
 * them. A store that is not empty, a file that is no backup and a missing file are refused; a
 * PostgreSQL store is backed up with the pg_dump line printed.
 *
 * Runs on the built library and CLI (`npm run build` first; `npm test` does it).
 */

import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addUser } from "../dist/accounts/users.js";
import { openStore, type Store } from "../dist/store/connect.js";
import { ingestFile, ingestFiles } from "../dist/store/ingest.js";
import { reviewFact } from "../dist/store/review.js";
import { search } from "../dist/store/search.js";
import { backends } from "./helpers/backends.js";
import { solieu } from "./helpers/cli.js";

const REPORTS: Record<string, string> = {
  "bao-cao-2023.txt": `ỦY BAN NHÂN DÂN
TỈNH ĐIỆN BIÊN

BÁO CÁO
Tình hình kinh tế - xã hội năm 2023

Năm 2023 tốc độ tăng trưởng kinh tế đạt 7,5%, tỷ lệ hộ nghèo còn 24,1%.
Thu ngân sách nhà nước trên địa bàn đạt 1.500 tỷ đồng, bằng 110% dự toán.
`,
  "ke-hoach-2024.md": `# NGHỊ QUYẾT về kế hoạch phát triển kinh tế - xã hội năm 2024

Các chỉ tiêu chủ yếu: tốc độ tăng trưởng kinh tế (GRDP) đạt trên 7%; tỷ lệ hộ nghèo giảm 3%;
thu ngân sách nhà nước trên địa bàn 1.650 tỷ đồng; 55 xã đạt chuẩn nông thôn mới.
`,
};
const LATER = `BÁO CÁO
Tình hình kinh tế - xã hội 6 tháng đầu năm 2024

Sáu tháng đầu năm 2024, thu ngân sách nhà nước đạt 820 tỷ đồng, bằng 49,7% dự toán.
`;

const dir = mkdtempSync(join(tmpdir(), "solieu-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const byKey = <T extends Record<K, string>, K extends string>(list: T[], key: K) =>
  list.sort((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0));

/** Every row of the tables a restore brings back, in id (or name) order. */
async function rows(store: Store) {
  const db = store.db;
  return {
    documents: await db.selectFrom("documents").selectAll().orderBy("id").execute(),
    facts: await db.selectFrom("facts").selectAll().orderBy("id").execute(),
    segments: await db
      .selectFrom("segments")
      .select(["id", "document_id", "line", "line_end", "kind", "text", "folded"])
      .orderBy("id")
      .execute(),
    reviews: await db.selectFrom("reviews").selectAll().orderBy("id").execute(),
    // Sorted here: the two databases collate text differently.
    users: byKey(await db.selectFrom("users").selectAll().execute(), "name"),
    areas: byKey(await db.selectFrom("areas").selectAll().execute(), "code"),
    indicators: byKey(await db.selectFrom("indicators").selectAll().execute(), "code"),
  };
}

describe("backup and restore", () => {
  let source: Store;
  let db: string;
  let backup: string;
  let before: Awaited<ReturnType<typeof rows>>;

  beforeAll(async () => {
    db = join(dir, "nguon.db");
    backup = join(dir, "sao-luu.db");
    source = await openStore(db);
    const files = Object.entries(REPORTS).map(([name, text]) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    });
    const results = await ingestFiles(source, files, { workers: false });
    expect(results.map((r) => r.status)).toEqual(["added", "added"]);
    await addUser(source, "lan", "editor", "mat-khau-bien-tap");
    await addUser(source, "quantri", "admin", "mat-khau-quan-tri");
    const facts = await source.db.selectFrom("facts").select(["id", "value"]).orderBy("id").execute();
    expect(facts.length).toBeGreaterThanOrEqual(6);
    await reviewFact(source, facts[0].id, { action: "confirm" }, "lan");
    await reviewFact(
      source,
      facts[1].id,
      { action: "correct", changes: { value: 24.2 }, note: "số liệu chính thức" },
      "lan",
    );
    await reviewFact(source, facts[2].id, { action: "reject", note: "trùng" }, "quantri");
    before = await rows(source);
    expect(before.reviews).toHaveLength(3);
  });
  afterAll(async () => {
    await source?.close();
  });

  it("backs up the store while it is open, what is still in its WAL included", async () => {
    // The source stays open with its last writes in the WAL (not checkpointed into the file).
    expect(existsSync(`${db}-wal`)).toBe(true);
    const r = await solieu(["backup", "--out", backup, "--db", db]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toBe(
      `Đã sao lưu 2 tài liệu, ${before.facts.length} số liệu, 3 lượt duyệt, 2 người dùng vào ${backup}\n`,
    );
    const json = await solieu(["backup", "--out", backup, "--db", db, "--format", "json"]);
    expect(JSON.parse(json.stdout)).toEqual({
      file: backup,
      documents: 2,
      facts: before.facts.length,
      reviews: 3,
      users: 2,
    });
    // Written beside the target and renamed: no part file is left.
    expect(existsSync(`${backup}.part-${process.pid}`)).toBe(false);
  });

  for (const backend of backends("backup")) {
    describe(`restored into an empty store on ${backend.name}`, () => {
      let target: string;
      let restored: Store;
      afterAll(async () => {
        await restored?.close();
        await backend.cleanup();
      });

      it("finds every document, fact, segment, review and account as it was", async () => {
        target = await backend.newTarget();
        const r = await solieu(["restore", backup, "--db", target, "--format", "json"]);
        expect([r.code, r.stderr]).toEqual([0, ""]);
        expect(JSON.parse(r.stdout)).toMatchObject({
          file: backup,
          documents: 2,
          facts: before.facts.length,
          reviews: 3,
          users: 2,
        });
        restored = await openStore(target);
        const after = await rows(restored);
        expect(after.documents).toEqual(before.documents);
        expect(after.facts).toEqual(before.facts);
        expect(after.segments).toEqual(before.segments);
        expect(after.reviews).toEqual(before.reviews);
        expect(after.users).toEqual(before.users);
        expect(after.areas).toEqual(before.areas);
        expect(after.indicators).toEqual(before.indicators);
        // The corrected and rejected facts keep their state.
        expect(after.facts.map((f) => f.review_state)).toEqual(before.facts.map((f) => f.review_state));
        expect(new Set(after.facts.map((f) => f.review_state))).toEqual(
          new Set(["confirmed", "corrected", "rejected", "extracted"]),
        );
      });

      it("searches as the source does, and takes new documents after the restored ones", async () => {
        for (const q of ["ngân sách", "ho ngheo", '"nông thôn mới"'])
          expect(await search(restored, q)).toEqual(await search(source, q));
        const later = join(dir, "bao-cao-6-thang-2024.txt");
        writeFileSync(later, LATER);
        const r = await ingestFile(restored, later);
        expect(r.status).toBe("added");
        expect(r.id).toBeGreaterThan(Math.max(...before.documents.map((d) => d.id)));
        // And the same bytes as a restored document are recognised.
        expect((await ingestFile(restored, join(dir, "bao-cao-2023.txt"))).status).toBe("unchanged");
      });

      it("refuses to restore into a store that is not empty, and leaves it as it was", async () => {
        const r = await solieu(["restore", backup, "--db", target]);
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(
          /^solieu restore: kho .+ đã có dữ liệu \(3 tài liệu, 2 người dùng\): chỉ khôi phục vào một kho trống\n$/,
        );
        expect((await rows(restored)).documents).toHaveLength(3);
      });
    });
  }

  it("refuses a file that is no backup, and a missing one, making no store", async () => {
    const notBackup = join(dir, "khong-phai.db");
    writeFileSync(notBackup, "không phải cơ sở dữ liệu");
    const target = join(dir, "moi.db");
    const r = await solieu(["restore", notBackup, "--db", target]);
    expect([r.code, r.stderr]).toEqual([
      1,
      "solieu restore: khong-phai.db không phải cơ sở dữ liệu của solieu\n",
    ]);
    const missing = await solieu(["restore", join(dir, "khong-co.db"), "--db", target]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^solieu restore: không có tệp .*khong-co\.db\n$/);
    expect(existsSync(target)).toBe(false);
  });

  it("a PostgreSQL store: prints the pg_dump line to use, password left out, and does nothing", async () => {
    const out = join(dir, "pg.dump");
    const r = await solieu([
      "backup",
      "--out",
      out,
      "--db",
      "postgres://solieu:bi-mat@db.example:5432/solieu?options=-c%20search_path%3Dtinh",
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `pg_dump --format=custom --file='${out}' --schema='tinh' --dbname='postgres://solieu@db.example:5432/solieu'`,
    );
    expect(r.stderr).toContain("pg_restore");
    expect(r.stderr).not.toContain("bi-mat");
    expect(existsSync(out)).toBe(false);
  });

  it("is in the command list, in Vietnamese", async () => {
    const help = await solieu(["--help"]);
    expect(help.stdout).toMatch(/backup \[options\]\s+Sao lưu cơ sở dữ liệu SQLite/);
    expect(help.stdout).toMatch(/restore \[options\] <file>\s+Khôi phục tệp sao lưu/);
  });
});
