/**
 * The document stage: heading numbering and sections, paragraphs joined back over wrapped lines,
 * footnote bodies set apart, tables rebuilt (cell-per-line and pipe rows), and the numbers the
 * structure says are not figures (list numbers, footnote markers, page numbers).
 * Runs on the built modules (`npm run build` first; `npm test` does it).
 */

import { describe, expect, it } from "vitest";
import { findAreas } from "../dist/catalogue/areas.js";
import { buildDocument } from "../dist/document/build.js";
import { headingNumbering, isUpperTitle } from "../dist/document/headings.js";
import type { Block, DocumentTree, Section } from "../dist/document/types.js";
import { extractSource } from "../dist/facts/extract.js";
import type { Fact } from "../dist/facts/types.js";
import { makeSource } from "../dist/text/source.js";

const NBSP = "\u00a0";
const HEAD = ["BÁO CÁO", "", "Điện Biên, ngày 20 tháng 12 năm 2023", ""];

function tree(lines: string[]): DocumentTree {
  return buildDocument(makeSource("t.txt", "txt", lines.join("\n")));
}

/** The facts of a text; every one must stand at its raw line and column. */
function facts(lines: string[]): Fact[] {
  const out = extractSource(makeSource("t.txt", "txt", lines.join("\n"))).facts;
  for (const f of out)
    expect(lines[f.line - 1].startsWith(f.value_text, f.column), `${f.line}:${f.column}`).toBe(true);
  return out;
}

function chain(s: Section): string[] {
  const out: string[] = [];
  for (let x: Section | undefined = s; x && x.level > 0; x = x.parent) out.push(x.numbering || x.title);
  return out;
}

function blockWith(t: DocumentTree, text: string): Block {
  const b = t.blocks.find((x) => x.text.text.includes(text));
  if (!b) throw new Error(`no block with ${JSON.stringify(text)}`);
  return b;
}

/** The raw text a block's normalised text[start, end) came from. */
function rawOf(t: DocumentTree, b: Block, written: string): string {
  const at = b.text.text.indexOf(written);
  return t.source.text.slice(b.text.map[at], b.text.map[at + written.length - 1] + 1);
}

describe("headingNumbering", () => {
  it.each([
    ["Phần thứ nhất: KẾT QUẢ THỰC HIỆN", 1, "Phần thứ nhất"],
    ["Phần thứ hai", 1, "Phần thứ hai"],
    ["PHẦN II. NHIỆM VỤ, GIẢI PHÁP", 1, "PHẦN II"],
    ["A. LĨNH VỰC KINH TẾ", 2, "A"],
    ["B- VĂN HÓA - XÃ HỘI", 2, "B"],
    ["I- Sản xuất nông nghiệp", 3, "I"],
    ["II. Công nghiệp", 3, "II"],
    ["IV. Thương mại", 3, "IV"],
    ["1. Trồng trọt", 4, "1"],
    ["1.1. Cây lương thực", 5, "1.1"],
    ["1.1.1. Cây lúa", 6, "1.1.1"],
    ["a) Chăn nuôi", 7, "a"],
    ["(1) Lúa mùa", 8, "(1)"],
    ["2) Lúa xuân", 8, "2)"],
  ])("%s → level %i, %s", (text, level, numbering) => {
    const n = headingNumbering(text);
    expect(n).toMatchObject({ level, numbering });
    // what follows the numbering is the title, without the separator
    expect(/^[\s:.\-–)]/.test(text.slice(n?.rest))).toBe(false);
  });

  it.each([
    "2023. Tập trung chỉ đạo sản xuất",
    "Tổng sản phẩm trên địa bàn đạt 14.955,28 tỷ đồng",
    "45. Đây không phải đề mục",
    "14.955,28 tỷ đồng",
  ])("no numbering: %s", (text) => {
    expect(headingNumbering(text)).toBeNull();
  });

  it("isUpperTitle: upper-case title lines", () => {
    expect(isUpperTitle("KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023")).toBe(true);
    expect(isUpperTitle("Kết quả thực hiện nhiệm vụ năm 2023")).toBe(false);
    expect(isUpperTitle("GRDP")).toBe(false);
  });
});

