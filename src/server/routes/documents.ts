import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { documentParams, emptyQuery } from "../../api/schemas.js";
import type { Store } from "../../store/connect.js";
import { documentDetail, listDocuments } from "../../store/documents.js";
import { paramsOf, queryOf } from "../params.js";

/**
 * GET /api/documents: the stored documents' metadata, with what the user gave of each when it
 * was stored; /api/documents/:id: one, with its text, the places of its facts, its headings
 * outline and its footnotes.
 */
export function documentsRoutes(store: Store): Hono {
  return new Hono()
    .get("/", async (c) => {
      queryOf(c, emptyQuery);
      return c.json({ documents: await listDocuments(store) });
    })
    .get("/:id", async (c) => {
      queryOf(c, emptyQuery);
      const { id } = paramsOf(c, documentParams);
      const detail = await documentDetail(store, id);
      if (!detail) throw new HTTPException(404, { message: `no document ${id}` });
      return c.json(detail);
    });
}
