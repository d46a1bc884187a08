import { Hono } from "hono";
import { emptyQuery } from "../../api/schemas.js";
import type { Store } from "../../store/connect.js";
import { queryOf } from "../params.js";

/** GET /api/indicators: the indicator catalogue the store holds. */
export function indicatorsRoutes(store: Store): Hono {
  return new Hono().get("/", async (c) => {
    queryOf(c, emptyQuery);
    const rows = await store.db
      .selectFrom("indicators")
      .select(["code", "name_vi", "name_en", "unit", "direction", "sector", "aliases"])
      .orderBy("code")
      .execute();
    return c.json({ indicators: rows.map((r) => ({ ...r, aliases: JSON.parse(r.aliases) as string[] })) });
  });
}
