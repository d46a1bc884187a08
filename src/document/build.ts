import { type CleanLine, cleanLine } from "../text/clean.js";
import { lacksDiacritics, restoreBareLines, restoreDiacritics } from "../text/diacritics.js";
import { type Mapped, MappedBuilder, slice, trim } from "../text/mapped.js";
import { lineCount, type Source } from "../text/source.js";
import { STANDALONE } from "./datelines.js";
import { findBareFootnotes, findMarkedFootnotes } from "./footnotes.js";
import { headingNumbering, isUpperTitle } from "./headings.js";
import { spaceTables } from "./space-tables.js";
import { cellTables, pipeTables, type TableRows } from "./tables.js";
import type { Block, BlockKind, DocumentTree, Section } from "./types.js";

/**
 * Build the document tree from a source: clean every line, rebuild tables, then walk the lines
 * joining wrapped pieces into paragraphs, setting footnote bodies apart, and opening sections
 * at numbered headings. Blank lines do not end paragraphs (many files put one after every
 * wrapped line); an unfinished sentence continues past footnote blocks and page seams.
 */
/** A caption: "Bảng 2.", "Biểu 01:", "Hình 3 -", "Biểu đồ 1.". */
const CAPTION =
  /^[*_\s]*(?:Bảng|BẢNG|Biểu(?: đồ)?|BIỂU(?: ĐỒ)?|Hình|HÌNH|Sơ đồ|SƠ ĐỒ)\s+(?:số\s+)?\d{1,2}[a-z]?\s*[.:\-–]/u;

/** A document's type alone on its line: what follows names the document, whatever came before. */
export const DOC_TYPE_LINE =
  /^(?:BÁO CÁO(?: CHÍNH TRỊ| TÓM TẮT| TỔNG KẾT| SƠ KẾT)?|KẾ HOẠCH|NGHỊ QUYẾT|TỜ TRÌNH|QUYẾT ĐỊNH|CHƯƠNG TRÌNH|ĐỀ ÁN|THÔNG BÁO)$/u;

