/**
 * The number grammar: how numerals are decoded, what is read around them (ranges, totals, units,
 * qualifiers), what is not a figure, the period expressions, and the measure a sentence gives a
 * figure. Runs on the built modules (`npm run build` first; `npm test` does it).
 */

import { describe, expect, it } from "vitest";
import { extractSource } from "../dist/facts/extract.js";
import type { Fact } from "../dist/facts/types.js";
import { decodeNumber } from "../dist/numbers/decode.js";
import { type NumberToken, scanNumbers } from "../dist/numbers/tokens.js";
import { readUnit } from "../dist/numbers/units.js";
import { findPeriods } from "../dist/periods/mentions.js";
import { makeSource } from "../dist/text/source.js";

/** The token whose text as written (start..end) is `written`. */
function token(text: string, written: string): NumberToken {
  const all = scanNumbers(text);
  const t = all.find((x) => text.slice(x.start, x.end) === written);
  if (!t)
    throw new Error(
      `no token ${JSON.stringify(written)} in ${JSON.stringify(all.map((x) => text.slice(x.start, x.end)))}`,
    );
  return t;
}

/** The numbers of a text that are read as figures (not skipped), as written. */
function figures(text: string): string[] {
  return scanNumbers(text)
    .filter((t) => !t.skip)
    .map((t) => text.slice(t.start, t.end));
}

/** A dated report (so results of 2023 are results, not estimates) around `body`. */
const HEAD = "BÁO CÁO\n\nĐiện Biên, ngày 20 tháng 12 năm 2023\n\n";

/** The facts of `body`; every one must stand at its line and column. */
function facts(body: string): Fact[] {
  const text = HEAD + body;
  const out = extractSource(makeSource("t.txt", "txt", text)).facts;
  const lines = text.split("\n");
  for (const f of out)
    expect(lines[f.line - 1].startsWith(f.value_text, f.column), `${f.line}:${f.column}`).toBe(true);
  return out;
}

function fact(body: string, written: string): Fact {
  const all = facts(body);
  const f = all.find((x) => x.value_text === written);
  if (!f)
    throw new Error(`no fact ${JSON.stringify(written)} in ${JSON.stringify(all.map((x) => x.value_text))}`);
  return f;
}

describe("decodeNumber", () => {
  it.each([
    ["14.955,28", 14955.28],
    ["13.207,931", 13207.931],
    ["1.234.567", 1234567],
    ["8.000", 8000],
    ["7,86", 7.86],
    ["02", 2],
    ["120", 120],
    ["-0,57", -0.57],
  ])("a dot groups thousands, a comma marks decimals: %s → %d", (text, value) => {
    expect(decodeNumber(text)).toBe(value);
  });

  it("reads a dot followed by one or two digits as a decimal point (897.72)", () => {
    expect(decodeNumber("897.72")).toBe(897.72);
    expect(decodeNumber("3.5")).toBe(3.5);
  });

  it("keeps a comma followed by three digits a decimal comma (175,058 km)", () => {
    expect(decodeNumber("175,058")).toBe(175.058);
  });
});

