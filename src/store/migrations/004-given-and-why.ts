import { type Kysely, sql } from "kysely";
import type { StoreDialect } from "../dialect.js";

/**
 * What the user said of a document and why each fact is labelled as it is. Documents gain
 * `given`: the hints given at ingest (date, period, area, title, issuer), as a JSON object,
 * "{}" when none (documents stored before and imported ones). Facts gain `why_kind` and
 * `why_period`: the rules that set their kind and their period (null for facts stored before
 * and for imported ones).
 */
export async function up(db: Kysely<unknown>, _dialect: StoreDialect): Promise<void> {
  await sql`alter table documents add column given text not null default '{}'`.execute(db);
  await sql`alter table facts add column why_kind text`.execute(db);
  await sql`alter table facts add column why_period text`.execute(db);
}
