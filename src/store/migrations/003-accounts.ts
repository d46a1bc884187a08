import { type Kysely, sql } from "kysely";
import type { StoreDialect } from "../dialect.js";

/**
 * Accounts for the HTTP API: users (a role and a scrypt password hash; src/accounts/password.ts)
 * and their sessions. A session is stored by the sha256 of its cookie token only, so the table
 * alone signs nobody in. Removing a user ends their sessions; their reviews stay, by name.
 * Reviews gain a note, and an index to read a fact's history.
 */
export async function up(db: Kysely<unknown>, _dialect: StoreDialect): Promise<void> {
  await sql`create table users (
    name text primary key,
    role text not null check (role in ('viewer', 'editor', 'admin')),
    password_hash text not null,
    created_at text not null
  )`.execute(db);
  await sql`create table sessions (
    id text primary key,
    user_name text not null references users(name) on delete cascade,
    csrf text not null,
    created_at text not null,
    expires_at text not null
  )`.execute(db);
  await sql`create index sessions_user on sessions (user_name)`.execute(db);
  await sql`create index sessions_expiry on sessions (expires_at)`.execute(db);
  await sql`alter table reviews add column note text`.execute(db);
  await sql`create index reviews_fact on reviews (fact_id, id)`.execute(db);
}
