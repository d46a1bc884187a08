import { timingSafeEqual } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { atLeast, type Role } from "../accounts/roles.js";
import { lookupSession, SESSION_MS, type Session } from "../accounts/sessions.js";
import type { Store } from "../store/connect.js";

/**
 * Sign-in for the HTTP API. A session is a cookie holding a random token (the store keeps its
 * sha256 only); every write (POST, PUT, PATCH, DELETE) but signing in needs a session and its
 * CSRF token in the X-CSRF-Token header, and is refused outright when the browser says it comes
 * from another origin. Reading is open unless the app is made with read "signed-in".
 */

export const SESSION_COOKIE = "solieu_session";

/** open: anyone may read; signed-in: every GET /api/* but the few below needs a session. */
export type ReadAccess = "open" | "signed-in";

/** What a client needs to sign in, whatever the read access. */
const ALWAYS_OPEN = new Set(["/api/session", "/api/openapi.json", "/api/docs"]);

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export const MESSAGES = {
  signIn: "cần đăng nhập",
  csrf: "thiếu hoặc sai mã CSRF",
  origin: "yêu cầu từ trang web khác bị từ chối",
  editor: "cần quyền biên tập (editor)",
  admin: "cần quyền quản trị (admin)",
  viewer: "cần đăng nhập",
} as const;

declare module "hono" {
  interface ContextVariableMap {
    /** The request's session, once `authenticate` has looked; null for none. */
    session: Session | null;
    /** The cookie token of that session. */
    sessionToken: string | null;
  }
}

/**
 * Looks up the session of API requests and of every write, and refuses a write from another
 * origin (403), without a session (401) or without its CSRF token (403). Mount before the routes.
 */
export function authenticate(store: Store): MiddlewareHandler {
  return async (c, next) => {
    c.set("session", null);
    c.set("sessionToken", null);
    const unsafe = UNSAFE.has(c.req.method);
    const api = c.req.path === "/api" || c.req.path.startsWith("/api/");
    if (!unsafe && !api) return next();
    if (unsafe && foreignOrigin(c)) return c.json({ error: MESSAGES.origin }, 403);
    const token = getCookie(c, SESSION_COOKIE) ?? null;
    const session = token ? await lookupSession(store, token) : null;
    c.set("session", session);
    c.set("sessionToken", session ? token : null);
    // A cookie that opens nothing (expired, signed out elsewhere) is taken back.
    if (token && !session) clearSessionCookie(c);
    if (!unsafe || (c.req.method === "POST" && c.req.path === "/api/session")) return next();
    if (!session) return c.json({ error: MESSAGES.signIn }, 401);
    if (!sameToken(c.req.header("x-csrf-token"), session.csrf)) return c.json({ error: MESSAGES.csrf }, 403);
    return next();
  };
}

/** With read "signed-in": GET /api/* without a session is a 401 (but signing in and the API's docs). */
export function readAccess(read: ReadAccess): MiddlewareHandler {
  return async (c, next) => {
    if (read === "open" || ALWAYS_OPEN.has(c.req.path) || c.get("session")) return next();
    return c.json({ error: MESSAGES.signIn }, 401);
  };
}

/** Only a signed-in user of this role or above: 401 without a session, 403 with too low a role. */
export function requireRole(role: Role): MiddlewareHandler {
  return async (c, next) => {
    const session = c.get("session");
    if (!session) return c.json({ error: MESSAGES.signIn }, 401);
    if (!atLeast(session.user.role, role)) return c.json({ error: MESSAGES[role] }, 403);
    return next();
  };
}

/** The session cookie: HttpOnly, SameSite=Strict, Path=/, Secure when the request came over https. */
export function setSessionCookie(c: Context, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "Strict",
    path: "/",
    secure: overHttps(c),
    maxAge: Math.floor(SESSION_MS / 1000),
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { httpOnly: true, sameSite: "Strict", path: "/", secure: overHttps(c) });
}

/** Over https: to this server, or to a TLS proxy in front that says so. */
function overHttps(c: Context): boolean {
  if (new URL(c.req.url).protocol === "https:") return true;
  return c.req.header("x-forwarded-proto")?.split(",")[0].trim().toLowerCase() === "https";
}

/**
 * An Origin header naming another host than the request's (Host, or the X-Forwarded-Host a proxy
 * in front set): a page elsewhere posting here. "null" (a sandboxed or file page) is foreign too.
 */
function foreignOrigin(c: Context): boolean {
  const origin = c.req.header("origin");
  if (origin === undefined) return false;
  let from: URL;
  try {
    from = new URL(origin);
  } catch {
    return true;
  }
  const hosts = [
    c.req.header("host") ?? new URL(c.req.url).host,
    c.req.header("x-forwarded-host")?.split(",")[0],
  ];
  return !hosts.some((h) => {
    if (!h?.trim()) return false;
    try {
      return new URL(`${from.protocol}//${h.trim()}`).host === from.host;
    } catch {
      return false;
    }
  });
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
