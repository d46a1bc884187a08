import { useEffect, useState } from "preact/hooks";

/**
 * Talking to the API: JSON reads, writes that carry the session's CSRF token, uploads with
 * progress, and a hook that loads a resource with its loading and error states.
 */

/** An answer that is not 2xx: its status and the API's {error} message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The CSRF token of the signed-in session: kept in memory only, sent on every write. */
let csrfToken: string | null = null;

export function setCsrf(token: string | null): void {
  csrfToken = token;
}

export type Params = Record<string, string | number | boolean | null | undefined>;

/** A path with its query string, leaving out empty parameters (the API rejects unknown ones). */
export function apiUrl(path: string, params: Params = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === "" || v === false) continue;
    q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

async function readAnswer<T>(res: Response): Promise<T> {
  const type = res.headers.get("Content-Type") ?? "";
  const body: unknown = type.includes("json") ? await res.json().catch(() => null) : null;
  if (!res.ok) {
    const message =
      body && typeof body === "object" && "error" in body && typeof body.error === "string"
        ? body.error
        : `HTTP ${res.status} ${res.statusText}`;
    throw new ApiError(res.status, message);
  }
  return body as T;
}

export async function apiGet<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
  const res = await fetch(apiUrl(path, params), {
    credentials: "same-origin",
    headers: { Accept: "application/json" },
    signal,
  });
  return readAnswer<T>(res);
}

/** A write: JSON body (if any) and the X-CSRF-Token header. */
export async function apiSend<T>(
  method: "POST" | "DELETE" | "PUT",
  path: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (csrfToken) headers["X-CSRF-Token"] = csrfToken;
  const res = await fetch(path, {
    method,
    credentials: "same-origin",
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return readAnswer<T>(res);
}

export interface UploadProgress {
  /** Bytes sent so far and in all (total 0 when the browser cannot tell). */
  loaded: number;
  total: number;
  /** True once every byte is sent: the server is reading the document. */
  processing: boolean;
}

/**
 * POST a file as multipart/form-data (field "file", and `fields` beside it, empty ones left
 * out) with XMLHttpRequest, whose upload progress fetch cannot report. Resolves with the JSON
 * answer and its status.
 */
export function uploadFile<T>(
  path: string,
  file: File,
  onProgress: (p: UploadProgress) => void,
  fields: Record<string, string | undefined> = {},
): Promise<{ status: number; body: T }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", path);
    xhr.setRequestHeader("Accept", "application/json");
    if (csrfToken) xhr.setRequestHeader("X-CSRF-Token", csrfToken);
    xhr.upload.onprogress = (e) =>
      onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : 0, processing: false });
    xhr.upload.onload = () => onProgress({ loaded: file.size, total: file.size, processing: true });
    xhr.onerror = () => reject(new ApiError(0, "network error"));
    xhr.onabort = () => reject(new ApiError(0, "aborted"));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve({ status: xhr.status, body: body as T });
        return;
      }
      const message =
        body && typeof body === "object" && "error" in body && typeof body.error === "string"
          ? body.error
          : `HTTP ${xhr.status} ${xhr.statusText}`;
      reject(new ApiError(xhr.status, message));
    };
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) if (value?.trim()) form.append(name, value.trim());
    form.append("file", file, file.name);
    xhr.send(form);
  });
}

export interface Loaded<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
}

/**
 * Load `load()` whenever `key` changes (null: nothing to load). A newer key aborts the older
 * request, so a slow answer never overwrites a newer one.
 */
export function useLoad<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
): Loaded<T> & { reload: () => void } {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: key !== null });
  const [round, setRound] = useState(0);
  // `load` is rebuilt every render: `key` names what it loads, and a new key loads again.
  useEffect(() => {
    if (key === null) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    const ctl = new AbortController();
    setState((s) => ({ data: s.data, error: null, loading: true }));
    load(ctl.signal).then(
      (data) => {
        if (!ctl.signal.aborted) setState({ data, error: null, loading: false });
      },
      (err: unknown) => {
        if (ctl.signal.aborted) return;
        const error = err instanceof ApiError ? err : new ApiError(0, String(err));
        setState({ data: null, error, loading: false });
      },
    );
    return () => ctl.abort();
  }, [key, round]);
  return { ...state, reload: () => setRound((r) => r + 1) };
}

/** GET a JSON resource with useLoad; `url` (from apiUrl) is its key. */
export function useApi<T>(url: string | null): Loaded<T> & { reload: () => void } {
  return useLoad<T>(url, (signal) => apiGet<T>(url ?? "", {}, signal));
}

/** Lists that rarely change (documents, catalogue), fetched once per page load. */
const cache = new Map<string, Promise<unknown>>();

export function cachedGet<T>(url: string): Promise<T> {
  let p = cache.get(url) as Promise<T> | undefined;
  if (!p) {
    p = apiGet<T>(url);
    cache.set(url, p);
    p.catch(() => cache.delete(url));
  }
  return p;
}

/** Forget the cached lists (after an upload adds a document). */
export function clearCache(): void {
  cache.clear();
}

export function useCached<T>(url: string): Loaded<T> {
  return useLoad<T>(url, () => cachedGet<T>(url));
}
