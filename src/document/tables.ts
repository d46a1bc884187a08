import { isUnitPhrase } from "../numbers/units.js";
import type { CleanLine } from "../text/clean.js";
import { concat, type Mapped, slice, trim } from "../text/mapped.js";
import type { Column, Row } from "./types.js";

/**
 * Tables come in two flattened shapes: one cell per line (a converted .docx or web page, where
 * an empty cell is a line of NBSP) and pipe rows (`| a | b |`, from .md, .docx or .pdf). Both
 * are rebuilt into rows of label, unit and value cells under the header's columns.
 */
export interface TableRows {
  rows: Row[];
  /** Raw line index of every row's label, same order as rows. */
  lines: number[];
  /** Line indexes (first, last) the table spans. */
  span: [number, number];
}

export const LABEL_HEAD =
  /^(?:chỉ tiêu|nội dung|tên chỉ tiêu|danh mục|hạng mục|chỉ tiêu chủ yếu|sản phẩm|tên sản phẩm|sản phẩm chủ yếu|mặt hàng|mặt hàng chủ yếu)$/iu;
export const UNIT_HEAD = /^(?:đơn vị(?: tính)?|đvt|đv tính|dvt|don vi(?: tinh)?)$/iu;
/** A last column of words, not figures: "Ghi chú", "Đánh giá" (đạt, vượt, không đạt). */
const NOTE_HEAD = /^(?:ghi chú|đánh giá|kết quả đánh giá)$/iu;
// ("Dưới 10", "Trên 95", "Từ 80 trở lên": a plan's bound is still a value.)
export const VALUE_CELL =
  /^(?:(?:dưới|trên|khoảng|tối thiểu|tối đa|không quá|ít nhất|từ|gấp)\s+)?[<>≤≥~]?\s*[-+−]?\d[\d.,]*\s*(?:%|lần)?(?:\s*[-–÷]\s*\d[\d.,]*\s*%?)?(?:\s*trở lên)?(?:\s*\(\*+\))?$/iu;
const ROMAN = /^(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

interface Cell {
  line: number;
  text: Mapped;
}

const isEmpty = (c: Cell | undefined) => !!c && c.text.text.trim() === "";
const isValue = (c: Cell) => isEmpty(c) || VALUE_CELL.test(c.text.text.trim());
const isLabel = (c: Cell | undefined) => !!c && !isValue(c) && /\p{L}/u.test(c.text.text);

/** Find and rebuild the cell-per-line tables of a document. */
export function cellTables(lines: CleanLine[]): TableRows[] {
  const out: TableRows[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i].text.text.trim();
    const unitless = !LABEL_HEAD.test(head) && numberedHeadAt(lines, i);
    const named = !unitless && !LABEL_HEAD.test(head) && rowsUnderHeadAt(lines, i);
    if (!unitless && !named && !LABEL_HEAD.test(head)) continue;
    // ("Chỉ tiêu", "11 tháng", "So cùng kỳ", then "Giao dịch qua mã QR (triệu giao dịch)", "48,6",
    // "+58,7%": a label head with no unit column, each row's unit in its label.)
    const t =
      cellTable(lines, unitless ? nextCell(lines, i) : i, unitless || named) ??
      (LABEL_HEAD.test(head) && rowsUnderHeadAt(lines, i) ? cellTable(lines, i, true) : null);
    if (t) {
      out.push(t);
      i = t.span[1];
    }
  }
  return out;
}

/** The next non-blank line after i. */
function nextCell(lines: CleanLine[], i: number): number {
  let j = i + 1;
  while (j < lines.length && lines[j].blank) j++;
  return j;
}

/**
 * "TT", "Cơ quan chủ trì", "Số kiến nghị", "Đã giải quyết", "Tỷ lệ (%)", then "1", "Sở Xây dựng",
 * "38", "32", "84,2", then "2": a numbered table with no unit column, whatever its label column
 * is called. Taken only when its first row has a value under every header after the label's.
 */
