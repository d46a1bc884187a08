import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { documentParams, emptyQuery } from "../../api/schemas.js";
import { headingNumbering } from "../../document/headings.js";
import type { Store } from "../../store/connect.js";
import { givenFromJson } from "../../store/given.js";
import { paramsOf, queryOf } from "../params.js";

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

/**
 * GET /api/documents: the stored documents' metadata, with what the user gave of each when it
 * was stored; /api/documents/:id: one, with its text, the places of its facts, its headings
 * outline and its footnotes.
 */
export function documentsRoutes(store: Store): Hono {
  const { db } = store;
  // The facts read from each document, counted in one query.
  const withCounts = () =>
    db
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

  return new Hono()
    .get("/", async (c) => {
      queryOf(c, emptyQuery);
      const rows = await withCounts().orderBy("documents.order_date").orderBy("documents.id").execute();
      return c.json({ documents: rows.map(meta) });
    })
    .get("/:id", async (c) => {
      queryOf(c, emptyQuery);
      const { id } = paramsOf(c, documentParams);
      const row = await withCounts()
        .select("documents.raw_text")
        .where("documents.id", "=", id)
        .executeTakeFirst();
      if (!row) throw new HTTPException(404, { message: `no document ${id}` });
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
      return c.json({ document: meta(row), text: row.raw_text, facts, outline, footnotes });
    });
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

function meta(r: MetaRow) {
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

/** One document's metadata, as GET /api/documents lists it; null when there is none. */
export async function documentMeta(store: Store, id: number): Promise<ReturnType<typeof meta> | null> {
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
