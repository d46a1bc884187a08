import { Hono } from "hono";
import { askQuery } from "../../api/schemas.js";
import { ask } from "../../ask/answer.js";
import type { Store } from "../../store/connect.js";
import { queryOf } from "../params.js";

/** GET /api/ask?q=: the answer sentence, its facts and passages, as `solieu ask --format json`. */
export function askRoutes(store: Store): Hono {
  return new Hono().get("/", async (c) => {
    const q = queryOf(c, askQuery);
    const { answer, facts, passages } = await ask(store, q.q, { limit: q.limit ?? 10 });
    return c.json({ answer, facts, passages });
  });
}
