/**
 * Whether an error says the database cannot be reached now (the server stopped, restarting,
 * refusing connections, the link cut), rather than that the request was wrong: such a request
 * may succeed later unchanged, so the server answers 503 and ingest says the database went away.
 */
export function isStoreUnavailable(e: unknown): boolean {
  const err = e as { code?: unknown; message?: unknown } | null;
  const code = typeof err?.code === "string" ? err.code : "";
  // Sockets: refused, reset, cut, timed out, no route.
  if (
    /^(?:ECONNREFUSED|ECONNRESET|ECONNABORTED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/.test(
      code,
    )
  )
    return true;
  // PostgreSQL: class 08 (connection exception), 57P01-57P03 (shut down, crashed, starting up),
  // 53300 (too many connections). SQLite: another process holds the write lock past the timeout.
  if (/^(?:08\w{3}|57P0[123]|53300|SQLITE_BUSY)$/.test(code)) return true;
  const message = typeof err?.message === "string" ? err.message : "";
  // node-postgres says these without a code.
  return /^(?:Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|Client was closed and is not queryable)/i.test(
    message,
  );
}
