import { listUsers } from "../accounts/users.js";
import type { ReadAccess } from "../server/auth.js";
import { startServer } from "../server/serve.js";
import { defaultDb } from "../store/connect.js";
import { openForCommand } from "./open-store.js";

export interface ServeCommandOptions {
  db?: string;
  port?: string;
  /** The interface to listen on (default 127.0.0.1, this machine only; 0.0.0.0 for all). */
  host?: string;
  /** open (default) or signed-in: whether reading the API needs a session. */
  read?: string;
}

/** `solieu serve`: the HTTP API over the store, until interrupted (Ctrl-C, SIGTERM). */
export async function serveCommand(opts: ServeCommandOptions): Promise<number> {
  const port = opts.port === undefined ? 8080 : Number(opts.port);
  if (!/^\d+$/.test(opts.port ?? "8080") || !(port >= 0 && port <= 65535)) {
    process.stderr.write(`solieu serve: --port needs a whole number from 0 to 65535, not "${opts.port}"\n`);
    return 2;
  }
  const read = opts.read ?? "open";
  if (read !== "open" && read !== "signed-in") {
    process.stderr.write(`solieu serve: --read needs open or signed-in, not "${read}"\n`);
    return 2;
  }
  const store = await openForCommand(defaultDb(opts.db), { mustExist: true });
  if (!store) return 2;
  if (read === "signed-in" && !(await listUsers(store)).length)
    process.stderr.write(
      "solieu serve: chưa có người dùng nào để đăng nhập: thêm bằng solieu user add TÊN\n",
    );
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(store, { port, hostname: opts.host, read: read as ReadAccess });
  } catch (e) {
    await store.close();
    const err = e as NodeJS.ErrnoException;
    const why =
      err.code === "EADDRINUSE"
        ? `port ${port} is in use`
        : err.code === "EACCES"
          ? `no permission to listen on port ${port}`
          : err.message;
    process.stderr.write(`solieu serve: cannot listen (${why})\n`);
    return 2;
  }
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  process.stderr.write(`solieu serve: stopping (${signal})\n`);
  await server.close().catch(() => {});
  await store.close();
  return 0;
}
