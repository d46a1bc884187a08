import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { z } from "zod";
import { badRequest } from "./params.js";

/** The JSON body validated by the schema; not JSON, or not what the schema wants, is a 400. */
export async function jsonOf<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch {
    throw badRequest("body: not JSON");
  }
  return bodyOf(schema, raw);
}

/** A body (JSON, or a form's fields) validated by the schema: `<field>: <reason>` when wrong. */
export function bodyOf<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const at = issue.path.join(".");
  if (issue.code === "unrecognized_keys")
    throw badRequest(`${at ? `${at}.` : ""}${issue.keys[0]}: unknown field`);
  throw badRequest(`${at || "body"}: ${issue.message}`);
}

/** Bodies above `bytes` are refused with 413 {error} before they are read in full. */
export function limitBody(bytes: number): MiddlewareHandler {
  const mb = bytes / (1024 * 1024);
  const size = mb >= 1 ? `${Math.round(mb)} MB` : `${Math.round(bytes / 1024)} KB`;
  return bodyLimit({
    maxSize: bytes,
    onError: (c) => c.json({ error: `tệp hoặc nội dung quá lớn (tối đa ${size})` }, 413),
  });
}
