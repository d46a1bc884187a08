import type { Kysely } from "kysely";
import type { FactChanges, FactDetail, ReviewAction, ReviewEntry, ReviewState } from "../api/types.js";
import { fold } from "../text/fold.js";
import { registerSpellings } from "./areas.js";
import type { Store } from "./connect.js";
import { factRecords, storedFact } from "./rows.js";
import type { Database } from "./schema.js";

/** The fields a reviewer may correct (FactChanges), as the review request and the history name them. */
export type Field = keyof FactChanges;
export type FieldValue = string | number | null;

export interface ReviewInput {
  action: ReviewAction;
  changes?: FactChanges;
  note?: string | null;
}

/** A fact with its review history, newest first. */
export type FactWithHistory = FactDetail;

/** A review refused for what it asks, said as `<field>: <reason>`. */
export class ReviewError extends Error {
  override name = "ReviewError";
}

const FIELDS: Field[] = [
  "value",
  "value_max",
  "unit",
  "measure",
  "kind",
  "period",
  "area",
  "indicator_code",
  "indicator_text",
];

const STATE_AFTER: Record<ReviewAction, ReviewState> = {
  confirm: "confirmed",
  correct: "corrected",
  reject: "rejected",
};

/** One fact, rejected or not, with its review history; null when there is no such fact. */
export async function factWithHistory(store: Store, id: number): Promise<FactWithHistory | null> {
  return read(store.db, id);
}

/**
 * Review a fact in one transaction: "correct" changes its fields in place (at least one must
 * differ), "confirm" and "reject" only its state; the review row keeps every changed field's old
 * and new value, who and when. Null when there is no such fact; throws ReviewError for a review
 * that cannot be made.
 */
export async function reviewFact(
  store: Store,
  id: number,
  input: ReviewInput,
  user: string,
): Promise<FactWithHistory | null> {
  const given = Object.fromEntries(
    Object.entries(input.changes ?? {}).filter(([, v]) => v !== undefined),
  ) as FactChanges;
  if (input.action !== "correct" && Object.keys(given).length)
    throw new ReviewError(`changes: only with action "correct" (not "${input.action}")`);
  return store.db.transaction().execute(async (trx) => {
    // Where the database locks on the first write (SQLite), write first, so the write lock is
    // taken before the fact is read.
    await store.dialect.writeFirst(() =>
      trx
        .updateTable("facts")
        .set((eb) => ({ review_state: eb.ref("review_state") }))
        .where("id", "=", id)
        .execute(),
    );
    const row = await trx
      .selectFrom("facts")
      .select(FIELDS)
      .where("id", "=", id)
      .$call(store.dialect.forUpdate)
      .executeTakeFirst();
    if (!row) return null;

    const changes: ReviewEntry["changes"] = {};
    for (const field of FIELDS) {
      if (!(field in given)) continue;
      const from = row[field] as FieldValue;
      const to = given[field] as FieldValue;
      if (from !== to) changes[field] = { from, to };
    }
    if (input.action === "correct") {
      if (!Object.keys(changes).length)
        throw new ReviewError("changes: no field differs from the stored fact (nothing to correct)");
      const value = (changes.value?.to ?? row.value) as number;
      const max = (changes.value_max ? changes.value_max.to : row.value_max) as number | null;
      if (max !== null && max < value)
        throw new ReviewError(`changes.value_max: ${max} is less than the value ${value}`);
      const code = changes.indicator_code?.to;
      if (typeof code === "string") {
        const known = await trx
          .selectFrom("indicators")
          .select("code")
          .where("code", "=", code)
          .executeTakeFirst();
        if (!known) throw new ReviewError(`changes.indicator_code: "${code}" is not in the catalogue`);
      }
    }

    const set: Record<string, FieldValue> = { review_state: STATE_AFTER[input.action] };
    for (const [field, change] of Object.entries(changes)) set[field] = change.to;
    if (changes.indicator_text) set.indicator_folded = fold(changes.indicator_text.to as string);
    await trx.updateTable("facts").set(set).where("id", "=", id).execute();
    // A new spelling of an area becomes known, so a query for it finds the fact.
    if (changes.area) await registerSpellings(trx, store.dialect, [changes.area.to as string]);
    await trx
      .insertInto("reviews")
      .values({
        fact_id: id,
        action: input.action,
        changes: JSON.stringify(changes),
        note: input.note?.trim() ? input.note.trim() : null,
        user_name: user,
        at: new Date().toISOString(),
      })
      .execute();
    return read(trx, id);
  });
}

async function read(db: Kysely<Database>, id: number): Promise<FactWithHistory | null> {
  const row = await factRecords(db).where("facts.id", "=", id).executeTakeFirst();
  if (!row) return null;
  const reviews = await db
    .selectFrom("reviews")
    .select(["id", "action", "changes", "note", "user_name", "at"])
    .where("fact_id", "=", id)
    .orderBy("id", "desc")
    .execute();
  return {
    fact: storedFact(row),
    history: reviews.map((r) => ({
      id: r.id,
      action: r.action as ReviewAction,
      changes: JSON.parse(r.changes) as ReviewEntry["changes"],
      note: r.note,
      user: r.user_name,
      at: r.at,
    })),
  };
}
