import type { Context } from "hono";

/**
 * The address the request came from: the socket's peer as @hono/node-server hands it on in the
 * context's env (a proxy in front is that peer; its X-Forwarded-For is not trusted, since anyone
 * can write it). "unknown" where there is no socket (a request made in-process, as tests do).
 */
export function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? "unknown";
}
