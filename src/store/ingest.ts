import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { availableParallelism } from "node:os";
import { basename } from "node:path";
import type { DocumentHints } from "../facts/types.js";
import { InputError } from "../text/errors.js";
import type { Store } from "./connect.js";
import { saveDocument, storedAs } from "./documents.js";
import { extractIsolated } from "./extract-isolated.js";
import { ExtractPool } from "./extract-pool.js";
import { type Extracted, extractForStore } from "./extracted.js";
import { givenOf } from "./given.js";
import { isStoreUnavailable } from "./unavailable.js";

export interface IngestResult {
  /** The path as given. */
  file: string;
  /** The stored document's id; null when the file failed. */
  id: number | null;
  status: "added" | "unchanged" | "failed";
  /** Facts stored for the document (for "unchanged", those stored before). */
  facts: number;
  /** One line naming the file and saying what was wrong. */
  error?: string;
}

export interface IngestProgress {
  file: string;
  stage: "reading" | "extracting" | "storing" | "done";
  /** Facts found so far. */
  facts: number;
}

export interface IngestOptions {
  onProgress?: (p: IngestProgress) => void;
  /**
   * What the user knows about the file (date, period, area, title, issuer): it replaces what the
   * text says of itself, and is stored with the document as `given`. A file stored before is
   * left as it was.
   */
  hints?: DocumentHints;
  /**
   * Read and extract in a worker thread of its own, given up after this many milliseconds (the
   * server does, so that no file stops it answering); by default on this thread, without a limit.
   */
  readTimeoutMs?: number;
}

/**
 * Read, extract and store one file. The same bytes stored before are "unchanged" and cost no
 * write. A document is stored in one transaction, so a file that fails anywhere (reading,
 * extraction, the database) leaves the store as it was. Never throws for a bad file.
 */
export async function ingestFile(
  store: Store,
  path: string,
  opts: IngestOptions = {},
): Promise<IngestResult> {
  const name = basename(path);
  const progress = (stage: IngestProgress["stage"], facts: number) =>
    opts.onProgress?.({ file: path, stage, facts });
  const failed = (error: string) => failedResult(path, error);

  progress("reading", 0);
  let hash: string;
  try {
    hash = await sha256(path);
  } catch (e) {
    return failed(readError(name, e));
  }
  let before: Awaited<ReturnType<typeof storedAs>>;
  try {
    before = await storedAs(store, hash);
  } catch (e) {
    return failed(storeError(name, e));
  }
  if (before) return { file: path, status: "unchanged", ...before };

  // Extraction first, then one short write transaction: the write lock is held for the
  // inserts only, not while the file is read and parsed.
  progress("extracting", 0);
  const given = givenOf(opts.hints);
  const x =
    opts.readTimeoutMs === undefined
      ? await extractForStore(path, given, (n) => progress("extracting", n))
      : await extractIsolated(path, given, opts.readTimeoutMs);
  return storeExtracted(store, path, hash, x, given, progress);
}

/** A file that could not be stored, and why (one line naming it). */
function failedResult(file: string, error: string): IngestResult {
  return { file, id: null, status: "failed", facts: 0, error };
}

/** Store what was extracted from a file, in one transaction; never throws. */
async function storeExtracted(
  store: Store,
  path: string,
  hash: string,
  x: Extracted,
  given: DocumentHints,
  progress: (stage: IngestProgress["stage"], facts: number) => void = () => {},
): Promise<IngestResult> {
  const name = basename(path);
  const failed = (error: string) => failedResult(path, error);
  if (x.error) return failed(x.error);
  if (!x.document) return failed(`${name}: no text to read`);
  progress("storing", x.facts.length);
  try {
    const id = await saveDocument(store, {
      document: x.document,
      hash,
      rawText: x.text,
      given,
      facts: x.facts,
      segments: x.segments,
    });
    progress("done", x.facts.length);
    return { file: path, id, status: "added", facts: x.facts.length };
  } catch (e) {
    // The same bytes stored meanwhile by another process broke the unique hash: not a failure.
    const raced = await storedAs(store, hash).catch(() => null);
    if (raced) return { file: path, status: "unchanged", ...raced };
    return failed(storeError(name, e));
  }
}

/**
 * Why a file could not be stored, in one line naming it. The document is written in one
 * transaction, so a database that goes away mid-write keeps nothing of it: said so, since the
 * remedy is only to ingest the file again once the database is back.
 */
function storeError(name: string, e: unknown): string {
  if (isStoreUnavailable(e))
    return `${name}: cannot be stored: the database stopped answering (${oneLine(e)}); nothing of this file was stored, ingest it again once the database is back`;
  return `${name}: cannot be stored (${oneLine(e)})`;
}

export interface IngestFilesOptions extends IngestOptions {
  /** Each file's result as soon as it is stored, in the order given. */
  onResult?: (result: IngestResult, index: number) => void | Promise<void>;
  /**
   * Extract in worker threads while the main thread writes (the default when there is more
   * than one file and more than one core); false keeps everything on this thread.
   */
  workers?: boolean;
}

/**
 * Ingest files in the order given; a failed file does not stop the others. With several files
 * and cores, the next files are read and extracted in worker threads while this one is written.
 */
export async function ingestFiles(
  store: Store,
  paths: string[],
  opts: IngestFilesOptions = {},
): Promise<IngestResult[]> {
  const out: IngestResult[] = [];
  const done = async (r: IngestResult) => {
    out.push(r);
    await opts.onResult?.(r, out.length - 1);
  };
  if (paths.length < 2 || opts.workers === false || availableParallelism() < 2) {
    for (const p of paths) await done(await ingestFile(store, p, opts));
    return out;
  }
  const pool = new ExtractPool();
  const given = givenOf(opts.hints);
  // A file's hash, whether it is stored already, and else its extraction, started a few files
  // ahead of the one being written.
  const prepare = async (path: string) => {
    let hash: string;
    try {
      hash = await sha256(path);
    } catch (e) {
      return { hash: "", error: readError(basename(path), e) };
    }
    const before = await storedAs(store, hash);
    if (before) return { hash, before };
    return { hash, extracted: await pool.extract(path, given) };
  };
  const ahead: ReturnType<typeof prepare>[] = [];
  const window = 4;
  try {
    for (let i = 0; i < paths.length; i++) {
      while (ahead.length < Math.min(paths.length, i + window)) ahead.push(prepare(paths[ahead.length]));
      const path = paths[i];
      opts.onProgress?.({ file: path, stage: "extracting", facts: 0 });
      const p = await ahead[i].catch((e: unknown) => ({
        hash: "",
        error: isStoreUnavailable(e)
          ? storeError(basename(path), e)
          : `${basename(path)}: cannot be processed (${oneLine(e)})`,
      }));
      if ("error" in p && p.error) await done(failedResult(path, p.error));
      else if ("before" in p && p.before) await done({ file: path, status: "unchanged", ...p.before });
      else if ("extracted" in p && p.extracted)
        await done(
          await storeExtracted(store, path, p.hash, p.extracted, given, (stage, facts) =>
            opts.onProgress?.({ file: path, stage, facts }),
          ),
        );
    }
  } finally {
    await pool.close();
  }
  return out;
}

function sha256(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(path)
      .on("error", reject)
      .on("data", (b) => hash.update(b))
      .on("end", () => resolve(hash.digest("hex")));
  });
}

/** Said as the reader says it (src/text/read.ts), so every command words a missing file alike. */
function readError(name: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : "cannot be read";
  return new InputError(name, reason).message;
}

function oneLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split("\n")[0].slice(0, 200);
}
