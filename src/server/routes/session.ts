import { Hono } from "hono";
import { decoyHash } from "../../accounts/password.js";
import { createSession, deleteSession } from "../../accounts/sessions.js";
import type { SignInLimits } from "../../accounts/sign-in-limits.js";
import { verifyUser } from "../../accounts/users.js";
import { emptyQuery, signInBody } from "../../api/schemas.js";
import type { Store } from "../../store/connect.js";
import { clientAddress } from "../address.js";
import { clearSessionCookie, type ReadAccess, setSessionCookie } from "../auth.js";
import { jsonOf, limitBody } from "../body.js";
import { queryOf } from "../params.js";

/** The same words for a wrong name and a wrong password: which names exist stays unsaid. */
export const WRONG_CREDENTIALS = "sai tên đăng nhập hoặc mật khẩu";

/** Said with a 429: how long to wait, in minutes and seconds as a person reads them. */
export function tooManyAttempts(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  const wait = m ? `${m} phút${s ? ` ${s} giây` : ""}` : `${s} giây`;
  return `đăng nhập sai quá nhiều lần; vui lòng thử lại sau ${wait}`;
}

/** Where each sign-in, failure and refusal is written, one line each (never the password). */
export type SignInLog = (line: string) => void;

/**
 * GET /api/session: who is signed in and the CSRF token; POST: sign in ({name, password}) and
 * get the cookie, within the limits (429 with Retry-After past them); DELETE: sign out. None of
 * it is ever cached.
 */
export function sessionRoutes(store: Store, read: ReadAccess, limits: SignInLimits, log: SignInLog): Hono {
  /** time, what happened, the name (quoted: it is whatever was typed) and the address. */
  const record = (event: string, name: string, address: string) =>
    log(`${new Date(limits.now()).toISOString()} ${event} name=${JSON.stringify(name)} address=${address}`);
  // Made now, so the first sign-in with an unknown name takes no longer than any other.
  void decoyHash();
  return new Hono()
    .use("*", async (c, next) => {
      c.header("Cache-Control", "no-store");
      await next();
    })
    .get("/", (c) => {
      queryOf(c, emptyQuery);
      const session = c.get("session");
      return c.json({ user: session?.user ?? null, csrf: session?.csrf ?? null, read });
    })
    .post("/", limitBody(64 * 1024), async (c) => {
      const { name, password } = await jsonOf(c, signInBody);
      const address = clientAddress(c);
      // Refused before the password is looked at, for a name that exists or not alike.
      const wait = limits.retryAfter(name, address);
      if (wait) {
        record("sign-in refused (too many failures)", name, address);
        c.header("Retry-After", String(wait));
        return c.json({ error: tooManyAttempts(wait) }, 429);
      }
      const user = await verifyUser(store, name, password);
      if (!user) {
        limits.failed(name, address);
        record("sign-in failed", name, address);
        return c.json({ error: WRONG_CREDENTIALS }, 401);
      }
      limits.succeeded(name);
      record("signed in", user.name, address);
      // A new token at every sign-in; the one the browser held before ends.
      const old = c.get("sessionToken");
      if (old) await deleteSession(store, old);
      const session = await createSession(store, user);
      setSessionCookie(c, session.token);
      return c.json({ user: session.user, csrf: session.csrf });
    })
    .delete("/", async (c) => {
      const token = c.get("sessionToken");
      if (token) await deleteSession(store, token);
      clearSessionCookie(c);
      return c.json({ user: null, csrf: null, read });
    });
}
