/**
 * fast-check generators of report-like Vietnamese text: numbers written the ways reports write
 * them (14.955,28; 8.000-8.500; 47/50; (-9,28%); 20/12/2023), the words around them, list and
 * table markup, footnote markers, and the odd Unicode that copied text carries (NFD, zero-width
 * characters, non-breaking spaces, soft hyphens, a BOM, CRLF).
 */
import fc from "fast-check";

/** The fixed seed the property tests run with; SOLIEU_FC_SEED=… tries another. */
export const FC_SEED = Number(process.env.SOLIEU_FC_SEED) || 20_241_114;

/** A whole number written with dots between thousands (1.234.567), or without (1234567). */
export function groupedInt(n: number, group = true): string {
  const s = String(n);
  return group ? s.replace(/\B(?=(\d{3})+(?!\d))/g, ".") : s;
}

/** A number as a Vietnamese report writes it: dots between thousands, a decimal comma. */
export function vietnamese(intPart: number, decimals: string, group = true): string {
  return decimals ? `${groupedInt(intPart, group)},${decimals}` : groupedInt(intPart, group);
}

/** A non-negative number with up to 3 decimals, and how a report writes it. */
export const writtenNumber: fc.Arbitrary<{ value: number; text: string }> = fc
  .record({
    int: fc.oneof(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999_999_999 })),
    decimals: fc.oneof(fc.constant(""), fc.stringMatching(/^\d{1,3}$/)),
    group: fc.boolean(),
  })
  .map(({ int, decimals, group }) => ({
    value: Number(decimals ? `${int}.${decimals}` : String(int)),
    text: vietnamese(int, decimals, group),
  }));

const WORDS = [
  "năm",
  "tăng",
  "giảm",
  "đạt",
  "ước đạt",
  "bằng",
  "chiếm",
  "còn",
  "so với",
  "cùng kỳ",
  "kế hoạch",
  "Nghị quyết",
  "dự toán",
  "chỉ tiêu",
  "tổng sản phẩm trên địa bàn (GRDP)",
  "thu ngân sách nhà nước",
  "tỷ lệ hộ nghèo",
  "xã đạt chuẩn nông thôn mới",
  "tỉnh Điện Biên",
  "huyện Mường Chà",
  "thành phố",
  "toàn tỉnh",
  "phấn đấu",
  "trên",
  "dưới",
  "khoảng",
  "gần",
  "hơn",
  "từ",
  "đến",
  "trong đó",
  "6 tháng đầu năm",
  "quý I",
  "lũy kế 9 tháng",
  "giai đoạn",
  "nhiệm kỳ",
  "số",
  "thứ",
  "xếp thứ",
  "điểm %",
  "lần",
  "Điều",
  "Khoản",
  "QL",
  "Km",
  "ngày",
  "tháng",
  "GIÁ TRỊ",
  "ĐẠT",
  "Tổng",
  "Chăm sóc",
  "KH",
  "NQ",
  "CK",
  "đ/c",
];

const UNITS = [
  "%",
  " %",
  "%KH",
  " tỷ đồng",
  " triệu đồng",
  " nghìn tỷ đồng",
  " USD",
  " triệu USD",
  " ha",
  " tấn",
  " nghìn tấn",
  " người",
  " lượt",
  " hộ",
  " xã",
  " km",
  " m2",
  " m<sup>2</sup>",
  " ‰",
  " lần",
  " điểm %",
  " trường",
  " con",
  "",
];

const year = fc.integer({ min: 1990, max: 2035 }).map(String);

/** One number in one of the forms reports use, its unit glued or spaced after it. */
const numberForm: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: writtenNumber.map((n) => n.text), weight: 6 },
  { arbitrary: year, weight: 2 },
  {
    arbitrary: fc.tuple(writtenNumber, writtenNumber).map(([a, b]) => `${a.text}-${b.text}`),
    weight: 1,
  },
  {
    arbitrary: fc.tuple(writtenNumber, writtenNumber).map(([a, b]) => `${a.text}/${b.text}`),
    weight: 1,
  },
  {
    arbitrary: fc
      .tuple(fc.constantFrom("+", "-", "−", "–"), writtenNumber)
      .map(([s, n]) => `(${s}${n.text}%)`),
    weight: 1,
  },
  {
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), year)
      .map(([d, m, y]) => `${d}/${m}/${y}`),
    weight: 1,
  },
  {
    arbitrary: fc.tuple(fc.integer({ min: 1, max: 999 }), year).map(([n, y]) => `${n}/${y}/NQ-HĐND`),
    weight: 1,
  },
  { arbitrary: fc.constantFrom("0 68%", "1,5 lần", "701 tỷ 500 triệu", "2,13 lần", "4/14"), weight: 1 },
  { arbitrary: fc.stringMatching(/^[0-9.,]{1,12}$/), weight: 1 },
);

