/**
 * The report as a Word document in the layout of Vietnamese administrative documents
 * (Nghị định 30/2020/NĐ-CP): A4, Times New Roman, margins top and bottom 20 mm, left 30 mm,
 * right 15 mm, page numbers at the top centre from the second page, the national motto beside
 * the issuing area, the table's header row repeated on every page.
 */
import type * as Docx from "docx";
import type { Report, ReportCell } from "./rows.js";

/** Sizes in half-points. */
const BODY = 28; // 14 pt
const TABLE = 26; // 13 pt
const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 };
const A4_MM = { width: 210, height: 297 };
/** Column widths in mm; they add up to the text width (210 − 30 − 15 = 165 mm). */
const COLUMN_MM = [10, 47, 17, 18, 20, 14, 18, 21];

export async function reportDocx(r: Report): Promise<Buffer> {
  // Loaded when a DOCX is asked for, so the other commands never need it.
  const d: typeof Docx = await import("docx");
  const mm = (n: number) => Math.round((n * 1440) / 25.4);
  // Margins rounded up, never under the decree's minimum.
  const margin = (n: number) => Math.ceil((n * 1440) / 25.4);
  const FONT = "Times New Roman";

  const text = (t: string, o: Omit<Docx.IRunOptions, "text"> = {}) => new d.TextRun({ text: t, ...o });
  const para = (runs: Docx.TextRun[], o: Omit<Docx.IParagraphOptions, "children"> = {}) =>
    new d.Paragraph({ children: runs, ...o });
  const centred = (runs: Docx.TextRun[], o: Omit<Docx.IParagraphOptions, "children"> = {}) =>
    para(runs, { alignment: d.AlignmentType.CENTER, ...o });

  const cellRuns = (c: ReportCell, bold = false): Docx.TextRun[] =>
    c.text
      ? [
          text(c.text, { size: TABLE, bold }),
          ...(c.notes.length ? [text(`(${c.notes.join(", ")})`, { size: TABLE, superScript: true })] : []),
        ]
      : [];
  const tableCell = (
    runs: Docx.TextRun[],
    i: number,
    o: { align?: "left" | "center" | "right"; span?: number; shade?: boolean } = {},
  ) =>
    new d.TableCell({
      children: [
        para(runs, {
          alignment:
            o.align === "left"
              ? d.AlignmentType.LEFT
              : o.align === "right"
                ? d.AlignmentType.RIGHT
                : d.AlignmentType.CENTER,
          spacing: { before: 40, after: 40 },
        }),
      ],
      width: {
        size: mm(COLUMN_MM.slice(i, i + (o.span ?? 1)).reduce((a, b) => a + b, 0)),
        type: d.WidthType.DXA,
      },
      verticalAlign: d.VerticalAlign.CENTER,
      margins: { left: mm(1), right: mm(1) },
      ...(o.span && o.span > 1 ? { columnSpan: o.span } : {}),
      ...(o.shade ? { shading: { fill: "F2F2F2", type: d.ShadingType.CLEAR, color: "auto" } } : {}),
    });

  const header = new d.TableRow({
    tableHeader: true,
    cantSplit: true,
    children: r.columns.map((c, i) => tableCell([text(c, { size: TABLE, bold: true })], i, { shade: true })),
  });
  const rows: Docx.TableRow[] = [header];
  for (const g of r.groups) {
    rows.push(
      new d.TableRow({
        cantSplit: true,
        children: [
          tableCell([text(g.numeral, { size: TABLE, bold: true })], 0),
          tableCell([text(g.heading.toLocaleUpperCase("vi"), { size: TABLE, bold: true })], 1, {
            align: "left",
            span: COLUMN_MM.length - 1,
          }),
        ],
      }),
    );
    for (const row of g.rows) {
      rows.push(
        new d.TableRow({
          cantSplit: true,
          children: [
            tableCell([text(String(row.stt), { size: TABLE })], 0),
            tableCell([text(row.indicator, { size: TABLE })], 1, { align: "left" }),
            tableCell([text(row.unit, { size: TABLE })], 2),
            tableCell(cellRuns(row.target), 3, { align: "right" }),
            tableCell(cellRuns(row.result), 4, { align: "right" }),
            tableCell(row.pct ? [text(row.pct, { size: TABLE })] : [], 5, { align: "right" }),
            tableCell(cellRuns(row.compare), 6, { align: "right" }),
            tableCell(row.assessment ? [text(row.assessment, { size: TABLE })] : [], 7),
          ],
        }),
      );
    }
  }
  if (!r.groups.length) {
    rows.push(
      new d.TableRow({
        children: [
          tableCell([], 0),
          tableCell(
            [
              text(`Không có chỉ tiêu nào có kế hoạch hoặc kết quả cho ${r.periodLabel}`, {
                size: TABLE,
                italics: true,
              }),
            ],
            1,
            { align: "left", span: COLUMN_MM.length - 1 },
          ),
        ],
      }),
    );
  }
  const table = new d.Table({
    rows,
    width: { size: mm(COLUMN_MM.reduce((a, b) => a + b, 0)), type: d.WidthType.DXA },
    columnWidths: COLUMN_MM.map(mm),
    layout: d.TableLayoutType.FIXED,
  });

  // Title block: the area on the left, the national motto on the right, no borders.
  const none = { style: d.BorderStyle.NONE, size: 0, color: "FFFFFF" };
  const noBorders = {
    top: none,
    bottom: none,
    left: none,
    right: none,
    insideHorizontal: none,
    insideVertical: none,
  };
  const blockCell = (children: Docx.Paragraph[], widthMm: number) =>
    new d.TableCell({ children, width: { size: mm(widthMm), type: d.WidthType.DXA }, borders: noBorders });
  const area = r.area ? r.area.toLocaleUpperCase("vi") : "";
  const titleBlock = new d.Table({
    width: { size: mm(165), type: d.WidthType.DXA },
    columnWidths: [mm(65), mm(100)],
    layout: d.TableLayoutType.FIXED,
    borders: noBorders,
    rows: [
      new d.TableRow({
        children: [
          blockCell(
            [
              centred([text(area, { size: 26, bold: true })]),
              centred([text(area ? "―――――" : "", { size: 26 })]),
            ],
            65,
          ),
          blockCell(
            [
              centred([text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { size: 26, bold: true })]),
              centred([text("Độc lập - Tự do - Hạnh phúc", { size: BODY, bold: true })]),
              centred([text("―――――――――――――――", { size: 26 })]),
            ],
            100,
          ),
        ],
      }),
      new d.TableRow({
        children: [
          blockCell([centred([])], 65),
          blockCell([centred([text("…, ngày … tháng … năm …", { size: BODY, italics: true })])], 100),
        ],
      }),
    ],
  });

  const heading = (t: string) =>
    para([text(t, { size: BODY, bold: true })], { spacing: { before: 240, after: 120 }, keepNext: true });
  const body: Docx.Paragraph[] = [];
  body.push(heading("Ghi chú nguồn số liệu:"));
  if (r.notes.length)
    for (const n of r.notes)
      body.push(
        para([text(`(${n.n}) `, { size: TABLE, bold: true }), text(n.text, { size: TABLE })], {
          alignment: d.AlignmentType.JUSTIFIED,
          spacing: { after: 60 },
        }),
      );
  else body.push(para([text("Không có số liệu nào được trích dẫn.", { size: TABLE })]));
  body.push(heading("Kết quả kiểm tra tính nhất quán của số liệu:"));
  if (r.findings.length)
    r.findings.forEach((f, i) => {
      body.push(
        para([text(`${i + 1}. `, { size: BODY }), text(f.message, { size: BODY })], {
          alignment: d.AlignmentType.JUSTIFIED,
          indent: { firstLine: mm(10) },
          spacing: { after: 60 },
        }),
      );
    });
  else body.push(para([text("Không phát hiện số liệu nào không nhất quán.", { size: BODY })]));

  const doc = new d.Document({
    creator: "solieu",
    title: `${r.title} ${r.subtitle}`,
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY }, paragraph: { spacing: { line: 276 } } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: {
              width: mm(A4_MM.width),
              height: mm(A4_MM.height),
              orientation: d.PageOrientation.PORTRAIT,
            },
            margin: {
              top: margin(MARGIN_MM.top),
              bottom: margin(MARGIN_MM.bottom),
              left: margin(MARGIN_MM.left),
              right: margin(MARGIN_MM.right),
              header: mm(10),
              footer: mm(10),
            },
          },
        },
        headers: {
          first: new d.Header({ children: [] }),
          default: new d.Header({
            children: [centred([new d.TextRun({ children: [d.PageNumber.CURRENT], size: BODY })])],
          }),
        },
        children: [
          titleBlock,
          centred([text(r.title, { size: BODY, bold: true })], { spacing: { before: 360 } }),
          centred([text(r.subtitle, { size: BODY, bold: true })]),
          centred([text(r.area ? `Địa bàn: ${r.area}` : "Địa bàn: tất cả địa bàn", { size: BODY })]),
          centred([text("―――――――", { size: BODY })], { spacing: { after: 240 } }),
          table,
          ...body,
        ],
      },
    ],
  });
  return d.Packer.toBuffer(doc);
}
