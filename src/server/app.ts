import { Hono } from "hono";
import type { Store } from "../store/connect.js";
import { type ErrorLog, notFound, onError } from "./errors.js";
import { areasRoutes } from "./routes/areas.js";
import { askRoutes } from "./routes/ask.js";
import { checkRoutes } from "./routes/check.js";
import { docsRoutes } from "./routes/docs.js";
import { documentsRoutes } from "./routes/documents.js";
import { exportRoutes } from "./routes/export.js";
import { factsRoutes } from "./routes/facts.js";
import { indicatorsRoutes } from "./routes/indicators.js";
import { reportRoutes } from "./routes/report.js";
import { searchRoutes } from "./routes/search.js";
import { statusRoutes } from "./routes/status.js";
import { security } from "./security.js";
import { webRoutes } from "./web.js";

export interface AppOptions {
  /** Where failures are logged with their stack (stderr by default); clients never see it. */
  log?: ErrorLog;
  /** The built web app's directory (dist/web by default). */
  web?: string;
}

/** The HTTP API over a store (JSON, every parameter validated) and the web app. */
export function createApp(store: Store, opts: AppOptions = {}): Hono {
  const log = opts.log ?? ((m: string) => process.stderr.write(`solieu: ${m}\n`));
  const app = new Hono();
  app.use("*", security());
  app.onError(onError(log));
  app.notFound(notFound);
  app.route("/api/facts", factsRoutes(store));
  app.route("/api/status", statusRoutes(store));
  app.route("/api/check", checkRoutes(store));
  app.route("/api/search", searchRoutes(store));
  app.route("/api/ask", askRoutes(store));
  app.route("/api/export", exportRoutes(store));
  app.route("/api/report", reportRoutes(store));
  app.route("/api/documents", documentsRoutes(store));
  app.route("/api/indicators", indicatorsRoutes(store));
  app.route("/api/areas", areasRoutes(store));
  app.route("/api", docsRoutes());
  app.route("/", webRoutes(opts.web));
  return app;
}