describe("sections", () => {
  const doc = [
    ...HEAD,
    "Phần thứ nhất",
    "",
    "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023",
    "",
    "A. LĨNH VỰC KINH TẾ",
    "",
    "I- Sản xuất nông nghiệp",
    "",
    "1. Trồng trọt",
    "",
    "1.1. Cây lương thực",
    "",
    "a) Cây lúa",
    "",
    "(1) Lúa mùa: diện tích đạt 8.500 ha, sản lượng đạt 42.000 tấn.",
    "",
    "b) Cây ngô",
    "",
    "Diện tích ngô đạt 3.000 ha.",
    "",
    "II. Công nghiệp",
    "",
    "Giá trị sản xuất công nghiệp đạt 2.500 tỷ đồng.",
    "",
    "Phần thứ hai",
    "",
    "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024",
    "",
    "Phấn đấu diện tích lúa đạt 11.000 ha.",
  ];

  it("nest by the level of their numbering", () => {
    const t = tree(doc);
    expect(chain(blockWith(t, "Lúa mùa").section)).toEqual(["a", "1.1", "1", "I", "A", "Phần thứ nhất"]);
    expect(blockWith(t, "Lúa mùa").kind).toBe("item");
    expect(chain(blockWith(t, "Diện tích ngô").section)).toEqual([
      "b",
      "1.1",
      "1",
      "I",
      "A",
      "Phần thứ nhất",
    ]);
    expect(chain(blockWith(t, "Giá trị sản xuất").section)).toEqual(["II", "A", "Phần thứ nhất"]);
    expect(chain(blockWith(t, "Phấn đấu").section)).toEqual(["Phần thứ hai"]);
    expect(blockWith(t, "Phấn đấu").section.title).toBe("PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024");
    expect(blockWith(t, "Giá trị sản xuất").section.title).toBe("Công nghiệp");
  });

  it("give the review part its year and the forward part its targets", () => {
    const all = facts(doc);
    expect(all.map((f) => [f.value, f.kind, f.period])).toEqual([
      [8500, "actual", "2023"],
      [42000, "actual", "2023"],
      [3000, "actual", "2023"],
      [2500, "actual", "2023"],
      [11000, "target", "2024"],
    ]);
  });

  it("do not read heading and list numbers as figures: (1), 1.1., I-", () => {
    const values = facts(doc).map((f) => f.value_text);
    expect(values).toEqual(["8.500", "42.000", "3.000", "2.500", "11.000"]);
  });
});

describe("a table's caption", () => {
  it("in bold, leaves the outline where it was: what follows stays in the review, not a target", () => {
    const lines = [
      "# BÁO CÁO",
      "Tình hình kinh tế - xã hội 9 tháng năm 2025",
      "",
      "# II. KẾT QUẢ 9 THÁNG NĂM 2025",
      "",
      "## 1\\. Kinh tế",
      "",
      "Tổng sản phẩm trên địa bàn ước tăng 7,9%.",
      "",
      "**Bảng 1. Các chỉ tiêu chủ yếu 9 tháng năm 2025**",
      "",
      "| Chỉ tiêu | ĐVT | 9 tháng 2025 |",
      "|:---|:---:|---:|",
      "| Sản lượng lúa | Nghìn tấn | 2.410,5 |",
      "",
      "## 2\\. Nông nghiệp",
      "",
      "Vụ Thu Đông đã xuống giống 86.300 ha lúa.",
    ];
    const t = tree(lines);
    expect(chain(blockWith(t, "Vụ Thu Đông").section)).toEqual([
      "2",
      "II",
      "BÁO CÁO Tình hình kinh tế - xã hội 9 tháng năm 2025",
    ]);
    const sown = facts(lines).find((f) => f.value_text === "86.300");
    expect(sown).toMatchObject({ kind: "actual", period: "2025-01/2025-09" });
  });
});

