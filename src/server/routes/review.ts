import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { emptyQuery, factParams, reviewBody } from "../../api/schemas.js";
import type { Store } from "../../store/connect.js";
import { factWithHistory, ReviewError, reviewFact } from "../../store/review.js";
import { requireRole } from "../auth.js";
import { jsonOf, limitBody } from "../body.js";
import { badRequest, paramsOf, queryOf } from "../params.js";

/**
 * GET /api/facts/:id: one fact, rejected or not, with its review history (newest first).
 * POST /api/facts/:id/review (editor or admin): confirm, correct or reject it.
 */
export function reviewRoutes(store: Store): Hono {
  return new Hono()
    .get("/:id", async (c) => {
      queryOf(c, emptyQuery);
      const { id } = paramsOf(c, factParams);
      const found = await factWithHistory(store, id);
      if (!found) throw new HTTPException(404, { message: `no fact ${id}` });
      return c.json(found);
    })
    .post("/:id/review", requireRole("editor"), limitBody(64 * 1024), async (c) => {
      const { id } = paramsOf(c, factParams);
      const body = await jsonOf(c, reviewBody);
      let done: Awaited<ReturnType<typeof reviewFact>>;
      try {
        done = await reviewFact(store, id, body, c.get("session")?.user.name ?? "");
      } catch (e) {
        if (e instanceof ReviewError) throw badRequest(e.message);
        throw e;
      }
      if (!done) throw new HTTPException(404, { message: `no fact ${id}` });
      return c.json(done);
    });
}
