import type { CleanLine } from "../text/clean.js";
import { type Mapped, slice } from "../text/mapped.js";
import { captionAbove, LABEL_HEAD, type TableRows, UNIT_HEAD, VALUE_CELL } from "./tables.js";
import type { Row } from "./types.js";

/**
 * Tables laid out with spaces, as a PDF's text dump or a typed appendix has them:
 *
 *   TT  Chỉ tiêu                  ĐVT        TH 2023   KH 2024   ƯTH 2024   So sánh ƯTH/KH (%)
 *   1   Tổng vốn đầu tư           Tỷ đồng     28.415    31.500     30.862                 98,0
 *
 * Cells are runs of text two or more spaces apart; each goes to the header cell it overlaps
 * most (numbers are right-aligned under wider headers). An indented line with no value goes on
 * with the label above it and is skipped.
 */
export function spaceTables(lines: CleanLine[]): TableRows[] {
  const out: TableRows[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = spaceHeader(lines[i]) ?? plainHeader(lines, i);
    if (!header) continue;
    const t = spaceTable(lines, i, header);
    if (t) {
      out.push(t);
      i = t.span[1];
    }
  }
  return out;
}

interface Span {
  start: number;
  end: number;
  text: Mapped;
}

/** Runs of text separated by two or more spaces. */
function spans(m: Mapped): Span[] {
  const out: Span[] = [];
  const re = /\S+(?: \S+)*/g;
  for (let x = re.exec(m.text); x; x = re.exec(m.text))
    out.push({ start: x.index, end: x.index + x[0].length, text: slice(m, x.index, x.index + x[0].length) });
  return out;
}

const SPACED = /\S {2,}\S/;
/** Value columns' headers: "TH 2023", "KH 2024", "ƯTH 2024", "So sánh …(%)", "Dự toán", "Năm 2024". */
const COLUMN_HEAD =
  /(?<![\p{L}])(?:TH|KH|ƯTH|UTH|thực hiện|kế hoạch|ước|so sánh|dự toán|quyết toán|năm|tháng|quý)(?![\p{L}])|\d{4}|%/iu;

/** A header cell's next line: words, a year or "(%)", never a figure. */
const HEAD_MORE = /^(?:(?=.*\p{L}).*|\(?%\)?|\((?:19|20)\d{2}\)|(?:19|20)\d{2})$/u;
/** A column's number under its header: "A", "B", "1", "3=2/1", "(5)". */
const COLUMN_NUMBER = /^(?:[A-ZĐ]|\(?\d{1,2}\)?(?:\s*=\s*[\d/+\-*x×()]+)?)$/u;

function spaceHeader(l: CleanLine): Span[] | null {
  if (l.blank || !SPACED.test(l.text.text)) return null;
  const cells = spans(l.text);
  if (cells.length < 4) return null;
  const t = cells.map((c) => c.text.text);
  if (!t.some((x) => LABEL_HEAD.test(x))) return null;
  return t.filter((x) => COLUMN_HEAD.test(x)).length >= 2 ? cells : null;
}

/**
 * A header of plain words ("Lĩnh vực  Số cuộc  Sai phạm  Đã thu hồi"), known as one by what
 * follows: under its wrapped lines, two rows or more of a name and then figures only.
 */
function plainHeader(lines: CleanLine[], at: number): Span[] | null {
  const l = lines[at];
  if (l.blank || !SPACED.test(l.text.text)) return null;
  const cells = spans(l.text);
  if (
    cells.length < 3 ||
    cells.some((c) => !/\p{L}/u.test(c.text.text) || /\d/.test(c.text.text.replace(/(?:19|20)\d\d/g, "")))
  )
    return null;
  let i = at + 1;
  while (
    i < lines.length &&
    !lines[i].blank &&
    spans(lines[i].text).every((c) => HEAD_MORE.test(c.text.text))
  )
    i++;
  let rows = 0;
  for (; i < lines.length && !lines[i].blank; i++, rows++) {
    const [name, ...values] = spans(lines[i].text);
    if (!name || !/\p{L}/u.test(name.text.text) || values.length < 2 || values.length >= cells.length + 1)
      break;
    if (!values.every((v) => VALUE_CELL.test(v.text.text))) break;
  }
  return rows >= 2 ? cells : null;
}

/** The header cell a cell overlaps most; with no overlap, the nearest. */
function columnOf(cell: Span, header: Span[]): number {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  header.forEach((h, i) => {
    const overlap = Math.min(cell.end, h.end) - Math.max(cell.start, h.start);
    const score = overlap > 0 ? overlap : overlap / 100;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

function spaceTable(lines: CleanLine[], headAt: number, header: Span[]): TableRows | null {
  const heads = header.map((h) => h.text.text);
  // A header wrapped over several lines ("Dự toán 2025" / "HĐND Thành" / "phố giao"): each
  // line's words go on with the column they stand under.
  let first = headAt + 1;
  for (; first < lines.length && !lines[first].blank; first++) {
    const more = spans(lines[first].text);
    if (!more.length || !more.every((c) => HEAD_MORE.test(c.text.text))) break;
    for (const c of more) {
      const col = columnOf(c, header);
      heads[col] = `${heads[col]} ${c.text.text}`;
    }
  }
  // (A plain header's first column that is not a row number names the rows.)
  let labelCol = heads.findIndex((h) => LABEL_HEAD.test(h));
  if (labelCol < 0) labelCol = heads.findIndex((h) => !/^(?:stt|tt)$/iu.test(h));
  const unitCol = heads.findIndex((h) => UNIT_HEAD.test(h));
  const caption = captionAbove(lines, headAt);
  const rows: Row[] = [];
  const rowLines: number[] = [];
  let end = headAt;
  let blanks = 0;
  for (let i = first; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank) {
      if (++blanks > 1) break;
      continue;
    }
    const text = l.text.text;
    if (!SPACED.test(text.trim())) {
      // (An indented line of words under a label, "(giá so sánh 2010)": the rest of the label.)
      if (/^\s{2,}\S/.test(text) && rows.length) {
        end = i;
        blanks = 0;
        continue;
      }
      break;
    }
    // ("A  B  1  2  3=2/1  4  5=4/2": the columns' numbers, no row.)
    if (!rows.length && spans(l.text).every((c) => COLUMN_NUMBER.test(c.text.text))) continue;
    const cells = spans(l.text).map((c) => ({ span: c, col: columnOf(c, header) }));
    const label = cells.find((c) => c.col === labelCol && /\p{L}/u.test(c.span.text.text));
    const values = cells.filter(
      (c) => c.col !== labelCol && c.col !== unitCol && !/^(?:stt|tt)$/iu.test(heads[c.col]),
    );
    if (!label || !values.some((c) => /\d/.test(c.span.text.text))) {
      if (rows.length) break;
      continue;
    }
    const unit = cells.find((c) => c.col === unitCol && c !== label);
    rows.push({
      label: label.span.text,
      unit: unit ? unit.span.text : null,
      cells: values
        .filter((c) => !VALUE_CELL.test(c.span.text.text) || /\d/.test(c.span.text.text))
        .map((c) => ({ column: { header: heads[c.col] }, text: c.span.text })),
      caption,
      groups: [],
    });
    rowLines.push(i);
    end = i;
    blanks = 0;
  }
  return rows.length >= 2 ? { rows, lines: rowLines, span: [headAt, end] } : null;
}
