/**
 * The local PostgreSQL cluster behind SOLIEU_TEST_PG_URL, found by its port in `pg_lsclusters`,
 * for the tests that stop and restart it (Debian's postgresql-common tools, as root). Null, with
 * the reason, where that cannot be done: no URL, a remote host, no pg_ctlcluster, not root, no
 * cluster on that port.
 */
import { execFileSync, spawnSync } from "node:child_process";

export interface Cluster {
  /** "15 main". */
  name: string;
  port: number;
  /** Stops the server (fast: open connections are cut), returning once it is down. */
  stop(): void;
  /** Starts it and waits until it accepts connections. */
  start(): void;
  online(): boolean;
}

const LOCAL = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

export function localCluster(url: string | undefined): Cluster | string {
  if (!url) return "SOLIEU_TEST_PG_URL is not set";
  const u = new URL(url);
  if (!LOCAL.has(u.hostname)) return `the server at ${u.hostname} is not on this machine`;
  if (process.getuid?.() !== 0) return "stopping the server needs root";
  const port = Number(u.port || 5432);
  const listed = spawnSync("pg_lsclusters", ["-h"], { encoding: "utf8" });
  if (listed.error || listed.status !== 0) return "no pg_lsclusters (Debian's postgresql-common)";
  const row = listed.stdout
    .split("\n")
    .map((l) => l.trim().split(/\s+/))
    .find((f) => Number(f[2]) === port);
  if (!row) return `no cluster of this machine listens on port ${port}`;
  const [version, cluster] = row;
  const ctl = (action: string) =>
    execFileSync("pg_ctlcluster", ["--skip-systemctl-redirect", version, cluster, action], { stdio: "pipe" });
  const online = () =>
    spawnSync("pg_isready", ["-q", "-h", "127.0.0.1", "-p", String(port)], { stdio: "ignore" }).status === 0;
  return {
    name: `${version} ${cluster}`,
    port,
    online,
    stop: () => {
      ctl("stop");
    },
    start: () => {
      if (!online()) ctl("start");
      for (let i = 0; i < 60 && !online(); i++) execFileSync("sleep", ["0.5"]);
      if (!online()) throw new Error(`PostgreSQL ${version} ${cluster} did not come back on port ${port}`);
    },
  };
}
