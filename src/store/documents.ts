import type { DocumentDetail, DocumentMeta } from "../api/types.js";
import { headingNumbering } from "../document/headings.js";
import type { Segment } from "../document/segments.js";
import type { DocumentHints, DocumentInfo, Fact } from "../facts/types.js";
import { periodEnd } from "../periods/codes.js";
import { registerSpellings } from "./areas.js";
import type { Store } from "./connect.js";
import { givenFromJson } from "./given.js";
import { factRow, segmentRow } from "./rows.js";

/** A document to store: what it says of itself, its bytes' hash, its text, facts and segments. */
export interface NewDocument {
  document: DocumentInfo;
  /** sha256 of the file's bytes: the same file twice is stored once. */
  hash: string;
  rawText: string;
  /** What the user said of it (stored as `given`); nothing by default. */
  given?: DocumentHints;
  /** Where it comes among the others (documents.order_date): by default its date, else the end of its period. */
  orderDate?: string;
  facts: Fact[];
  /** Its searchable sentences, rows, headings and footnotes. */
  segments: Pick<Segment, "line" | "line_end" | "kind" | "text">[];
}

/** Rows per insert: few round trips, well under both databases' limits on bound values. */
const BATCH = 500;

/**
 * Store a document with its facts and segments in one transaction, and make the area spellings
 * it uses known: all of it or, when anything fails, none. The one way a document is written
 * (ingest, upload and import alike); returns its id.
 */
export async function saveDocument(store: Store, d: NewDocument): Promise<number> {
  const doc = d.document;
  return store.db.transaction().execute(async (trx) => {
    // The first statement writes, so SQLite takes its write lock before reading anything.
    const { id } = await trx
      .insertInto("documents")
      .values({
        name: doc.doc,
        format: doc.format,
        title: doc.title,
        type: doc.type,
        issuer: doc.issuer,
        area: doc.area,
        period: doc.period,
        plan_period: doc.plan_period,
        date: doc.date,
        order_date: d.orderDate ?? doc.date ?? periodEnd(doc.period),
        draft: doc.draft ? 1 : 0,
        lines: doc.lines,
        content_hash: d.hash,
        raw_text: d.rawText,
        ingested_at: new Date().toISOString(),
        given: JSON.stringify(d.given ?? {}),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    for (let i = 0; i < d.facts.length; i += BATCH)
      await trx
        .insertInto("facts")
        .values(d.facts.slice(i, i + BATCH).map((f) => factRow(id, f)))
        .execute();
    await registerSpellings(trx, store.dialect, new Set([doc.area, ...d.facts.map((f) => f.area)]));
    for (let i = 0; i < d.segments.length; i += BATCH)
      await trx
        .insertInto("segments")
        .values(d.segments.slice(i, i + BATCH).map((s) => segmentRow(id, s)))
        .execute();
    return id;
  });
}

/** The document stored with these bytes, and its number of facts (ingest and import alike). */
export async function storedAs(store: Store, hash: string): Promise<{ id: number; facts: number } | null> {
  const doc = await store.db
    .selectFrom("documents")
    .select("id")
    .where("content_hash", "=", hash)
    .executeTakeFirst();
  if (!doc) return null;
  const { n } = await store.db
    .selectFrom("facts")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("document_id", "=", doc.id)
    .executeTakeFirstOrThrow();
  return { id: doc.id, facts: Number(n) };
}

const META = [
  "documents.id",
  "documents.name",
  "documents.format",
  "documents.title",
  "documents.type",
  "documents.issuer",
  "documents.area",
  "documents.period",
  "documents.plan_period",
  "documents.date",
  "documents.draft",
  "documents.lines",
  "documents.ingested_at",
  "documents.given",
] as const;

/** Documents with the number of facts read from each, counted in one query. */
function withCounts(store: Store) {
  return store.db
    .selectFrom("documents")
    .leftJoin(
      (eb) =>
        eb
          .selectFrom("facts")
          .select(["document_id", (f) => f.fn.countAll<number | string>().as("n")])
          .groupBy("document_id")
          .as("counts"),
      (join) => join.onRef("counts.document_id", "=", "documents.id"),
    )
    .select([...META, "counts.n"]);
}

type MetaRow = {
  id: number;
  name: string;
  format: string;
  title: string;
  type: string;
  issuer: string;
  area: string;
  period: string;
  plan_period: string | null;
  date: string | null;
  draft: number;
  lines: number;
  ingested_at: string;
  given: string;
  n: number | string | null;
};

function meta(r: MetaRow): DocumentMeta {
  return {
    id: r.id,
    doc: r.name,
    format: r.format,
    title: r.title,
    type: r.type,
    issuer: r.issuer,
    area: r.area,
    period: r.period,
    plan_period: r.plan_period,
    date: r.date,
    draft: !!r.draft,
    lines: r.lines,
    ingested_at: r.ingested_at,
    given: givenFromJson(r.given),
    // PostgreSQL counts in bigint, which arrives as a string.
    facts: Number(r.n ?? 0),
  };
}

/** The stored documents' metadata, with what the user gave of each, oldest first. */
export async function listDocuments(store: Store): Promise<DocumentMeta[]> {
  const rows = await withCounts(store).orderBy("documents.order_date").orderBy("documents.id").execute();
  return rows.map(meta);
}

/** One document's metadata, as listDocuments gives it; null when there is none. */
export async function documentMeta(store: Store, id: number): Promise<DocumentMeta | null> {
  const row = await store.db
    .selectFrom("documents")
    .select(META)
    .where("documents.id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  const { n } = await store.db
    .selectFrom("facts")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("document_id", "=", id)
    .executeTakeFirstOrThrow();
  return meta({ ...row, n });
}

/** One document with its text, the places of its facts, its outline and footnotes; null when none. */
export async function documentDetail(store: Store, id: number): Promise<DocumentDetail | null> {
  const { db } = store;
  const row = await withCounts(store)
    .select("documents.raw_text")
    .where("documents.id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  const facts = await db
    .selectFrom("facts")
    .select(["id", "line", "column", "value_text"])
    .where("document_id", "=", id)
    .orderBy("line")
    .orderBy("column")
    .orderBy("id")
    .execute();
  // The outline and the footnotes, from the segments ingest stored (one row per heading or note).
  const parts = await db
    .selectFrom("segments")
    .select(["kind", "line", "line_end", "text"])
    .where("document_id", "=", id)
    .where("kind", "in", ["heading", "footnote"])
    .orderBy("line")
    .orderBy("id")
    .execute();
  const outline = parts
    .filter((p) => p.kind === "heading")
    .map((p) => ({ line: p.line, level: headingNumbering(p.text)?.level ?? 1, text: p.text }));
  const footnotes = parts
    .filter((p) => p.kind === "footnote")
    .map((p) => ({ line: p.line, line_end: p.line_end, text: p.text }));
  return { document: meta(row), text: row.raw_text, facts, outline, footnotes };
}

/** Each stored document's area (ask reads the unit most of them are about). */
export async function documentAreas(store: Store): Promise<string[]> {
  return (await store.db.selectFrom("documents").select(["area"]).execute()).map((r) => r.area);
}

/** Each stored document's date and period (ask reads the newest year from them). */
export async function documentDates(store: Store): Promise<{ date: string | null; period: string }[]> {
  return store.db.selectFrom("documents").select(["date", "period"]).execute();
}
