import { Hono } from "hono";
import { FACTS_DEFAULT, factsQuery } from "../../api/schemas.js";
import type { Store } from "../../store/connect.js";
import { queryFacts } from "../../store/query.js";
import { queryOf } from "../params.js";

/** GET /api/facts: stored facts, every version of a figure, oldest document first. */
export function factsRoutes(store: Store): Hono {
  return new Hono().get("/", async (c) => {
    const q = queryOf(c, factsQuery);
    const facts = await queryFacts(store, { ...q, limit: q.limit ?? FACTS_DEFAULT });
    return c.json({ facts });
  });
}
