/**
 * Hostile .docx and .pdf files, generated with fast-check from a good file of each kind: bytes
 * flipped or cut off, parts missing or repeated, entries named with `..` or an absolute path,
 * zip bombs (dense, or lying about their size), XML with a DTD (entity expansion, an external
 * entity), XML nested deeper than any stack, and for PDFs broken cross-references, objects that
 * refer to themselves, deep arrays, page counts that lie and content streams that inflate to
 * far more than they hold.
 */
import { crc32, deflateRawSync, deflateSync } from "node:zlib";
import fc from "fast-check";
import { PDFDocument, StandardFonts } from "pdf-lib";
import yauzl from "yauzl";
import { makeZip, type RawZipEntry, type ZipEntry } from "./fixtures.js";

// ---------------------------------------------------------------- .docx

/** The entries of a zip, inflated (the good file's, to mutate). */
export async function unzip(bytes: Uint8Array): Promise<ZipEntry[]> {
  const zip = await yauzl.fromBufferPromise(Buffer.from(bytes), { lazyEntries: true });
  const out: ZipEntry[] = [];
  for await (const e of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const c of await zip.openReadStreamPromise(e)) chunks.push(c as Buffer);
    out.push({ name: e.fileName, data: new Uint8Array(Buffer.concat(chunks)) });
  }
  zip.close();
  return out;
}

const text = (s: string) => new TextEncoder().encode(s);

