import { Hono } from "hono";
import { decoyHash } from "../../accounts/password.js";
import { createSession, deleteSession } from "../../accounts/sessions.js";
import { verifyUser } from "../../accounts/users.js";
import { emptyQuery, signInBody } from "../../api/schemas.js";
import type { Store } from "../../store/connect.js";
import { clearSessionCookie, type ReadAccess, setSessionCookie } from "../auth.js";
import { jsonOf, limitBody } from "../body.js";
import { queryOf } from "../params.js";

/** The same words for a wrong name and a wrong password: which names exist stays unsaid. */
export const WRONG_CREDENTIALS = "sai tên đăng nhập hoặc mật khẩu";

/**
 * GET /api/session: who is signed in and the CSRF token; POST: sign in ({name, password}) and
 * get the cookie; DELETE: sign out. None of it is ever cached.
 */
export function sessionRoutes(store: Store, read: ReadAccess): Hono {
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
      const user = await verifyUser(store, name, password);
      if (!user) return c.json({ error: WRONG_CREDENTIALS }, 401);
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
