import { Hono } from "hono";
import { SignInLimits } from "../accounts/sign-in-limits.js";
import type { Store } from "../store/connect.js";
import { authenticate, type ReadAccess, readAccess } from "./auth.js";
import { responseCache } from "./cache.js";
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
import { reviewRoutes } from "./routes/review.js";
import { searchRoutes } from "./routes/search.js";
import { type SignInLog, sessionRoutes } from "./routes/session.js";
import { statusRoutes } from "./routes/status.js";
import { READ_TIMEOUT_MS, uploadRoutes } from "./routes/upload.js";
import { security } from "./security.js";
import { webRoutes } from "./web.js";

export interface AppOptions {
  /** Where failures are logged with their stack (stderr by default); clients never see it. */
  log?: ErrorLog;
  /** The built web app's directory (dist/web by default). */
  web?: string;
  /**
   * open (default): anyone may read; signed-in: every GET /api/* but /api/session and the API's
   * docs answers 401 without a session (the web page itself stays reachable, to sign in).
   * Writes (reviews, uploads) always need an editor's session.
   */
  read?: ReadAccess;
  /** Where every sign-in, failed sign-in and refusal is logged with time, name and address (stderr by default). */
  signInLog?: SignInLog;
  /** The limits on failed sign-ins (5 per name or address in 15 minutes by default; tests give a clock). */
  signInLimits?: SignInLimits;
  /** How long reading one uploaded report may take, in milliseconds (5 minutes by default). */
  readTimeoutMs?: number;
}

/** The HTTP API over a store (JSON, every parameter validated) and the web app. */
export function createApp(store: Store, opts: AppOptions = {}): Hono {
  const log = opts.log ?? ((m: string) => process.stderr.write(`solieu: ${m}\n`));
  const app = new Hono();
  app.use("*", security());
  app.onError(onError(log));
  app.notFound(notFound);
  // Who asks, before anything answers: a cached read is no exception.
  const read = opts.read ?? "open";
  app.use("*", authenticate(store));
  app.use("/api/*", readAccess(read));
  // Read answers that take a while to compute are kept until the stored data changes.
  const cache = responseCache(store);
  for (const path of [
    "/api/status",
    "/api/facts",
    "/api/check",
    "/api/indicators",
    "/api/areas",
    "/api/documents",
  ]) {
    app.use(path, cache);
  }
  const signInLog = opts.signInLog ?? ((line: string) => process.stderr.write(`solieu: ${line}\n`));
  app.route("/api/session", sessionRoutes(store, read, opts.signInLimits ?? new SignInLimits(), signInLog));
  app.route("/api/facts", factsRoutes(store));
  app.route("/api/facts", reviewRoutes(store));
  app.route("/api/status", statusRoutes(store));
  app.route("/api/check", checkRoutes(store));
  app.route("/api/search", searchRoutes(store));
  app.route("/api/ask", askRoutes(store));
  app.route("/api/export", exportRoutes(store));
  app.route("/api/report", reportRoutes(store));
  app.route("/api/documents", documentsRoutes(store));
  app.route("/api/documents", uploadRoutes(store, opts.readTimeoutMs ?? READ_TIMEOUT_MS));
  app.route("/api/indicators", indicatorsRoutes(store));
  app.route("/api/areas", areasRoutes(store));
  app.route("/api", docsRoutes());
  app.route("/", webRoutes(opts.web));
  return app;
}
