import { basename } from "node:path";
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
}

/** Extract one file. Never throws: a file that cannot be read comes back with `error`. */
export async function extractFile(path: string, opts: ExtractOptions = {}): Promise<FileResult> {
  const result: FileResult = { file: path, facts: [] };
  try {
    let info: DocumentInfo | undefined;
    let lines = 0;
    for await (const source of readSources(path, opts.chunkBytes ?? CHUNK_BYTES)) {
      opts.onSource?.(source);
      const tree = buildDocument(source);
      if (!info) {
        info = documentInfo(tree, opts.hints);
        opts.onDocument?.(info);
      }
      lines = source.firstLine - 1 + source.lineStarts.length;
      const facts = factsOf(tree, info);
      if (opts.onSegments) await opts.onSegments(segmentsOf(tree));
      if (opts.onFacts) await opts.onFacts(facts, info);
      else result.facts.push(...facts);
    }
    if (info) {
      info.lines = lines;
      result.document = info;
    }
  } catch (e) {
    result.error =
      e instanceof InputError ? e.message : `${basename(path)}: cannot be processed (${oneLine(e)})`;
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