describe("scanNumbers: what is read around a number", () => {
  it("reads the unit after the number", () => {
    const s = "GRDP ước đạt 14.955,28 tỷ đồng, tăng 7,86% so với năm 2022.";
    expect(token(s, "14.955,28")).toMatchObject({ value: 14955.28, unit: "tỷ đồng", form: "plain" });
    expect(token(s, "7,86")).toMatchObject({ value: 7.86, unit: "%" });
    expect(token("Chiều dài 175,058 km đường.", "175,058")).toMatchObject({ value: 175.058, unit: "km" });
    expect(token("Giá trị đạt 897.72 triệu đồng.", "897.72")).toMatchObject({
      value: 897.72,
      unit: "triệu đồng",
    });
  });

  it("reads 701 tỷ 500 triệu as one amount of 701.5 tỷ đồng", () => {
    const s = "Vốn đầu tư 701 tỷ 500 triệu đồng.";
    const [t] = scanNumbers(s);
    expect(t.value).toBe(701.5);
    expect(t.unit).toBe("tỷ đồng");
    expect(s.slice(t.start, t.end)).toMatch(/^701 tỷ 500 triệu/);
    expect(scanNumbers(s)).toHaveLength(1);
  });

  it("reads ranges with their upper bound", () => {
    expect(token("Sản lượng đạt 8.000-8.500 tấn.", "8.000-8.500")).toMatchObject({
      form: "range",
      value: 8000,
      valueMax: 8500,
      unit: "tấn",
    });
    const pct = scanNumbers("Tỷ lệ đạt 65%-70%.");
    expect(pct).toHaveLength(1);
    expect(pct[0]).toMatchObject({ form: "range", value: 65, valueMax: 70, unit: "%" });
  });

  it("reads bounds written as symbols: <60, > 98", () => {
    const s = "Tỷ lệ hộ nghèo <60% và độ che phủ > 98%.";
    expect(token(s, "60")).toMatchObject({ value: 60, unit: "%", qualifier: "<" });
    expect(token(s, "98")).toMatchObject({ value: 98, unit: "%", qualifier: ">" });
  });

  it.each([
    ["Có trên 120 doanh nghiệp.", "120", ">"],
    ["Có hơn 300 hộ thoát nghèo.", "300", ">"],
    ["Có khoảng 50 xã có chợ.", "50", "~"],
    ["Có gần 20 trường đạt chuẩn.", "20", "~"],
    ["Còn dưới 10 cơ sở vi phạm.", "10", "<"],
    ["Khởi công tối thiểu 5 dự án.", "5", ">"],
    ["Có 100 hộ trở lên tham gia.", "100", ">"],
    ["Có 120 doanh nghiệp.", "120", ""],
  ])("qualifier of %j", (s, written, q) => {
    expect(token(s, written).qualifier).toBe(q);
  });

  it("reads a count of a total (47/50) and a rank (xếp thứ 4/14) with their total", () => {
    expect(token("Đã có 47/50 xã đạt chuẩn.", "47/50")).toMatchObject({
      form: "fraction",
      value: 47,
      total: 50,
      unit: "xã",
    });
    expect(token("Tỉnh xếp thứ 4/14 tỉnh trong vùng.", "4/14")).toMatchObject({ value: 4, total: 14 });
  });

  it("reads the units lần, ‰, điểm %, %/năm", () => {
    expect(token("Doanh thu tăng 2,13 lần.", "2,13")).toMatchObject({ value: 2.13, unit: "lần" });
    expect(token("Tỷ suất sinh 14,5‰.", "14,5")).toMatchObject({ value: 14.5, unit: "‰" });
    expect(token("Tỷ lệ giảm 0,5 điểm %.", "0,5")).toMatchObject({ value: 0.5, unit: "điểm %" });
    expect(token("Thu nhập tăng 7,5%/năm.", "7,5")).toMatchObject({ value: 7.5, unit: "%/năm" });
    expect(token("Thu nhập đạt 43,09 triệu đồng/người.", "43,09")).toMatchObject({
      unit: "triệu đồng/người",
    });
  });

  it("reads units glued to the number: 139.626,7ha and 80,3%NQ", () => {
    expect(token("Diện tích 139.626,7ha rừng.", "139.626,7")).toMatchObject({ value: 139626.7, unit: "ha" });
    expect(token("Đạt 80,3%NQ đề ra.", "80,3")).toMatchObject({ value: 80.3, unit: "%", glued: "NQ" });
    expect(token("Đạt 101,63%KH.", "101,63")).toMatchObject({ unit: "%", glued: "KH" });
  });

  it("readUnit matches the longest unit first", () => {
    expect(readUnit(" nghìn tỷ đồng trở lên")?.unit).toBe("nghìn tỷ đồng");
    expect(readUnit(" triệu đồng/người/năm")?.unit).toBe("triệu đồng/người/năm");
    // (floor area per head, "sàn" saying what the square metres are of)
    expect(readUnit(" m² sàn/người; ước cả năm")).toMatchObject({ unit: "m²/người", length: 13 });
    expect(readUnit(" m2 sàn/người")?.unit).toBe("m²/người");
    expect(readUnit(" hộ gia đình")).toMatchObject({ unit: "hộ gia đình", counter: true });
    expect(readUnit(" trong năm")).toBeNull();
  });

  it("readUnit does not take a plan after a slash for a per-unit", () => {
    expect(readUnit(" triệu đồng/NQ năm 2025 là 55 triệu đồng")?.unit).toBe("triệu đồng");
    expect(readUnit("%/KH 25%")?.unit).toBe("%");
    expect(readUnit(" triệu đồng/người/năm")?.unit).toBe("triệu đồng/người/năm");
  });

  it("counts bodies named with a capital in the name of their kind, and medals written as initials", () => {
    expect(token("Đã giải thể 10 Ban Chỉ huy Quân sự cấp huyện.", "10").unit).toBe("ban");
    expect(token("Sáp nhập còn 3 Sở, ngành.", "3").unit).toBe("sở");
    expect(token("Giành 06 HCV, 03 HCB tại đại hội.", "06").unit).toBe("huy chương vàng");
  });

  it("readUnit reads 'tỷ' typed without its mark", () => {
    expect(readUnit(" ty đồng, tăng 7,8%")?.unit).toBe("tỷ đồng");
    expect(readUnit(" Ty USD")?.unit).toBe("tỷ USD");
    expect(readUnit(" tyre")).toBeNull();
  });
});

