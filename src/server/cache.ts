import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { MiddlewareHandler } from "hono";
import type { Store } from "../store/connect.js";
import { storeStamp } from "../store/stamp.js";

// The store's stamp (store/stamp.ts): plan against result over the corpus takes tens of
// milliseconds to compute; answering it again from memory under the same stamp, microseconds.
export { storeStamp };

interface Entry {
  stamp: string;
  type: string;
  body: Uint8Array<ArrayBuffer>;
  /** The same body gzipped, made once when the entry is stored: most clients accept it. */
  gzip: Uint8Array<ArrayBuffer>;
  etag: string;
}

export interface CacheOptions {
  /** The bytes kept at most (bodies and their gzip); the oldest entries go first. */
  maxBytes?: number;
}

/**
 * Successful JSON answers to GET kept by URL under the store's stamp; a later request with the
 * same URL and stamp gets the same bytes (gzipped when it accepts gzip, 304 when its ETag
 * matches). Mount it on read routes only, after authentication: the answers must not depend on
 * who asks.
 */
export function responseCache(store: Store, opts: CacheOptions = {}): MiddlewareHandler {
  const maxBytes = opts.maxBytes ?? 64 * 1024 * 1024;
  const entries = new Map<string, Entry>();
  let bytes = 0;

  const drop = (key: string) => {
    const e = entries.get(key);
    if (!e) return;
    bytes -= e.body.byteLength + e.gzip.byteLength;
    entries.delete(key);
  };

  return async (c, next) => {
    if (c.req.method !== "GET") return next();
    const key = c.req.url;
    const stamp = await storeStamp(store);
    const hit = entries.get(key);
    if (hit && hit.stamp === stamp) {
      // Refresh its place: the Map's order is the eviction order.
      entries.delete(key);
      entries.set(key, hit);
      return answer(c.req.header("if-none-match"), c.req.header("accept-encoding"), hit);
    }
    drop(key);
    await next();
    const type = c.res.headers.get("content-type") ?? "";
    if (c.res.status !== 200 || !type.startsWith("application/json")) return;
    const body = new Uint8Array(await c.res.clone().arrayBuffer());
    const gzip = new Uint8Array(gzipSync(body, { level: 6 }));
    const entry: Entry = { stamp, type, body, gzip, etag: `"${stamp}-${body.byteLength}-${hashOf(body)}"` };
    const size = body.byteLength + gzip.byteLength;
    if (size > maxBytes / 4) return;
    entries.set(key, entry);
    bytes += size;
    for (const old of entries.keys()) {
      if (bytes <= maxBytes) break;
      drop(old);
    }
    c.res = answer(undefined, c.req.header("accept-encoding"), entry);
  };
}

function answer(ifNoneMatch: string | undefined, acceptEncoding: string | undefined, e: Entry): Response {
  const headers: Record<string, string> = {
    "content-type": e.type,
    etag: e.etag,
    vary: "Accept-Encoding",
    "cache-control": "no-cache",
  };
  if (ifNoneMatch === e.etag) return new Response(null, { status: 304, headers });
  if (/\bgzip\b/.test(acceptEncoding ?? "")) {
    return new Response(e.gzip, { status: 200, headers: { ...headers, "content-encoding": "gzip" } });
  }
  return new Response(e.body, { status: 200, headers });
}

/** A short fingerprint of the body, so two answers under one stamp differ in ETag. */
function hashOf(body: Uint8Array): string {
  return createHash("sha1").update(body).digest("base64url").slice(0, 16);
}
