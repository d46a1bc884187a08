import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { isStoreUnavailable } from "../store/unavailable.js";

/** Where errors the client is not told about are said (the server's stderr by default). */
export type ErrorLog = (message: string) => void;

/** Said with a 503 while the database cannot be reached. */
export const STORE_DOWN = "cơ sở dữ liệu tạm thời không truy cập được; vui lòng thử lại sau ít phút";

/** Seconds a client is asked to wait before trying again after a 503. */
const RETRY_SECONDS = 10;

/**
 * Errors as JSON `{error}`: a refused request says why; a database that cannot be reached now
 * (stopped, restarting) is a 503 saying so, logged in one line — the next request tries it
 * again, so the server recovers by itself when it is back; anything else is a 500 saying only
 * that it failed — never a stack trace or a database message, which go to the log.
 */
export function onError(log: ErrorLog) {
  return (err: Error, c: Context) => {
    if (err instanceof HTTPException && err.status < 500) return c.json({ error: err.message }, err.status);
    if (isStoreUnavailable(err)) {
      log(`${c.req.method} ${c.req.path}: the database cannot be reached (${oneLine(err)})`);
      c.header("Retry-After", String(RETRY_SECONDS));
      return c.json({ error: STORE_DOWN }, 503);
    }
    log(`${c.req.method} ${c.req.path}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return c.json({ error: "internal error" }, 500);
  };
}

export function notFound(c: Context) {
  return c.json({ error: `not found: ${c.req.method} ${c.req.path}` }, 404);
}

function oneLine(err: unknown): string {
  const e = err as { code?: unknown; message?: unknown };
  const msg = typeof e?.message === "string" && e.message ? e.message : String(e?.code ?? err);
  return msg.split("\n")[0].slice(0, 200);
}