/** Billion laughs: ten entities each ten times the one before, used in the body. */
function entityExpansion(depth: number): string {
  const ents = ['<!ENTITY l0 "hahahahaha">'];
  for (let i = 1; i <= depth; i++) ents.push(`<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?><!DOCTYPE w:document [${ents.join("")}]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&l${depth};</w:t></w:r></w:p></w:body></w:document>`;
}

const EXTERNAL_ENTITY =
  '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>';

/** Paragraphs nested `depth` deep (a text box in a text box…): deeper than a recursive walk's stack. */
function deepXml(depth: number): string {
  return `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${"<w:p><w:r><w:t>đạt 7,5%</w:t></w:r>".repeat(depth)}${"</w:p>".repeat(depth)}</w:body></w:document>`;
}

/** `size` zero bytes deflated: an entry far denser than any document part. */
function zeros(name: string, size: number, declared = size): RawZipEntry {
  const data = Buffer.alloc(size);
  return { name, compressed: deflateRawSync(data, { level: 9 }), crc: crc32(data), size: declared };
}

const MB = 1024 * 1024;

/** What was done to the good file: a short label for the failure report, and the bytes. */
export interface Mutant {
  what: string;
  bytes: Uint8Array;
  /** When set, the file must be refused with a reason matching it. */
  refused?: RegExp;
}

/** A counterexample is reported by what was done to the file, not by its thousands of bytes. */
function labelled(arb: fc.Arbitrary<Mutant>): fc.Arbitrary<Mutant> {
  return arb.map((m) =>
    Object.assign(m, { [fc.toStringMethod]: () => `${m.what} (${m.bytes.length} bytes)` }),
  );
}

const UNSAFE_NAMES = [
  "../../evil.xml",
  "word/../../evil.xml",
  "../word/document.xml",
  "/etc/passwd",
  "C:\\Windows\\evil.xml",
  "word\\..\\..\\evil.xml",
];

/** Flip `n` bytes of `bytes` at the positions given (as fractions of the length). */
function flip(bytes: Uint8Array, at: [number, number][]): Uint8Array {
  const out = new Uint8Array(bytes);
  for (const [where, value] of at) out[Math.floor(where * out.length) % out.length] = value;
  return out;
}

const spots = fc.array(fc.tuple(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.nat(255)), {
  minLength: 1,
  maxLength: 16,
});

/** Mutated .docx files made from the entries of a good one. */
export function docxMutants(good: ZipEntry[]): fc.Arbitrary<Mutant> {
  const zipped = makeZip(good);
  const names = good.map((e) => e.name);
  const replace = (name: string, data: Uint8Array | RawZipEntry) =>
    good.map((e) => (e.name !== name ? e : "compressed" in data ? { ...data, name } : { name, data }));
  return labelled(
    fc.oneof(
      spots.map((at) => ({ what: `${at.length} bytes flipped`, bytes: flip(zipped, at) })),
      fc.nat(zipped.length - 1).map((n) => ({ what: `cut at byte ${n}`, bytes: zipped.subarray(0, n) })),
      fc.constantFrom(...names).map((name) => ({
        what: `${name} missing`,
        bytes: makeZip(good.filter((e) => e.name !== name)),
        ...(name === "word/document.xml" ? { refused: /word\/document\.xml missing/ } : {}),
      })),
      fc.constantFrom(...names).map((name) => ({
        what: `${name} twice`,
        bytes: makeZip([...good, ...good.filter((e) => e.name === name)]),
      })),
      fc.tuple(fc.constantFrom(...UNSAFE_NAMES), fc.boolean()).map(([name, asDocument]) => ({
        what: `an entry named ${name}`,
        bytes: asDocument
          ? makeZip(good.map((e) => (e.name === "word/document.xml" ? { ...e, name } : e)).concat(good))
          : makeZip([...good, { name, data: text("<x/>") }]),
        refused: /unsafe entry name/,
      })),
      fc.integer({ min: 3, max: 9 }).map((depth) => ({
        what: `entity expansion ${depth} deep`,
        bytes: makeZip(replace("word/document.xml", text(entityExpansion(depth)))),
        refused: /DTD/,
      })),
      fc.constant({
        what: "an external entity",
        bytes: makeZip(replace("word/document.xml", text(EXTERNAL_ENTITY))),
        refused: /DTD/,
      }),
      fc.constantFrom(2_000, 20_000, 200_000).map((depth) => ({
        what: `paragraphs nested ${depth} deep`,
        bytes: makeZip(replace("word/document.xml", text(deepXml(depth)))),
      })),
      fc
        .tuple(
          fc.constantFrom("word/document.xml", "word/styles.xml", "word/media/image1.png"),
          fc.integer({ min: 11, max: 16 }),
        )
        .map(([name, mb]) => ({
          what: `${name}: ${mb} MB of zeros`,
          bytes: names.includes(name)
            ? makeZip(replace(name, zeros(name, mb * MB)))
            : makeZip([...good, zeros(name, mb * MB)]),
          refused: /zip bomb/,
        })),
      fc.integer({ min: 2, max: 8 }).map((mb) => ({
        what: `word/document.xml: ${mb} MB of zeros declared as 1 KB`,
        bytes: makeZip(replace("word/document.xml", zeros("word/document.xml", mb * MB, 1024))),
        refused: /zip bomb/,
      })),
      fc.integer({ min: 201, max: 4000 }).map((mb) => ({
        what: `an entry declaring ${mb} MB`,
        bytes: makeZip([...good, zeros("word/big.bin", 1024, mb * MB)]),
        refused: /zip bomb/,
      })),
      fc
        .constantFrom(
          text("not xml at all \u0000\u0001"),
          new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x00]),
          text('<?xml version="1.0"?><w:document><w:body><w:p>'),
          text(""),
        )
        .map((data) => ({
          what: "word/document.xml garbage",
          bytes: makeZip(replace("word/document.xml", data)),
        })),
    ),
  );
}

// ---------------------------------------------------------------- .pdf

/**
 * A good PDF with a text layer in a standard font (no font file needed), its objects written
 * plainly (no object streams) so that the mutations below find the keys they change.
 */
export async function makePlainPdf(pages: string[][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    lines.forEach((line, i) => {
      page.drawText(line, { x: 50, y: 780 - 18 * i, size: 11, font });
    });
  }
  return doc.save({ useObjectStreams: false });
}

const latin1 = (b: Uint8Array) => Buffer.from(b).toString("latin1");
const bytesOf = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));

const bombs = new Map<number, Uint8Array>();

