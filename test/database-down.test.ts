/**
 * PostgreSQL going away: the server behind SOLIEU_TEST_PG_URL is stopped in the middle of an
 * ingest's transaction (after the document row, at its facts) and while `solieu serve` answers,
 * then started again. The ingest fails with one line naming the file, nothing of the file is
 * stored, and the next ingest after the restart stores it, on the same connection pool; the CLI
 * says which files failed; the server answers 503 with a Vietnamese message while the database
 * is down and recovers without being restarted.
 *
 * It stops a real server, so it runs alone (vitest.alone.config.ts, first in `npm test`), and only
 * where it can (root, Debian's pg_ctlcluster, the server on this machine); otherwise it says why
 * it is skipped. The server is always started again.
 *
 * Runs on the built library and CLI (`npm run build` first; `npm test` does it).
 */

import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { KyselyPlugin, RootOperationNode } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STORE_DOWN } from "../dist/server/errors.js";
import { openStore, type Store } from "../dist/store/connect.js";
import { ingestFile } from "../dist/store/ingest.js";
import { backends } from "./helpers/backends.js";
import { CLI, solieu } from "./helpers/cli.js";
import { type Cluster, localCluster } from "./helpers/pg-cluster.js";

const URL_ = process.env.SOLIEU_TEST_PG_URL;
const found = localCluster(URL_);
const cluster = typeof found === "string" ? null : found;
if (!cluster) console.warn(`database-down: SKIPPED, the PostgreSQL server cannot be stopped here (${found})`);
else console.log(`database-down: stops and restarts PostgreSQL ${cluster.name} (port ${cluster.port})`);

const REPORT = `ỦY BAN NHÂN DÂN
TỈNH ĐIỆN BIÊN

BÁO CÁO
Tình hình kinh tế - xã hội năm 2023

Năm 2023 tốc độ tăng trưởng kinh tế đạt 7,5%, tỷ lệ hộ nghèo còn 24,1%.
Thu ngân sách nhà nước trên địa bàn đạt 1.500 tỷ đồng, bằng 110% dự toán.
`;

/** A report of some megabytes: long enough to read that the server can be stopped meanwhile. */
function longReport(year: number, mb: number): string {
  const para = `Năm ${year}, tổng sản phẩm trên địa bàn (GRDP) ước đạt 14.955,28 tỷ đồng, tăng 7,86% so với năm ${year - 1}; thu ngân sách nhà nước đạt 1.500 tỷ đồng, bằng 110% dự toán; toàn tỉnh có 47/50 xã đạt chuẩn nông thôn mới.\n\n`;
  return `BÁO CÁO NĂM ${year}\n\n${para.repeat(Math.ceil((mb * 1024 * 1024) / Buffer.byteLength(para)))}`;
}

