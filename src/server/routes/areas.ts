import { Hono } from "hono";
import { emptyQuery } from "../../api/schemas.js";
import { listAreas } from "../../store/catalogue.js";
import type { Store } from "../../store/connect.js";
import { queryOf } from "../params.js";

/** GET /api/areas: the administrative units the store knows, with their other spellings. */
export function areasRoutes(store: Store): Hono {
  return new Hono().get("/", async (c) => {
    queryOf(c, emptyQuery);
    return c.json({ areas: await listAreas(store) });
  });
}