describe("paragraphs", () => {
  it("end at a news page's subheading: a short line alone over a sentence that opens with a capital", () => {
    const lines = [
      "Kết quả tuyển sinh đầu cấp năm học 2025-2026",
      "",
      "Chỉ tiêu lớp 10",
      "Theo kế hoạch, toàn tỉnh tuyển 21.400 học sinh vào lớp 10 công lập.",
      "",
      "Thực hiện Kế hoạch của",
      "UBND tỉnh, các trường đã tuyển đủ chỉ tiêu.",
    ];
    const paragraphs = tree(lines)
      .blocks.filter((b) => b.kind === "paragraph")
      .map((b) => b.text.text.replace(/\s+/g, " "));
    expect(paragraphs).toEqual([
      "Chỉ tiêu lớp 10",
      "Theo kế hoạch, toàn tỉnh tuyển 21.400 học sinh vào lớp 10 công lập.",
      // (a line that ends in a word carrying it on is wrapped text, whatever follows)
      "Thực hiện Kế hoạch của UBND tỉnh, các trường đã tuyển đủ chỉ tiêu.",
    ]);
    expect(facts(lines).map((f) => [f.value_text, f.kind])).toEqual([["21.400", "target"]]);
  });

  it("go on after a semicolon ending a line: the parts of an estimate are estimates", () => {
    const lines = [
      ...HEAD,
      "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2023",
      "",
      "Tổng vốn đầu tư toàn xã hội tăng cao so với cùng kỳ năm trước (ước tăng 26,8%); ",
      "",
      "trong đó, huy động vốn ngoài ngân sách tăng 34,86%, chiếm 56,46% tổng vốn.",
    ];
    expect(blockWith(tree(lines), "26,8").text.text).toContain("trong đó, huy động vốn");
    expect(facts(lines).map((f) => [f.value_text, f.kind])).toEqual([
      ["26,8", "estimate"],
      ["34,86", "estimate"],
      ["56,46", "estimate"],
    ]);
  });

  it("join a sentence wrapped over blank-line-separated lines back into one", () => {
    const lines = [
      ...HEAD,
      "I. KẾT QUẢ THỰC HIỆN NĂM 2023",
      "",
      "Tổng sản phẩm trên địa bàn (GRDP) ước đạt 14.955,28 tỷ",
      "",
      "đồng, tăng 7,86% so với năm 2022; thu ngân sách đạt",
      "",
      "1.500 tỷ đồng.",
      "",
      "Tổng vốn đầu tư toàn xã hội đạt 5.120 tỷ đồng.",
    ];
    const t = tree(lines);
    const p = blockWith(t, "GRDP");
    expect(p.kind).toBe("paragraph");
    expect(p.text.text).toBe(
      "Tổng sản phẩm trên địa bàn (GRDP) ước đạt 14.955,28 tỷ đồng, tăng 7,86% so với năm 2022; thu ngân sách đạt 1.500 tỷ đồng.",
    );
    expect(rawOf(t, p, "14.955,28")).toBe("14.955,28");
    expect(rawOf(t, p, "1.500")).toBe("1.500");
    expect(blockWith(t, "5.120")).not.toBe(p);

    const fs = facts(lines);
    expect(fs.map((f) => [f.line, f.column, f.value_text, f.unit, f.measure])).toEqual([
      [7, lines[6].indexOf("14.955,28"), "14.955,28", "tỷ đồng", "level"],
      [9, lines[8].indexOf("7,86"), "7,86", "%", "growth"],
      [11, 0, "1.500", "tỷ đồng", "level"],
      [13, lines[12].indexOf("5.120"), "5.120", "tỷ đồng", "level"],
    ]);
    expect(fs[1].indicator.text).toMatch(/GRDP|tổng sản phẩm/i);
    expect(fs[1].base).toBe("2022");
  });

  it("end at a news page's day and time written without a year, which are no figures", () => {
    for (const stamp of ["08/04 - 15:20", "15:20 08/04"]) {
      const lines = ["Xuất khẩu quý I tăng mạnh", stamp, "", "Kim ngạch xuất khẩu quý I ước đạt 2,1 tỷ USD."];
      expect(
        facts(lines).map((f) => f.value_text),
        stamp,
      ).toEqual(["2,1"]);
      expect(blockWith(tree(lines), "2,1").text.text).toBe("Kim ngạch xuất khẩu quý I ước đạt 2,1 tỷ USD.");
    }
  });

  it("run on across a page number written n/N, which is not a figure", () => {
    const lines = [
      ...HEAD,
      "I. KẾT QUẢ THỰC HIỆN NĂM 2023",
      "",
      "Sản lượng lương thực đạt 270.000 tấn, vượt kế hoạch; đàn gia súc có",
      "",
      "3/12",
      "",
      "125.000 con.",
    ];
    const t = tree(lines);
    expect(blockWith(t, "270.000").text.text).toBe(
      "Sản lượng lương thực đạt 270.000 tấn, vượt kế hoạch; đàn gia súc có 125.000 con.",
    );
    expect(facts(lines).map((f) => [f.value_text, f.unit])).toEqual([
      ["270.000", "tấn"],
      ["125.000", "con"],
    ]);
  });

  it("read a numbered line that runs into sentences as an item, on past a footnote marker's line", () => {
    const lines = [
      ...HEAD,
      "III. CÁC NỘI DUNG KHÁC",
      " 3. Về phiên giải trình: Phiên giải trình về công tác quản lý đất đai đã diễn ra",
      "",
      "công khai, được truyền hình trực tiếp. Có 9 đại biểu",
      "2",
      " nêu 14 câu hỏi với Sở Tài nguyên và Môi trường.",
    ];
    const t = tree(lines);
    const item = blockWith(t, "9 đại biểu");
    expect(item.kind).toBe("item");
    expect(item.text.text).toMatch(/Có 9 đại biểu nêu 14 câu hỏi với Sở Tài nguyên và Môi trường\.$/);
    // The item's section is named by its first words, not by the whole of its text.
    expect(item.section.title.split(" ").length).toBeLessThanOrEqual(14);
    expect(facts(lines).map((f) => [f.value_text, f.unit, f.kind])).toEqual([
      ["9", "đại biểu", "actual"],
      ["14", "câu hỏi", "actual"],
    ]);
  });
});

describe("footnotes marked in brackets", () => {
  it("'[^2]' and 'xã Đông Sơn(1)' with their bodies under the text: the figures belong where the marker stands", () => {
    const lines = [
      "BÁO CÁO",
      "Kết quả năm 2025, nhiệm vụ năm 2026",
      "",
      "I. KẾT QUẢ NĂM 2025",
      "Xã được thành lập từ ba xã cũ(1); thu ngân sách ước đạt 41.200 triệu đồng [^2].",
      "II. NHIỆM VỤ NĂM 2026",
      "(1) Phấn đấu thu ngân sách 45.000 triệu đồng.",
      "",
      "____________",
      "(1) Xã Yên Sơn có diện tích 28,4 km2, xã Yên Hòa 19,7 km2.",
      "",
      "[^2]: Trong đó thu tiền sử dụng đất 9.860",
      "    triệu đồng.",
    ];
    const all = facts(lines);
    const area = all.find((f) => f.value_text === "28,4");
    expect(area).toMatchObject({ kind: "actual", period: "2025" });
    const land = all.find((f) => f.value_text === "9.860");
    expect(land).toMatchObject({ unit: "triệu đồng", period: "2025" });
    expect(land?.kind).not.toBe("target");
    // The numbered task under II is a task, not a footnote: its marker is no figure either.
    expect(all.find((f) => f.value_text === "45.000")).toMatchObject({ kind: "target", period: "2026" });
    expect(all.map((f) => f.value_text)).not.toContain("2");
  });
});