/** The rows of a store's documents, facts and segments. */
async function counts(store: Store) {
  const n = async (table: "documents" | "facts" | "segments") =>
    Number(
      (
        await store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { documents: await n("documents"), facts: await n("facts"), segments: await n("segments") };
}

/** Runs `stop` synchronously just before the first insert into `table` is sent: inside the transaction. */
function stopBeforeInsertInto(table: string, stop: () => void): KyselyPlugin & { fired: boolean } {
  const plugin = {
    fired: false,
    transformQuery({ node }: { node: RootOperationNode }) {
      const into = node.kind === "InsertQueryNode" ? node.into?.table.identifier.name : undefined;
      if (!plugin.fired && into === table) {
        plugin.fired = true;
        stop();
      }
      return node;
    },
    async transformResult({ result }: { result: unknown }) {
      return result;
    },
  };
  return plugin as KyselyPlugin & { fired: boolean };
}

describe.skipIf(!cluster)("PostgreSQL going away", () => {
  const pg = backends("database down").find((b) => b.name === "postgres");
  const up = cluster as Cluster;
  const dir = mkdtempSync(join(tmpdir(), "solieu-db-down-"));

  beforeAll(() => {
    if (!pg) throw new Error("SOLIEU_TEST_PG_URL is set but no postgres backend was made");
    if (!up.online()) up.start();
  });
  afterAll(async () => {
    // Whatever happened above, the server is left running.
    up.start();
    await pg?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it("stopped in the middle of an ingest: one error naming the file, nothing stored; after the restart the same file is stored", async () => {
    const store = await (pg as NonNullable<typeof pg>).open();
    try {
      const file = join(dir, "bao-cao-2023.txt");
      writeFileSync(file, REPORT);
      const plugin = stopBeforeInsertInto("facts", () => up.stop());
      const r = await ingestFile({ ...store, db: store.db.withPlugin(plugin) }, file);
      expect(plugin.fired).toBe(true);
      expect(up.online()).toBe(false);
      expect(r).toMatchObject({ file, id: null, status: "failed", facts: 0 });
      expect(r.error).toMatch(
        /^bao-cao-2023\.txt: cannot be stored: the database stopped answering \(.+\); nothing of this file was stored, ingest it again once the database is back$/,
      );

      up.start();
      // The document row was written in the transaction before the server went: it is not there.
      expect(await counts(store)).toEqual({ documents: 0, facts: 0, segments: 0 });
      // The same store, the same pool: the file goes in now.
      const again = await ingestFile(store, file);
      expect(again).toMatchObject({ status: "added" });
      expect(again.facts).toBeGreaterThanOrEqual(3);
      expect(await counts(store)).toMatchObject({ documents: 1, facts: again.facts });
    } finally {
      up.start();
      await store.close();
    }
  });

  it("solieu ingest: the files after the stop fail with a line each naming them, exit 1; run again, they are stored", async () => {
    const db = await (pg as NonNullable<typeof pg>).newTarget();
    const files = [join(dir, "a-2021.txt"), join(dir, "b-2022.txt"), join(dir, "c-2023.txt")];
    writeFileSync(files[0], REPORT.replace("2023", "2021"));
    writeFileSync(files[1], longReport(2022, 1.5));
    writeFileSync(files[2], longReport(2023, 1.5));
    const child = spawn(process.execPath, [CLI, "ingest", ...files, "--db", db, "--format", "json"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let stopped = false;
    child.stdout.setEncoding("utf8").on("data", (s: string) => {
      stdout += s;
      // The first file is stored: stop the server under the other two.
      if (!stopped && stdout.includes('"status":"added"')) {
        stopped = true;
        up.stop();
      }
    });
    child.stderr.setEncoding("utf8").on("data", (s: string) => {
      stderr += s;
    });
    try {
      const [code] = (await once(child, "close")) as [number];
      expect(stopped).toBe(true);
      const { documents } = JSON.parse(stdout) as {
        documents: { file: string; status: string; error?: string }[];
      };
      expect(documents.map((d) => [d.file, d.status])).toEqual([
        [files[0], "added"],
        [files[1], "failed"],
        [files[2], "failed"],
      ]);
      expect(code).toBe(1);
      const lines = stderr.trim().split("\n");
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(
        /^solieu: b-2022\.txt: cannot be stored: the database stopped answering \(.+\); nothing/,
      );
      expect(lines[1]).toMatch(
        /^solieu: c-2023\.txt: cannot be stored: the database stopped answering \(.+\); nothing/,
      );
      expect(stderr).not.toMatch(/^\s+at\s/m);
    } finally {
      up.start();
    }
    const rerun = await solieu(["ingest", ...files, "--db", db, "--format", "json"]);
    expect([rerun.code, rerun.stderr]).toEqual([0, ""]);
    expect((JSON.parse(rerun.stdout).documents as { status: string }[]).map((d) => d.status)).toEqual([
      "unchanged",
      "added",
      "added",
    ]);
  });

  it("solieu serve answers 503 with a clear message while the database is down, and recovers without a restart", async () => {
    const db = await (pg as NonNullable<typeof pg>).newTarget();
    const store = await openStore(db);
    const file = join(dir, "bao-cao-serve.txt");
    writeFileSync(file, REPORT);
    expect((await ingestFile(store, file)).status).toBe("added");
    await store.close();

    const serve: ChildProcess = spawn(process.execPath, [CLI, "serve", "--db", db, "--port", "0"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    serve.stderr?.setEncoding("utf8").on("data", (s: string) => {
      stderr += s;
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        serve.stdout?.setEncoding("utf8").on("data", (s: string) => {
          out += s;
          const m = /solieu: (http:\/\/\S+)/.exec(out);
          if (m) resolve(m[1]);
        });
        serve.once("exit", (code) => reject(new Error(`serve exited (${code}): ${stderr}`)));
      });
      const get = async (path: string) => {
        const res = await fetch(url + path);
        return { status: res.status, retryAfter: res.headers.get("retry-after"), body: await res.json() };
      };
      const docs = await get("/api/documents");
      expect(docs.status).toBe(200);
      expect(docs.body.documents.map((d: { doc: string }) => d.doc)).toEqual(["bao-cao-serve.txt"]);
      const facts = await get("/api/facts");
      expect(facts.status).toBe(200);

      up.stop();
      for (const path of [
        "/api/documents",
        "/api/facts",
        "/api/status?period=2023",
        "/api/search?q=ngan+sach",
      ]) {
        expect(await get(path)).toEqual({ status: 503, retryAfter: "10", body: { error: STORE_DOWN } });
      }
      const signIn = await fetch(`${url}/api/session`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "ai-do", password: "mat-khau-nao-do" }),
      });
      expect([signIn.status, await signIn.json()]).toEqual([503, { error: STORE_DOWN }]);
      expect(STORE_DOWN).toMatch(/^cơ sở dữ liệu tạm thời không truy cập được/);

      up.start();
      // The same process, not restarted: answering again from the first request.
      expect(await get("/api/documents")).toEqual(docs);
      expect(await get("/api/facts")).toEqual(facts);
      expect(serve.exitCode).toBeNull();
      // Each 503 logged in one line, no stack trace.
      expect(stderr).toMatch(/GET \/api\/documents: the database cannot be reached \(/);
      expect(stderr).not.toMatch(/^\s+at\s/m);
    } finally {
      up.start();
      serve.kill("SIGTERM");
      if (serve.exitCode === null) await once(serve, "exit");
    }
  });
});
