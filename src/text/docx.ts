import { InputError } from "./errors.js";
import { makeSource, type Source } from "./source.js";
import { checkZip } from "./zip-guard.js";

/** The part of mammoth's document tree this reader looks at (see mammoth's lib/documents.js). */
interface DocNode {
  type: string;
  children?: DocNode[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  verticalAlignment?: string;
  noteType?: string;
  noteId?: string;
  colSpan?: number;
  rowSpan?: number;
}

interface Note {
  body: DocNode[];
}

interface MammothDocument extends DocNode {
  notes: { resolve(ref: { noteType?: string; noteId?: string }): Note | null };
}

const HEADING_NAME = /^(heading\s*\d+|title)$/i;
const HEADING_ID = /^(heading\d+|title)$/i;

/**
 * Read a .docx as one line per paragraph, a blank line between paragraphs, headings marked
 * `# `, table rows as `| a | b |` lines, and notes as `<sup>n</sup>` markers with their bodies
 * placed after the paragraph or table that cites them.
 */
export async function readDocx(file: string, bytes: Uint8Array): Promise<Source> {
  await checkZip(file, bytes);
  const doc = await loadTree(file, bytes);
  const text = new DocxWriter(doc).write().normalize("NFC");
  if (!text.trim()) throw new InputError(file, "the document holds no text");
  return makeSource(file, "docx", text);
}

async function loadTree(file: string, bytes: Uint8Array): Promise<MammothDocument> {
  const { default: mammoth } = await import("mammoth");
  let doc: MammothDocument | undefined;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        externalFileAccess: false,
        // Only the tree is wanted: hand mammoth an empty body so it renders no HTML.
        transformDocument: (d: MammothDocument) => {
          doc = d;
          return { ...d, children: [] };
        },
      },
    );
  } catch (err) {
    const msg = (err instanceof Error ? err.message : String(err))
      .replace(/\s+/g, " ")
      // xmldom's wrapping says nothing to a reader: "error: [xmldom error] … @#[line:…,col:…]".
      .replace(/^error: \[xmldom error\]\s*/i, "malformed document XML: ")
      .replace(/\s*@#\[line:[^\]]*\]$/, "")
      .trim();
    // mammoth reports most damage in its own words; a TypeError means a part it could not parse.
    const what = err instanceof TypeError ? `malformed document XML (${msg})` : msg;
    throw new InputError(file, `not a .docx: ${what}`);
  }
  if (!doc) throw new InputError(file, "not a .docx: no document body");
  return doc;
}

/** One piece of a paragraph's text; superscript pieces next to each other are one marker. */
interface Piece {
  kind: "text" | "sup" | "raw";
  text: string;
}

class DocxWriter {
  private readonly blocks: string[] = [];
  private readonly numbers = new Map<string, number>();
  private readonly pending: string[] = [];
  private readonly written = new Set<string>();

  constructor(private readonly doc: MammothDocument) {
    this.numberNotes();
  }

  write(): string {
    for (const child of this.doc.children ?? []) this.block(child);
    return this.blocks.join("\n\n");
  }

  /** Footnotes take 1..F in order of citation, as Word shows them; endnotes follow. */
  private numberNotes(): void {
    const refs: DocNode[] = [];
    const walk = (n: DocNode) => {
      if (n.type === "noteReference") refs.push(n);
      for (const c of n.children ?? []) walk(c);
    };
    walk(this.doc);
    for (const type of ["footnote", "endnote"]) {
      for (const r of refs) {
        const key = noteKey(r);
        if (r.noteType === type && !this.numbers.has(key)) this.numbers.set(key, this.numbers.size + 1);
      }
    }
  }

  private block(node: DocNode): void {
    if (node.type === "paragraph") {
      const line = this.paragraph(node);
      if (line) this.blocks.push(isHeading(node) ? `# ${line}` : line);
    } else if (node.type === "table") {
      const rows = this.table(node);
      if (rows.length) this.blocks.push(rows.join("\n"));
    } else {
      for (const c of node.children ?? []) this.block(c);
      return;
    }
    this.blocks.push(...this.pending.splice(0));
  }