describe("footnotes", () => {
  it("end a note cut at a page's foot at the next numbered heading: the text after it is read", () => {
    const lines = [
      ...HEAD,
      "8.1. Đầu tư công",
      "",
      "Giải ngân vốn đầu tư công đạt 95% kế hoạch<sup>(10)</sup>.",
      "",
      "<sup>(10)</sup> 1- Dự án đường giao thông kết nối các khu vực kinh tế trọng điểm và",
      "",
      "",
      "",
      "## 8.2. Triển khai các dự án thu hút đầu tư",
      "",
      "Từ năm 2020 đến nay, trên địa bàn huyện có 45 dự án được các nhà đầu tư khảo sát.",
    ];
    const t = tree(lines);
    expect(blockWith(t, "Triển khai các dự án").kind).toBe("heading");
    expect(blockWith(t, "45 dự án").kind).toBe("paragraph");
    expect(facts(lines).map((f) => f.value_text)).toEqual(["95", "45"]);
  });

  it("set a <sup> footnote body apart from the running text, which runs on past it", () => {
    const lines = [
      ...HEAD,
      "I. KẾT QUẢ THỰC HIỆN NĂM 2023",
      "",
      "Thu ngân sách nhà nước trên địa bàn đạt 1.500 tỷ đồng<sup>1</sup>, tổng chi ngân sách đạt 13.207,931 tỷ",
      "",
      "<sup>1</sup> Trong đó thu nội địa 1.200 tỷ đồng.",
      "",
      "đồng, tăng 12% so với năm 2022.",
    ];
    const t = tree(lines);
    const note = blockWith(t, "thu nội địa");
    expect(note.kind).toBe("footnote");
    expect(note.footnote).toBe(1);
    expect(note.text.text.trim()).toBe("Trong đó thu nội địa 1.200 tỷ đồng.");
    const body = blockWith(t, "Thu ngân sách");
    expect(body.kind).toBe("paragraph");
    expect(body.text.text).toBe(
      "Thu ngân sách nhà nước trên địa bàn đạt 1.500 tỷ đồng, tổng chi ngân sách đạt 13.207,931 tỷ đồng, tăng 12% so với năm 2022.",
    );
    expect(body.refs.map((r) => r.n)).toEqual([1]);
    // the reference is placed at the raw offset right after its marker
    expect(t.source.text.slice(0, body.refs[0].at)).toMatch(/1\.500 tỷ đồng<sup>1<\/sup>$/);

    const fs = facts(lines);
    expect(fs.map((f) => [f.value_text, f.unit])).toEqual(
      expect.arrayContaining([
        ["1.500", "tỷ đồng"],
        ["13.207,931", "tỷ đồng"],
        ["1.200", "tỷ đồng"],
        ["12", "%"],
      ]),
    );
    expect(fs).toHaveLength(4);
    expect(fs.find((f) => f.value_text === "1.200")?.period).toBe("2023");
  });

  it("does not read <sup>15</sup> as a figure", () => {
    const fs = facts([
      ...HEAD,
      "Năm 2023, thu ngân sách đạt 1.500 tỷ đồng<sup>15</sup>; cấp mới 16<sup>16</sup> dự án.",
    ]);
    expect(fs.map((f) => [f.value_text, f.unit])).toEqual([
      ["1.500", "tỷ đồng"],
      ["16", "dự án"],
    ]);
  });

  it("finds a bare footnote marker glued to a percent sign; its note is dated where the marker stands", () => {
    const lines = [
      "BÁO CÁO",
      "Yên Phong, ngày 17 tháng 6 năm 2024",
      "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024",
      "Diện tích lúa chất lượng cao 410 ha, chiếm 64,2%1 diện tích gieo cấy; tỷ lệ hộ nghèo còn 2,1%2.",
      "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024",
      "Phấn đấu tỷ lệ hộ nghèo giảm xuống dưới 1,8%.",
      "1 Tính trên tổng diện tích gieo cấy vụ xuân 638,5 ha.",
      "2 Số liệu đến ngày 31/5/2024: toàn xã có 37 hộ nghèo.",
    ];
    const fs = facts(lines);
    expect(fs.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["410", "actual", "2024-S1"],
      ["64,2", "actual", "2024-S1"],
      ["2,1", "actual", "2024-S1"],
      // (a rate to reach by the end of the second half is the year's end: FACTS.md's "2024")
      ["1,8", "target", "2024"],
      ["638,5", "actual", "2024-S1"],
      ["37", "actual", "2024-05-31"],
    ]);
  });

  it("finds bare footnotes: a 15 glued to năm 2022 when footnote 15 exists is a marker, not a figure", () => {
    const crops = [
      "lúa",
      "ngô",
      "sắn",
      "chè",
      "cà phê",
      "mắc ca",
      "cao su",
      "đậu tương",
      "lạc",
      "rau",
      "khoai",
      "quế",
      "sơn tra",
      "thảo quả",
      "dong riềng",
    ];
    const lines = [...HEAD, "I. KẾT QUẢ THỰC HIỆN NĂM 2023", ""];
    crops.forEach((c, i) => {
      lines.push(`Diện tích ${c} đạt ${i * 100 + 120} ha, tăng ${i + 2}% so với năm 2022${i + 1}.`, "");
    });
    crops.forEach((c, i) => {
      lines.push(`${i + 1} Theo báo cáo của Sở Nông nghiệp, có ${i + 40} hộ trồng ${c}.`, "");
    });
    const t = tree(lines);
    const notes = t.blocks.filter((b) => b.kind === "footnote");
    expect(notes.map((b) => b.footnote)).toEqual(crops.map((_, i) => i + 1));
    const last = blockWith(t, "dong riềng đạt");
    expect(last.text.text).toBe("Diện tích dong riềng đạt 1520 ha, tăng 16% so với năm 2022.");
    expect(last.refs.map((r) => r.n)).toEqual([15]);

    const fs = facts(lines);
    expect(fs).toHaveLength(45);
    expect(fs.filter((f) => /^2022/.test(f.value_text))).toEqual([]);
    expect(fs.filter((f) => f.unit === "%").every((f) => f.measure === "growth" && f.base === "2022")).toBe(
      true,
    );
    expect(fs.filter((f) => f.unit === "hộ").map((f) => f.value)).toEqual(crops.map((_, i) => i + 40));
    // the note numbers at the start of the bodies are not figures either
    expect(fs.filter((f) => f.unit === "" || (f.value < 20 && f.unit !== "%"))).toEqual([]);
  });
});

