import type { Fact } from "../facts/types.js";

/** A fact as the store returns it: with its id and the document it was read from. */
export interface StoredFact extends Fact {
  id?: number;
  document?: { id: number; title: string; date: string | null };
}
