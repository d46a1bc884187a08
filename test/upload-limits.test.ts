/**
 * The upload path (POST /api/documents) under pressure: the same report sent twice at once is
 * stored once; a body over the limit is refused with 413 before it is read — from its
 * Content-Length without a byte of it, or, sent without one, as soon as the count passes the
 * limit; a hostile file is read in a worker thread while the server goes on answering, refused
 * with one line naming it, given up when it takes too long, and leaves nothing stored.
 *
 * Runs on the built library (`npm run build` first; `npm test` does it).
 */

import { request } from "node:http";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addUser } from "../dist/accounts/users.js";
import { createApp } from "../dist/server/app.js";
import { MAX_UPLOAD } from "../dist/server/routes/upload.js";
import { type RunningServer, startServer } from "../dist/server/serve.js";
import type { Store } from "../dist/store/connect.js";
import { backends } from "./helpers/backends.js";
import { makeDocx } from "./helpers/fixtures.js";
import { docxMutants, makePlainPdf, pdfMutants, unzip } from "./helpers/hostile-files.js";
import { FC_SEED } from "./helpers/vietnamese-text.js";

const PASSWORD = "mat-khau-bien-tap";
const REPORT = `ỦY BAN NHÂN DÂN
TỈNH ĐIỆN BIÊN

BÁO CÁO
Tình hình kinh tế - xã hội năm 2024

Tốc độ tăng trưởng kinh tế (GRDP) năm 2024 đạt 7,2%. Tỷ lệ hộ nghèo năm 2024 giảm còn 21,3%.
`;

interface Signed {
  cookie: string;
  csrf: string;
}

for (const backend of backends("upload limits")) {
  afterAll(() => backend.cleanup());

  describe(`uploads on ${backend.name}`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let editor: Signed;
    const logged: string[] = [];

    async function signIn(a: ReturnType<typeof createApp>): Promise<Signed> {
      const res = await a.request("/api/session", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "bientap", password: PASSWORD }),
      });
      expect(res.status).toBe(200);
      const { csrf } = (await res.json()) as { csrf: string };
      const token = /solieu_session=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1];
      return { cookie: `solieu_session=${token}`, csrf };
    }

    function upload(name: string, bytes: BlobPart, a = app) {
      const form = new FormData();
      form.append("file", new File([bytes], name));
      return a.request("/api/documents", {
        method: "POST",
        headers: { cookie: editor.cookie, "x-csrf-token": editor.csrf },
        body: form,
      });
    }

    async function documents(): Promise<{ id: number; doc: string }[]> {
      const res = await app.request("/api/documents");
      return ((await res.json()) as { documents: { id: number; doc: string }[] }).documents;
    }

    beforeAll(async () => {
      store = await backend.open();
      await addUser(store, "bientap", "editor", PASSWORD);
      app = createApp(store, { log: (m) => logged.push(m), signInLog: () => {} });
      editor = await signIn(app);
    });
    afterAll(async () => {
      await store?.close();
    });

    it("the same report uploaded twice at once is stored once", async () => {
      const [a, b] = await Promise.all([
        upload("bao-cao-2024.txt", REPORT),
        upload("bao-cao-2024.txt", REPORT),
      ]);
      const answers = [
        { status: a.status, ...((await a.json()) as object) },
        { status: b.status, ...((await b.json()) as object) },
      ] as { status: number; duplicate: boolean; document: { id: number }; facts: number }[];
      expect(answers.map((x) => [x.status, x.duplicate]).sort()).toEqual([
        [200, true],
        [201, false],
      ]);
      expect(answers[0].document.id).toBe(answers[1].document.id);
      expect(answers[0].facts).toBe(answers[1].facts);
      expect((await documents()).filter((d) => d.doc === "bao-cao-2024.txt")).toHaveLength(1);
      const { n } = await store.db
        .selectFrom("facts")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("document_id", "=", answers[0].document.id)
        .executeTakeFirstOrThrow();
      expect(Number(n)).toBe(answers[0].facts);
      expect(logged).toEqual([]);
    });

    it("a body sent without a length is refused with 413 as soon as it passes the limit, not read to its end", async () => {
      const chunk = new Uint8Array(1024 * 1024).fill(0x61);
      const offered = 4 * MAX_UPLOAD;
      let pulled = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(c) {
          if (pulled >= offered) return c.close();
          pulled += chunk.length;
          c.enqueue(chunk);
        },
      });
      const res = await app.request("/api/documents", {
        method: "POST",
        headers: {
          cookie: editor.cookie,
          "x-csrf-token": editor.csrf,
          "content-type": "multipart/form-data; boundary=x",
          "transfer-encoding": "chunked",
        },
        body,
        duplex: "half",
      } as RequestInit);
      expect(res.status).toBe(413);
      expect(((await res.json()) as { error: string }).error).toBe(
        "tệp hoặc nội dung quá lớn (tối đa 50 MB)",
      );
      // Read up to the limit and one chunk past it (the stream may have one more queued), no further.
      expect(pulled).toBeGreaterThan(MAX_UPLOAD);
      expect(pulled).toBeLessThanOrEqual(MAX_UPLOAD + 2 * chunk.length);
    });

    it("hostile .docx and .pdf files: 400 with one line naming the file, nothing stored", async () => {
      const before = (await documents()).length;
      const docx = await unzip(await makeDocx(["Năm 2024 tốc độ tăng trưởng kinh tế đạt 7,2%."]));
      const pdf = await makePlainPdf([["GRDP nam 2024 tang 7,2%."]]);
      const mutants = [
        ...fc.sample(
          docxMutants(docx).filter((m) => !!m.refused),
          { numRuns: 12, seed: FC_SEED },
        ),
        ...fc.sample(pdfMutants(pdf), { numRuns: 8, seed: FC_SEED }),
      ];
      for (const [i, m] of mutants.entries()) {
        const name = `tep-${i}.${i < 12 ? "docx" : "pdf"}`;
        const res = await upload(name, m.bytes);
        const body = (await res.json()) as { error?: string };
        // A PDF mutation may still read; a hostile .docx never does.
        if (res.status === 201) {
          expect(i, m.what).toBeGreaterThanOrEqual(12);
          continue;
        }
        expect([m.what, res.status]).toEqual([m.what, 400]);
        expect(body.error, m.what).toMatch(new RegExp(`^${name.replace(".", "\\.")}: \\S`));
        expect(body.error, m.what).not.toMatch(/\n/);
        if (m.refused) expect(body.error, m.what).toMatch(m.refused);
      }
      const stored = (await documents()).filter((d) => /^tep-\d+\.(?:docx|pdf)$/.test(d.doc));
      expect((await documents()).length).toBe(before + stored.length);
      expect(stored.every((d) => d.doc.endsWith(".pdf"))).toBe(true);
      expect(logged).toEqual([]);
    });

    it("reads a file made to take long in a worker: the server answers meanwhile, and gives it up at its time limit", async () => {
      const bomb = fc.sample(
        pdfMutants(await makePlainPdf([["x"]])).filter((m) => m.what.includes("32 MB")),
        { numRuns: 1, seed: FC_SEED },
      )[0];
      const done: string[] = [];
      const slow = upload("bom.pdf", bomb.bytes).then(async (res) => {
        done.push("upload");
        return { status: res.status, ...((await res.json()) as { error?: string }) };
      });
      // Asked after the upload: answered before it.
      const quick = await app.request("/api/documents");
      done.push("documents");
      expect(quick.status).toBe(200);
      const r = await slow;
      expect(done).toEqual(["documents", "upload"]);
      expect(r).toEqual({
        status: 400,
        error: "bom.pdf: refused: page 1 holds more than 50,000 pieces of text (hostile file?)",
      });

      // The same file on a server that gives a read 200 ms: given up, nothing stored.
      const hasty = createApp(store, { log: (m) => logged.push(m), signInLog: () => {}, readTimeoutMs: 200 });
      const res = await upload("bom-2.pdf", bomb.bytes, hasty);
      expect([res.status, await res.json()]).toEqual([
        400,
        { error: "bom-2.pdf: refused: reading took longer than 200 ms" },
      ]);
      expect((await documents()).map((d) => d.doc)).not.toContain("bom-2.pdf");
      expect(logged).toEqual([]);
    });
  });
}

