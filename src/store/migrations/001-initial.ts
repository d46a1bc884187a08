import { type Kysely, sql } from "kysely";
import type { StoreDialect } from "../dialect.js";

/** Documents, facts, searchable segments, catalogue, areas and the review history. */
export async function up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  const id = dialect.types.serialKey;
  const real = dialect.types.real;
  await sql`create table documents (
    ${id("id")},
    name text not null,
    format text not null,
    title text not null,
    type text not null,
    issuer text not null,
    area text not null,
    period text not null,
    plan_period text,
    date text,
    order_date text not null,
    draft integer not null,
    lines integer not null,
    content_hash text not null unique,
    raw_text text not null,
    ingested_at text not null
  )`.execute(db);
  await sql`create table facts (
    ${id("id")},
    document_id integer not null references documents(id) on delete cascade,
    line integer not null,
    "column" integer not null,
    page integer,
    value_text text not null,
    value ${sql.raw(real)} not null,
    value_max ${sql.raw(real)},
    total ${sql.raw(real)},
    unit text not null,
    measure text not null,
    kind text not null,
    period text not null,
    indicator_code text,
    indicator_text text not null,
    indicator_folded text not null,
    area text not null,
    base text,
    qualifier text not null,
    sentence text not null,
    review_state text not null default 'extracted'
  )`.execute(db);
  await sql`create index facts_series on facts (indicator_code, area, period, kind)`.execute(db);
  await sql`create index facts_document on facts (document_id, line)`.execute(db);
  await sql`create table segments (
    ${id("id")},
    document_id integer not null references documents(id) on delete cascade,
    line integer not null,
    line_end integer not null,
    kind text not null,
    text text not null,
    folded text not null
  )`.execute(db);
  await sql`create index segments_document on segments (document_id, line)`.execute(db);
  await sql`create table indicators (
    code text primary key,
    name_vi text not null,
    name_en text not null,
    unit text not null,
    direction text not null,
    sector text not null,
    aliases text not null
  )`.execute(db);
  await sql`create table areas (
    code text primary key,
    name text not null,
    level text not null,
    parent text,
    valid_from text,
    valid_to text,
    successor text,
    aliases text not null
  )`.execute(db);
  await sql`create table reviews (
    ${id("id")},
    fact_id integer not null references facts(id) on delete cascade,
    action text not null,
    changes text not null,
    user_name text not null,
    at text not null
  )`.execute(db);
}
