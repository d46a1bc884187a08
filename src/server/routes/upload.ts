import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { Hono } from "hono";
import { uploadFields } from "../../api/schemas.js";
import { HINT_FIELDS } from "../../api/vocabulary.js";
import { ping, type Store } from "../../store/connect.js";
import { documentMeta } from "../../store/documents.js";
import { ingestFile } from "../../store/ingest.js";
import { formatOf } from "../../text/read.js";
import { requireRole } from "../auth.js";
import { bodyOf, limitBody } from "../body.js";
import { badRequest } from "../params.js";

/** The largest report taken. */
export const MAX_UPLOAD = 50 * 1024 * 1024;

/** How long reading one uploaded report may take (a 50 MB text file takes about a minute). */
export const READ_TIMEOUT_MS = 5 * 60 * 1000;

/**
 * POST /api/documents (editor or admin): a report sent as multipart/form-data in the field
 * `file`, with what the user knows of it in the optional fields date, period, area, title and
 * issuer (uploadFields), stored as `solieu ingest` stores it: 201 with the new document, 200 with
 * `duplicate: true` when the same bytes were stored before, 400 when it cannot be read (nothing
 * is stored then). The file is saved under its own name in a temporary directory, read in a
 * worker thread of its own (so the server goes on answering while it is read, and a file that
 * takes longer than `readTimeoutMs` is given up), removed. The same bytes sent twice at once are
 * stored once: the second finds the first's document (the content hash is unique).
 */
export function uploadRoutes(store: Store, readTimeoutMs = READ_TIMEOUT_MS): Hono {
  return new Hono().post("/", requireRole("editor"), limitBody(MAX_UPLOAD), async (c) => {
    if (!/^multipart\/form-data\b/i.test(c.req.header("content-type") ?? ""))
      throw badRequest("body: not multipart/form-data (send the report in the field file)");
    let form: Record<string, unknown>;
    try {
      form = await c.req.parseBody({ all: true });
    } catch {
      throw badRequest("body: not a readable multipart/form-data body");
    }
    const other = Object.keys(form).find(
      (k) => k !== "file" && !(HINT_FIELDS as readonly string[]).includes(k),
    );
    if (other !== undefined) throw badRequest(`${other}: unknown field`);
    const fields: Record<string, string> = {};
    for (const key of HINT_FIELDS) {
      const v = form[key];
      if (v === undefined) continue;
      if (Array.isArray(v)) throw badRequest(`${key}: given more than once`);
      if (typeof v !== "string") throw badRequest(`${key}: not text`);
      // An empty field of a form is no field.
      if (v.trim()) fields[key] = v;
    }
    const hints = bodyOf(uploadFields, fields);
    const file = form.file;
    if (Array.isArray(file)) throw badRequest("file: given more than once");
    if (!(file instanceof File)) throw badRequest("file: required (a .txt, .md, .docx or .pdf report)");
    const name = safeName(file.name);
    if (!name) throw badRequest("file: the file has no name");
    if (!formatOf(name))
      throw badRequest(`${name}: unsupported file type "${extname(name)}" (use .txt, .md, .docx or .pdf)`);

    const dir = await mkdtemp(join(tmpdir(), "solieu-upload-"));
    try {
      const path = join(dir, name);
      await writeFile(path, new Uint8Array(await file.arrayBuffer()));
      const r = await ingestFile(store, path, { hints, readTimeoutMs });
      if (r.status === "failed" || r.id === null) {
        // Not the file's fault when the database is down: this throws, and the answer is a 503.
        await ping(store);
        throw badRequest(r.error ?? `${name}: cannot be stored`);
      }
      const document = await documentMeta(store, r.id);
      if (!document) throw new Error(`document ${r.id} is gone right after it was stored`);
      const duplicate = r.status === "unchanged";
      return c.json({ document, facts: r.facts, duplicate }, duplicate ? 200 : 201);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}

/** File names take at most this many bytes here (file systems allow 255). */
const NAME_BYTES = 200;

/**
 * The file's own name, safe to write: no directory (either slash), no control characters, not
 * "." or "..", at most NAME_BYTES bytes with its extension kept; "" when nothing is left.
 */
export function safeName(raw: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const base = (raw.normalize("NFC").split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f]/g, "").trim();
  if (base === "." || base === "..") return "";
  if (Buffer.byteLength(base) <= NAME_BYTES) return base;
  const ext = extname(base).slice(0, 16);
  let stem = [...base.slice(0, base.length - extname(base).length)].slice(0, NAME_BYTES).join("");
  while (stem && Buffer.byteLength(stem + ext) > NAME_BYTES) stem = [...stem].slice(0, -1).join("");
  return stem + ext;
}