function numberedHeadAt(lines: CleanLine[], i: number): boolean {
  if (!/^(?:TT|STT|Số TT)$/u.test(lines[i].text.text.trim())) return false;
  const cells: string[] = [];
  for (let j = nextCell(lines, i); j < lines.length && cells.length < 40; j = nextCell(lines, j))
    cells.push(lines[j].text.text.trim());
  // (The first row's number may be a letter or a Roman numeral: "A", "Tổng thu …", then "1".)
  const mark = (c: string | undefined) => c === "1" || /^(?:[A-ZĐ]|I)$/u.test(c ?? "");
  let k = 0;
  while (k < cells.length && !(mark(cells[k]) && k >= 3)) {
    const h = cells[k];
    if (!h || h.length > 60 || VALUE_CELL.test(h) || /[.;]$/.test(h)) return false;
    k++;
  }
  // (A header cell wrapped over two lines, as a PDF prints it, is one column.)
  let heads = -1;
  for (let j = 0; j < k; j++) if (j === 0 || !continuesHeader(cells[j], cells[j - 1])) heads++;
  if (heads < 2 || k >= cells.length) return false;
  // The first row: its label, then one value per header after the label's, then row 2.
  const label = cells[k + 1] ?? "";
  if (!/\p{L}/u.test(label) || VALUE_CELL.test(label)) return false;
  const values = cells.slice(k + 2, k + 2 + heads);
  const next = cells[k + 2 + heads];
  const second = cells[k] === "1" ? next === "2" : next === "1" || /^(?:[A-ZĐ]|II)$/u.test(next ?? "");
  return values.length === heads && values.every((v) => VALUE_CELL.test(v)) && second;
}

/**
 * "Khu vực", "Số vụ cháy", "Diện tích thiệt hại (ha)", then "Khu vực tỉnh A (cũ)", "16", "58,14",
 * then the next row: a table whose label column has a name of its own and no unit column. Taken
 * only when two rows in a row each hold a value under every header after the label's.
 */
function rowsUnderHeadAt(lines: CleanLine[], i: number): boolean {
  const head = lines[i].text.text.trim();
  if (!/^\p{Lu}/u.test(head) || head.length > 40 || VALUE_CELL.test(head) || /[.;:,]$/.test(head))
    return false;
  const cells: string[] = [head];
  for (let j = nextCell(lines, i); j < lines.length && cells.length < 40; j = nextCell(lines, j))
    cells.push(lines[j].text.text.trim());
  const firstValue = cells.findIndex((c) => VALUE_CELL.test(c));
  const heads = firstValue - 2;
  if (firstValue < 0 || heads < 2 || heads > 8) return false;
  for (const h of cells.slice(1, firstValue))
    if (!h || h.length > 60 || /[.;]$/.test(h) || !/\p{L}/u.test(h)) return false;
  // Two rows: a label, then one value per header after the label's.
  for (let r = 0, at = firstValue - 1; r < 2; r++, at += heads + 1) {
    const label = cells[at] ?? "";
    if (!/\p{L}/u.test(label) || VALUE_CELL.test(label) || label.length > 80) return false;
    const values = cells.slice(at + 1, at + 1 + heads);
    if (values.length !== heads || !values.every((v) => VALUE_CELL.test(v))) return false;
  }
  return true;
}

/**
 * A header cell that goes on from the one above: a line in lower case ("Số lượt cơ sở" over
 * "được kiểm tra"), a bare year under a name that has none ("Ước TH" over "2026"), the months
 * or the unit of the name above ("Ước TH" over "6 tháng", "Tiền phạt" over "(triệu đồng)").
 */
function continuesHeader(h: string, above: string): boolean {
  return (
    /^\p{Ll}/u.test(h) ||
    (/^(?:năm\s+)?(?:19|20)\d\d(?:\s*\(\s*%\s*\))?$/u.test(h) && !/\d/.test(above)) ||
    (/^\d{1,2}\s+tháng(?:\s+(?:đầu\s+)?năm)?(?:\s+(?:19|20)\d\d)?$/u.test(h) && !/tháng/u.test(above)) ||
    (/^\([^()\d]{1,15}\)$/u.test(h) && !/\)\s*$/u.test(above))
  );
}

