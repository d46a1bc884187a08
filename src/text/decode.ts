import { InputError } from "./errors.js";

/** Bytes that a text file should not hold: NUL and most C0 controls. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.02;
}

/**
 * Decode a text file. UTF-8 (with or without BOM; the BOM is kept so columns match the raw
 * line) or UTF-16 with a BOM. Anything else is refused with the reason.
 */
export function decodeText(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError(file, "empty file");
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const text = new TextDecoder(bytes[0] === 0xff ? "utf-16le" : "utf-16be").decode(bytes);
    // Random bytes can start like a UTF-16 BOM: text has few control characters.
    let odd = 0;
    for (let i = 0; i < Math.min(text.length, 4096); i++) {
      const c = text.charCodeAt(i);
      if ((c < 9 || (c > 13 && c < 32) || c === 0xfffd) && c !== 27) odd++;
    }
    if (odd > 4096 * 0.02) throw new InputError(file, "binary file, not text");
    return text;
  }
  if (looksBinary(bytes)) throw new InputError(file, "binary file, not text");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(file, `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})`);
  }
  if (!text.replace(/^\ufeff/, "").trim()) throw new InputError(file, "empty file (only white space)");
  return text;
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}

export { looksBinary };
