import { Hono } from "hono";
import { emptyQuery } from "../../api/schemas.js";
import type { Store } from "../../store/connect.js";
import { queryOf } from "../params.js";

/** GET /api/areas: the administrative units the store knows, with their other spellings. */
export function areasRoutes(store: Store): Hono {
  return new Hono().get("/", async (c) => {
    queryOf(c, emptyQuery);
    const rows = await store.db
      .selectFrom("areas")
      .select(["code", "name", "level", "parent", "valid_from", "valid_to", "successor", "aliases"])
      .orderBy("code")
      .execute();
    return c.json({ areas: rows.map((r) => ({ ...r, aliases: JSON.parse(r.aliases) as string[] })) });
  });
}
