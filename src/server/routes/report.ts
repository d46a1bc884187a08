import { Hono } from "hono";
import { reportQuery } from "../../api/schemas.js";
import { reportDocx } from "../../report/docx.js";
import { reportMarkdown } from "../../report/markdown.js";
import { buildReport } from "../../report/rows.js";
import type { Store } from "../../store/connect.js";
import { queryOf } from "../params.js";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** GET /api/report?period=&area=&format=: the report `solieu report` writes, to download. */
export function reportRoutes(store: Store): Hono {
  return new Hono().get("/", async (c) => {
    const q = queryOf(c, reportQuery);
    const report = await buildReport(store, { period: q.period, area: q.area });
    const name = `bao-cao-${q.period.replace(/\//g, "-")}`;
    if (q.format === "md")
      return c.body(reportMarkdown(report), 200, {
        "Content-Type": "text/markdown; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name}.md"`,
      });
    return c.body(new Uint8Array(await reportDocx(report)), 200, {
      "Content-Type": DOCX,
      "Content-Disposition": `attachment; filename="${name}.docx"`,
    });
  });
}
