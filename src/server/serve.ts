import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Store } from "../store/connect.js";
import { type AppOptions, createApp } from "./app.js";

export interface ServeOptions extends AppOptions {
  /** 0 picks a free port. */
  port: number;
  /** The interface to listen on (127.0.0.1: this machine only). */
  hostname?: string;
  /** Where the address is printed (stdout by default). */
  print?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serve the API over the store; resolves once listening, having printed the address. */
export function startServer(store: Store, opts: ServeOptions): Promise<RunningServer> {
  const app = createApp(store, opts);
  const hostname = opts.hostname ?? "127.0.0.1";
  const print = opts.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname }, (info: AddressInfo) => {
      server.off("error", reject);
      const host = ["127.0.0.1", "::1", "0.0.0.0", "::"].includes(hostname) ? "localhost" : hostname;
      const url = `http://${host.includes(":") ? `[${host}]` : host}:${info.port}`;
      print(`solieu: ${url}`);
      resolve({
        url,
        port: info.port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((e) => (e ? fail(e) : done()));
            // Keep-alive connections would hold the close open.
            if ("closeAllConnections" in server) server.closeAllConnections();
          }),
      });
    });
    server.once("error", reject);
  });
}
