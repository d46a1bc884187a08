/**
 * Limits on guessing passwords at POST /api/session: after 5 failures for one name or from one
 * address within 15 minutes, 429 with Retry-After and a Vietnamese message, for a name that
 * exists or not alike, the right password too, until the window has passed (a clock the test
 * moves, no waiting); the password check does the same work for an unknown name; every sign-in,
 * failure and refusal is logged with time, name and address, never the password.
 *
 * Runs on the built library (`npm run build` first; `npm test` does it).
 */

import crypto from "node:crypto";
import { syncBuiltinESMExports } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SignInLimits } from "../dist/accounts/sign-in-limits.js";
import { addUser } from "../dist/accounts/users.js";
import { createApp } from "../dist/server/app.js";
import type { Store } from "../dist/store/connect.js";
import { backends } from "./helpers/backends.js";

const PASSWORD = "mật-khẩu-quản-trị";
const MINUTE = 60_000;
const WRONG = "sai tên đăng nhập hoặc mật khẩu";

for (const backend of backends("sign-in limits")) {
  afterAll(() => backend.cleanup());

  describe(`sign-in limits on ${backend.name}`, () => {
    let store: Store;
    let now: number;
    let log: string[];
    let app: ReturnType<typeof createApp>;

    beforeAll(async () => {
      store = await backend.open();
      await addUser(store, "admin", "admin", PASSWORD);
      await addUser(store, "lan", "editor", PASSWORD);
    });
    afterAll(async () => {
      await store?.close();
    });

    /** A fresh app (fresh counts) on a clock that starts now and moves only when the test says. */
    function fresh() {
      now = Date.parse("2024-11-14T08:00:00.000Z");
      log = [];
      app = createApp(store, {
        signInLimits: new SignInLimits({ now: () => now }),
        signInLog: (line) => log.push(line),
        log: (m) => log.push(`ERROR ${m}`),
      });
    }

    /** POST /api/session from `address`: the status, Retry-After and error. */
    async function signIn(name: string, password: string, address = "203.0.113.7") {
      const res = await app.request(
        "/api/session",
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ name, password }),
        },
        // What @hono/node-server hands the app: the socket the request came on.
        { incoming: { socket: { remoteAddress: address } } },
      );
      const body = (await res.json()) as { error?: string };
      return { status: res.status, retryAfter: res.headers.get("retry-after"), error: body.error };
    }

    it("30 wrong passwords for admin: the 6th and later are 429, the right one waits too until the window ends", async () => {
      fresh();
      const answers = [];
      for (let i = 1; i <= 30; i++) {
        answers.push(await signIn("admin", `sai-mat-khau-${i}`));
        now += 1000; // a guess a second
      }
      expect(answers.slice(0, 5).map((a) => [a.status, a.error])).toEqual(Array(5).fill([401, WRONG]));
      for (const a of answers.slice(5)) {
        expect(a.status).toBe(429);
        expect(a.error).toMatch(/^đăng nhập sai quá nhiều lần; vui lòng thử lại sau \d+ phút( \d+ giây)?$/);
        expect(Number(a.retryAfter)).toBeGreaterThan(0);
      }
      // Five failures within 15 minutes lock it: the lock lifts when the first of them (t = 0)
      // leaves the window, whatever was tried meanwhile (refused knocks do not extend it).
      expect(answers[5]).toMatchObject({ retryAfter: String(15 * 60 - 5) }); // asked at t = 5 s
      expect(answers[29]).toMatchObject({ retryAfter: String(15 * 60 - 29) }); // at t = 29 s

      // The right password now: still refused.
      const right = await signIn("admin", PASSWORD);
      expect(right.status).toBe(429);
      now += 10 * MINUTE;
      expect(await signIn("admin", PASSWORD)).toMatchObject({ status: 429 });
      // Past the window of the failures that set the lock: in.
      now = Date.parse("2024-11-14T08:00:00.000Z") + 15 * MINUTE - 1;
      expect(await signIn("admin", PASSWORD)).toMatchObject({ status: 429, retryAfter: "1" });
      now += 1;
      expect(await signIn("admin", PASSWORD)).toMatchObject({ status: 200, retryAfter: null });
      // And the name's count starts afresh after a sign-in.
      for (let i = 0; i < 4; i++) expect((await signIn("admin", "sai", "198.51.100.1")).status).toBe(401);
      expect((await signIn("admin", PASSWORD, "198.51.100.1")).status).toBe(200);
    });

    it("a name that does not exist is answered exactly as one that does: 401 five times, then 429", async () => {
      const run = async (name: string) => {
        fresh();
        const out = [];
        for (let i = 0; i < 8; i++) out.push(await signIn(name, "sai-mat-khau"));
        return out;
      };
      const known = await run("admin");
      const unknown = await run("khong-ai-ten-nay");
      expect(unknown).toEqual(known);
      expect(known.map((a) => a.status)).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    });

    it("counts one address over many names, and one name over many addresses", async () => {
      fresh();
      // Five names guessed from one address: the address is locked, for every name.
      for (const name of ["a1", "a2", "a3", "a4", "a5"])
        expect((await signIn(name, "x", "10.0.0.9")).status).toBe(401);
      expect((await signIn("lan", PASSWORD, "10.0.0.9")).status).toBe(429);
      // The same user from elsewhere is not.
      expect((await signIn("lan", PASSWORD, "10.0.0.10")).status).toBe(200);

      fresh();
      // One name guessed from five addresses: the name is locked, from everywhere.
      for (let i = 1; i <= 5; i++) expect((await signIn("lan", "x", `10.1.0.${i}`)).status).toBe(401);
      expect((await signIn("lan", PASSWORD, "10.1.0.99")).status).toBe(429);
      // Typed another way, it is the same name.
      expect((await signIn("LAN", PASSWORD, "10.1.0.98")).status).toBe(429);
      // Other names from a fresh address are not held up.
      expect((await signIn("admin", PASSWORD, "10.1.0.97")).status).toBe(200);
    });

    it("a malformed body is no failed guess", async () => {
      fresh();
      for (let i = 0; i < 10; i++) {
        const res = await app.request("/api/session", { method: "POST", body: "{not json" });
        expect(res.status).toBe(400);
      }
      expect((await signIn("admin", PASSWORD, "unknown")).status).toBe(200);
    });

    it("logs every sign-in, failure and refusal with time, name and address, never the password", async () => {
      fresh();
      await signIn("admin", "mat-khau-sai-1", "192.0.2.1");
      await signIn("ai\nđó", "mat-khau-sai-2", "192.0.2.2");
      now += 1000;
      await signIn("admin", PASSWORD, "192.0.2.1");
      for (let i = 0; i < 6; i++) await signIn("lan", "mat-khau-sai-3", "192.0.2.3");
      expect(log.slice(0, 3)).toEqual([
        '2024-11-14T08:00:00.000Z sign-in failed name="admin" address=192.0.2.1',
        '2024-11-14T08:00:00.000Z sign-in failed name="ai\\nđó" address=192.0.2.2',
        '2024-11-14T08:00:01.000Z signed in name="admin" address=192.0.2.1',
      ]);
      expect(log.slice(3)).toEqual([
        ...Array(5).fill('2024-11-14T08:00:01.000Z sign-in failed name="lan" address=192.0.2.3'),
        '2024-11-14T08:00:01.000Z sign-in refused (too many failures) name="lan" address=192.0.2.3',
      ]);
      const all = log.join("\n");
      for (const secret of ["mat-khau-sai", PASSWORD]) expect(all).not.toContain(secret);
    });

    it("does the same work for a name that does not exist: one scrypt of the same cost", async () => {
      fresh();
      const calls: unknown[][] = [];
      const real = crypto.scrypt;
      // The password module imports scrypt by name; syncBuiltinESMExports makes it see the wrapper.
      crypto.scrypt = ((...args: unknown[]) => {
        calls.push(args.slice(2, 4));
        return (real as (...a: unknown[]) => void)(...args);
      }) as typeof crypto.scrypt;
      syncBuiltinESMExports();
      try {
        await signIn("admin", "sai-mat-khau", "192.0.2.50");
        const known = calls.splice(0);
        await signIn("khong-ai-ten-nay", "sai-mat-khau", "192.0.2.51");
        const unknown = calls.splice(0);
        expect(known).toHaveLength(1);
        expect(unknown).toEqual(known);
      } finally {
        crypto.scrypt = real;
        syncBuiltinESMExports();
      }
    });
  });
}