const figure = fc
  .tuple(
    fc.constantFrom("", "trên ", "dưới ", "khoảng ", ">", "<", "≥ ", "từ "),
    numberForm,
    fc.constantFrom(...UNITS),
  )
  .map(([q, n, u]) => `${q}${n}${u}`);

const FOOTNOTE = ["<sup>1</sup>", "<sup>12</sup>", "¹", "²³", "(1)", "[2]", "*", "(*)", "<sup>a</sup>"];

/** What copied text slips between characters. */
export const ODD = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00a0", "\u202f", "\u00ad", "\u2009"];

const SEPARATORS = [
  " ",
  " ",
  " ",
  ", ",
  "; ",
  ". ",
  ": ",
  " - ",
  " – ",
  " | ",
  "(",
  ")",
  "/",
  "\t",
  "  ",
  "…",
];

const piece: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...WORDS), weight: 8 },
  { arbitrary: figure, weight: 5 },
  { arbitrary: fc.constantFrom(...SEPARATORS), weight: 5 },
  { arbitrary: fc.constantFrom(...FOOTNOTE), weight: 1 },
  { arbitrary: fc.constantFrom(...ODD), weight: 1 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 3 }), weight: 1 },
);

/** A sentence-like run of words, figures, separators and markers. */
export const sentence: fc.Arbitrary<string> = fc
  .array(piece, { minLength: 1, maxLength: 24 })
  .map((parts) => parts.join(""));

const LINE_START = [
  "",
  "",
  "",
  "- ",
  "+ ",
  "* ",
  "1. ",
  "2.1. ",
  "a) ",
  "I. ",
  "II. ",
  "# ",
  "## ",
  "**",
  "Phần thứ hai: ",
];

/** A line: a list item, heading or paragraph, or a table row of pipe cells. */
const line: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc.tuple(fc.constantFrom(...LINE_START), sentence).map(([a, b]) => a + b),
    weight: 5,
  },
  {
    arbitrary: fc
      .array(fc.oneof(figure, fc.constantFrom(...WORDS), fc.constant("")), { minLength: 2, maxLength: 6 })
      .map((cells) => `| ${cells.join(" | ")} |`),
    weight: 2,
  },
  {
    arbitrary: fc.constantFrom(
      "| TT | Chỉ tiêu | Đơn vị | Kế hoạch 2023 | Thực hiện 2023 | So sánh (%) |",
      "| Chỉ tiêu | ĐVT | KH năm | Ước TH 6 tháng | % KH |",
      "|---|---|---|",
    ),
    weight: 1,
  },
  {
    // A table pasted one cell per line.
    arbitrary: fc
      .array(fc.oneof(figure, fc.constantFrom(...WORDS)), { minLength: 2, maxLength: 8 })
      .map((cells) => cells.join("\n")),
    weight: 1,
  },
  { arbitrary: fc.constant(""), weight: 2 },
  { arbitrary: fc.tuple(fc.constantFrom(...FOOTNOTE), sentence).map(([m, s]) => `${m} ${s}`), weight: 1 },
);

const HEAD = [
  "",
  "ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\n\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2023\n\n",
  "BÁO CÁO\n\nĐiện Biên, ngày 20 tháng 12 năm 2023\n\n",
  "NGHỊ QUYẾT\nvề kế hoạch phát triển kinh tế - xã hội năm 2024\n\n",
];

/**
 * A report-like text: perhaps a heading block, lines joined by LF or CRLF, perhaps a BOM first,
 * wholly or partly decomposed (NFD), with odd characters slipped in anywhere (inside numbers and
 * words too, and between a CR and its LF).
 */
export const reportText: fc.Arbitrary<string> = fc
  .record({
    head: fc.constantFrom(...HEAD),
    lines: fc.array(line, { minLength: 1, maxLength: 14 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    nfd: fc.constantFrom("none", "all", "some"),
    slips: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ODD, " ", "\r")), { maxLength: 4 }),
  })
  .map(({ head, lines, crlf, bom, nfd, slips }) => {
    const ls = nfd === "some" ? lines.map((l, i) => (i % 2 ? l.normalize("NFD") : l)) : lines;
    let text = (head + ls.join("\n")).replace(/\n/g, crlf ? "\r\n" : "\n");
    if (nfd === "all") text = text.normalize("NFD");
    for (const [at, ch] of slips) {
      const i = text.length ? at % text.length : 0;
      text = text.slice(0, i) + ch + text.slice(i);
    }
    return (bom ? "\ufeff" : "") + text;
  });