  private paragraph(node: DocNode): string {
    const pieces: Piece[] = [];
    this.inline(node, false, pieces);
    return render(pieces);
  }

  private inline(node: DocNode, sup: boolean, out: Piece[]): void {
    switch (node.type) {
      case "text":
        push(out, sup ? "sup" : "text", oneLine(node.value ?? ""));
        return;
      case "tab":
        push(out, sup ? "sup" : "text", "\t");
        return;
      case "break":
        space(out);
        return;
      case "noteReference":
        out.push({ kind: "raw", text: this.noteMarker(node) });
        return;
      case "paragraph":
      case "table":
        // Paragraphs of a cell or note, text boxes, nested tables: read inline.
        space(out);
        break;
      case "run":
        sup = sup || node.verticalAlignment === "superscript";
        break;
    }
    for (const c of node.children ?? []) this.inline(c, sup, out);
    if (node.type === "tableCell") space(out);
  }

  private noteMarker(ref: DocNode): string {
    const key = noteKey(ref);
    const n = this.numbers.get(key) ?? 0;
    const note = this.doc.notes.resolve({ noteType: ref.noteType, noteId: ref.noteId });
    if (note && !this.written.has(key)) {
      this.written.add(key);
      const pieces: Piece[] = [];
      for (const b of note.body) this.inline(b, false, pieces);
      const body = render(pieces);
      if (body) this.pending.push(`<sup>${n}</sup> ${body}`);
    }
    return `<sup>${n}</sup>`;
  }

  /** Rows as pipe lines; merged cells keep their columns by leaving the covered cells empty. */
  private table(node: DocNode): string[] {
    const covered: number[] = [];
    const lines: string[] = [];
    for (const row of node.children ?? []) {
      if (row.type !== "tableRow") continue;
      const cells: string[] = [];
      let col = 0;
      const skipCovered = () => {
        while (covered[col] > 0) {
          covered[col]--;
          cells.push("");
          col++;
        }
      };
      for (const cell of row.children ?? []) {
        skipCovered();
        const pieces: Piece[] = [];
        for (const c of cell.children ?? []) this.inline(c, false, pieces);
        // A literal pipe would split the cell: escaped as in GitHub markdown tables.
        cells.push(render(pieces).replace(/\|/g, "\\|"));
        const span = Math.max(1, cell.colSpan ?? 1);
        for (let k = 0; k < span; k++) {
          if (k > 0) cells.push("");
          covered[col + k] = Math.max(0, (cell.rowSpan ?? 1) - 1);
        }
        col += span;
      }
      skipCovered();
      if (cells.some((c) => c !== "")) lines.push(`| ${cells.join(" | ")} |`);
    }
    return lines;
  }
}

function isHeading(p: DocNode): boolean {
  return HEADING_NAME.test(p.styleName ?? "") || HEADING_ID.test(p.styleId ?? "");
}

function noteKey(ref: DocNode): string {
  return `${ref.noteType}-${ref.noteId}`;
}

function push(out: Piece[], kind: Piece["kind"], text: string): void {
  const last = out[out.length - 1];
  if (last && last.kind === kind && kind !== "raw") last.text += text;
  else out.push({ kind, text });
}

/** A separating space, unless there is nothing before it or white space already. */
function space(out: Piece[]): void {
  const last = out[out.length - 1];
  if (last && !/\s$/.test(last.text)) push(out, "text", " ");
}

function render(pieces: Piece[]): string {
  let s = "";
  for (const p of pieces) {
    const t = p.kind === "sup" ? p.text.trim() : "";
    s += t ? `<sup>${t}</sup>` : p.text;
  }
  return s.trim();
}

/** A paragraph is one line: line breaks inside a text node become spaces. */
function oneLine(s: string): string {
  return s.replace(/[\r\n\v\f\u2028\u2029]/g, " ");
}