/** The place-and-date line ("Điện Biên, ngày 20 tháng 12 năm 2023"), a number or a note in brackets. */
const DATE_OR_NUMBER_LINE = /ngày\s*(?:\d{1,2}|[.…\s]*)\s*tháng|^Số\s*[:\d]|^[(*\-–]/iu;

export function buildDocument(given: Source): DocumentTree {
  // A text typed without marks gets them back where a word or phrase tells which; the length
  // is kept, so every line and column still points into the file as it is.
  // (A text with marks may still have lines typed without them.)
  const whole = lacksDiacritics(given.text);
  const text = whole ? restoreDiacritics(given.text) : restoreBareLines(given.text);
  const source = text === given.text ? given : { ...given, text };
  const n = lineCount(source);
  const lines: CleanLine[] = new Array(n);
  for (let i = 0; i < n; i++) lines[i] = cleanLine(source, i);
  const bare = findBareFootnotes(lines);
  for (const [idx, refs] of bare.refs) {
    const l = lines[idx];
    l.text = removeRanges(l.text, refs);
    for (const r of refs) l.refs.push({ at: r.at, n: r.n });
  }
  const marked = findMarkedFootnotes(lines, source);
  for (const [idx, cuts] of marked.cuts) {
    // (Offsets were read before the bare markers were cut: a line with both keeps its brackets.)
    if (bare.refs.has(idx)) continue;
    const l = lines[idx];
    l.text = removeRanges(l.text, cuts);
    if (!marked.bodies.has(idx)) for (const r of cuts) l.refs.push({ at: r.at, n: r.n });
  }
  for (const [idx, n] of marked.bodies) if (!bare.bodies.has(idx)) bare.bodies.set(idx, n);
  const tables = [...cellTables(lines), ...pipeTables(lines), ...spaceTables(lines)].sort(
    (a, b) => a.span[0] - b.span[0],
  );
  return new Builder(source, lines, bare.bodies, tables).run();
}

function removeRanges(m: Mapped, ranges: { at: number; length: number }[]): Mapped {
  const b = new MappedBuilder();
  let s = 0;
  for (const r of [...ranges].sort((x, y) => x.at - y.at)) {
    b.append(slice(m, s, r.at));
    s = r.at + r.length;
  }
  b.append(slice(m, s, m.text.length));
  return b.build();
}

/**
 * Ends a sentence: a stop, "…", ":" or ";" (or "./."), then only closing quotes or brackets and
 * white space. Read back from the end by hand: a pattern anchored at the end is tried at every
 * position of a long paragraph.
 */
function endsSentence(text: string): boolean {
  let i = text.trimEnd().length - 1;
  while (i >= 0 && CLOSERS.includes(text[i])) i--;
  return i >= 0 && STOPS.includes(text[i]);
}
const CLOSERS = '"”’)]*';
const STOPS = ".!?…:;";
/** Page rules and page numbers: "---", "2 / 3", "12", "- 12 -", "Trang 12". */
const SEAM =
  /^(?:-{3,}|\*{3,}|_{3,}|\d{1,3}\s*\/\s*\d{1,3}|\*|=+|-?\s*\d{1,3}\s*-?|trang\s+\d{1,3}(?:\s*\/\s*\d{1,3})?)$/iu;
const BULLET = /^\s*(?:[-+•–]\s|\*\s)/;

interface Open {
  kind: BlockKind;
  parts: Mapped[];
  section: Section;
  footnote?: number;
  refs: { n: number; at: number }[];
  heading?: Section;
  /** Opened after a blank line (or first): a short unfinished line may be a page's subheading. */
  alone?: boolean;
}

class Builder {
  private blocks: Block[] = [];
  private root: Section = { id: 0, level: 0, numbering: "", title: "", line: 0 };
  private section: Section = this.root;
  private sections = 1;
  private open: Open | null = null;
  /** The last body paragraph, kept while footnotes and seams interrupt it. */
  private pending: Open | null = null;
  private seam = false;
  private blanks = 0;
  /** The last footnote, while it may still continue on the next page. */
  private lastFootnote: { open: Open; block: number } | null = null;

  constructor(
    private source: Source,
    private lines: CleanLine[],
    private bareBodies: Map<number, number>,
    private tables: TableRows[],
  ) {}

  run(): DocumentTree {
    let t = 0;
    for (let i = 0; i < this.lines.length; i++) {
      const table = this.tables[t];
      if (table && i === table.span[0]) {
        this.flush();
        this.pending = null;
        this.emitTable(table);
        i = table.span[1];
        t++;
        continue;
      }
      this.line(this.lines[i]);
    }
    this.flush();
    return { source: this.source, blocks: this.blocks, root: this.root };
  }

  private line(l: CleanLine): void {
    const text = l.text.text;
    const trimmed = text.trim();
    if (l.blank) {
      this.blanks++;
      if (this.blanks >= 3) this.seam = true;
      return;
    }
    if (l.filler || SEAM.test(trimmed)) {
      this.seam = true;
      this.blanks++;
      return;
    }
    const blanks = this.blanks;
    const seam = this.seam;
    this.blanks = 0;
    this.seam = false;
    const refs = l.refs.map((r) => ({ n: r.n, at: l.text.map[Math.min(r.at, l.text.map.length - 1)] ?? 0 }));

    const fn = l.footnoteBody ?? this.bareBodies.get(l.index);
    if (fn !== undefined) {
      this.suspend();
      this.open = { kind: "footnote", parts: [l.text], section: this.section, footnote: fn, refs };
      return;
    }

    // A place-and-date line or a page's dateline stands alone: the text after it is no part of it.
    if (STANDALONE.test(trimmed) && this.open?.kind !== "footnote") {
      this.flush();
      this.pending = null;
      this.open = { kind: "paragraph", parts: [l.text], section: this.section, refs };
      this.flush();
      return;
    }

    const open = this.open;
    const startsLower = /^\s*[\p{Ll}\d(,;]/u.test(text) && !BULLET.test(text);
    const lowerLetter = /^\s*\p{Ll}/u.test(text);
    const num = headingNumbering(trimmed);

    // An open footnote: consecutive lines continue it; a line that starts with a space after
    // a footnote block is where the page's running text resumes.
    if (open?.kind === "footnote") {
      // (Indented by four, a Markdown footnote's body goes on.)
      const resumes = /^\s/.test(text) && !/^ {4}/.test(text) && blanks === 0;
      const fnDone = endsSentence(joined(open));
      if (!resumes && blanks === 0 && !num) {
        this.extend(open, l, refs);
        return;
      }
      // …but a numbered or marked heading ("## 8.2. …") starts the text again.
      if (!resumes && (seam || !fnDone) && !fnDone && startsLower && !num && !l.headingMark) {
        this.extend(open, l, refs);
        return;
      }
      if (!resumes && seam && !fnDone && !this.pendingIncomplete() && !num && !l.headingMark) {
        this.extend(open, l, refs);
        return;
      }
      this.flush();
      if (this.pending && this.pendingIncomplete() && (resumes || startsLower || !num)) {
        this.open = this.pending;
        this.pending = null;
        this.extend(this.open, l, refs);
        return;
      }
    }

    // A clause list goes on after a semicolon on a line of its own: "(ước tăng 26,8%);" then
    // "trong đó, huy động vốn … tăng 34,86%".
    if (
      open &&
      (open.kind === "paragraph" || open.kind === "item") &&
      lowerLetter &&
      !num &&
      !BULLET.test(text) &&
      /;\s*$/.test(joined(open))
    ) {
      this.extend(open, l, refs);
      return;
    }
    // A label cut from its figure at a line's end: "Tổng thu ngân sách địa phương:" then
    // "701 tỷ 500 triệu đồng, đạt …".
    if (
      open &&
      (open.kind === "paragraph" || open.kind === "item") &&
      /^\s*\d/.test(text) &&
      !num &&
      /:\s*$/.test(joined(open)) &&
      /\d[\d.,]*\s*(?:%|tỷ|triệu|nghìn|ngàn|ha|tấn|người|hộ|lượt)/u.test(trimmed.slice(0, 40))
    ) {
      this.extend(open, l, refs);
      return;
    }
    // A heading: numbered, or a title line (upper case, or marked # / bold) that is short.
    // (A table's or chart's caption, "**Bảng 1. Một số chỉ tiêu chủ yếu …**", names what is
    // under it and leaves the outline where it was.)
    const isTitle =
      !num &&
      trimmed.length <= 250 &&
      (isUpperTitle(trimmed) || l.headingMark || l.bold) &&
      !CAPTION.test(trimmed);
    // A page's first line, short and unfinished, is its title ("25 chỉ tiêu phấn đấu năm 2024").
    if (!this.blocks.length && !open && !this.pending && !num && !isTitle && isPageTitle(trimmed)) {
      this.openSection(1, "", trimmed, l.index);
      this.section.page = true;
      this.open = { kind: "heading", parts: [l.text], section: this.section, refs, heading: this.section };
      this.flush();
      return;
    }
    // A bullet opens an item of its own, whatever the line before it left unfinished.
    const bullet = BULLET.test(text) && /\s[\p{Lu}\d]/u.test(text.slice(0, 6));
    // ("Quy mô kỳ thi" then "Toàn tỉnh có 41.826 thí sinh …": a news page's subheading, a short
    // line standing alone over a sentence that opens with a capitalised word, is no part of it.)
    const subheading =
      open?.kind === "paragraph" &&
      open.alone &&
      open.parts.length === 1 &&
      blanks === 0 &&
      /^\s*\p{Lu}\p{Ll}/u.test(text) &&
      isSubheading(joined(open));
    if (
      open &&
      open.kind !== "heading" &&
      !bullet &&
      !subheading &&
      !endsSentence(joined(open)) &&
      (lowerLetter || !num || (num.level >= 4 && trimmed.length > 160))
    ) {
      if (!isTitle || lowerLetter) {
        this.extend(open, l, refs);
        return;
      }
    }
    // A footnote cut at the foot of a page goes on at the top of the next, before the text.
    const fn0 = this.lastFootnote;
    if (
      seam &&
      lowerLetter &&
      fn0 &&
      this.blocks.length - fn0.block < 30 &&
      !endsSentence(joined(fn0.open)) &&
      !(open && open.kind !== "heading" && !endsSentence(joined(open))) &&
      !this.pendingIncomplete()
    ) {
      this.flush();
      fn0.open.parts.push(l.text);
      this.blocks[fn0.block].text = joinParts(fn0.open.parts);
      return;
    }
    // The line under a document's type ("BÁO CÁO" / "Tình hình thực hiện … năm 2024") is its
    // title, not the first paragraph.
    // (Its parts may be set apart by a semicolon: "… 6 tháng đầu năm 2025;" / "phương hướng …".)
    const underType = open?.kind === "heading" && DOC_TYPE_LINE.test(open.parts[0].text.trim());
    const subtitle =
      open?.kind === "heading" &&
      blanks <= 1 &&
      trimmed.length <= 300 &&
      !endsSentence(trimmed.replace(/;\s*$/, "")) &&
      !DATE_OR_NUMBER_LINE.test(trimmed) &&
      DOC_TYPE_LINE.test(joined(open).trim());
    // (A numbered line that ran on into sentences — "2. Về hoạt động chất vấn: Phiên chất vấn
    // … Tổng có 11 đại biểu" — goes on past a footnote marker or page number like a paragraph.)
    if (
      open?.kind === "heading" &&
      !num &&
      (!seam || (lowerLetter && runsOn(open.heading?.title ?? joined(open)))) &&
      !endsSentence(underType ? joined(open).replace(/;\s*$/, "") : joined(open)) &&
      (lowerLetter || (isTitle && isUpperTitle(joined(open)) && !DOC_TYPE_LINE.test(trimmed)) || subtitle)
    ) {
      if (seam && open.heading) {
        // It was an item all along: its section is named by its first words only.
        open.heading.title = firstWords(open.heading.title);
        open.heading = undefined;
        open.kind = "item";
      }
      this.extend(open, l, refs);
      return;
    }
    if (num && this.isHeading(num.level, trimmed, l)) {
      this.flush();
      this.pending = null;
      const title = trim(slice(l.text, l.text.text.indexOf(trimmed) + num.rest, text.length));
      // A numbered line that states figures ("1.1. Thu ngân sách … đạt 13.207,931 tỷ") is a
      // paragraph that may go on past a footnote, not a heading.
      const statesFigures = /\d[\d.,]*\s*(?:%|‰|tỷ|triệu|nghìn|ha|tấn|người|hộ|lượt|xã)(?![\p{L}])/u.test(
        title.text,
      );
      const short = num.level <= 7 && !statesFigures && (trimmed.length <= 160 || l.headingMark || l.bold);
      if (num.level <= 7)
        this.openSection(num.level, num.numbering, short ? title.text : firstWords(title.text), l.index);
      this.open = { kind: short ? "heading" : "item", parts: [l.text], section: this.section, refs };
      if (short) this.open.heading = this.section;
      return;
    }
    if (isTitle) {
      this.flush();
      this.pending = null;
      const prev = this.blocks[this.blocks.length - 1];
      if (
        prev?.kind === "heading" &&
        prev.section === this.section &&
        this.section !== this.root &&
        blanks <= 2 &&
        !DOC_TYPE_LINE.test(trimmed)
      ) {
        this.section.title = `${this.section.title} ${trimmed}`.trim();
      } else {
        this.openSection(1, "", trimmed, l.index);
      }
      this.open = { kind: "heading", parts: [l.text], section: this.section, refs, heading: this.section };
      return;
    }
    if (!open && this.pending && this.pendingIncomplete() && (startsLower || !num)) {
      this.open = this.pending;
      this.pending = null;
      this.extend(this.open, l, refs);
      return;
    }
    this.flush();
    this.pending = null;
    this.open = {
      kind: num || BULLET.test(text) ? "item" : "paragraph",
      parts: [l.text],
      section: this.section,
      refs,
      // (Or right after a paragraph that ended its sentence: a web page's subheading between
      // two paragraphs, with no blank line around it.)
      alone: blanks > 0 || !this.blocks.length || this.afterSentence(),
    };
  }

  private afterSentence(): boolean {
    const last = this.blocks[this.blocks.length - 1];
    return last?.kind === "paragraph" && /[.!?]["”»)]?\s*$/u.test(last.text.text);
  }

  private isHeading(level: number, text: string, _l: CleanLine): boolean {
    if (level <= 3) return text.length <= 300;
    if (level === 8) return true;
    return true;
  }

  private pendingIncomplete(): boolean {
    return !!this.pending && !endsSentence(joined(this.pending));
  }

  private extend(open: Open, l: CleanLine, refs: { n: number; at: number }[]): void {
    open.parts.push(l.text);
    open.refs.push(...refs);
    // A heading wrapped over several lines: its section's title is all of them.
    if (open.kind === "heading" && open.heading)
      open.heading.title = `${open.heading.title} ${l.text.text.trim()}`.trim();
  }

  /** Close the open block; an unfinished body paragraph is kept to be continued. */
  private suspend(): void {
    const open = this.open;
    if (!open) return;
    if (open.kind !== "footnote" && open.kind !== "heading" && !endsSentence(joined(open))) {
      this.open = null;
      this.pending = open;
      return;
    }
    this.flush();
  }

  private flush(): void {
    const open = this.open;
    this.open = null;
    if (!open) return;
    const text = joinParts(open.parts);
    if (!text.text.trim()) return;
    this.blocks.push({
      kind: open.kind,
      text,
      section: open.section,
      footnote: open.footnote,
      refs: open.refs,
    });
    if (open.kind === "footnote") this.lastFootnote = { open, block: this.blocks.length - 1 };
  }

  private openSection(level: number, numbering: string, title: string, line: number): void {
    let parent = this.section;
    while (parent !== this.root && parent.level >= level) parent = parent.parent ?? this.root;
    this.section = { id: this.sections++, level, numbering, title, parent, line };
  }

  private emitTable(table: TableRows): void {
    const caption = table.rows[0]?.caption ?? "";
    const before = this.section;
    // A table opens a section of its own, named by its caption, under the current one.
    this.section = {
      id: this.sections++,
      level: 9,
      numbering: "",
      title: caption || "Bảng",
      parent: before,
      line: table.span[0],
    };
    const estimated = estimateNote(this.lines, table.span[1]);
    for (const row of table.rows) {
      if (estimated !== undefined) row.estimated = estimated;
      const parts = [row.label, ...(row.unit ? [row.unit] : []), ...row.cells.map((c) => c.text)];
      this.blocks.push({ kind: "row", text: joinParts(parts, " | "), section: this.section, refs: [], row });
    }
    // The text after a table belongs where the text before it did.
    this.section = before;
  }
}

/** "Ghi chú: số liệu tháng 8/2024 là số ước tính." right under a table: which figures are estimates. */
function estimateNote(lines: CleanLine[], last: number): string | undefined {
  let seen = 0;
  for (let i = last + 1; i < lines.length && seen < 2; i++) {
    if (lines[i].blank || lines[i].filler) continue;
    seen++;
    const m = ESTIMATE_NOTE.exec(lines[i].text.text);
    if (m) return (m[1] ?? "").trim();
  }
  return undefined;
}
const ESTIMATE_NOTE =
  /^\s*(?:\(?\*+\)?\s*)?(?:ghi chú|chú thích|lưu ý)?\s*[:：]?\s*số liệu(?:\s+((?:(?!\s+là\s).){1,40}))?\s+là\s+(?:số\s+)?(?:ước tính|ước thực hiện|dự ước|số ước|ước)(?![\p{L}])/iu;

function joined(open: Open): string {
  return open.parts[open.parts.length - 1]?.text ?? "";
}

function joinParts(parts: Mapped[], sep = " "): Mapped {
  const trimmed = parts.map(trim).filter((t) => t.text);
  // (One part is its own join: its view serves, no copy.)
  if (trimmed.length === 1) return trimmed[0];
  // (Room for every part and a separator between each two: the map is allocated once.)
  let size = trimmed.length ? -sep.length : 0;
  for (const t of trimmed) size += t.text.length + sep.length;
  const b = new MappedBuilder(size);
  for (const t of trimmed) {
    if (b.size) {
      // A word cut at a line end ("tỷ" / "đồng") is joined with one space; a hyphenated name
      // cut after its hyphen ("Phông-" / "sa-ly") is joined without one.
      const glue = /-$/.test(b.lastChar()) && /^\p{Ll}/u.test(t.text) ? "" : sep;
      b.insert(glue, t.map[0]);
    }
    b.append(t);
  }
  return b.build();
}

/** A dateline ("Thứ Năm, 15/10/2020, 16:21 (GMT+7)", "20:03 11-12-2023") is no title. */
const DATELINE = /^(?:(?:Thứ\s+\p{L}+|Chủ nhật|Ngày|Cập nhật)\b|\d{1,2}:\d{2}|\d{1,2}[/-]\d{1,2}[/-]\d{4})/iu;

/** A page's title: short, capitalised, and not a sentence cut at its comma ("…trong 02 ngày,"). */
function isPageTitle(line: string): boolean {
  return (
    line.length >= 12 &&
    line.length <= 180 &&
    /^[\p{Lu}\d]/u.test(line) &&
    !endsSentence(line) &&
    !/,\s*$/.test(line) &&
    !DATELINE.test(line) &&
    line.split(/\s+/).length >= 3
  );
}

/** A heading that has run on into sentences: long, or with a sentence ended inside it. */
function runsOn(title: string): boolean {
  return title.length > 160 || /[\p{Ll}\d)][.:]\s+\p{Lu}/u.test(title);
}

function firstWords(s: string): string {
  return s.split(/\s+/).slice(0, 14).join(" ");
}

/** A short line of words that ends in no punctuation and no word that would carry it on. */
function isSubheading(t: string): boolean {
  const s = t.trim();
  const words = s.split(/\s+/);
  return (
    s.length <= 60 &&
    words.length >= 2 &&
    words.length <= 9 &&
    /^\p{Lu}/u.test(s) &&
    !/[.,;:!?…\-–(]$/u.test(s) &&
    !CARRIES_ON.test(words[words.length - 1])
  );
}

const CARRIES_ON =
  /^(?:của|và|với|các|những|tại|trong|theo|về|cho|là|được|đã|có|từ|đến|ở|thì|mà|như|để|do|bởi|trên|dưới|gồm|đạt|tăng|giảm|năm|tháng|ngày|số|tỉnh|huyện|xã)$/iu;
