import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { basename } from "node:path";
import type { Segment } from "../document/segments.js";
import { extractFile } from "../extract-file.js";
import type { DocumentHints, DocumentInfo, Fact } from "../facts/types.js";
import { periodEnd } from "../periods/codes.js";
import { InputError } from "../text/errors.js";
import { registerSpellings } from "./areas.js";
import type { Store } from "./connect.js";
import { givenOf } from "./given.js";
import { factRow, segmentRow } from "./rows.js";

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
}

/** Rows per insert: few round trips, well under both databases' limits on bound values. */
const BATCH = 500;

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
  const failed = (error: string): IngestResult => ({
    file: path,
    id: null,
    status: "failed",
    facts: 0,
    error,
  });

  progress("reading", 0);
  let hash: string;
  try {
    hash = await sha256(path);
  } catch (e) {
    return failed(readError(name, e));
  }
  const before = await storedAs(store, hash);
  if (before) return { file: path, status: "unchanged", ...before };

  // Extraction first, then one short write transaction: the write lock is held for the
  // inserts only, not while the file is read and parsed.
  progress("extracting", 0);
  const facts: Fact[] = [];
  const segments: Segment[] = [];
  const texts: string[] = [];
  const given = givenOf(opts.hints);
  const r = await extractFile(path, {
    hints: given,
    onSource: (s) => {
      texts.push(s.text);
    },
    onFacts: (found) => {
      facts.push(...found);
      progress("extracting", facts.length);
    },
    onSegments: (found) => {
      segments.push(...found);
    },
  });
  if (r.error) return failed(r.error);
  if (!r.document) return failed(`${name}: no text to read`);

  progress("storing", facts.length);
  try {
    const id = await save(store, hash, r.document, given, texts.join("\n"), facts, segments);
    progress("done", facts.length);
    return { file: path, id, status: "added", facts: facts.length };
  } catch (e) {
    // The same bytes stored meanwhile by another process broke the unique hash: not a failure.
    const raced = await storedAs(store, hash).catch(() => null);
    if (raced) return { file: path, status: "unchanged", ...raced };
    return failed(`${name}: cannot be stored (${oneLine(e)})`);
  }
}

/** Ingest files one after the other; a failed file does not stop the others. */
export async function ingestFiles(
  store: Store,
  paths: string[],
  opts: IngestOptions = {},
): Promise<IngestResult[]> {
  const out: IngestResult[] = [];
  for (const p of paths) out.push(await ingestFile(store, p, opts));
  return out;
}

async function save(
  store: Store,
  hash: string,
  doc: DocumentInfo,
  given: DocumentHints,
  rawText: string,
  facts: Fact[],
  segments: Segment[],
): Promise<number> {
  return store.db.transaction().execute(async (trx) => {
    // The first statement writes, so SQLite takes its write lock before reading anything.
    const { id } = await trx
      .insertInto("documents")
      .values({
        name: doc.doc,
        format: doc.format,
        title: doc.title,
        type: doc.type,
        issuer: doc.issuer,
        area: doc.area,
        period: doc.period,
        plan_period: doc.plan_period,
        date: doc.date,
        order_date: doc.date ?? periodEnd(doc.period),
        draft: doc.draft ? 1 : 0,
        lines: doc.lines,
        content_hash: hash,
        raw_text: rawText,
        ingested_at: new Date().toISOString(),
        given: JSON.stringify(given),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    for (let i = 0; i < facts.length; i += BATCH)
      await trx
        .insertInto("facts")
        .values(facts.slice(i, i + BATCH).map((f) => factRow(id, f)))
        .execute();
    await registerSpellings(trx, store.dialect, new Set([doc.area, ...facts.map((f) => f.area)]));
    for (let i = 0; i < segments.length; i += BATCH)
      await trx
        .insertInto("segments")
        .values(segments.slice(i, i + BATCH).map((s) => segmentRow(id, s)))
        .execute();
    return id;
  });
}

/** The document stored with these bytes, and its number of facts (ingest and import alike). */
export async function storedAs(store: Store, hash: string): Promise<{ id: number; facts: number } | null> {
  const doc = await store.db
    .selectFrom("documents")
    .select("id")
    .where("content_hash", "=", hash)
    .executeTakeFirst();
  if (!doc) return null;
  const { n } = await store.db
    .selectFrom("facts")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("document_id", "=", doc.id)
    .executeTakeFirstOrThrow();
  return { id: doc.id, facts: Number(n) };
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