describe("scanNumbers: numbers that are not figures", () => {
  it("skips years and year spans", () => {
    expect(figures("Năm 2023, so với năm 2022, giai đoạn 2021-2025, nhiệm kỳ 2020 - 2025.")).toEqual([]);
    expect(token("Kết quả năm 2023.", "2023").skip).toBe("year");
  });

  it("skips dates", () => {
    expect(figures("Ngày 19/6/2023, đến 6/2023, từ ngày 07/5/1954.")).toEqual([]);
    expect(token("Ngày 19/6/2023 họp.", "19/6/2023").skip).toBe("date");
    expect(token("Đến 6/2023 có.", "6/2023").skip).toBe("date");
    expect(figures("Ngày 15 tháng 5 năm 2020, tỉnh họp.")).toEqual([]);
    // A day and month after a time of day: no result over its target.
    expect(figures("Chiều 18/3, Thường trực Huyện ủy làm việc với 12 xã.")).toEqual(["12"]);
    expect(token("Sáng 25/11, UBND tỉnh họp.", "25/11").skip).toBe("date");
  });

  it.each([
    "Thực hiện Nghị quyết số 20-NQ/TU của Tỉnh ủy.",
    "Thực hiện Quyết định 1300/QĐ-BYT của Bộ Y tế.",
    "Theo Nghị quyết 05/2018/NQ-HĐND của HĐND tỉnh.",
    "Theo Kế hoạch số 125/KH-UBND của UBND tỉnh.",
  ])("skips document symbols: %s", (s) => {
    expect(figures(s)).toEqual([]);
  });

  it.each([
    "Ứng dụng công nghệ 4.0 trong sản xuất.",
    "Phủ sóng 3G đến các xã.",
    "Nâng cấp Quốc lộ 12D qua huyện.",
    "HĐND tỉnh khóa XV tổ chức kỳ họp thứ 5.",
    "Cuộc cách mạng công nghiệp 4.0 đang diễn ra.",
    "Thủy điện Nậm Pô 5A đã khởi công.",
    "Hoàn thành thủy điện Sông Lô 3, đưa vào vận hành.",
    "Cấp phép khai thác cát tại bãi bồi bản Nà Lừa 2, xã Chiềng Mai.",
    "Đưa giống lúa Bắc Thơm 7 vào cơ cấu cây trồng.",
    "Ông Trần Văn Bảy (ấp 4, xã Mỹ Hiệp) trồng xoài.",
    "Phường 9 đang lập quy hoạch khu dân cư.",
    "Sản phẩm khô cá lóc được công nhận OCOP 4 sao.",
    "Đẩy nhanh giải phóng mặt bằng đường Vành đai 4 qua địa bàn.",
    "Môn Lịch sử có nhiều bài thi đạt điểm 10.",
  ])("skips numbers in names: %s", (s) => {
    expect(figures(s)).toEqual([]);
  });

  it("keeps a figure next to a name: kỳ họp thứ 5 passed 20 resolutions", () => {
    expect(figures("Tại kỳ họp thứ 5, HĐND tỉnh đã thông qua 20 nghị quyết.")).toEqual(["20"]);
    // A capitalised place before a count with its noun: the count is a figure.
    expect(figures("Toàn huyện Mường Tè 14 xã đạt chuẩn nông thôn mới.")).toEqual(["14"]);
  });

  it("skips list markers (1), 2)", () => {
    expect(token("(1) Kinh tế tăng trưởng khá.", "1").skip).toBe("list");
    expect(figures("Các nhiệm vụ: 2) Phát triển du lịch.")).toEqual([]);
  });
});

