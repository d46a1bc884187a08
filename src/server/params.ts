import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { z } from "zod";

/** A request the API refuses, said as `<parameter>: <reason>`: answered 400 `{error}`. */
export function badRequest(message: string): HTTPException {
  return new HTTPException(400, { message });
}

/**
 * The query string validated by the schema. An empty value counts as absent (a form's empty
 * field); a parameter given twice, an unknown one or a wrong value is a 400.
 */
export function queryOf<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const raw: Record<string, string> = {};
  for (const [name, values] of Object.entries(c.req.queries())) {
    const given = values.filter((v) => v !== "");
    if (given.length > 1) throw badRequest(`${name}: given more than once`);
    if (given.length) raw[name] = given[0];
  }
  return validated(schema, raw);
}

/** The path parameters validated by the schema. */
export function paramsOf<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  return validated(schema, c.req.param());
}

function validated<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  if (issue.code === "unrecognized_keys") throw badRequest(`${issue.keys[0]}: unknown parameter`);
  throw badRequest(`${issue.path.join(".") || "query"}: ${issue.message}`);
}
