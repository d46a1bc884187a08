import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { decodeText, firstInvalidUtf8, looksBinary } from "./decode.js";
import { InputError } from "./errors.js";
import { makeSource, type Source, type SourceFormat } from "./source.js";

/** Text files above this size are read and extracted in chunks, so memory stays bounded. */
export const CHUNK_BYTES = 1024 * 1024;

export function formatOf(path: string): SourceFormat | null {
  const ext = extname(path).toLowerCase();
  if (ext === ".txt" || ext === ".text" || ext === "") return "txt";
  if (ext === ".md" || ext === ".markdown") return "md";
  if (ext === ".docx") return "docx";
  if (ext === ".pdf") return "pdf";
  return null;
}

/**
 * Read a report as one source, or as several consecutive sources (chunks cut at paragraph
 * ends) when it is a large text file. Every failure is an InputError naming the file.
 */
export async function* readSources(path: string, chunkBytes = CHUNK_BYTES): AsyncGenerator<Source> {
  const name = basename(path);
  const format = formatOf(path);
  if (!format)
    throw new InputError(name, `unsupported file type "${extname(path)}" (use .txt, .md, .docx or .pdf)`);
  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new InputError(name, "is a directory");
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(
      name,
      (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : "cannot be read",
    );
  }
  if (size === 0) throw new InputError(name, "empty file");
  if (format === "docx" || format === "pdf") {
    // pdfjs refuses Node's Buffer: hand both readers a plain Uint8Array.
    const buf = await readFile(path);
    const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    if (format === "docx") {
      const { readDocx } = await import("./docx.js");
      yield await readDocx(name, bytes);
    } else {
      const { readPdf } = await import("./pdf.js");
      yield await readPdf(name, bytes);
    }
    return;
  }
  if (size <= chunkBytes) {
    yield makeSource(name, format, decodeText(name, await readFile(path)));
    return;
  }
  yield* readTextChunks(path, name, format, chunkBytes);
}

async function* readTextChunks(
  path: string,
  name: string,
  format: SourceFormat,
  chunkBytes: number,
): AsyncGenerator<Source> {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  let pending = "";
  let firstLine = 1;
  let offset = 0;
  let first = true;
  for await (const buf of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    if (first && looksBinary(buf)) throw new InputError(name, "binary file, not text");
    first = false;
    try {
      pending += decoder.decode(buf, { stream: true });
    } catch {
      throw new InputError(name, `not valid UTF-8 (near byte offset ${offset + firstInvalidUtf8(buf)})`);
    }
    offset += buf.length;
    while (pending.length >= chunkBytes) {
      const cut = cutPoint(pending, chunkBytes);
      const text = pending.slice(0, cut);
      pending = pending.slice(cut);
      yield makeSource(name, format, text.endsWith("\n") ? text.slice(0, -1) : text, firstLine);
      firstLine += countLines(text);
    }
  }
  try {
    pending += decoder.decode();
  } catch {
    throw new InputError(name, "not valid UTF-8 (truncated character at the end)");
  }
  if (pending.length) yield makeSource(name, format, pending, firstLine);
}

/** Cut after a line that ends a sentence and is followed by a blank line. */
function cutPoint(text: string, around: number): number {
  const window = text.slice(Math.max(0, around - 200_000), around);
  const re = /[.;:!?]["”)]*[ \t]*\r?\n[ \t\u00a0]*\r?\n/g;
  let last = -1;
  for (let m = re.exec(window); m; m = re.exec(window)) last = m.index + m[0].length;
  if (last > 0) return Math.max(0, around - 200_000) + last;
  const nl = text.lastIndexOf("\n", around);
  return nl > 0 ? nl + 1 : around;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
