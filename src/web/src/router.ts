import { useEffect, useState } from "preact/hooks";

/**
 * A small history router: plain <a href> links are caught at the document and turned into
 * pushState; the back button comes in as popstate. The server answers every non-/api path with
 * the page, so any route can be reloaded.
 */

export interface Route {
  path: string;
  query: URLSearchParams;
  /** The fragment without "#", decoded ("L120"). */
  hash: string;
}

function current(): Route {
  let hash = location.hash.slice(1);
  try {
    hash = decodeURIComponent(hash);
  } catch {
    // keep it as written
  }
  return { path: location.pathname, query: new URLSearchParams(location.search), hash };
}

const listeners = new Set<() => void>();

function notify(): void {
  for (const l of listeners) l();
}

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  const url = new URL(to, location.href);
  const same = url.href === location.href;
  if (opts.replace || same) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  notify();
  if (!url.hash && !same) window.scrollTo(0, 0);
}

/** The current route, re-rendering on every navigation. */
export function useRoute(): Route {
  const [route, setRoute] = useState(current);
  useEffect(() => {
    const update = () => setRoute(current());
    listeners.add(update);
    window.addEventListener("popstate", update);
    return () => {
      listeners.delete(update);
      window.removeEventListener("popstate", update);
    };
  }, []);
  return route;
}

/** Same-origin links that are not the API, not downloads and not for another tab go through navigate(). */
export function interceptLinks(): void {
  document.addEventListener("click", (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = e.target instanceof Element ? e.target.closest("a") : null;
    if (!a?.href || (a.target && a.target !== "_self") || a.hasAttribute("download")) return;
    const url = new URL(a.href);
    if (url.origin !== location.origin || url.pathname === "/api" || url.pathname.startsWith("/api/")) return;
    e.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
}

/** "/van-ban/:id" against "/van-ban/3" → {id: "3"}; null when it does not match. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split("/").filter(Boolean);
  const got = path.split("/").filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(":")) {
      try {
        params[want[i].slice(1)] = decodeURIComponent(got[i]);
      } catch {
        return null;
      }
    } else if (want[i] !== got[i]) return null;
  }
  return params;
}

/** A path with a query string, leaving out empty values. */
export function withQuery(path: string, query: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** Where a figure is written: /van-ban/3#L120. */
export function lineHref(documentId: number, line: number): string {
  return `/van-ban/${documentId}#L${line}`;
}