function cellTable(lines: CleanLine[], headAt: number, unitless = false): TableRows | null {
  // The header: the label head, then the unit head within a few cells, then the value columns.
  const cells: Cell[] = [];
  let end = headAt;
  for (let i = headAt; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank) continue;
    const text = trim(l.text);
    // Running text again: a long line, or a sentence (words and a full stop) after the header.
    const t = text.text;
    if (t.length > 150 || (t.length > 80 && /[.;]\s+\p{Lu}/u.test(t))) break;
    if (i > headAt + 20 && t.length > 40 && /[.!?]$/.test(t) && t.split(/\s+/).length >= 7) break;
    cells.push({ line: i, text });
    end = i;
  }
  if (cells.length < 8) return null;
  let k = 1;
  while (k < 4 && !UNIT_HEAD.test(cells[k].text.text.trim())) k++;
  if (k === 4 && !unitless) return null;
  if (unitless) k = 0;
  const columns: Column[] = [];
  let hasNote = false;
  for (k = k + 1; k < cells.length; k++) {
    const h = cells[k].text.text.trim();
    // A header broken over two cells: "Ước TH" over "2026", "So với" over "năm 2025 (%)" — a
    // line that goes on in lower case, or a bare year under a name that has none.
    const last = columns[columns.length - 1];
    if (last && continuesHeader(h, last.header)) {
      last.header = `${last.header} ${h}`;
      continue;
    }
    if (!h || isValue(cells[k]) || isSttLike(h)) break;
    if (NOTE_HEAD.test(h)) {
      hasNote = true;
      k++;
      break;
    }
    columns.push({ header: h });
  }
  if (!columns.length) return null;
  // The first row's label and unit read on as headers when nothing marks where the header ends
  // ("So sánh ƯTH/KH (%)", "Sản lượng cà phê nhân", "tấn", "21.000"…): the values that follow
  // say how many columns there are, and a cell that names no column goes back to the row.
  if (!hasNote) {
    let n = 0;
    while (k + n < cells.length && isValue(cells[k + n])) n++;
    const extra = columns.length - n;
    // (A lone "%" is the row's unit; "(%)" closes a column's name.)
    // (Whole words: "tham quan" holds no "TH", "nước sạch" no "ước".)
    const named = (h: string) =>
      /(?<![\p{L}])(?:kế hoạch|thực hiện|ước|so sánh|năm \d{4})(?![\p{L}])|%\s*\)$/iu.test(h) ||
      /(?<![\p{L}])(?:KH|TH)(?![\p{L}])/u.test(h);
    if (n > 0 && extra > 0 && extra <= 2 && !columns.slice(n).some((c) => named(c.header))) {
      columns.length = n;
      k -= extra;
    }
  }
  foldGroups(columns, hasNote, cells, k);
  // Start of the table: the title lines above the header give its caption.
  const caption = captionAbove(lines, headAt);
  const rows: Row[] = [];
  const rowLines: number[] = [];
  const rowEnds: number[] = [];
  const V = columns.length;
  const compareCol = columns.findIndex((c) => /so sánh|tỷ lệ|%\s*\)?$/iu.test(c.header));
  let group = 0;
  let lastMain = "";
  let lastLabel: Mapped | null = null;
  const sttAhead = (j: number) => {
    const c = cells[j];
    if (!c) return false;
    const t = c.text.text.trim();
    return (isEmpty(c) || isSttLike(t) || Number(t) === group + 1) && isLabel(cells[j + 1]);
  };
  const rowStart = (j: number) => isLabel(cells[j]) || sttAhead(j);
  const numberedAt = (j: number) => {
    const t = cells[j]?.text.text.trim() ?? "";
    return (isSttLike(t) || /^\d{1,3}$/.test(t)) && t !== "" && isLabel(cells[j + 1]);
  };
  let j = k;
  while (j < cells.length) {
    const c = cells[j];
    // ("A", "Tổng thu NSNN …": a row's letter before its name.)
    if (
      !isLabel(c) ||
      (/^[A-ZĐ]$/u.test(c.text.text.trim()) && isLabel(cells[j + 1]) && !isUnitPhrase(cells[j + 1].text.text))
    ) {
      const n = Number(c.text.text.trim());
      if (Number.isInteger(n) && n === group + 1 && isLabel(cells[j + 1])) group = n;
      j++;
      continue;
    }
    let label = c.text;
    let unit: Mapped | null = null;
    j++;
    const subRow = isUnitPhrase(label.text) && !!lastLabel;
    if (subRow && lastLabel) {
      unit = label;
      label = lastLabel;
    } else if (
      !unitless &&
      isLabel(cells[j]) &&
      !isUnitPhrase(cells[j].text.text) &&
      cells[j + 1] &&
      (isUnitPhrase(cells[j + 1].text.text) || /^%$/.test(cells[j + 1].text.text.trim())) &&
      cells[j + 2] &&
      isValue(cells[j + 2])
    ) {
      // A name broken over two cells ("Tỷ lệ hộ gia đình đạt danh hiệu", "\"Gia đình văn hóa\"", "%"):
      // the second is still the name, the unit comes after it.
      label = concat([label, trim(cells[j].text)]);
      unit = cells[j + 1].text;
      j += 2;
    } else if (cells[j] && (isEmpty(cells[j]) || isUnitPhrase(cells[j].text.text) || !isValue(cells[j]))) {
      unit = isEmpty(cells[j]) ? null : cells[j].text;
      j++;
    }
    const values: (Cell | null)[] = [];
    while (values.length < V && j < cells.length) {
      if (rowStart(j)) break;
      if (values.length < V && isEmpty(cells[j]) && rowStart(j + 1) && !isEmpty(cells[j + 1])) {
        j++; // the note cell of a row that lost a merged cell
        break;
      }
      values.push(cells[j]);
      j++;
    }
    // (The note, even in words — "Không đạt" — when a numbered row comes after it.)
    if (values.length === V && hasNote && j < cells.length && (!rowStart(j) || numberedAt(j + 1))) j++;
    // A sub-row that names only its unit lost the cells merged with the row above, and those
    // are the comparison's; any other short row just has empty trailing cells.
    const filled = values.filter((v) => v && !isEmpty(v)).length;
    if (subRow && filled > 0 && values.length < V && compareCol >= 0) {
      while (values.length < V) values.splice(Math.min(compareCol, values.length), 0, null);
    }
    const labelText = label.text.trim();
    const dash = /^[-+•]/.test(labelText);
    if (!dash && !/^trong đó/iu.test(labelText)) lastMain = labelText;
    const groups = dash && lastMain && lastMain !== labelText ? [lastMain] : [];
    rows.push({
      label,
      unit,
      cells: values.flatMap((v, idx) => (v && !isEmpty(v) ? [{ column: columns[idx], text: v.text }] : [])),
      caption,
      groups,
    });
    rowLines.push(label.map.length ? lineOfCell(cells, label) : c.line);
    rowEnds.push(cells[j - 1].line);
    lastLabel = label;
  }
  // (Without a unit column nothing marks the table's end but its rows: a heading after the last
  // one, "III. TỒN TẠI, HẠN CHẾ", is a label with no values and goes back to the text.)
  if (unitless) {
    while (rows.length && !rows[rows.length - 1].cells.length) {
      rows.pop();
      rowLines.pop();
      rowEnds.pop();
    }
    if (!rows.length) return null;
    end = rowEnds[rowEnds.length - 1];
  }
  // The caption is read, not taken: the lines above the header stay in the running text.
  let start = headAt;
  for (let i = headAt - 1; i >= 0 && headAt - i < 12; i--) {
    const t = lines[i].text.text.trim();
    if (!t || lines[i].filler) continue;
    if (/^(?:S|T|TT|STT|S\s*T\s*T)$/u.test(t)) start = i;
    else break;
  }
  return { rows, lines: rowLines, span: [start, end] };
}

