import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";

/** Where errors the client is not told about are said (the server's stderr by default). */
export type ErrorLog = (message: string) => void;

/**
 * Errors as JSON `{error}`: a refused request says why; anything else is a 500 saying only
 * that it failed — never a stack trace or a database message, which go to the log.
 */
export function onError(log: ErrorLog) {
  return (err: Error, c: Context) => {
    if (err instanceof HTTPException && err.status < 500) return c.json({ error: err.message }, err.status);
    log(`${c.req.method} ${c.req.path}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return c.json({ error: "internal error" }, 500);
  };
}

export function notFound(c: Context) {
  return c.json({ error: `not found: ${c.req.method} ${c.req.path}` }, 404);
}