describe("tables", () => {
  const LONG_ABOVE =
    "Năm 2023, trong bối cảnh còn nhiều khó khăn, thách thức, dưới sự lãnh đạo, chỉ đạo của Tỉnh ủy, sự giám sát của Hội đồng nhân dân tỉnh, Ủy ban nhân dân tỉnh đã tập trung chỉ đạo, điều hành quyết liệt, linh hoạt các nhiệm vụ, giải pháp; kinh tế tiếp tục tăng trưởng, thu ngân sách nhà nước trên địa bàn đạt 1.500 tỷ đồng, các chỉ tiêu chủ yếu đạt và vượt kế hoạch đề ra như sau.";
  const LONG_BELOW =
    "Bên cạnh kết quả đạt được, tình hình kinh tế - xã hội của tỉnh vẫn còn những hạn chế, khó khăn nhất định; tổng vốn đầu tư toàn xã hội đạt 5.120 tỷ đồng, thấp hơn so với kế hoạch đề ra, công tác giải phóng mặt bằng một số dự án còn chậm, đời sống của một bộ phận nhân dân vùng sâu, vùng xa còn nhiều khó khăn.";

  /** Rows of (label, unit, target, result) as the facts tell them. */
  function rowsOf(fs: Fact[]) {
    return fs
      .filter((f) => f.sentence.includes("|"))
      .map((f) => [f.indicator.text, f.value_text, f.value, f.unit, f.kind, f.measure, f.period]);
  }

  it("rebuilds a cell-per-line table; the target column gives targets, the result column actuals", () => {
    const lines = [
      ...HEAD,
      "I. KẾT QUẢ THỰC HIỆN NĂM 2023",
      "",
      LONG_ABOVE,
      "",
      "STT",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Kế hoạch",
      "Thực hiện",
      "1",
      "Tổng sản phẩm trên địa bàn (GRDP)",
      "tỷ đồng",
      "14.500",
      "14.955,28",
      "2",
      "Tỷ lệ hộ nghèo",
      "%",
      NBSP,
      "24,5",
      "3",
      "Số xã đạt chuẩn nông thôn mới",
      "xã",
      "45",
      "47",
      "",
      LONG_BELOW,
    ];
    const t = tree(lines);
    const rows = t.blocks.filter((b) => b.kind === "row");
    expect(rows.map((b) => b.row?.label.text)).toEqual([
      "Tổng sản phẩm trên địa bàn (GRDP)",
      "Tỷ lệ hộ nghèo",
      "Số xã đạt chuẩn nông thôn mới",
    ]);
    expect(rows.map((b) => b.row?.unit?.text)).toEqual(["tỷ đồng", "%", "xã"]);
    expect(rows.map((b) => b.row?.cells.map((c) => [c.column.header, c.text.text]))).toEqual([
      [
        ["Kế hoạch", "14.500"],
        ["Thực hiện", "14.955,28"],
      ],
      [["Thực hiện", "24,5"]], // the NBSP cell is an empty target
      [
        ["Kế hoạch", "45"],
        ["Thực hiện", "47"],
      ],
    ]);

    const fs = facts(lines);
    expect(fs.find((f) => f.value_text === "1.500")?.kind).toBe("actual");
    expect(fs.find((f) => f.value_text === "5.120")?.kind).toBe("actual");
    expect(rowsOf(fs)).toEqual([
      ["Tổng sản phẩm trên địa bàn (GRDP)", "14.500", 14500, "tỷ đồng", "target", "level", "2023"],
      ["Tổng sản phẩm trên địa bàn (GRDP)", "14.955,28", 14955.28, "tỷ đồng", "actual", "level", "2023"],
      ["Tỷ lệ hộ nghèo", "24,5", 24.5, "%", "actual", "share", "2023"],
      ["Số xã đạt chuẩn nông thôn mới", "45", 45, "xã", "target", "level", "2023"],
      ["Số xã đạt chuẩn nông thôn mới", "47", 47, "xã", "actual", "level", "2023"],
    ]);
    // Each cell is its own raw line.
    expect(fs.filter((f) => f.sentence.includes("|")).map((f) => [f.line, f.column])).toEqual([
      [lines.indexOf("14.500") + 1, 0],
      [lines.indexOf("14.955,28") + 1, 0],
      [lines.indexOf("24,5") + 1, 0],
      [lines.indexOf("45") + 1, 0],
      [lines.indexOf("47") + 1, 0],
    ]);
    expect(fs.map((f) => f.value_text)).not.toContain("1");
  });

  it("rebuilds a pipe table the same way", () => {
    const lines = [
      ...HEAD,
      "I. KẾT QUẢ THỰC HIỆN NĂM 2023",
      "",
      "Tổng vốn đầu tư toàn xã hội đạt 5.120 tỷ đồng.",
      "",
      "| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch | Thực hiện |",
      "|---|---|---|---|---|",
      "| 1 | Tổng sản phẩm trên địa bàn (GRDP) | tỷ đồng | 14.500 | 14.955,28 |",
      "| 2 | Tỷ lệ hộ nghèo | % |  | 24,5 |",
      "| 3 | Số xã đạt chuẩn nông thôn mới | xã | 45 | 47 |",
      "",
      "Sau bảng, thu ngân sách đạt 1.500 tỷ đồng.",
    ];
    const t = tree(lines);
    const rows = t.blocks.filter((b) => b.kind === "row");
    expect(
      rows.map((b) => [b.row?.label.text, b.row?.unit?.text, b.row?.cells.map((c) => c.column.header)]),
    ).toEqual([
      ["Tổng sản phẩm trên địa bàn (GRDP)", "tỷ đồng", ["Kế hoạch", "Thực hiện"]],
      ["Tỷ lệ hộ nghèo", "%", ["Thực hiện"]],
      ["Số xã đạt chuẩn nông thôn mới", "xã", ["Kế hoạch", "Thực hiện"]],
    ]);
    const fs = facts(lines);
    expect(rowsOf(fs)).toEqual([
      ["Tổng sản phẩm trên địa bàn (GRDP)", "14.500", 14500, "tỷ đồng", "target", "level", "2023"],
      ["Tổng sản phẩm trên địa bàn (GRDP)", "14.955,28", 14955.28, "tỷ đồng", "actual", "level", "2023"],
      ["Tỷ lệ hộ nghèo", "24,5", 24.5, "%", "actual", "share", "2023"],
      ["Số xã đạt chuẩn nông thôn mới", "45", 45, "xã", "target", "level", "2023"],
      ["Số xã đạt chuẩn nông thôn mới", "47", 47, "xã", "actual", "level", "2023"],
    ]);
    const row = (n: string) => lines.findIndex((l) => l.startsWith(`| ${n} |`)) + 1;
    expect(fs.filter((f) => f.sentence.includes("|")).map((f) => f.line)).toEqual([
      row("1"),
      row("1"),
      row("2"),
      row("3"),
      row("3"),
    ]);
    expect(fs.map((f) => f.value_text)).toEqual(expect.arrayContaining(["5.120", "1.500"]));
    expect(fs).toHaveLength(7);
  });

  // A table of counts by agency or commune: no "Chỉ tiêu", no unit column, no plan.
  const COUNTS = [
    ["TT", "Đơn vị", "Số đơn thư", "Đã giải quyết", "Đang giải quyết", "Tỷ lệ (%)"],
    ["1", "Thanh tra tỉnh", "40", "36", "4", "90,0"],
    ["2", "Sở Tư pháp", "25", "20", "5", "80,0"],
  ];
  /** The year's part and a line of text, above each table of these tests. */
  const ABOVE = [
    ...HEAD,
    "I. KẾT QUẢ NĂM 2023",
    "",
    "Kết quả giải quyết đơn thư của các đơn vị trong năm như sau.",
  ];
  const COUNT_FACTS = [
    ["Thanh tra tỉnh - Số đơn thư", "40", 40, "đơn thư", "actual", "level", "2023"],
    ["Thanh tra tỉnh - Đã giải quyết", "36", 36, "đơn thư", "actual", "level", "2023"],
    ["Thanh tra tỉnh - Đang giải quyết", "4", 4, "đơn thư", "actual", "level", "2023"],
    ["Thanh tra tỉnh - Tỷ lệ (%)", "90,0", 90, "%", "actual", "share", "2023"],
    ["Sở Tư pháp - Số đơn thư", "25", 25, "đơn thư", "actual", "level", "2023"],
    ["Sở Tư pháp - Đã giải quyết", "20", 20, "đơn thư", "actual", "level", "2023"],
    ["Sở Tư pháp - Đang giải quyết", "5", 5, "đơn thư", "actual", "level", "2023"],
    ["Sở Tư pháp - Tỷ lệ (%)", "80,0", 80, "%", "actual", "share", "2023"],
  ];

  it("reads a pipe table of counts: 'Số X' counts in X, the states after it too, 'Tỷ lệ (%)' is a share", () => {
    const lines = [
      ...ABOVE,
      "",
      ...COUNTS.flatMap((r, i) => [
        `| ${r.join(" | ")} |`,
        ...(i === 0 ? ["|---|---|---|---|---|---|"] : []),
      ]),
    ];
    expect(rowsOf(facts(lines))).toEqual(COUNT_FACTS);
  });

  it("reads a table laid out with spaces under a header of plain words, its units on the header's second line", () => {
    const lines = [
      ...HEAD,
      "I. KẾT QUẢ NĂM 2023",
      "",
      "Kết quả thanh tra theo lĩnh vực trong năm như sau.",
      "Lĩnh vực              Số cuộc   Sai phạm     Đã thu hồi",
      "                                (tỷ đồng)    (tỷ đồng)",
      "Đất đai                    9       7,15         3,20",
      "Xây dựng                  14      12,60         8,05",
      "",
      "Các cơ quan đã ban hành 20 kết luận.",
    ];
    expect(rowsOf(facts(lines))).toEqual([
      ["Đất đai - Số cuộc", "9", 9, "cuộc", "actual", "level", "2023"],
      ["Đất đai - Sai phạm (tỷ đồng)", "7,15", 7.15, "tỷ đồng", "actual", "level", "2023"],
      ["Đất đai - Đã thu hồi (tỷ đồng)", "3,20", 3.2, "tỷ đồng", "actual", "level", "2023"],
      ["Xây dựng - Số cuộc", "14", 14, "cuộc", "actual", "level", "2023"],
      ["Xây dựng - Sai phạm (tỷ đồng)", "12,60", 12.6, "tỷ đồng", "actual", "level", "2023"],
      ["Xây dựng - Đã thu hồi (tỷ đồng)", "8,05", 8.05, "tỷ đồng", "actual", "level", "2023"],
    ]);
    // Words in columns with no figures under them are no table.
    const prose = [
      ...HEAD,
      "Họ và tên     Chức vụ     Đơn vị",
      "Nguyễn Văn A     Trưởng phòng     Sở Tư pháp",
    ];
    expect(tree(prose).blocks.some((b) => b.kind === "row")).toBe(false);
  });

  it("rebuilds a numbered cell-per-line table with no unit column, and ends it at the next heading", () => {
    const lines = [...ABOVE, "", ...COUNTS.flat(), "", "II. TỒN TẠI", "- Còn 9 đơn thư chưa xử lý."];
    const t = tree(lines);
    expect(t.blocks.filter((b) => b.kind === "row").map((b) => b.row?.label.text)).toEqual([
      "Thanh tra tỉnh",
      "Sở Tư pháp",
    ]);
    expect(t.blocks.some((b) => b.kind === "heading" && b.text.text === "II. TỒN TẠI")).toBe(true);
    const fs = facts(lines);
    expect(rowsOf(fs)).toEqual(COUNT_FACTS);
    expect(fs.find((f) => f.value_text === "9")?.line).toBe(lines.length);
    // Without a first row that fills every column, numbered lines are no table.
    const loose = [...HEAD, "TT", "Nội dung chính", "Ghi nhận", "1", "Họp 2 lần", "2", "Khác"];
    expect(tree(loose).blocks.some((b) => b.kind === "row")).toBe(false);
  });
});

