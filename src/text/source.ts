/**
 * A source is the decoded text of one input file, split into raw lines. Every position the
 * later stages report is an offset into `text`, turned into a 1-based line and a 0-based
 * column (UTF-16 code units, what `indexOf` gives on the raw line) only at the end.
 */
export type SourceFormat = "txt" | "md" | "docx" | "pdf";

export interface Source {
  /** The file's basename: the `doc` of every fact. */
  name: string;
  format: SourceFormat;
  /** The raw text. For .docx and .pdf it is one line per paragraph or printed line. */
  text: string;
  /** Offset of the first character of every line. */
  lineStarts: number[];
  /** Line number of the first line: above 1 when a large file is read in chunks. */
  firstLine: number;
  /** For .pdf: the page of every line (same index as `lineStarts`). */
  pages?: number[];
}

export interface Position {
  line: number;
  column: number;
  page?: number;
}

export function makeSource(name: string, format: SourceFormat, text: string, firstLine = 1): Source {
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  return { name, format, text, lineStarts, firstLine };
}

export function lineCount(src: Source): number {
  return src.lineStarts.length;
}

/** The raw text of line index `i` (0-based within the source), without its line break. */
export function lineText(src: Source, i: number): string {
  const start = src.lineStarts[i];
  let end = i + 1 < src.lineStarts.length ? src.lineStarts[i + 1] - 1 : src.text.length;
  if (end > start && src.text.charCodeAt(end - 1) === 13) end--; // CRLF
  return src.text.slice(start, end);
}

/** Index (0-based) of the line holding `offset`. */
export function lineIndexAt(src: Source, offset: number): number {
  const ls = src.lineStarts;
  let lo = 0;
  let hi = ls.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ls[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function positionAt(src: Source, offset: number): Position {
  const i = lineIndexAt(src, offset);
  const pos: Position = { line: src.firstLine + i, column: offset - src.lineStarts[i] };
  if (src.pages) pos.page = src.pages[i];
  return pos;
}
