/**
 * Builders for .docx, .pdf and zip inputs, made at test time so no binary fixture is committed.
 */

import { once } from "node:events";
import { existsSync, readFileSync } from "node:fs";
import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";
import fontkit from "@pdf-lib/fontkit";
import {
  Document,
  EndnoteReferenceRun,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import { PDFDocument, PDFHexString, PDFName, PDFNumber, rgb } from "pdf-lib";

// ---------------------------------------------------------------- .docx

/** Text of a paragraph: plain text, a superscript run, or a footnote/endnote cited at that point. */
export type Inline = string | { sup: string } | { footnote: string } | { endnote: string };

export type DocxBlock =
  | string
  | { heading: string }
  | { runs: Inline[] }
  | { table: string[][] }
  | { empty: true };

/** A .docx with the blocks in order, then `table` (rows of cells) when given. */
export async function makeDocx(blocks: DocxBlock[], table?: string[][]): Promise<Uint8Array> {
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  const endnotes: Record<string, { children: Paragraph[] }> = {};
  const children: (Paragraph | Table)[] = [];

  const runs = (inlines: Inline[]): ParagraphChild[] =>
    inlines.map((x) => {
      if (typeof x === "string") return new TextRun(x);
      if ("sup" in x) return new TextRun({ text: x.sup, superScript: true });
      if ("footnote" in x) {
        const id = Object.keys(footnotes).length + 1;
        footnotes[id] = { children: [new Paragraph(x.footnote)] };
        return new FootnoteReferenceRun(id);
      }
      const id = Object.keys(endnotes).length + 1;
      endnotes[id] = { children: [new Paragraph(x.endnote)] };
      return new EndnoteReferenceRun(id);
    });

  const docxTable = (rows: string[][]) =>
    new Table({
      rows: rows.map(
        (cells) =>
          new TableRow({
            children: cells.map(
              (c) => new TableCell({ children: c.split("\n").map((p) => new Paragraph(p)) }),
            ),
          }),
      ),
    });

  for (const b of blocks) {
    if (typeof b === "string") children.push(new Paragraph(b));
    else if ("heading" in b)
      children.push(new Paragraph({ text: b.heading, heading: HeadingLevel.HEADING_1 }));
    else if ("runs" in b) children.push(new Paragraph({ children: runs(b.runs) }));
    else if ("table" in b) children.push(docxTable(b.table));
    else children.push(new Paragraph(""));
  }
  if (table) children.push(docxTable(table));

  const doc = new Document({ footnotes, endnotes, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

// ---------------------------------------------------------------- zip

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/** A deflated entry given as its compressed bytes, with sizes that may be declared falsely. */
export interface RawZipEntry {
  name: string;
  compressed: Uint8Array;
  crc: number;
  size: number;
}

/** A plain zip (deflate, no data descriptors), assembled by hand so tests control every field. */
export function makeZip(entries: (ZipEntry | RawZipEntry)[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw =
      "compressed" in e
        ? e
        : { name: e.name, compressed: deflateRawSync(e.data), crc: crc32(e.data), size: e.data.length };
    const name = Buffer.from(raw.name, "utf8");
    const fields = (h: Buffer, at: number) => {
      h.writeUInt16LE(20, at); // version needed
      h.writeUInt16LE(0x0800, at + 2); // UTF-8 names
      h.writeUInt16LE(8, at + 4); // deflate
      h.writeUInt16LE(0, at + 6); // time
      h.writeUInt16LE(0x21, at + 8); // date: 1980-01-01
      h.writeUInt32LE(raw.crc >>> 0, at + 10);
      h.writeUInt32LE(raw.compressed.length, at + 14);
      h.writeUInt32LE(raw.size, at + 18);
      h.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    locals.push(local, name, Buffer.from(raw.compressed));
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    fields(central, 6);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + raw.compressed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

const MB = 1024 * 1024;

/** `size` zero bytes, deflated 1 MB at a time so the inflated form is never held in memory. */
async function deflateZeros(size: number): Promise<RawZipEntry> {
  const chunk = Buffer.alloc(MB);
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on("data", (b: Buffer) => parts.push(b));
  const ended = once(deflate, "end");
  let crc = 0;
  for (let left = size; left > 0; left -= MB) {
    const part = left >= MB ? chunk : chunk.subarray(0, left);
    crc = crc32(part, crc);
    if (!deflate.write(part)) await once(deflate, "drain");
  }
  deflate.end();
  await ended;
  return { name: "word/document.xml", compressed: Buffer.concat(parts), crc, size };
}

/**
 * A .docx-shaped zip whose word/document.xml inflates to `inflatedMB` of zeros from a few
 * hundred KB. With `declaredMB` the central directory states that size instead (a lie when smaller).
 */
export async function makeZipBomb(
  opts: { inflatedMB?: number; declaredMB?: number } = {},
): Promise<Uint8Array> {
  const inflated = (opts.inflatedMB ?? 210) * MB;
  const body = await deflateZeros(inflated);
  if (opts.declaredMB !== undefined) body.size = opts.declaredMB * MB;
  const types = Buffer.from(
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  return makeZip([{ name: "[Content_Types].xml", data: types }, body]);
}

// ---------------------------------------------------------------- .pdf

/** DejaVu Sans (Debian fonts-dejavu-core) has every Vietnamese glyph. */
export const VIETNAMESE_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

export function hasVietnameseFont(): boolean {
  return existsSync(VIETNAMESE_FONT);
}

/** A printed line: text, cells of a table row (set 160 pt apart), or text followed by a raised note number. */
export type PdfLine = string | string[] | { text: string; sup: string };

const PAGE: [number, number] = [595, 842];
const SIZE = 11;

/** A PDF with a real text layer: one array of lines per page. Needs `VIETNAMESE_FONT`. */
export async function makePdf(pages: PdfLine[][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(readFileSync(VIETNAMESE_FONT), { subset: true });
  for (const lines of pages) {
    const page = doc.addPage(PAGE);
    let y = PAGE[1] - 60;
    for (const line of lines) {
      if (typeof line === "string") {
        page.drawText(line, { x: 50, y, size: SIZE, font });
      } else if (Array.isArray(line)) {
        line.forEach((cell, i) => {
          page.drawText(cell, { x: 50 + 160 * i, y, size: SIZE, font });
        });
      } else {
        page.drawText(line.text, { x: 50, y, size: SIZE, font });
        const x = 50 + font.widthOfTextAtSize(line.text, SIZE);
        page.drawText(line.sup, { x, y: y + SIZE * 0.35, size: SIZE * 0.6, font });
      }
      y -= SIZE * 1.6;
    }
  }
  return doc.save();
}

/** A PDF page holding only a drawn rectangle, as a scan without OCR has no text either. */
export async function makeBlankPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage(PAGE);
  page.drawRectangle({ x: 50, y: 500, width: 300, height: 200, color: rgb(0.8, 0.8, 0.8) });
  return doc.save();
}

/**
 * A PDF that declares standard encryption whose user password is not empty: readers must ask
 * for the password before reading anything.
 */
export async function makeEncryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage(PAGE);
  const ctx = doc.context;
  const encrypt = ctx.obj({
    Filter: PDFName.of("Standard"),
    V: PDFNumber.of(1),
    R: PDFNumber.of(2),
    O: PDFHexString.of("11".repeat(32)),
    U: PDFHexString.of("22".repeat(32)),
    P: PDFNumber.of(-4),
  });
  ctx.trailerInfo.Encrypt = ctx.register(encrypt);
  ctx.trailerInfo.ID = ctx.obj([PDFHexString.of("33".repeat(16)), PDFHexString.of("33".repeat(16))]);
  return doc.save({ useObjectStreams: false });
}

/** Bytes that begin like a PDF and hold nothing a reader can use. */
export function makeCorruptPdf(): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.7\n${"garbage \u0000 not an object\n".repeat(50)}%%EOF\n`);
}