/**
 * Merged headers flattened one cell per line: "Năm 2025 | Giai đoạn 2021-2025" over "Kế hoạch |
 * Ước thực hiện | So sánh (%) | Mục tiêu NQ | Ước TH | Đánh giá". The period heads come first,
 * each over an equal share of the heads after them (the note included); folded only when the
 * first row has as many values as the folded columns.
 */
function foldGroups(columns: Column[], hasNote: boolean, cells: Cell[], k: number): void {
  const periodHead = (h: string) =>
    /(?:19|20)\d{2}/.test(h) &&
    !/kế hoạch|thực hiện|ước|so sánh|mục tiêu|(?<![\p{L}])(?:KH|TH|NQ)(?![\p{L}])/iu.test(h);
  let g = 0;
  while (g < columns.length && periodHead(columns[g].header)) g++;
  const subs = columns.length - g + (hasNote ? 1 : 0);
  if (g < 1 || subs % g !== 0 || subs / g < 2) return;
  if (columns.slice(g).some((c) => /(?:19|20)\d{2}/.test(c.header))) return;
  // The first row: its number, label and unit, then its values up to the next row or note.
  let j = k;
  if (cells[j] && !isLabel(cells[j])) j++;
  if (!isLabel(cells[j])) return;
  j++;
  if (cells[j] && (isUnitPhrase(cells[j].text.text) || isLabel(cells[j]))) j++;
  let n = 0;
  const numbered = (i: number) => /^\d{1,3}$/.test(cells[i].text.text.trim()) && isLabel(cells[i + 1]);
  while (j + n < cells.length && !isLabel(cells[j + n]) && !numbered(j + n)) n++;
  if (n !== columns.length - g) return;
  const per = subs / g;
  const folded = columns
    .slice(g)
    .map((c, i) => ({ header: `${columns[Math.floor(i / per)].header} ${c.header}` }));
  columns.splice(0, columns.length, ...folded);
}

