import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { InputError } from "./errors.js";
import { makeSource, type Source } from "./source.js";

/** Below this many visible characters over all pages, the PDF is taken as scanned images. */
const MIN_VISIBLE = 20;
/** Above this share of unmapped glyphs (U+FFFD, private use, controls), the text layer is broken. */
const MAX_BAD_SHARE = 0.1;

/**
 * Pieces of text a page may hold, and a whole file: a dense A3 table page has a few thousand.
 * Far more is a content stream made to inflate into millions of operators, which pdfjs would
 * take minutes to lay out; reading stops as soon as the count passes.
 */
const MAX_PAGE_ITEMS = 50_000;
const MAX_ITEMS = 2_000_000;

/** How long pdftotext may take over one file before it is given up. */
const PDFTOTEXT_TIMEOUT_MS = 60_000;

/** A text item as pdfjs gives it; only what the line builder reads. */
interface Item {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** A piece of text placed on the page, in viewport space (y grows downward). */
interface Run {
  x: number;
  y: number;
  w: number;
  size: number;
  str: string;
}

/**
 * Read a PDF's text layer as one line per printed line, cells of a table row joined by " | ",
 * a blank line between pages, and the page of every line in `pages`.
 */
export async function readPdf(file: string, bytes: Uint8Array): Promise<Source> {
  let pages = await extractPages(file, bytes);
  let stats = countChars(pages);
  if (stats.visible < MIN_VISIBLE) throw new InputError(file, "no text layer (scanned PDF?): run OCR first");
  if (stats.bad / stats.visible > MAX_BAD_SHARE) {
    const fallback = await pdftotextPages(file, bytes);
    if (fallback) {
      pages = fallback;
      stats = countChars(pages);
    }
    if (!fallback || stats.visible < MIN_VISIBLE || stats.bad / stats.visible > MAX_BAD_SHARE) {
      const share = Math.round((100 * stats.bad) / Math.max(stats.visible, 1));
      const hint = fallback ? "" : " (install poppler-utils to try pdftotext)";
      throw new InputError(
        file,
        `text layer unreadable: ${share}% of characters have no Unicode mapping; run OCR first${hint}`,
      );
    }
  }
  return pagesToSource(file, pages);
}

function pagesToSource(file: string, pages: string[][]): Source {
  const lines: string[] = [];
  const pageOf: number[] = [];
  pages.forEach((page, i) => {
    if (!page.length) return;
    // The seam between pages belongs to the page that follows it.
    if (lines.length) {
      lines.push("");
      pageOf.push(i + 1);
    }
    for (const line of page) {
      lines.push(line.normalize("NFC"));
      pageOf.push(i + 1);
    }
  });
  const src = makeSource(file, "pdf", lines.join("\n"));
  src.pages = pageOf;
  return src;
}

function countChars(pages: string[][]): { visible: number; bad: number } {
  let visible = 0;
  let bad = 0;
  for (const page of pages) {
    for (const line of page) {
      for (const ch of line) {
        if (/\s/.test(ch)) continue;
        visible++;
        const c = ch.charCodeAt(0);
        if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff) || c < 0x20) bad++;
      }
    }
  }
  return { visible, bad };
}

async function extractPages(file: string, bytes: Uint8Array): Promise<string[][]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const assets = `${dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"))}/`;
  const task = pdfjs.getDocument({
    // A copy: pdfjs may take over the buffer it is given.
    data: new Uint8Array(bytes), // a copy: pdfjs detaches what it is given, and refuses a Buffer
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    cMapUrl: `${assets}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${assets}standard_fonts/`,
  });
  try {
    const doc = await task.promise;
    const pages: string[][] = [];
    let items = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      try {
        const viewport = page.getViewport({ scale: 1 });
        const runs: Run[] = [];
        for (const it of await pageItems(file, page, n, MAX_ITEMS - items)) {
          if (!it.str.trim()) continue;
          runs.push(toRun(it, viewport.transform, pdfjs.Util.transform));
        }
        items += runs.length;
        pages.push(buildLines(runs));
      } finally {
        page.cleanup();
      }
    }
    return pages;
  } catch (err) {
    throw err instanceof InputError ? err : pdfError(file, err);
  } finally {
    await task.destroy();
  }
}

