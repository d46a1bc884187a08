import { sql } from "kysely";
import type { Kind, StoredFact } from "../api/types.js";
import { fold } from "../text/fold.js";
import { loadAreas, resolveArea, spellingsOf } from "./areas.js";
import type { Store } from "./connect.js";
import { factRecords, storedFact } from "./rows.js";

export interface FactQuery {
  /** A catalogue code ("grdp_growth"), or words of the indicator as written, diacritics optional. */
  indicator?: string;
  /** A unit's name, alias or code, diacritics and level word optional ("huyen Dien Bien"). */
  area?: string;
  /** A period code, exactly ("2023", "2023-S1", "2021/2025"). */
  period?: string;
  kind?: Kind;
  /** The document's file name. */
  doc?: string;
  limit?: number;
  offset?: number;
  /** Rejected facts too (a reviewer said the figure is wrong); left out by default. */
  includeRejected?: boolean;
}

export type { StoredFact };

/**
 * Stored facts: every version of a figure, oldest document first (by the document's date, for
 * an undated one the end of the period it reports on; then by when it was stored), then by
 * place in the document.
 * A series query (indicator code, area, period, kind) is answered from the facts_series index.
 * Facts a reviewer rejected are left out unless `includeRejected` asks for them.
 */
export async function queryFacts(store: Store, q: FactQuery = {}): Promise<StoredFact[]> {
  const { db } = store;
  let query = factRecords(db);
  if (q.indicator?.trim()) {
    const code = await catalogueCode(store, q.indicator);
    if (code) query = query.where("facts.indicator_code", "=", code);
    else {
      // LIKE with an explicit escape character: the same on SQLite and PostgreSQL.
      const words = fold(q.indicator)
        .replace(/\s+/g, " ")
        .trim()
        .replace(/[\\%_]/g, "\\$&");
      query = query.where(sql<boolean>`facts.indicator_folded like ${`%${words}%`} escape '\\'`);
    }
  }
  if (q.area?.trim()) {
    const units = resolveArea(await loadAreas(db), q.area);
    // A name the store does not know is still looked for as written.
    const spellings = units.length ? units.flatMap(spellingsOf) : [q.area.trim()];
    query = query.where("facts.area", "in", spellings);
  }
  if (!q.includeRejected) query = query.where("facts.review_state", "!=", "rejected");
  if (q.period) query = query.where("facts.period", "=", q.period);
  if (q.kind) query = query.where("facts.kind", "=", q.kind);
  if (q.doc) query = query.where("documents.name", "=", q.doc);
  query = query
    .orderBy("documents.order_date")
    .orderBy("documents.id")
    .orderBy("facts.line")
    .orderBy("facts.column")
    .orderBy("facts.id");
  // SQLite takes no OFFSET without a LIMIT.
  if (q.limit !== undefined || q.offset) query = query.limit(q.limit ?? Number.MAX_SAFE_INTEGER);
  if (q.offset) query = query.offset(q.offset);

  return (await query.execute()).map(storedFact);
}

/** The catalogue code the text is, if it is one ("GRDP_growth" → grdp_growth). */
async function catalogueCode(store: Store, text: string): Promise<string | null> {
  const row = await store.db
    .selectFrom("indicators")
    .select("code")
    .where("code", "=", text.trim().toLowerCase())
    .executeTakeFirst();
  return row?.code ?? null;
}

/**
 * The facts, rejected ones left out, stored within `span` lines of any of these places (a
 * document and a line), in no particular order: the figures around a sentence.
 */
export async function factsNear(
  store: Store,
  places: { documentId: number; line: number }[],
  span: number,
): Promise<StoredFact[]> {
  if (!places.length) return [];
  const rows = await factRecords(store.db)
    .where((eb) =>
      eb.or(
        places.map((p) =>
          eb.and([
            eb("facts.document_id", "=", p.documentId),
            eb("facts.line", ">=", p.line - span),
            eb("facts.line", "<=", p.line + span),
          ]),
        ),
      ),
    )
    .where("facts.review_state", "!=", "rejected")
    .execute();
  return rows.map(storedFact);
}
