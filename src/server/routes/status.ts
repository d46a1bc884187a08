import { Hono } from "hono";
import { storeStatus } from "../../analysis/load.js";
import { STATUS_DEFAULT, statusQuery } from "../../api/schemas.js";
import type { Store } from "../../store/connect.js";
import { queryOf } from "../params.js";

/**
 * GET /api/status: plan against result per indicator, area and period. As the CLI's table,
 * rows without a target are plain results, listed with `all=true` only; a page at a time.
 */
export function statusRoutes(store: Store): Hono {
  return new Hono().get("/", async (c) => {
    const { period, area, all, limit = STATUS_DEFAULT, offset = 0 } = queryOf(c, statusQuery);
    const rows = (await storeStatus(store, { period, area })).filter((r) => all || r.status !== "no_target");
    return c.json({ rows: rows.slice(offset, offset + limit), total: rows.length });
  });
}
