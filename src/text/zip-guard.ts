import yauzl, { type Entry, type ZipFile } from "yauzl";
import { InputError } from "./errors.js";
import { isXmlPart, XmlScan } from "./xml-guard.js";

export interface ZipLimits {
  /** Most bytes all entries may expand to, declared or actually inflated. */
  maxTotalBytes: number;
  /** Highest compression ratio allowed for an entry larger than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** A .docx holds a few dozen parts; millions of entries are an attack on the reader. */
  maxEntries: number;
}

const MB = 1024 * 1024;

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 200 * MB,
  maxRatio: 200,
  ratioFloorBytes: 10 * MB,
  maxEntries: 10_000,
};

const mb = (n: number) => `${Math.round(n / MB)} MB`;

/**
 * Refuse a .docx that is not a zip, lacks its main part, names an entry outside the archive
 * (`../`, an absolute path), or would expand beyond the limits. Declared sizes are checked first
 * (cheap), then every entry is inflated and counted, chunk by chunk, because the declared sizes
 * are written by whoever made the file; its XML parts are scanned on the way (src/text/xml-guard.ts).
 */
export async function checkZip(
  file: string,
  bytes: Uint8Array,
  limits: Partial<ZipLimits> = {},
): Promise<void> {
  const lim = { ...DEFAULT_ZIP_LIMITS, ...limits };
  const zip = await openZip(file, bytes);
  try {
    const entries = await listEntries(file, zip, lim);
    if (!entries.some((e) => e.fileName === "word/document.xml")) {
      throw new InputError(file, "not a .docx: word/document.xml missing");
    }
    let declared = 0;
    for (const e of entries) {
      declared += e.uncompressedSize;
      if (declared > lim.maxTotalBytes) throw bomb(file, `archive expands to ${mb(declared)}`);
      if (tooDense(e.uncompressedSize, e.compressedSize, lim))
        throw bomb(file, denseReason(e, e.uncompressedSize));
    }
    let inflated = 0;
    for (const e of entries) {
      if (e.fileName.endsWith("/")) continue;
      inflated = await inflateCounting(file, zip, e, inflated, lim);
    }
  } finally {
    zip.close();
  }
}

function bomb(file: string, what: string): InputError {
  return new InputError(file, `refused: ${what} (zip bomb?)`);
}

function tooDense(size: number, compressed: number, lim: ZipLimits): boolean {
  return size > lim.ratioFloorBytes && size / Math.max(compressed, 1) > lim.maxRatio;
}

function denseReason(e: Entry, size: number): string {
  const ratio = Math.round(size / Math.max(e.compressedSize, 1));
  return `${e.fileName} expands to ${mb(size)}, ${ratio} times its packed size`;
}

async function openZip(file: string, bytes: Uint8Array): Promise<ZipFile> {
  // OLE compound file: an old .doc, or a .docx saved with a password (Word encrypts the zip inside).
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new InputError(file, "not a .docx: not a zip archive (an old .doc, or a password-protected file)");
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new InputError(file, "not a .docx: not a zip archive");
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    return await yauzl.fromBufferPromise(buffer, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
    });
  } catch (err) {
    throw new InputError(file, `not a .docx: not a zip archive (${message(err)})`);
  }
}

async function listEntries(file: string, zip: ZipFile, lim: ZipLimits): Promise<Entry[]> {
  if (zip.entryCount > lim.maxEntries) throw bomb(file, `archive holds ${zip.entryCount} entries`);
  const entries: Entry[] = [];
  try {
    for await (const e of zip.eachEntry()) entries.push(e);
  } catch (err) {
    const msg = message(err);
    // yauzl's own check of entry names: nothing is written to disk here, but no Word file has them.
    if (/^(?:invalid relative path|absolute path|invalid characters in fileName)\b/.test(msg))
      throw new InputError(file, `refused: unsafe entry name (${msg})`);
    throw new InputError(file, `not a .docx: damaged zip archive (${msg})`);
  }
  return entries;
}

/** Inflate one entry into nothing, counting bytes; returns the running total. */
async function inflateCounting(
  file: string,
  zip: ZipFile,
  e: Entry,
  before: number,
  lim: ZipLimits,
): Promise<number> {
  let total = before;
  let size = 0;
  const xml = isXmlPart(e.fileName) ? new XmlScan() : null;
  try {
    const stream = await zip.openReadStreamPromise(e);
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      total += (chunk as Buffer).length;
      // Leaving the loop destroys the stream, so nothing more is inflated.
      if (total > lim.maxTotalBytes)
        throw bomb(file, `archive expands to more than ${mb(lim.maxTotalBytes)}`);
      if (tooDense(size, e.compressedSize, lim)) throw bomb(file, denseReason(e, size));
      const wrong = xml?.push(chunk as Buffer);
      if (wrong) throw new InputError(file, `refused: ${e.fileName} ${wrong} (hostile file?)`);
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    const msg = message(err);
    // yauzl checks the inflated size against the declared one: a lie is a bomb's signature.
    if (/too many bytes/.test(msg)) throw bomb(file, `${e.fileName} expands beyond its declared size`);
    if (e.isEncrypted()) throw new InputError(file, `not a .docx: encrypted zip entry ${e.fileName}`);
    throw new InputError(file, `not a .docx: damaged zip entry ${e.fileName} (${msg})`);
  }
  return total;
}

function message(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).replace(/\s+/g, " ").trim();
}
