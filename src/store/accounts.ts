import type { Store } from "./connect.js";

/**
 * The accounts' rows: users and their sessions. What an account may be, how its password is
 * hashed and when a session ends is src/accounts' to say; this is where they are kept.
 */

export interface UserRow {
  name: string;
  role: string;
  password_hash: string;
  created_at: string;
}

/** The user of this name (exactly as stored), or undefined. */
export async function findUser(store: Store, name: string): Promise<UserRow | undefined> {
  return store.db
    .selectFrom("users")
    .select(["name", "role", "password_hash", "created_at"])
    .where("name", "=", name)
    .executeTakeFirst();
}

export async function insertUser(store: Store, user: UserRow): Promise<void> {
  await store.db.insertInto("users").values(user).execute();
}

/** Remove a user and end its sessions, in one transaction; whether there was one. */
export async function deleteUser(store: Store, name: string): Promise<boolean> {
  const r = await store.db.transaction().execute(async (trx) => {
    await trx.deleteFrom("sessions").where("user_name", "=", name).execute();
    return trx.deleteFrom("users").where("name", "=", name).executeTakeFirst();
  });
  return !!Number(r.numDeletedRows);
}

/** Every user, by name. */
export async function userRows(store: Store): Promise<Omit<UserRow, "password_hash">[]> {
  return store.db.selectFrom("users").select(["name", "role", "created_at"]).orderBy("name").execute();
}

export interface SessionRow {
  /** sha256 (hex) of the cookie's token. */
  id: string;
  user_name: string;
  csrf: string;
  created_at: string;
  expires_at: string;
}

/** Keep a new session, clearing those expired by `now` (ISO) first. */
export async function insertSession(store: Store, session: SessionRow, now: string): Promise<void> {
  await store.db.deleteFrom("sessions").where("expires_at", "<=", now).execute();
  await store.db.insertInto("sessions").values(session).execute();
}

/** The session stored under this id, with its user's name and role as they are now. */
export async function findSession(
  store: Store,
  id: string,
): Promise<{ name: string; role: string; csrf: string; expires_at: string } | undefined> {
  return store.db
    .selectFrom("sessions")
    .innerJoin("users", "users.name", "sessions.user_name")
    .select(["users.name", "users.role", "sessions.csrf", "sessions.expires_at"])
    .where("sessions.id", "=", id)
    .executeTakeFirst();
}

export async function deleteSessionRow(store: Store, id: string): Promise<void> {
  await store.db.deleteFrom("sessions").where("id", "=", id).execute();
}