function lineOfCell(cells: Cell[], m: Mapped): number {
  const at = m.map[0];
  const c = cells.find((x) => x.text.map.length && x.text.map[0] === at);
  return c ? c.line : cells[0].line;
}

function isSttLike(t: string): boolean {
  return t === "" || /^[A-ZĐ]$/.test(t) || (ROMAN.test(t) && t !== "") || /^S$|^T$|^TT$|^STT$/.test(t);
}

/** The table title: the upper-case lines right above the header. */
export function captionAbove(lines: CleanLine[], headAt: number): string {
  const parts: string[] = [];
  for (let i = captionStart(lines, headAt); i < headAt; i++) {
    const t = lines[i].text.text.trim();
    if (t && t.length > 3) parts.push(t);
  }
  return parts.join(" ");
}

function captionStart(lines: CleanLine[], headAt: number): number {
  let i = headAt;
  let seen = 0;
  while (i > 0 && seen < 4) {
    const t = lines[i - 1].text.text.trim();
    if (t.length > 200 || (/[.;]$/.test(t) && !/^\(/.test(t))) break;
    if (t) seen++;
    i--;
  }
  return i;
}

/** Pipe rows: `| STT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện |`. */
export function pipeTables(lines: CleanLine[]): TableRows[] {
  const out: TableRows[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isPipe(lines[i])) {
      i++;
      continue;
    }
    const start = i;
    const rowsAt: number[] = [];
    while (
      i < lines.length &&
      (isPipe(lines[i]) || (lines[i].blank && i + 1 < lines.length && isPipe(lines[i + 1])))
    ) {
      if (isPipe(lines[i]) && !/^\|?[\s|:-]+\|?$/.test(lines[i].text.text.trim())) rowsAt.push(i);
      i++;
    }
    if (rowsAt.length >= 2) out.push(pipeTable(lines, rowsAt, start, i - 1));
  }
  return out;
}

const isPipe = (l: CleanLine) =>
  /^\s*\|.*\|\s*$/.test(l.text.text) || (l.text.text.match(/ \| /g)?.length ?? 0) >= 2;

