/**
 * Accounts, sessions and the API's writes: password hashing; `solieu user add/list/remove`
 * through the built CLI; signing in and out (cookie flags, no user enumeration); what a write
 * needs (a session, an editor's role, the CSRF token, no foreign Origin); reviewing a fact
 * (correct, confirm, reject, with its history); uploading a report; and reading only when
 * signed in. On SQLite and PostgreSQL.
 *
 * Runs on the built library and CLI (`npm run build` first; `npm test` does it).
 */

import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "../dist/accounts/password.js";
import { createSession } from "../dist/accounts/sessions.js";
import { addUser, removeUser } from "../dist/accounts/users.js";
import {
  CheckResponse,
  DocumentsResponse,
  FactDetail,
  FactsResponse,
  SessionResponse,
  SignInResponse,
  StatusResponse,
  UploadResponse,
} from "../dist/api/schemas.js";
import { createApp } from "../dist/server/app.js";
import { openStore, type Store } from "../dist/store/connect.js";
import { ingestFiles } from "../dist/store/ingest.js";
import { backends } from "./helpers/backends.js";
import { type Run, solieu as run } from "./helpers/cli.js";

const REPORT = `ỦY BAN NHÂN DÂN
TỈNH ĐIỆN BIÊN

BÁO CÁO
Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2023

I. KẾT QUẢ THỰC HIỆN

Năm 2023 tốc độ tăng trưởng kinh tế đạt 7,5%, tỷ lệ hộ nghèo còn 24,1%.
`;

const UPLOAD = `ỦY BAN NHÂN DÂN
TỈNH ĐIỆN BIÊN

BÁO CÁO
Tình hình kinh tế - xã hội năm 2024

Tốc độ tăng trưởng kinh tế (GRDP) năm 2024 đạt 7,2%. Tỷ lệ hộ nghèo năm 2024 giảm còn 21,3%.
`;

/** A news item that names neither its year nor its province: the upload's fields say them. */
const NEWS = `Chín tháng đầu năm, thu ngân sách nhà nước trên địa bàn đạt 3.120 tỷ đồng, bằng 76,4% dự toán.
Tổng mức bán lẻ hàng hóa đạt 21.450 tỷ đồng, tăng 9,7% so với cùng kỳ.
Tỷ lệ lao động qua đào tạo đạt 68,5%.
`;

const PASSWORD = "mật-khẩu-đủ-dài";
const WRONG = "sai tên đăng nhập hoặc mật khẩu";