/** A PDF of one page whose content stream, deflated, inflates to `size` bytes of text operators. */
function streamBomb(size: number): Uint8Array {
  const made = bombs.get(size);
  if (made) return made;
  const op = "BT /F1 12 Tf 50 700 Td (7,5) Tj ET\n";
  const content = deflateSync(Buffer.from(op.repeat(Math.ceil(size / op.length))), { level: 9 });
  const pdf = pdfOf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    { dict: "/Filter /FlateDecode", data: content },
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ]);
  bombs.set(size, pdf);
  return pdf;
}

/** A PDF from its objects, numbered from 1, with a correct cross-reference table. */
function pdfOf(objects: (string | { dict: string; data: Buffer })[]): Uint8Array {
  const parts: Buffer[] = [Buffer.from("%PDF-1.7\n")];
  const offsets: number[] = [];
  let at = parts[0].length;
  objects.forEach((o, i) => {
    offsets.push(at);
    const b =
      typeof o === "string"
        ? Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, "latin1")
        : Buffer.concat([
            Buffer.from(`${i + 1} 0 obj\n<< ${o.dict} /Length ${o.data.length} >>\nstream\n`, "latin1"),
            o.data,
            Buffer.from("\nendstream\nendobj\n", "latin1"),
          ]);
    parts.push(b);
    at += b.length;
  });
  const xref = [
    "xref",
    `0 ${objects.length + 1}`,
    "0000000000 65535 f ",
    ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n `),
    "trailer",
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    "startxref",
    String(at),
    "%%EOF",
  ].join("\n");
  parts.push(Buffer.from(`${xref}\n`, "latin1"));
  return new Uint8Array(Buffer.concat(parts));
}

/** A page tree whose pages are their own parents and kids, and a catalogue that is its own page tree. */
const LOOPS = [
  pdfOf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R] /Count 1 >>"]),
  pdfOf(["<< /Type /Catalog /Pages 1 0 R /Kids [1 0 R] /Count 3 >>"]),
  pdfOf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>",
  ]),
];

/** Mutated .pdf files made from a good one. */
export function pdfMutants(good: Uint8Array): fc.Arbitrary<Mutant> {
  const s = latin1(good);
  return labelled(
    fc.oneof(
      spots.map((at) => ({ what: `${at.length} bytes flipped`, bytes: flip(good, at) })),
      fc.nat(good.length - 1).map((n) => ({ what: `cut at byte ${n}`, bytes: good.subarray(0, n) })),
      fc
        .constantFrom("xref", "trailer", "startxref", "/Root", "/Pages", "/Kids", "stream", "endobj", "/Font")
        .map((word) => ({
          what: `every ${word} blanked`,
          bytes: bytesOf(s.split(word).join(" ".repeat(word.length))),
        })),
      fc.integer({ min: 2, max: 1e9 }).map((n) => ({
        what: `/Count ${n}`,
        bytes: bytesOf(s.replace(/\/Count \d+/, `/Count ${n}`)),
      })),
      fc.constantFrom(1_000, 100_000, 1_000_000).map((depth) => ({
        what: `an array nested ${depth} deep`,
        bytes: bytesOf(
          s.replace("/Type /Catalog", `/Type /Catalog /Junk ${"[".repeat(depth)}${"]".repeat(depth)}`),
        ),
      })),
      fc.constantFrom(...LOOPS).map((bytes, i) => ({ what: `reference loop ${i}`, bytes })),
      fc.constantFrom(1, 8, 32).map((mb) => ({
        what: `a content stream inflating to ${mb} MB`,
        bytes: streamBomb(mb * MB),
        // 1 MB is some 29,000 pieces of text: many, but a page may hold that many.
        ...(mb > 1 ? { refused: /pieces of text/ } : {}),
      })),
      fc.constantFrom("%PDF-1.7\n", "%PDF-1.7\n%%EOF\n", "%PDF-", "%PDF-1.7\n1 0 obj\n<<").map((head) => ({
        what: `only ${JSON.stringify(head)}`,
        bytes: bytesOf(head),
      })),
    ),
  );
}
