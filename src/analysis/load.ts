import type { StoredFact } from "../api/types.js";
import type { Store } from "../store/connect.js";
import { queryFacts } from "../store/query.js";
import { checkFacts, type Finding } from "./checks.js";
import { type StatusOptions, type StatusRow, statusRows } from "./status.js";

/**
 * Plan against result from the store: every stored figure of the area (all periods, so that a
 * term's target meets its last year's result), judged for the period asked.
 */
export async function storeStatus(store: Store, opts: StatusOptions = {}): Promise<StatusRow<StoredFact>[]> {
  const facts = await queryFacts(store, { area: opts.area });
  return statusRows(facts, { period: opts.period });
}

/** Consistency findings over every stored figure. */
export async function storeFindings(store: Store): Promise<Finding<StoredFact>[]> {
  return checkFacts(await queryFacts(store));
}