const dir = mkdtempSync(join(tmpdir(), "solieu-accounts-"));
const reportFile = join(dir, "bao-cao-2023.txt");
writeFileSync(reportFile, REPORT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `solieu ARGS`, with the environment given and `input` on its stdin. */
function solieu(args: string[], env: Record<string, string | undefined> = {}, input = ""): Promise<Run> {
  return run(args, { env: { SOLIEU_PASSWORD: undefined, ...env }, input });
}

describe("passwords", () => {
  it("verifies the right password, refuses a wrong one, and salts every hash", async () => {
    const a = await hashPassword(PASSWORD);
    const b = await hashPassword(PASSWORD);
    expect(a).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toContain(PASSWORD);
    expect(a).not.toBe(b);
    expect(a.split("$")[4]).not.toBe(b.split("$")[4]);
    expect(await verifyPassword(PASSWORD, a)).toBe(true);
    expect(await verifyPassword(PASSWORD, b)).toBe(true);
    expect(await verifyPassword("mật-khẩu-đủ-dàI", a)).toBe(false);
    expect(await verifyPassword("", a)).toBe(false);
    expect(await verifyPassword(PASSWORD, "plain text")).toBe(false);
    // The same password typed decomposed (NFD) is the same password.
    expect(await verifyPassword(PASSWORD.normalize("NFD"), a)).toBe(true);
  });
});

for (const backend of backends("accounts")) {
  afterAll(() => backend.cleanup());

  describe(`solieu user on ${backend.name}`, () => {
    let db: string;
    beforeAll(async () => {
      db = await backend.newTarget();
    });

    it("adds (password from SOLIEU_PASSWORD or stdin), lists and removes users", async () => {
      const add = await solieu(["user", "add", "lan", "--role", "editor", "--db", db], {
        SOLIEU_PASSWORD: PASSWORD,
      });
      expect([add.code, add.stderr]).toEqual([0, ""]);
      expect(add.stdout).toContain('"lan"');
      // No SOLIEU_PASSWORD: one line of stdin; no --role: a viewer.
      const piped = await solieu(["user", "add", "minh", "--db", db], {}, `${PASSWORD}\nrest ignored\n`);
      expect([piped.code, piped.stderr]).toEqual([0, ""]);

      const table = await solieu(["user", "list", "--db", db]);
      expect(table.code).toBe(0);
      const rows = table.stdout.trim().split("\n");
      expect(rows[0]).toBe("Tên\tVai trò\tTạo lúc");
      expect(rows.slice(1).map((r) => r.split("\t").slice(0, 2))).toEqual([
        ["lan", "editor"],
        ["minh", "viewer"],
      ]);
      const json = await solieu(["user", "list", "--db", db, "--format", "json"]);
      const { users } = JSON.parse(json.stdout) as {
        users: { name: string; role: string; created_at: string }[];
      };
      expect(users.map((u) => [u.name, u.role])).toEqual([
        ["lan", "editor"],
        ["minh", "viewer"],
      ]);
      expect(Number.isNaN(Date.parse(users[0].created_at))).toBe(false);

      // Stored as a scrypt hash, which the password (from stdin, without its line end) verifies.
      const store = await openStore(db);
      try {
        const rows = await store.db
          .selectFrom("users")
          .select(["name", "password_hash"])
          .orderBy("name")
          .execute();
        for (const r of rows) {
          expect(r.password_hash).not.toContain(PASSWORD);
          expect(await verifyPassword(PASSWORD, r.password_hash)).toBe(true);
        }
      } finally {
        await store.close();
      }

      const removed = await solieu(["user", "remove", "minh", "--db", db]);
      expect([removed.code, removed.stderr]).toEqual([0, ""]);
      const after = await solieu(["user", "list", "--db", db, "--format", "json"]);
      expect(JSON.parse(after.stdout).users.map((u: { name: string }) => u.name)).toEqual(["lan"]);
    });

    it("refuses a taken name, a missing user, a bad role or password with one line and exit 1 or 2", async () => {
      const env = { SOLIEU_PASSWORD: PASSWORD };
      const cases: [string[], Record<string, string>, string, number, RegExp][] = [
        [["user", "add", "lan", "--db", db], env, "", 1, /^solieu user add: người dùng "lan" đã có\n$/],
        [
          ["user", "remove", "nobody", "--db", db],
          {},
          "",
          1,
          /^solieu user remove: không có người dùng "nobody"\n$/,
        ],
        [
          ["user", "add", "hoa", "--role", "boss", "--db", db],
          env,
          "",
          2,
          /^solieu user add: vai trò không hợp lệ "boss"/,
        ],
        [
          ["user", "add", "hoa", "--db", db],
          { SOLIEU_PASSWORD: "ngắn" },
          "",
          2,
          /mật khẩu quá ngắn \(ít nhất 8 ký tự\)\n$/,
        ],
        [["user", "add", "hoa", "--db", db], {}, "", 2, /không có mật khẩu/],
        [["user", "add", "a b", "--db", db], env, "", 2, /tên người dùng không hợp lệ "a b"/],
        [["user", "list", "--db", db, "--format", "xml"], {}, "", 2, /unknown format "xml"/],
      ];
      for (const [args, e, input, code, message] of cases) {
        const r = await solieu(args, e, input);
        expect([args.join(" "), r.code]).toEqual([args.join(" "), code]);
        expect(r.stderr).toMatch(message);
        expect(r.stderr.trim().split("\n")).toHaveLength(1);
        expect(r.stdout).toBe("");
      }
      const list = await solieu(["user", "list", "--db", db, "--format", "json"]);
      expect(JSON.parse(list.stdout).users.map((u: { name: string }) => u.name)).toEqual(["lan"]);
      const help = await solieu(["user", "add", "--help"]);
      expect(help.stdout).toContain("SOLIEU_PASSWORD");
      expect(help.stdout).toContain("đầu vào chuẩn");
    });
  });

  describe(`sessions and writes on ${backend.name}`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let docId: number;
    const logged: string[] = [];

    interface Signed {
      cookie: string;
      csrf: string;
      token: string;
    }

    async function signIn(name: string, password = PASSWORD): Promise<Signed> {
      const res = await app.request("/api/session", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name, password }),
      });
      expect(res.status).toBe(200);
      const { csrf } = SignInResponse.parse(await res.json());
      const token = /solieu_session=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1] as string;
      return { cookie: `solieu_session=${token}`, csrf, token };
    }

    /** A write as the web app sends it: the session cookie and the CSRF header. */
    function send(method: string, path: string, who: Signed | null, body?: unknown, headers = {}) {
      return app.request(path, {
        method,
        headers: {
          ...(who ? { cookie: who.cookie, "x-csrf-token": who.csrf } : {}),
          ...(body === undefined || body instanceof FormData ? {} : { "content-type": "application/json" }),
          ...headers,
        },
        body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
      });
    }

    async function json(res: Response, status: number): Promise<Record<string, unknown>> {
      const body = (await res.json()) as Record<string, unknown>;
      expect([res.status, body.error]).toEqual([status, status < 300 ? undefined : body.error]);
      return body;
    }

    async function facts(path = "/api/facts") {
      const res = await app.request(path);
      return FactsResponse.parse(await json(res, 200)).facts;
    }

    beforeAll(async () => {
      store = await backend.open();
      const [r] = await ingestFiles(store, [reportFile]);
      expect(r.status).toBe("added");
      docId = r.id as number;
      await addUser(store, "xem", "viewer", PASSWORD);
      await addUser(store, "bientap", "editor", PASSWORD);
      await addUser(store, "quantri", "admin", PASSWORD);
      app = createApp(store, { log: (m) => logged.push(m) });
    });
    afterAll(async () => {
      await store?.close();
    });

    it("signs in: the same 401 for a wrong name or password; the cookie HttpOnly, SameSite=Strict", async () => {
      for (const body of [
        { name: "bientap", password: "sai-mat-khau-roi" },
        { name: "khong-co-ai", password: PASSWORD },
      ]) {
        const res = await send("POST", "/api/session", null, body);
        expect(await json(res, 401)).toEqual({ error: WRONG });
        expect(res.headers.get("set-cookie")).toBeNull();
      }
      for (const body of [{ name: "bientap" }, { name: "bientap", password: PASSWORD, extra: 1 }, "x"]) {
        const res = await send("POST", "/api/session", null, body);
        expect((await json(res, 400)).error).toMatch(/^(password|extra|body): /);
      }
      const bad = await app.request("/api/session", { method: "POST", body: "{not json" });
      expect(await json(bad, 400)).toEqual({ error: "body: not JSON" });

      const res = await send("POST", "/api/session", null, { name: "bientap", password: PASSWORD });
      const body = SignInResponse.parse(await json(res, 200));
      expect(body.user).toEqual({ name: "bientap", role: "editor" });
      expect(body.csrf.length).toBeGreaterThanOrEqual(32);
      const cookie = res.headers.get("set-cookie") ?? "";
      expect(cookie).toMatch(/^solieu_session=[A-Za-z0-9_-]{43};/);
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).toMatch(/; SameSite=Strict/);
      expect(cookie).toMatch(/; Path=\//);
      expect(cookie).toMatch(/; Max-Age=43200/);
      expect(cookie).not.toMatch(/Secure/);
      expect(res.headers.get("cache-control")).toBe("no-store");

      // Only the token's sha256 is stored.
      const token = /solieu_session=([^;]+)/.exec(cookie)?.[1] as string;
      const rows = await store.db.selectFrom("sessions").select(["id", "user_name", "csrf"]).execute();
      const mine = rows.find((r) => r.id === createHash("sha256").update(token).digest("hex"));
      expect(mine).toMatchObject({ user_name: "bientap", csrf: body.csrf });
      expect(JSON.stringify(rows)).not.toContain(token);

      // Over https the cookie is Secure too.
      const https = await app.request("https://solieu.example/api/session", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "xem", password: PASSWORD }),
      });
      expect(https.status).toBe(200);
      expect(https.headers.get("set-cookie")).toMatch(/; Secure/);
    });

    it("GET /api/session: who is signed in and the CSRF token, or nobody", async () => {
      const none = SessionResponse.parse(await json(await app.request("/api/session"), 200));
      expect(none).toEqual({ user: null, csrf: null, read: "open" });
      const me = await signIn("xem");
      const res = await app.request("/api/session", { headers: { cookie: me.cookie } });
      expect(SessionResponse.parse(await json(res, 200))).toEqual({
        user: { name: "xem", role: "viewer" },
        csrf: me.csrf,
        read: "open",
      });
      // A cookie that opens nothing is nobody, and is taken back.
      const stale = await app.request("/api/session", {
        headers: { cookie: `solieu_session=${"A".repeat(43)}` },
      });
      expect((await json(stale, 200)).user).toBeNull();
      expect(stale.headers.get("set-cookie")).toMatch(/^solieu_session=;.*Max-Age=0/);
    });

    it("a session expires; removing a user ends theirs", async () => {
      const old = await createSession(
        store,
        { name: "bientap", role: "editor" },
        new Date(Date.now() - 13 * 3600_000),
      );
      const res = await app.request("/api/session", { headers: { cookie: `solieu_session=${old.token}` } });
      expect((await json(res, 200)).user).toBeNull();

      await addUser(store, "tam", "editor", PASSWORD);
      const tam = await signIn("tam");
      await removeUser(store, "tam");
      const after = await app.request("/api/session", { headers: { cookie: tam.cookie } });
      expect((await json(after, 200)).user).toBeNull();
      const write = await send("POST", "/api/facts/1/review", tam, { action: "confirm" });
      expect(await json(write, 401)).toEqual({ error: "cần đăng nhập" });
    });

    it("refuses writes: 401 without a session, 403 for a viewer, without the CSRF token or from another site", async () => {
      const fact = (await facts("/api/facts?indicator=grdp_growth"))[0];
      const path = `/api/facts/${fact.id}/review`;
      const confirm = { action: "confirm" };
      expect(await json(await send("POST", path, null, confirm), 401)).toEqual({ error: "cần đăng nhập" });
      const form = new FormData();
      form.append("file", new File([UPLOAD], "x.txt"));
      expect(await json(await send("POST", "/api/documents", null, form), 401)).toEqual({
        error: "cần đăng nhập",
      });

      const viewer = await signIn("xem");
      expect(await json(await send("POST", path, viewer, confirm), 403)).toEqual({
        error: "cần quyền biên tập (editor)",
      });
      expect(await json(await send("POST", "/api/documents", viewer, form), 403)).toEqual({
        error: "cần quyền biên tập (editor)",
      });

      const editor = await signIn("bientap");
      const csrf = { error: "thiếu hoặc sai mã CSRF" };
      const noHeader = await app.request(path, {
        method: "POST",
        headers: { cookie: editor.cookie, "content-type": "application/json" },
        body: JSON.stringify(confirm),
      });
      expect(await json(noHeader, 403)).toEqual(csrf);
      expect(
        await json(await send("POST", path, editor, confirm, { "x-csrf-token": viewer.csrf }), 403),
      ).toEqual(csrf);
      // Signing out needs it too.
      const out = await app.request("/api/session", { method: "DELETE", headers: { cookie: editor.cookie } });
      expect(await json(out, 403)).toEqual(csrf);

      for (const origin of ["https://evil.example", "http://localhost:8081", "null"]) {
        const res = await send("POST", path, editor, confirm, { origin, host: "localhost:8080" });
        expect([origin, res.status]).toEqual([origin, 403]);
      }
      const signInElsewhere = await send(
        "POST",
        "/api/session",
        null,
        { name: "bientap", password: PASSWORD },
        { origin: "https://evil.example" },
      );
      expect(signInElsewhere.status).toBe(403);

      // Nothing was reviewed.
      const detail = FactDetail.parse(await json(await app.request(`/api/facts/${fact.id}`), 200));
      expect(detail.history).toEqual([]);
      expect(detail.fact.review_state).toBe("extracted");
      // The same origin is welcome.
      const same = await send("POST", path, editor, confirm, {
        origin: "http://localhost:8080",
        host: "localhost:8080",
      });
      expect(FactDetail.parse(await json(same, 200)).fact.review_state).toBe("confirmed");
    });

    it("GET /api/facts/:id: the fact as /api/facts gives it, with its history; 404 when absent", async () => {
      const all = await facts();
      for (const f of all) expect(f.review_state).toMatch(/^(extracted|confirmed)$/);
      const poverty = all.find((f) => f.indicator.code === "poverty_rate");
      const detail = FactDetail.parse(await json(await app.request(`/api/facts/${poverty?.id}`), 200));
      expect(detail).toEqual({ fact: poverty, history: [] });
      expect(await json(await app.request("/api/facts/987654"), 404)).toEqual({ error: "no fact 987654" });
      expect(await json(await app.request("/api/facts/abc"), 400)).toEqual({
        error: "id: not a whole number",
      });
    });

    it("corrects a fact in place, keeping its old values in the history", async () => {
      const editor = await signIn("bientap");
      const growth = (await facts("/api/facts?indicator=grdp_growth"))[0];
      expect(growth.value).toBe(7.5);
      const before = Date.now();
      const res = await send("POST", `/api/facts/${growth.id}/review`, editor, {
        action: "correct",
        changes: { value: 7.6, value_max: null, unit: "%", indicator_text: "Tăng trưởng GRDP (đã sửa)" },
        note: "Số liệu chính thức của Cục Thống kê",
      });
      const { fact, history } = FactDetail.parse(await json(res, 200));
      expect(fact).toMatchObject({
        id: growth.id,
        value: 7.6,
        value_text: "7,5",
        unit: "%",
        indicator: { code: "grdp_growth", text: "Tăng trưởng GRDP (đã sửa)" },
        review_state: "corrected",
        line: growth.line,
        doc: growth.doc,
      });
      // Newest first: the correction, then the confirmation of the test before.
      expect(history.map((h) => h.action)).toEqual(["correct", "confirm"]);
      // Only what differs is a change: unit and value_max were already so.
      expect(history[0]).toMatchObject({
        action: "correct",
        changes: {
          value: { from: 7.5, to: 7.6 },
          indicator_text: { from: growth.indicator.text, to: "Tăng trưởng GRDP (đã sửa)" },
        },
        note: "Số liệu chính thức của Cục Thống kê",
        user: "bientap",
      });
      expect(Object.keys(history[0].changes).sort()).toEqual(["indicator_text", "value"]);
      const at = Date.parse(history[0].at);
      expect(at).toBeGreaterThanOrEqual(before - 1000);
      expect(at).toBeLessThanOrEqual(Date.now() + 1000);

      // The stored fact is the corrected one, found by its new words with or without diacritics.
      const listed = (await facts("/api/facts?indicator=grdp_growth"))[0];
      expect(listed).toEqual(fact);
      expect(
        (await facts(`/api/facts?indicator=${encodeURIComponent("tang truong grdp (da sua)")}`))[0]?.id,
      ).toBe(growth.id);

      // A second correction (by an admin) is newest first.
      const admin = await signIn("quantri");
      const again = await send("POST", `/api/facts/${growth.id}/review`, admin, {
        action: "correct",
        changes: { kind: "estimate", period: "2023-S1", area: "huyện Điện Biên" },
      });
      const second = FactDetail.parse(await json(again, 200));
      expect(second.fact).toMatchObject({ kind: "estimate", period: "2023-S1", area: "huyện Điện Biên" });
      expect(second.history.map((h) => [h.action, h.user])).toEqual([
        ["correct", "quantri"],
        ["correct", "bientap"],
        ["confirm", "bientap"],
      ]);
      expect(second.history[0].changes).toEqual({
        kind: { from: "actual", to: "estimate" },
        period: { from: "2023", to: "2023-S1" },
        area: { from: growth.area, to: "huyện Điện Biên" },
      });
      expect(second.history[0].note).toBeNull();
      expect((await facts("/api/facts?area=huyen%20dien%20bien&period=2023-S1")).map((f) => f.id)).toEqual([
        growth.id,
      ]);
    });

    it("refuses a review that changes nothing or says something wrong (400), or of no fact (404)", async () => {
      const editor = await signIn("bientap");
      const f = (await facts("/api/facts?indicator=poverty_rate"))[0];
      const path = `/api/facts/${f.id}/review`;
      const cases: [unknown, RegExp][] = [
        [{ action: "correct" }, /^changes: no field differs/],
        [{ action: "correct", changes: {} }, /^changes: no field differs/],
        [{ action: "correct", changes: { value: f.value } }, /^changes: no field differs/],
        [{ action: "confirm", changes: { value: 1 } }, /^changes: only with action "correct"/],
        [{ action: "approve" }, /^action: not one of confirm\|correct\|reject$/],
        [{ action: "correct", changes: { value: "24,2" } }, /^changes\.value: not a number$/],
        [{ action: "correct", changes: { measure: "weight" } }, /^changes\.measure: not one of level\|/],
        [{ action: "correct", changes: { period: "năm 2023" } }, /^changes\.period: not a period code/],
        [{ action: "correct", changes: { colour: "red" } }, /^changes\.colour: unknown field$/],
        [{ action: "correct", changes: { value_max: 1 } }, /^changes\.value_max: 1 is less than the value/],
        [{ action: "correct", changes: { indicator_code: "no_such_code" } }, /not in the catalogue$/],
      ];
      for (const [body, error] of cases) {
        const res = await send("POST", path, editor, body);
        const answer = await json(res, 400);
        expect([JSON.stringify(body), answer.error]).toEqual([
          JSON.stringify(body),
          expect.stringMatching(error),
        ]);
      }
      const detail = FactDetail.parse(await json(await app.request(`/api/facts/${f.id}`), 200));
      expect(detail.history).toEqual([]);
      expect(detail.fact).toEqual(f);
      expect(
        await json(await send("POST", "/api/facts/987654/review", editor, { action: "confirm" }), 404),
      ).toEqual({
        error: "no fact 987654",
      });
    });

    it("confirms, then rejects: a rejected fact leaves /api/facts, status and check, not its own page", async () => {
      const editor = await signIn("bientap");
      const poverty = (await facts("/api/facts?indicator=poverty_rate"))[0];
      const path = `/api/facts/${poverty.id}/review`;
      const confirmed = FactDetail.parse(
        await json(await send("POST", path, editor, { action: "confirm" }), 200),
      );
      expect(confirmed.fact).toEqual({ ...poverty, review_state: "confirmed" });
      expect(confirmed.history.map((h) => [h.action, h.changes])).toEqual([["confirm", {}]]);

      const statusOf = async () =>
        StatusResponse.parse(
          await json(await app.request("/api/status?period=2023&all=true"), 200),
        ).rows.filter((r) => r.indicator.code === "poverty_rate");
      expect(await statusOf()).toHaveLength(1);

      const rejected = await send("POST", path, editor, { action: "reject", note: "trùng số liệu" });
      const after = FactDetail.parse(await json(rejected, 200));
      expect(after.fact.review_state).toBe("rejected");
      expect(after.history.map((h) => [h.action, h.note])).toEqual([
        ["reject", "trùng số liệu"],
        ["confirm", null],
      ]);
      expect((await facts()).map((f) => f.id)).not.toContain(poverty.id);
      expect(await facts("/api/facts?indicator=poverty_rate")).toEqual([]);
      expect(await statusOf()).toEqual([]);
      const { findings } = CheckResponse.parse(await json(await app.request("/api/check"), 200));
      expect(JSON.stringify(findings)).not.toContain(`"id":${poverty.id},`);
      // Its own page still shows it, with what happened to it.
      const detail = FactDetail.parse(await json(await app.request(`/api/facts/${poverty.id}`), 200));
      expect(detail.fact.review_state).toBe("rejected");
    });

    it("POST /api/documents: stores an uploaded report (201), the same bytes again are a duplicate (200)", async () => {
      const editor = await signIn("bientap");
      const form = () => {
        const f = new FormData();
        f.append("file", new File([UPLOAD], "../../bao-cao-2024.txt", { type: "text/plain" }));
        return f;
      };
      const res = await send("POST", "/api/documents", editor, form());
      const created = UploadResponse.parse(await json(res, 201));
      expect(created.duplicate).toBe(false);
      expect(created.document).toMatchObject({ doc: "bao-cao-2024.txt", format: "txt" });
      expect(created.facts).toBeGreaterThanOrEqual(2);
      expect(created.document.facts).toBe(created.facts);
      const { documents } = DocumentsResponse.parse(await json(await app.request("/api/documents"), 200));
      expect(documents.find((d) => d.id === created.document.id)).toEqual(created.document);

      const stored = await facts("/api/facts?doc=bao-cao-2024.txt");
      expect(stored).toHaveLength(created.facts);
      const growth = stored.find((f) => f.indicator.code === "grdp_growth");
      expect(growth).toMatchObject({
        value: 7.2,
        value_text: "7,2",
        period: "2024",
        review_state: "extracted",
      });

      const again = UploadResponse.parse(
        await json(await send("POST", "/api/documents", editor, form()), 200),
      );
      expect(again).toEqual({ ...created, duplicate: true });
      expect((await facts("/api/facts?doc=bao-cao-2024.txt")).length).toBe(created.facts);
    });

    it("POST /api/documents: date, period, area, title and issuer fields are stored with the document; each fact keeps its why", async () => {
      const editor = await signIn("bientap");
      const form = new FormData();
      form.append("date", "05/10/2024");
      form.append("area", "tỉnh Lào Cai");
      form.append("title", "Bản tin kinh tế chín tháng");
      form.append("issuer", "");
      form.append("file", new File([NEWS], "ban-tin-9-thang.txt", { type: "text/plain" }));
      const created = UploadResponse.parse(
        await json(await send("POST", "/api/documents", editor, form), 201),
      );
      expect(created.document).toMatchObject({
        doc: "ban-tin-9-thang.txt",
        date: "2024-10-05",
        area: "tỉnh Lào Cai",
        title: "Bản tin kinh tế chín tháng",
        // An empty field is no field.
        given: { date: "2024-10-05", area: "tỉnh Lào Cai", title: "Bản tin kinh tế chín tháng" },
      });
      expect(created.document.given).not.toHaveProperty("issuer");
      const { documents } = DocumentsResponse.parse(await json(await app.request("/api/documents"), 200));
      expect(documents.find((d) => d.id === created.document.id)?.given).toEqual(created.document.given);
      // A report stored without fields was given nothing.
      expect(documents.find((d) => d.id === docId)?.given).toEqual({});

      const stored = await facts("/api/facts?doc=ban-tin-9-thang.txt");
      expect(stored.length).toBe(created.facts);
      expect(stored.length).toBeGreaterThanOrEqual(3);
      for (const f of stored) {
        expect(f.area).toBe("tỉnh Lào Cai");
        expect(typeof f.why?.kind).toBe("string");
        expect(typeof f.why?.period).toBe("string");
      }
      const one = FactDetail.parse(await json(await app.request(`/api/facts/${stored[0].id}`), 200));
      expect(one.fact.why).toEqual(stored[0].why);
    });

    it("POST /api/documents: a wrong date or period, an unknown or repeated field is a 400 naming it, and nothing is stored", async () => {
      const editor = await signIn("bientap");
      const count = async () => {
        const { documents } = DocumentsResponse.parse(await json(await app.request("/api/documents"), 200));
        return documents.length;
      };
      const before = await count();
      const upload = (fields: [string, string][]) => {
        const f = new FormData();
        for (const [k, v] of fields) f.append(k, v);
        f.append("file", new File([`${NEWS}\nSố dự án mới đạt 17 dự án.\n`], "ban-tin-khac.txt"));
        return send("POST", "/api/documents", editor, f);
      };
      expect(await json(await upload([["date", "31/02/2023"]]), 400)).toEqual({
        error: 'date: "31/02/2023" is not a date (2023-12-11, 2023-12, 2023, 11/12/2023)',
      });
      expect((await json(await upload([["period", "2023-S3"]]), 400)).error).toMatch(
        /^period: "2023-S3" is not a period code \(2023, 2023-S1/,
      );
      expect(await json(await upload([["area", "x".repeat(201)]]), 400)).toEqual({
        error: "area: too long (at most 200 characters)",
      });
      expect(await json(await upload([["nguon", "báo điện tử"]]), 400)).toEqual({
        error: "nguon: unknown field",
      });
      expect(
        await json(
          await upload([
            ["date", "2024-10-05"],
            ["date", "2024-10-06"],
          ]),
          400,
        ),
      ).toEqual({ error: "date: given more than once" });
      expect(await count()).toBe(before);
      expect(logged).toEqual([]);
    });

    it("POST /api/documents: an empty, unsupported or missing file is a 400 naming it, and nothing is stored", async () => {
      const editor = await signIn("bientap");
      const count = async () => {
        const { documents } = DocumentsResponse.parse(await json(await app.request("/api/documents"), 200));
        return documents.length;
      };
      const before = await count();
      const upload = (name: string, bytes: BlobPart) => {
        const f = new FormData();
        f.append("file", new File([bytes], name));
        return send("POST", "/api/documents", editor, f);
      };
      expect(await json(await upload("trong.txt", ""), 400)).toEqual({ error: "trong.txt: empty file" });
      expect((await json(await upload("setup.exe", "MZ\x90\x00"), 400)).error).toMatch(
        /^setup\.exe: unsupported file type "\.exe"/,
      );
      expect((await json(await upload("hong.docx", "not a zip at all"), 400)).error).toMatch(/^hong\.docx: /);
      expect(
        (await json(await upload("nhi-phan.txt", new Uint8Array([0, 1, 2, 0, 255, 0])), 400)).error,
      ).toMatch(/^nhi-phan\.txt: /);
      const noFile = new FormData();
      noFile.append("other", "x");
      expect(await json(await send("POST", "/api/documents", editor, noFile), 400)).toEqual({
        error: "other: unknown field",
      });
      expect(await json(await send("POST", "/api/documents", editor, new FormData()), 400)).toEqual({
        error: "file: required (a .txt, .md, .docx or .pdf report)",
      });
      expect((await json(await send("POST", "/api/documents", editor, { file: "x" }), 400)).error).toMatch(
        /^body: not multipart\/form-data/,
      );
      expect(await count()).toBe(before);
      // Too large: refused from its Content-Length, before it is read.
      const big = await app.request("/api/documents", {
        method: "POST",
        headers: {
          cookie: editor.cookie,
          "x-csrf-token": editor.csrf,
          "content-type": "multipart/form-data; boundary=x",
          "content-length": String(51 * 1024 * 1024),
        },
        body: "--x--",
      });
      expect(big.status).toBe(413);
      expect(logged).toEqual([]);
    });

    it("signs out: the session ends and the cookie is cleared", async () => {
      const me = await signIn("bientap");
      const res = await send("DELETE", "/api/session", me);
      expect(SessionResponse.parse(await json(res, 200))).toEqual({ user: null, csrf: null, read: "open" });
      expect(res.headers.get("set-cookie")).toMatch(/^solieu_session=;.*Max-Age=0/);
      const after = await app.request("/api/session", { headers: { cookie: me.cookie } });
      expect((await json(after, 200)).user).toBeNull();
      expect(await json(await send("POST", "/api/facts/1/review", me, { action: "confirm" }), 401)).toEqual({
        error: "cần đăng nhập",
      });
    });

    it('read "signed-in": the API answers 401 without a session, but signing in, its docs and the page', async () => {
      const closed = createApp(store, { read: "signed-in", log: (m) => logged.push(m) });
      for (const path of [
        "/api/facts",
        "/api/status",
        "/api/documents",
        `/api/documents/${docId}`,
        "/api/facts/1",
      ]) {
        const res = await closed.request(path);
        expect([path, res.status, await res.json()]).toEqual([path, 401, { error: "cần đăng nhập" }]);
      }
      const session = await closed.request("/api/session");
      expect(await json(session, 200)).toEqual({ user: null, csrf: null, read: "signed-in" });
      expect((await closed.request("/api/openapi.json")).status).toBe(200);
      expect((await closed.request("/api/docs")).status).toBe(200);
      const page = await closed.request("/");
      expect(page.status).toBe(200);
      expect(page.headers.get("content-type")).toMatch(/^text\/html/);

      const signed = await closed.request("/api/session", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "xem", password: PASSWORD }),
      });
      const cookie = `solieu_session=${/solieu_session=([^;]+)/.exec(signed.headers.get("set-cookie") ?? "")?.[1]}`;
      const res = await closed.request("/api/facts", { headers: { cookie } });
      expect(FactsResponse.parse(await json(res, 200)).facts.length).toBeGreaterThan(0);
      const mine = await closed.request("/api/session", { headers: { cookie } });
      expect((await json(mine, 200)).read).toBe("signed-in");
      expect(logged).toEqual([]);
    });
  });
}
