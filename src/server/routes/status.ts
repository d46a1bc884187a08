import { Hono } from "hono";
import { storeStatus } from "../../analysis/load.js";
import type { Store } from "../../store/connect.js";
import { queryOf } from "../params.js";
import { statusQuery } from "../schemas.js";

/** GET /api/status: plan against result per indicator, area and period. */
export function statusRoutes(store: Store): Hono {
  return new Hono().get("/", async (c) => {
    const q = queryOf(c, statusQuery);
    return c.json({ rows: await storeStatus(store, q) });
  });
}
