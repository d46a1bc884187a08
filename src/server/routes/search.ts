import { Hono } from "hono";
import { searchQuery } from "../../api/schemas.js";
import type { Store } from "../../store/connect.js";
// The one place the API calls full-text search.
import { search } from "../../store/search.js";
import { queryOf } from "../params.js";

/** GET /api/search?q=: sentences and table rows of the stored reports, best first. */
export function searchRoutes(store: Store): Hono {
  return new Hono().get("/", async (c) => {
    const q = queryOf(c, searchQuery);
    const { hits } = await search(store, q.q, { limit: q.limit ?? 10, doc: q.doc });
    return c.json({ hits });
  });
}
