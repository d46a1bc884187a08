import { createHash, randomBytes } from "node:crypto";
import { deleteSessionRow, findSession, insertSession } from "../store/accounts.js";
import type { Store } from "../store/connect.js";
import { isRole, type User } from "./users.js";

/** How long a sign-in lasts. */
export const SESSION_MS = 12 * 60 * 60 * 1000;

export interface Session {
  user: User;
  /** The token every write must carry in X-CSRF-Token. */
  csrf: string;
  expires_at: string;
}

export interface NewSession extends Session {
  /** The cookie's value: given to the client once, stored only as its sha256. */
  token: string;
}

/** What a session is stored under: the sha256 of its token, so the table alone signs no one in. */
export const sessionId = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new session for the user (a random 32-byte token and CSRF token); expired ones are cleared. */
export async function createSession(store: Store, user: User, now = new Date()): Promise<NewSession> {
  const token = randomBytes(32).toString("base64url");
  const csrf = randomBytes(32).toString("base64url");
  const expires_at = new Date(now.getTime() + SESSION_MS).toISOString();
  await insertSession(
    store,
    { id: sessionId(token), user_name: user.name, csrf, created_at: now.toISOString(), expires_at },
    now.toISOString(),
  );
  return { token, csrf, expires_at, user };
}

/** The live session the token opens, with its user's role as it is now; null when none. */
export async function lookupSession(store: Store, token: string, now = new Date()): Promise<Session | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const row = await findSession(store, sessionId(token));
  if (!row || row.expires_at <= now.toISOString() || !isRole(row.role)) return null;
  return { user: { name: row.name, role: row.role }, csrf: row.csrf, expires_at: row.expires_at };
}

/** End the session the token opens (nothing when there is none). */
export async function deleteSession(store: Store, token: string): Promise<void> {
  await deleteSessionRow(store, sessionId(token));
}
