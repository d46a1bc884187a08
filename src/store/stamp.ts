import { sql } from "kysely";
import type { Store } from "./connect.js";

/**
 * What the stored data looks like now, in one cheap query: the newest document, how many there
 * are and the newest review. Every write the system makes (ingest, import, upload, review) moves
 * one of them, whichever process made it, so an answer computed under the same stamp is still
 * right.
 */
export async function storeStamp(store: Store): Promise<string> {
  const { rows } = await sql<{ d: number | string; n: number | string; r: number | string }>`
    select (select coalesce(max(id), 0) from documents) as d,
           (select count(*) from documents) as n,
           (select coalesce(max(id), 0) from reviews) as r`.execute(store.db);
  const { d, n, r } = rows[0];
  return `${d}.${n}.${r}`;
}