/** The page's text items, streamed so that a page of millions of them is refused part-way. */
async function pageItems(
  file: string,
  page: { streamTextContent(): ReadableStream<{ items: unknown[] }> },
  n: number,
  left: number,
): Promise<Item[]> {
  const reader = page.streamTextContent().getReader();
  const items: Item[] = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return items;
    for (const it of value.items) if (typeof it === "object" && it && "str" in it) items.push(it as Item);
    if (items.length > Math.min(MAX_PAGE_ITEMS, left)) {
      await reader.cancel(new Error("too much text")).catch(() => {});
      const why =
        items.length > MAX_PAGE_ITEMS
          ? `page ${n} holds more than ${MAX_PAGE_ITEMS.toLocaleString("en")} pieces of text`
          : `the file holds more than ${MAX_ITEMS.toLocaleString("en")} pieces of text`;
      throw new InputError(file, `refused: ${why} (hostile file?)`);
    }
  }
}

type Mul = (a: number[], b: number[]) => number[];

function toRun(it: Item, view: number[], mul: Mul): Run {
  const m = mul(view, it.transform);
  const size = Math.hypot(m[2], m[3]) || it.height || 1;
  return { x: m[4], y: m[5], w: it.width, size, str: it.str.replace(/[\r\n]/g, " ") };
}

function pdfError(file: string, err: unknown): InputError {
  const name = err instanceof Error ? err.name : "";
  const msg = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, " ").trim();
  if (name === "PasswordException")
    return new InputError(file, `encrypted PDF: a password is needed (${msg})`);
  return new InputError(file, `not a readable PDF: ${msg}`);
}

/** Runs whose baselines lie within half a font size of a line's first run share that line. */
function buildLines(runs: Run[]): string[] {
  runs.sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: Run[][] = [];
  let top = Number.NEGATIVE_INFINITY;
  let size = 0;
  for (const r of runs) {
    const last = groups[groups.length - 1];
    if (last && r.y - top <= 0.5 * Math.max(size, r.size)) {
      last.push(r);
      size = Math.max(size, r.size);
    } else {
      groups.push([r]);
      top = r.y;
      size = r.size;
    }
  }
  return groups.map(joinLine).filter((l) => l.trim() !== "");
}

/** Left to right: a space for a word gap, " | " for a column gap, `<sup>n</sup>` for raised digits. */
function joinLine(runs: Run[]): string {
  runs.sort((a, b) => a.x - b.x);
  const main = runs.reduce((a, b) => (b.str.length > a.str.length ? b : a));
  const chars = runs.reduce((n, r) => n + r.str.length, 0);
  const charW = runs.reduce((n, r) => n + r.w, 0) / Math.max(chars, 1) || main.size / 2;
  let out = "";
  let end = Number.NEGATIVE_INFINITY;
  for (const r of runs) {
    const sup =
      r.size < 0.8 * main.size &&
      main.y - r.y > 0.15 * main.size &&
      /^[([]?\d{1,3}[)\]]?$/.test(r.str.trim());
    const gap = r.x - end;
    if (sup) {
      out += `<sup>${r.str.trim()}</sup>`;
    } else if (out && gap > 3 * charW) {
      out = `${out.trimEnd()} | ${r.str.trimStart()}`;
    } else if (out && gap > 0.15 * main.size && !/\s$/.test(out) && !/^\s/.test(r.str)) {
      out += ` ${r.str}`;
    } else {
      out += r.str;
    }
    end = Math.max(end, r.x + r.w);
  }
  return out.trim();
}

/**
 * Poppler's pdftotext reads some fonts that pdfjs cannot map. Its -layout output marks columns
 * with runs of spaces, turned here into " | " as the pdfjs path does. Null when not installed.
 */
async function pdftotextPages(file: string, bytes: Uint8Array): Promise<string[][] | null> {
  const dir = await mkdtemp(join(tmpdir(), "solieu-pdf-"));
  try {
    const path = join(dir, "in.pdf");
    await writeFile(path, bytes);
    const { stdout } = await promisify(execFile)("pdftotext", ["-layout", "-enc", "UTF-8", "-q", path, "-"], {
      timeout: PDFTOTEXT_TIMEOUT_MS,
      maxBuffer: 256 * 1024 * 1024,
      encoding: "utf8",
    });
    return stdout
      .replace(/\f$/, "")
      .split("\f")
      .map((page) =>
        page
          .split("\n")
          .map((l) => l.trim().replace(/ {3,}/g, " | "))
          .filter((l) => l !== ""),
      );
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    const killed = (err as { killed?: boolean }).killed;
    const msg = killed
      ? `no answer within ${PDFTOTEXT_TIMEOUT_MS / 1000} s`
      : (err instanceof Error ? err.message : String(err)).replace(/\s+/g, " ").trim();
    throw new InputError(file, `text layer unreadable, and pdftotext failed: ${msg}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
