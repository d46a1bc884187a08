import { Hono } from "hono";
import { emptyQuery } from "../../api/schemas.js";
import { listIndicators } from "../../store/catalogue.js";
import type { Store } from "../../store/connect.js";
import { queryOf } from "../params.js";

/** GET /api/indicators: the indicator catalogue the store holds. */
export function indicatorsRoutes(store: Store): Hono {
  return new Hono().get("/", async (c) => {
    queryOf(c, emptyQuery);
    return c.json({ indicators: await listIndicators(store) });
  });
}
