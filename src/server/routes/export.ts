import { Hono } from "hono";
import { exportQuery } from "../../api/schemas.js";
import { EXPORT_MEDIA, exportFacts } from "../../export/export.js";
import type { Store } from "../../store/connect.js";
import { queryOf } from "../params.js";

/** GET /api/export?format=: the stored facts as a file to download, as `solieu export` writes it. */
export function exportRoutes(store: Store): Hono {
  return new Hono().get("/", async (c) => {
    const { format, ...filter } = queryOf(c, exportQuery);
    const { data } = await exportFacts(store, format, filter);
    const media = EXPORT_MEDIA[format];
    const body = typeof data === "string" ? data : new Uint8Array(data);
    return c.body(body, 200, {
      "Content-Type": media.type,
      "Content-Disposition": `attachment; filename="so-lieu.${media.extension}"`,
    });
  });
}