describe("findPeriods", () => {
  const code = (s: string) => findPeriods(s).map((p) => p.code);

  it.each([
    ["6 tháng đầu năm 2023", "2023-S1"],
    ["6 tháng cuối năm 2023", "2023-S2"],
    ["quý III/2023", "2023-Q3"],
    ["quý I năm 2024", "2024-Q1"],
    ["tháng 6/2023", "2023-06"],
    ["đến ngày 19/6/2023", "2023-06-19"],
    ["ngày 26 tháng 5 năm 2020", "2020-05-26"],
    ["đến 31/12/2024", "2024"],
    ["10 tháng năm 2023", "2023-01/2023-10"],
    ["giai đoạn 2021-2025", "2021/2025"],
    ["nhiệm kỳ 2020 - 2025", "2020/2025"],
    ["năm 2023", "2023"],
  ])("%s → %s", (text, expected) => {
    expect(code(text)).toEqual([expected]);
  });

  it("marks a stock date: đến ngày 19/6/2023, đến 6/2023, đến hết năm 2025", () => {
    expect(findPeriods("đến ngày 19/6/2023")[0]).toMatchObject({
      code: "2023-06-19",
      until: true,
      base: false,
    });
    expect(findPeriods("đến 6/2023")[0]).toMatchObject({ code: "2023-06", until: true });
    expect(findPeriods("đến hết năm 2025")[0]).toMatchObject({ code: "2025", until: true });
  });

  it("dates a day 'of the next year' one year on: đến ngày 31/1 năm sau", () => {
    expect(findPeriods("đến ngày 31/1 năm sau", { year: 2024, month: 11 }).map((p) => p.code)).toEqual([
      "2025-01-31",
    ]);
    expect(findPeriods("đến ngày 31/1", { year: 2024, month: 11 }).map((p) => p.code)).not.toContain(
      "2025-01-31",
    );
  });

  it("marks the comparison base: so với năm 2022", () => {
    const ps = findPeriods("Năm 2023, GRDP tăng 7,86% so với năm 2022.");
    expect(ps.map((p) => [p.code, p.base])).toEqual([
      ["2023", false],
      ["2022", true],
    ]);
    expect(findPeriods("tăng 5% so với cùng kỳ năm 2022")[0]).toMatchObject({ code: "2022", base: true });
  });

  it("marks a price base: giá so sánh năm 2010", () => {
    expect(findPeriods("theo giá so sánh năm 2010")[0]).toMatchObject({
      code: "2010",
      base: true,
      price: true,
    });
  });

  it("does not take an amount for a year: 2.023 tấn, 2023 tấn", () => {
    expect(findPeriods("sản lượng đạt 2.023 tấn")).toEqual([]);
    expect(findPeriods("sản lượng đạt 2023 tấn")).toEqual([]);
  });
});

