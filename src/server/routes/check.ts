import { Hono } from "hono";
import { storeFindings } from "../../analysis/load.js";
import { emptyQuery } from "../../api/schemas.js";
import type { Store } from "../../store/connect.js";
import { queryOf } from "../params.js";

/** GET /api/check: consistency findings over every stored figure. */
export function checkRoutes(store: Store): Hono {
  return new Hono().get("/", async (c) => {
    queryOf(c, emptyQuery);
    return c.json({ findings: await storeFindings(store) });
  });
}
