import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";

/** Where `vite build` puts the web app: dist/web in the package, from src/ or dist/ alike. */
export const WEB_DIR = fileURLToPath(new URL("../../dist/web/", import.meta.url));

/**
 * The web app's files, and its page for every other path that is not the API: the app routes
 * in the browser (/chi-tieu/grdp_growth, /van-ban/3#L120), so a reload must get the page back.
 * Built files have hashed names and are cached for a year; the page itself never is.
 */
export function webRoutes(dir = WEB_DIR): Hono {
  const index = join(dir, "index.html");
  const page = () =>
    existsSync(index)
      ? readFileSync(index, "utf8")
      : "<!doctype html><meta charset=utf-8><title>solieu</title><p>Chưa dựng ứng dụng web: chạy <code>npm run build</code>. (The web app is not built: run <code>npm run build</code>.)</p>";
  return new Hono()
    .use(
      "/assets/*",
      serveStatic({
        root: dir,
        onFound: (_path, c) => {
          c.header("Cache-Control", "public, max-age=31536000, immutable");
        },
      }),
    )
    .use("/favicon.svg", serveStatic({ root: dir }))
    .get("*", (c) => {
      if (c.req.path.startsWith("/api/") || c.req.path === "/api") return c.notFound();
      c.header("Cache-Control", "no-cache");
      return c.html(page());
    });
}