describe("facts: the measure, kind and period a sentence gives a figure", () => {
  it("a level and its growth against a base year", () => {
    const body =
      "Năm 2023, tổng sản phẩm trên địa bàn (GRDP) ước đạt 14.955,28 tỷ đồng, tăng 7,86% so với năm 2022.";
    expect(fact(body, "14.955,28")).toMatchObject({
      value: 14955.28,
      unit: "tỷ đồng",
      measure: "level",
      kind: "estimate",
      period: "2023",
    });
    const g = fact(body, "7,86");
    expect(g).toMatchObject({ value: 7.86, unit: "%", measure: "growth", period: "2023", base: "2022" });
    expect(facts(body)).toHaveLength(2);
  });

  it("701 tỷ 500 triệu đồng → 701.5 tỷ đồng", () => {
    const [f] = facts("Năm 2023, vốn đầu tư đạt 701 tỷ 500 triệu đồng.");
    expect(f).toMatchObject({
      value: 701.5,
      unit: "tỷ đồng",
      measure: "level",
      kind: "actual",
      period: "2023",
    });
  });

  it("ranges give value_max", () => {
    const body = "Năm 2023, sản lượng lương thực đạt 8.000-8.500 tấn; tỷ lệ che phủ rừng đạt 65%-70%.";
    expect(fact(body, "8.000-8.500")).toMatchObject({
      value: 8000,
      value_max: 8500,
      unit: "tấn",
      measure: "level",
    });
    const pct = facts(body).find((f) => f.value === 65);
    expect(pct).toMatchObject({ value_max: 70, unit: "%", measure: "share" });
    expect(pct?.value_text).toMatch(/^65%-70/);
  });

  it("bounds and word qualifiers", () => {
    const body = "Năm 2023, tỷ lệ hộ nghèo <60% và tỷ lệ tiêm chủng > 98%.";
    expect(fact(body, "60")).toMatchObject({ measure: "share", qualifier: "<" });
    expect(fact(body, "98")).toMatchObject({ measure: "share", qualifier: ">" });
    const q = facts(
      "Năm 2023, có trên 120 doanh nghiệp thành lập mới, khoảng 50 xã có chợ, dưới 10 cơ sở vi phạm, 100 hộ trở lên tham gia.",
    ).map((f) => [f.value, f.qualifier]);
    expect(q).toEqual([
      [120, ">"],
      [50, "~"],
      [10, "<"],
      [100, ">"],
    ]);
  });

  it("count_of_total (47/50) and rank (xếp thứ 4/14) with total", () => {
    const body = "Năm 2023, chỉ số PCI xếp thứ 4/14 tỉnh trong vùng; có 47/50 xã đạt chuẩn nông thôn mới.";
    expect(fact(body, "4/14")).toMatchObject({ value: 4, total: 14, measure: "rank" });
    expect(fact(body, "47/50")).toMatchObject({
      value: 47,
      total: 50,
      unit: "xã",
      measure: "count_of_total",
    });
  });

  it("thousands cut by a stray space in a PDF's text are one amount; two figures side by side stay two", () => {
    const body =
      "Năm 2025, thu nội địa ước đạt 312. 480 tỷ đồng, chi trả nợ 2 415,8 tỷ đồng; quý 4 100% xã hoàn thành. Có 3 lớp 120 học sinh.";
    expect(fact(body, "312. 480")).toMatchObject({ value: 312480, unit: "tỷ đồng" });
    expect(fact(body, "2 415,8")).toMatchObject({ value: 2415.8, unit: "tỷ đồng" });
    expect(fact(body, "100")).toMatchObject({ value: 100, unit: "%" });
    expect(fact(body, "120")).toMatchObject({ value: 120, unit: "học sinh" });
  });

  it("a rate over a round number of people (47,5/100.000 dân) is no count of a total", () => {
    const body =
      "Năm 2024, tỷ lệ mắc lao mới là 52,3/100.000 dân; tử vong trẻ dưới 1 tuổi 9,8/1.000 trẻ đẻ sống; 18/100 hộ có vườn mẫu.";
    expect(fact(body, "52,3")).toMatchObject({ value: 52.3, unit: "/100.000 dân", measure: "rate" });
    expect(fact(body, "52,3").total).toBeUndefined();
    expect(fact(body, "9,8")).toMatchObject({ unit: "/1.000 trẻ đẻ sống", measure: "rate" });
    expect(fact(body, "18/100")).toMatchObject({ total: 100, unit: "hộ", measure: "count_of_total" });
  });

  it("a rate beside the rate its issuer set, and a signed percent after a comma, are what they say", () => {
    const body =
      "Năm 2023, điều tra, khám phá 188/203 vụ, đạt 92,6% (chỉ tiêu Bộ Công an giao trên 85%); phát hiện 96 vụ buôn lậu (tăng 11 vụ, +12,9%), tai nạn giao thông 140 vụ (giảm 9 vụ, -6,0%); thu ngân sách đạt 104% kế hoạch tỉnh giao 800 tỷ đồng.";
    expect(fact(body, "92,6")).toMatchObject({ measure: "share", kind: "actual" });
    expect(fact(body, "85")).toMatchObject({ measure: "share", kind: "target", qualifier: ">" });
    expect(fact(body, "+12,9")).toMatchObject({ value: 12.9, measure: "growth" });
    expect(fact(body, "-6,0")).toMatchObject({ value: -6, measure: "growth" });
    expect(fact(body, "104")).toMatchObject({ measure: "pct_of_target" });
  });

  it("a verb before what it moves, then the percent it moves it by, is growth ('giảm số vụ cháy 10% so với năm 2022')", () => {
    const body =
      "Năm 2023 kéo giảm tội phạm ma túy từ 5% trở lên so với năm 2022; giảm số vụ cháy 10% so với năm 2022; tăng cường kiểm tra 95% cơ sở.";
    expect(fact(body, "5")).toMatchObject({ measure: "growth", base: "2022" });
    expect(fact(body, "10")).toMatchObject({ measure: "growth", base: "2022" });
    expect(fact(body, "95")).toMatchObject({ measure: "share" });
  });

  it("money per one of those counted (tỷ đồng/doanh nghiệp, triệu đồng/khách hàng) is a rate; a price per kg stays a level", () => {
    const body =
      "Năm 2023, vốn đăng ký bình quân 9,6 tỷ đồng/doanh nghiệp; dư nợ bình quân 48,2 triệu đồng/khách hàng; giá lúa 7.200 đồng/kg.";
    expect(fact(body, "9,6")).toMatchObject({ unit: "tỷ đồng/doanh nghiệp", measure: "rate" });
    expect(fact(body, "48,2")).toMatchObject({ unit: "triệu đồng/khách hàng", measure: "rate" });
    expect(fact(body, "7.200")).toMatchObject({ unit: "đồng/kg", measure: "level" });
  });

  it("'nông thôn 25,8 m²/người' is a figure of the countryside, not hamlet number 25", () => {
    const body =
      "Năm 2023, diện tích nhà ở bình quân đô thị 31,2 m²/người, nông thôn 25,8 m²/người; thôn 5 có 120 hộ.";
    expect(fact(body, "25,8")).toMatchObject({ value: 25.8, unit: "m²/người", measure: "rate" });
    expect(facts(body).map((f) => f.value_text)).toEqual(["31,2", "25,8", "120"]);
  });

  it("two counts of one case joined by a slash (27 vụ/41 đối tượng) are two figures, not a rate", () => {
    const body =
      "Năm 2025, khởi tố 27 vụ/41 bị can, bắt giữ 312 vụ/1.046 đối tượng; có 11,2 bác sĩ/1 vạn dân và 5 tổ/18.189 lượt tuần tra.";
    expect(fact(body, "27")).toMatchObject({ value: 27, unit: "vụ", measure: "level" });
    expect(fact(body, "41")).toMatchObject({ value: 41, unit: "bị can", measure: "level" });
    expect(fact(body, "41").indicator.text).toBe(fact(body, "27").indicator.text);
    expect(fact(body, "1.046")).toMatchObject({ value: 1046, unit: "đối tượng" });
    expect(fact(body, "11,2")).toMatchObject({ unit: "bác sĩ/1 vạn dân", measure: "rate" });
    expect(fact(body, "18.189")).toMatchObject({ value: 18189, unit: "lượt" });
    // (no figure is read inside a rate's unit)
    expect(facts(body).filter((f) => f.value === 1)).toEqual([]);
  });

  it("multiple (2,13 lần), rate (‰, per person), change in points (điểm %)", () => {
    expect(fact("Năm 2023, doanh thu du lịch tăng 2,13 lần so với năm 2022.", "2,13")).toMatchObject({
      unit: "lần",
      measure: "multiple",
      base: "2022",
    });
    const body = "Năm 2023, tỷ suất sinh thô 14,5‰; tỷ lệ hộ nghèo giảm 2,5 điểm % so với năm 2022.";
    expect(fact(body, "14,5")).toMatchObject({ unit: "‰", measure: "rate" });
    const pts = fact(body, "2,5");
    expect(pts).toMatchObject({ unit: "điểm %", measure: "change", base: "2022" });
    expect(Math.abs(pts.value)).toBe(2.5);
    expect(fact("Năm 2023, thu nhập bình quân đầu người đạt 43,09 triệu đồng/người.", "43,09")).toMatchObject(
      { unit: "triệu đồng/người", measure: "rate" },
    );
  });

  it("a yearly growth over a plan span (%/năm)", () => {
    expect(fact("Giai đoạn 2021-2025, thu nhập bình quân đầu người tăng 7,5%/năm.", "7,5")).toMatchObject({
      unit: "%/năm",
      measure: "growth",
      period: "2021/2025",
    });
  });

  it("glued units: 139.626,7ha is a level in ha, 80,3%NQ is a percentage of the resolution", () => {
    const body = "Năm 2023, diện tích rừng trồng đạt 139.626,7ha; tỷ lệ che phủ rừng đạt 80,3%NQ.";
    expect(fact(body, "139.626,7")).toMatchObject({ value: 139626.7, unit: "ha", measure: "level" });
    expect(fact(body, "80,3")).toMatchObject({ unit: "%", measure: "pct_of_target", base: "resolution" });
  });

  it("pct_of_target against the budget estimate, score of an index", () => {
    expect(fact("Năm 2023, thu ngân sách đạt 1.500 tỷ đồng, bằng 110% dự toán.", "110")).toMatchObject({
      measure: "pct_of_target",
      base: "budget_estimate",
    });
    expect(fact("Năm 2023, chỉ số PAR Index đạt 86,30 điểm.", "86,30")).toMatchObject({
      value: 86.3,
      measure: "score",
    });
  });

  it("decimal conventions survive into facts: 175,058 km, 897.72, 13.207,931", () => {
    const body =
      "Năm 2023, chiều dài đường giao thông 175,058 km; giá trị sản xuất đạt 897.72 tỷ đồng, tổng chi 13.207,931 tỷ đồng.";
    expect(facts(body).map((f) => [f.value_text, f.value, f.unit])).toEqual([
      ["175,058", 175.058, "km"],
      ["897.72", 897.72, "tỷ đồng"],
      ["13.207,931", 13207.931, "tỷ đồng"],
    ]);
  });

  it("kinds: target (phấn đấu), forecast (dự báo), estimate (ước đạt)", () => {
    expect(fact("Năm 2024, phấn đấu tốc độ tăng trưởng GRDP đạt 8,5%.", "8,5")).toMatchObject({
      kind: "target",
      period: "2024",
    });
    expect(fact("Dự báo năm 2024, giá cả tăng khoảng 4%.", "4")).toMatchObject({
      kind: "forecast",
      qualifier: "~",
    });
    expect(fact("Năm 2023, sản lượng lương thực ước đạt 270.000 tấn.", "270.000").kind).toBe("estimate");
  });

  it("periods of figures: half-year, quarter, month, stock day, months to date", () => {
    expect(fact("6 tháng đầu năm 2023, thu ngân sách đạt 800 tỷ đồng.", "800").period).toBe("2023-S1");
    expect(fact("Quý III/2023, thu ngân sách đạt 400 tỷ đồng.", "400").period).toBe("2023-Q3");
    expect(fact("Tháng 6/2023, thu ngân sách đạt 150 tỷ đồng.", "150").period).toBe("2023-06");
    expect(fact("Đến ngày 19/6/2023, toàn tỉnh có 120 doanh nghiệp.", "120").period).toBe("2023-06-19");
    expect(fact("10 tháng năm 2023, thu ngân sách đạt 1.200 tỷ đồng.", "1.200").period).toBe(
      "2023-01/2023-10",
    );
  });

  it("no facts from years, dates, symbols and names", () => {
    const body = [
      "Năm 2023, thực hiện Nghị quyết số 20-NQ/TU ngày 19/6/2023 của Tỉnh ủy, Quyết định 1300/QĐ-BYT của Bộ Y tế và Nghị quyết 05/2018/NQ-HĐND của HĐND tỉnh.",
      "",
      "Đến tháng 6/2023, tỉnh ứng dụng công nghệ 4.0, phủ sóng 3G, nâng cấp Quốc lộ 12D theo nghị quyết của HĐND tỉnh khóa XV tại kỳ họp thứ 5.",
    ].join("\n");
    expect(facts(body)).toEqual([]);
  });

  it("a figure takes an indicator from the words before it, not from an item before a semicolon", () => {
    const body =
      "Công nghiệp tiếp tục thúc đẩy tăng trưởng kinh tế toàn ngành; tổng vốn đầu tư toàn xã hội tiếp tục tăng khá (tăng 14,36% so với cùng kỳ).";
    // The growth is the investment's (the catalogue gives an indicator's growth its code), not
    // the economy's named before the semicolon.
    expect(fact(body, "14,36").indicator.code).toBe("total_investment");
    expect(fact("Năm 2023, tốc độ tăng trưởng kinh tế đạt 7,86%.", "7,86").indicator.code).toBe(
      "grdp_growth",
    );
  });

  it("a target written beside its result: the result keeps its measure, the target takes its terms", () => {
    const growth = facts("Năm 2023, tốc độ tăng trưởng kinh tế đạt 7,5% (kế hoạch 7,0%).");
    // (The result is an estimate or actual as the document's date says; the target is a target.)
    expect(growth.map((f) => [f.value_text, f.measure, f.kind === "target", f.indicator.code])).toEqual([
      ["7,5", "growth", false, "grdp_growth"],
      ["7,0", "growth", true, "grdp_growth"],
    ]);
    const poverty = fact("Năm 2023, tỷ lệ hộ nghèo còn 24,1% (KH: giảm còn 23%).", "23");
    expect([poverty.measure, poverty.kind, poverty.indicator.code]).toEqual([
      "share",
      "target",
      "poverty_rate",
    ]);
    // A year after the plan word is the plan's year: still a percentage of the plan.
    expect(fact("Năm 2024, thu ngân sách đạt 1.200 tỷ đồng, bằng 98% kế hoạch 2024.", "98").measure).toBe(
      "pct_of_target",
    );
  });

  it("points, not percent: enrolment rates and what exceeds a target after a share", () => {
    const enrolment = facts(
      "So với năm 2020, huy động học sinh 15 tuổi vào lớp 10 vượt 18,6%; học sinh trong độ tuổi 15-18 học THPT tăng 11,7%.",
    );
    expect(enrolment.map((f) => [f.value_text, f.measure])).toEqual([
      ["18,6", "change"],
      ["11,7", "change"],
    ]);
    const party = facts(
      "Hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ, không có tổ chức yếu kém, vượt 8,5% NQ.",
    );
    expect(party.map((f) => [f.value_text, f.measure])).toEqual([
      ["90", "share"],
      ["8,5", "change"],
    ]);
    // Ages and grades say who is counted; an average age and a count of classes are figures.
    expect(
      facts(
        "Năm 2023, trẻ em từ 5 đến dưới 12 tuổi tiêm mũi 1 đạt 99,8%; lớp 5, lớp 8 học chương trình mới.",
      ).map((f) => f.value_text),
    ).toEqual(["99,8"]);
    expect(
      facts("Năm 2023, tuổi thọ trung bình đạt 73,5 tuổi; toàn huyện có 971 lớp.").map((f) => f.value_text),
    ).toEqual(["73,5", "971"]);
    // A disbursement rate is against the capital planned.
    expect(fact("Năm 2023, tỷ lệ giải ngân vốn đầu tư công chỉ đạt 28,26%.", "28,26").measure).toBe(
      "pct_of_target",
    );
    // Capital mobilised is an amount: its rise is growth.
    expect(fact("Năm 2023, huy động vốn ngoài ngân sách tăng 34,86%.", "34,86").measure).toBe("growth");
  });

  it("reads the figure after 'dân số' and a count after 'xếp loại'; keeps document numbers and classes out", () => {
    const out = facts(
      "Năm 2023, tỷ lệ nhiễm HIV còn sống/dân số 0,52%; số đảng viên đã đánh giá, xếp loại 42.129 đảng viên; tỷ lệ phát triển dân số 1,62%.",
    );
    expect(out.map((f) => f.value_text)).toEqual(["0,52", "42.129", "1,62"]);
    expect(facts("Thực hiện Kế hoạch số 125 của UBND tỉnh, xây dựng đô thị loại 3.")).toEqual([]);
  });

  it("three or more joined by dashes are a list of figures, two a range", () => {
    const text = "(năm 2020 tương ứng là 34,6% - 20,9% - 38,7% - 5,8%); tăng 7,5 - 8%/năm";
    expect(figures(text)).toEqual(["34,6", "20,9", "38,7", "5,8", "7,5 - 8"]);
    expect(token(text, "20,9").form).toBe("plain");
    expect(token(text, "7,5 - 8").form).toBe("range");
  });

  it("the metres of a chainage are part of its name: 'Km18+400', 'TH1+2'", () => {
    expect(figures("Tuyến dài 28,46 km, từ Km18+400 đến Km46+860; lưu TH1+2.")).toEqual(["28,46"]);
    expect(figures("Khu vực dịch vụ tăng trưởng dương (+3,63%).")).toEqual(["+3,63"]);
  });

  it("a magnitude takes the count or measure after it, a measure keeps its own", () => {
    const out = facts(
      "Năm 2020, khách du lịch đạt 910 ngàn lượt; luân chuyển hành khách 459,61 triệu lượt HK.Km; đàn gia cầm 4.691 nghìn con; làm mới 175,058 km đường; có 01 nhà máy thủy điện.",
    );
    expect(out.map((f) => [f.value_text, f.unit])).toEqual([
      ["910", "ngàn lượt"],
      ["459,61", "triệu lượt HK.Km"],
      ["4.691", "nghìn con"],
      ["175,058", "km"],
      ["01", "nhà máy"],
    ]);
  });
});
