import type { StoredFact } from "../api/types.js";
import type { Store } from "./connect.js";
import { factRecords, storedFact } from "./rows.js";

/** A sentence or table row of a stored document, with the raw lines it spans: a search hit. */
export interface StoredSegment {
  document_id: number;
  line: number;
  line_end: number;
  text: string;
}

/**
 * The facts each segment states, in the record form `solieu query` prints, in line and column
 * order; one query for all the segments, not one per hit. A fact is on the segment's lines
 * and was read from that very sentence (its `sentence` is the segment's text): a raw line can
 * hold a whole paragraph, whose other sentences' figures are not this hit's.
 */
export async function factsOfSegments(store: Store, segments: StoredSegment[]): Promise<StoredFact[][]> {
  if (!segments.length) return [];
  const rows = await factRecords(store.db)
    .where((eb) =>
      eb.or(
        segments.map((r) =>
          eb.and([
            eb("facts.document_id", "=", r.document_id),
            eb("facts.line", ">=", r.line),
            eb("facts.line", "<=", r.line_end),
          ]),
        ),
      ),
    )
    .orderBy("facts.line")
    .orderBy("facts.column")
    .orderBy("facts.id")
    .execute();
  return segments.map((r) =>
    rows
      .filter(
        (f) =>
          f.document_id === r.document_id &&
          f.line >= r.line &&
          f.line <= r.line_end &&
          f.sentence === r.text,
      )
      .map(storedFact),
  );
}