/** The cells of a pipe row; `outer`: the table draws its outer border ("| a | b |"). */
function splitPipe(m: Mapped, outer = /^\s*\|/.test(m.text)): Mapped[] {
  const t = m.text;
  const cells: Mapped[] = [];
  let s = 0;
  for (let i = 0; i <= t.length; i++) {
    if (i === t.length || t[i] === "|") {
      cells.push(trim(slice(m, s, i)));
      s = i + 1;
    }
  }
  if (outer && cells.length && cells[0].text === "" && /^\s*\|/.test(t)) cells.shift();
  if (outer && cells.length && cells[cells.length - 1].text === "" && /\|\s*$/.test(t)) cells.pop();
  return cells;
}

/** A cell of a header's second line: words or a year ("2023", "năm 2024", "Ước TH/KH"), no figure. */
const HEADER_MORE = /^(?:(?:19|20)\d\d|[^\d]*(?:19|20)\d\d[^\d]*|[^\d]+)$/u;

function pipeTable(lines: CleanLine[], rowsAt: number[], start: number, end: number): TableRows {
  // (Without an outer border, "   | hội |" under "TT | Chỉ tiêu" starts with an empty TT cell.)
  const outer = /^\s*\|/.test(lines[rowsAt[0]].text.text);
  const header = splitPipe(lines[rowsAt[0]].text, outer).map((c) => c.text);
  // A header wrapped onto the next lines ("TH năm | KH năm" over "2023 | 2024"), where the
  // label cell is empty and no cell holds a figure: each column's name goes on.
  while (rowsAt.length > 2) {
    const more = splitPipe(lines[rowsAt[1]].text, outer);
    const labelAt = header.findIndex((h) => LABEL_HEAD.test(h) || /chỉ tiêu|nội dung/iu.test(h));
    if (labelAt < 0 || more[labelAt]?.text || !more.some((c) => c.text)) break;
    if (!more.every((c) => !c.text || HEADER_MORE.test(c.text))) break;
    more.forEach((c, idx) => {
      if (c.text && idx < header.length) header[idx] = `${header[idx]} ${c.text}`;
    });
    rowsAt = [rowsAt[0], ...rowsAt.slice(2)];
  }
  let labelCol = header.findIndex((h) => LABEL_HEAD.test(h) || /chỉ tiêu|nội dung/iu.test(h));
  if (labelCol < 0) labelCol = header.findIndex((h) => !/^(stt|tt)$/iu.test(h));
  // ("TT | Đơn vị | Số hộ": the units reported on, not a unit of measure, when no other column names the rows.)
  const unitCol = header.findIndex((h, idx) => idx !== labelCol && UNIT_HEAD.test(h));
  const caption = captionAbove(lines, start);
  const rows: Row[] = [];
  const rowLines: number[] = [];
  let lastMain = "";
  for (const at of rowsAt.slice(1)) {
    const cells = splitPipe(lines[at].text, outer);
    const label = cells[labelCol];
    if (!label || !/\p{L}/u.test(label.text)) continue;
    // ("Tổng vốn đầu tư toàn xã" over "hội" on a line of empty cells: the name wrapped.)
    const last = rows[rows.length - 1];
    if (last && cells.every((c, idx) => idx === labelCol || !c.text) && /^\p{Ll}/u.test(label.text)) {
      last.label = concat([last.label, label]);
      continue;
    }
    const labelText = label.text;
    const dash = /^[-+•]/.test(labelText);
    if (!dash && !/^trong đó/iu.test(labelText)) lastMain = labelText;
    rows.push({
      label,
      unit: unitCol >= 0 && cells[unitCol]?.text ? cells[unitCol] : null,
      cells: cells.flatMap((c, idx) =>
        idx !== labelCol &&
        idx !== unitCol &&
        idx < header.length &&
        c.text &&
        !/^(stt|tt)$/iu.test(header[idx])
          ? [{ column: { header: header[idx] }, text: c }]
          : [],
      ),
      caption,
      groups: dash && lastMain !== labelText ? [lastMain] : [],
    });
    rowLines.push(at);
  }
  return { rows, lines: rowLines, span: [start, end] };
}