describe("an upload over the limit on a real socket", () => {
  let store: Store;
  let server: RunningServer;
  let editor: Signed;
  const backend = backends("upload over a socket")[0];

  beforeAll(async () => {
    store = await backend.open();
    await addUser(store, "bientap", "editor", PASSWORD);
    server = await startServer(store, { port: 0, print: () => {}, log: () => {}, signInLog: () => {} });
    const res = await fetch(`${server.url}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "bientap", password: PASSWORD }),
    });
    const { csrf } = (await res.json()) as { csrf: string };
    editor = { cookie: (res.headers.get("set-cookie") ?? "").split(";")[0], csrf };
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
    await backend.cleanup();
  });

  it("is answered 413 from its Content-Length while its body has not even been sent", async () => {
    const { status, body, sent } = await new Promise<{ status: number; body: string; sent: number }>(
      (resolve, reject) => {
        let sent = 0;
        const req = request(`${server.url}/api/documents`, {
          method: "POST",
          headers: {
            cookie: editor.cookie,
            "x-csrf-token": editor.csrf,
            "content-type": "multipart/form-data; boundary=x",
            "content-length": String(60 * 1024 * 1024),
          },
        });
        req.on("error", reject);
        req.on("response", (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (s: string) => {
            text += s;
          });
          res.on("end", () => {
            req.destroy();
            resolve({ status: res.statusCode ?? 0, body: text, sent });
          });
        });
        // Only the headers and the first bytes go out; the answer must not wait for the rest.
        const first = "--x\r\n";
        sent += first.length;
        req.write(first);
      },
    );
    expect(status).toBe(413);
    expect(JSON.parse(body)).toEqual({ error: "tệp hoặc nội dung quá lớn (tối đa 50 MB)" });
    expect(sent).toBeLessThan(100);
  });
});
