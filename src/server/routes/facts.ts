import { Hono } from "hono";
import type { Store } from "../../store/connect.js";
import { queryFacts } from "../../store/query.js";
import { queryOf } from "../params.js";
import { FACTS_DEFAULT, factsQuery } from "../schemas.js";

/** GET /api/facts: stored facts, every version of a figure, oldest document first. */
export function factsRoutes(store: Store): Hono {
  return new Hono().get("/", async (c) => {
    const q = queryOf(c, factsQuery);
    const facts = await queryFacts(store, { ...q, limit: q.limit ?? FACTS_DEFAULT });
    return c.json({ facts });
  });
}