describe("what a document says of itself", () => {
  it("reads a letterhead whose lines run together with the document's type", () => {
    const source = makeSource(
      "t.txt",
      "txt",
      ["ỦY BAN NHÂN DÂN", "TỈNH ĐIỆN BIÊN", "", "BÁO CÁO", "", "Năm 2023 tỷ lệ hộ nghèo còn 24,1%."].join(
        "\n",
      ),
    );
    const { document, facts } = extractSource(source);
    expect(document.issuer).toBe("UBND tỉnh Điện Biên");
    expect(document.area).toBe("tỉnh Điện Biên");
    expect(facts.map((f) => f.area)).toEqual(["tỉnh Điện Biên"]);
  });

  it("takes the line under the document's type as its title, period and all, after the letterhead", () => {
    for (const letterhead of [
      ["ỦY BAN NHÂN DÂN", "HUYỆN TUẦN GIÁO", ""],
      ["UỶ BAN NHÂN DÂN", "HUYỆN TUẦN GIÁO", "", "Số: 120/BC-UBND", ""],
    ]) {
      const lines = [
        ...letterhead,
        "BÁO CÁO",
        "Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2024",
        "",
        "I. KẾT QUẢ",
        "",
        "Tổng sản lượng lương thực đạt 25.400 tấn.",
      ];
      const { document, facts } = extractSource(makeSource("t.txt", "txt", lines.join("\n")));
      expect(document).toMatchObject({
        title: "BÁO CÁO Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2024",
        issuer: "UBND huyện Tuần Giáo",
        area: "huyện Tuần Giáo",
        period: "2024",
      });
      expect(facts.map((f) => [f.value_text, f.period, f.area])).toEqual([
        ["25.400", "2024", "huyện Tuần Giáo"],
      ]);
    }
  });

  it("reads the period from the title's lines under a two-tier letterhead and its dateline", () => {
    const lines = [
      "UBND HUYỆN MƯỜNG LÁT",
      "UBND XÃ TAM CHUNG",
      "Số: 41/BC-UBND",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Tam Chung, ngày 15 tháng 6 năm 2025",
      "",
      "BÁO CÁO",
      "Tình hình thực hiện nhiệm vụ kinh tế - xã hội, quốc phòng - an ninh 6 tháng đầu năm 2025;",
      "phương hướng, nhiệm vụ 6 tháng cuối năm 2025",
      "",
      "Toàn xã trồng được 35 ha ngô.",
    ];
    const { document, facts } = extractSource(makeSource("t.txt", "txt", lines.join("\n")));
    expect(document.period).toBe("2025-S1");
    expect(facts.map((f) => [f.value_text, f.period])).toEqual([["35", "2025-S1"]]);
  });

  it("ends an area's name at the line and at a time word: no 'huyện Tuần Giáo Năm', no 'tỉnh III'", () => {
    const lines = [
      "BÁO CÁO",
      "Kết quả năm 2024 của huyện Tuần Giáo",
      "",
      "Năm 2024, tỷ lệ hộ nghèo còn 31,2%.",
    ];
    const { document, facts } = extractSource(makeSource("t.txt", "txt", lines.join("\n")));
    expect(document.title).toBe("BÁO CÁO Kết quả năm 2024 của huyện Tuần Giáo");
    expect(document.area).toBe("huyện Tuần Giáo");
    expect(facts.map((f) => f.area)).toEqual(["huyện Tuần Giáo"]);
    expect(findAreas("Đảng bộ tỉnh III và huyện Tuần Giáo Năm 2024").map((a) => a.area)).toEqual([
      "huyện Tuần Giáo",
    ]);
  });

  it("takes after 'tỉnh' only a province: a person's name or a region is no place", () => {
    const areas = (t: string) => findAreas(t).map((a) => a.area);
    expect(areas("Chủ tịch UBND tỉnh Trần Văn Sơn chủ trì; các tỉnh Tây Nguyên cùng dự.")).toEqual([]);
    expect(areas("Kinh tế tỉnh Bà Rịa - Vũng Tàu Năm 2024 và tỉnh Thừa Thiên Huế")).toEqual([
      "tỉnh Bà Rịa - Vũng Tàu",
      "tỉnh Thừa Thiên Huế",
    ]);
    expect(areas("UBND tỉnh Lào Cai Vũ Xuân Cường")).toEqual(["tỉnh Lào Cai"]);
    // A neighbour's unit, transliterated with hyphens, is not ours; a spaced dash ends a name.
    expect(areas("giao ban với huyện Mường-la, tỉnh Hủa-phăn")).toEqual([]);
    expect(areas("tuyến từ thành phố Sơn La - Cửa khẩu Chiềng Khương")).toEqual(["thành phố Sơn La"]);
  });

  it("does not take the year of an earlier session it compares with for the period it reports on", () => {
    const lines = [
      "BÁO CÁO",
      "Kết quả trả lời ý kiến cử tri gửi đến kỳ họp thứ 12",
      "",
      "Ủy ban nhận được 204 ý kiến, nhiều hơn 30 ý kiến so với kỳ họp cuối năm 2023 (174 ý kiến).",
      "Đã trả lời 190 ý kiến.",
    ];
    const source = makeSource("t.txt", "txt", lines.join("\n"));
    const { document, facts } = extractSource(source, { date: "2024-11-20" });
    expect(document.period).toBe("2024");
    expect(facts.find((f) => f.value_text === "190")?.period).toBe("2024");
    expect(facts.find((f) => f.value_text === "174")?.period).toBe("2023");
  });
});

describe("an official letter's subject line", () => {
  it("'V/v báo cáo …' is no heading numbered V; 'V. KẾT QUẢ' and 'II/ Tồn tại' are", () => {
    expect(headingNumbering("V/v báo cáo tình hình giải ngân")).toBeNull();
    expect(headingNumbering("V/V: báo cáo kết quả")).toBeNull();
    expect(headingNumbering("V. KẾT QUẢ")?.numbering).toBe("V");
    expect(headingNumbering("II/ Tồn tại, hạn chế")?.numbering).toBe("II");
  });
});
