import { basename } from "node:path";
import { ChunkPool, type ChunkResult } from "./chunk-pool.js";
import { buildDocument } from "./document/build.js";
import { documentInfo } from "./document/metadata.js";
import { type Segment, segmentsOf } from "./document/segments.js";
import type { DocumentHints, DocumentInfo, Fact } from "./facts/types.js";
import { factsOf } from "./facts/walk.js";
import { InputError } from "./text/errors.js";
import { CHUNK_BYTES, readSources } from "./text/read.js";
import type { Source } from "./text/source.js";

export interface FileResult {
  file: string;
  document?: DocumentInfo;
  facts: Fact[];
  /** One line saying why the file could not be read. */
  error?: string;
}

export interface ExtractOptions {
  /**
   * Called with each chunk's facts as they are found; the result then holds none. A returned
   * promise is awaited before the next chunk is read, so a slow consumer bounds memory.
   */
  onFacts?: (facts: Fact[], document: DocumentInfo) => void | Promise<void>;
  /** Called once the document's own information is known (after its first chunk). */
  onDocument?: (document: DocumentInfo) => void;
  /** Called with each chunk's decoded text as read: consecutive chunks joined by "\n" give the file's lines. */
  onSource?: (source: Source) => void;
  /** Called with each chunk's searchable sentences and table rows, with their raw lines. */
  onSegments?: (segments: Segment[]) => void | Promise<void>;
  chunkBytes?: number;
  /** What the user knows about the file: date, period, area, title, issuer. */
  hints?: DocumentHints;
  /**
   * Worker threads for the chunks of a large text file after its first (0, the default: all on
   * this thread). Facts come back in the file's order either way.
   */
  workers?: number;
}

/** Extract one file. Never throws: a file that cannot be read comes back with `error`. */
export async function extractFile(path: string, opts: ExtractOptions = {}): Promise<FileResult> {
  const result: FileResult = { file: path, facts: [] };
  let pool: ChunkPool | undefined;
  try {
    let info: DocumentInfo | undefined;
    let lines = 0;
    // Chunks handed to the workers, in the file's order; at most one more than the workers, so
    // that memory stays bounded whatever the file's size.
    const inFlight: Promise<ChunkResult>[] = [];
    const emit = async (facts: Fact[], segments: Segment[] | undefined, doc: DocumentInfo) => {
      if (opts.onSegments && segments) await opts.onSegments(segments);
      if (opts.onFacts) await opts.onFacts(facts, doc);
      else for (const f of facts) result.facts.push(f);
    };
    for await (const source of readSources(path, opts.chunkBytes ?? CHUNK_BYTES)) {
      opts.onSource?.(source);
      lines = source.firstLine - 1 + source.lineStarts.length;
      if (info && opts.workers) {
        pool ??= new ChunkPool(opts.workers);
        const next = pool.extract(source, info, !!opts.onSegments);
        next.catch(() => {}); // awaited in order below; an early failure must not go unhandled
        inFlight.push(next);
        if (inFlight.length > opts.workers) {
          const done = await (inFlight.shift() as Promise<ChunkResult>);
          await emit(done.facts, done.segments, info);
        }
        continue;
      }
      const tree = buildDocument(source);
      if (!info) {
        info = documentInfo(tree, opts.hints);
        opts.onDocument?.(info);
      }
      await emit(factsOf(tree, info), opts.onSegments ? segmentsOf(tree) : undefined, info);
    }
    for (const next of inFlight) {
      const done = await next;
      await emit(done.facts, done.segments, info as DocumentInfo);
    }
    if (info) {
      info.lines = lines;
      result.document = info;
    }
  } catch (e) {
    result.error =
      e instanceof InputError ? e.message : `${basename(path)}: cannot be processed (${oneLine(e)})`;
  } finally {
    await pool?.close();
  }
  return result;
}

export async function extractFiles(paths: string[], opts: ExtractOptions = {}): Promise<FileResult[]> {
  const out: FileResult[] = [];
  for (const p of paths) out.push(await extractFile(p, opts));
  return out;
}

function oneLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split("\n")[0].slice(0, 200);
}
