/**
 * The resolvers one by one, on single sentences written for these tests in the styles of many
 * provinces, districts and communes (statistics offices' releases, council sessions, congress
 * resolutions, news pages that name neither their year nor their place). Each test states what a
 * reader of Vietnamese reports takes for granted; the `why` of a fact names the rule that decided.
 * Runs on the built modules (`npm run build` first; `npm test` does it).
 */

import { describe, expect, it } from "vitest";
import { extractSource } from "../dist/facts/extract.js";
import type { DocumentHints, Fact } from "../dist/facts/types.js";
import { isoDate, periodEnd, periodStart, refDate } from "../dist/periods/codes.js";
import { findPeriods } from "../dist/periods/mentions.js";
import { makeSource } from "../dist/text/source.js";

/** What a user knows of a news page from a province: published mid-October 2024. */
const PAGE: DocumentHints = { date: "2024-10-15", area: "tỉnh Hà Giang" };

function read(text: string, hints: DocumentHints = PAGE) {
  const r = extractSource(makeSource("t.txt", "txt", text), hints);
  const lines = text.split("\n");
  for (const f of r.facts)
    expect(lines[f.line - 1].startsWith(f.value_text, f.column), `${f.line}:${f.column}`).toBe(true);
  return r;
}

function facts(text: string, hints: DocumentHints = PAGE): Fact[] {
  return read(text, hints).facts;
}

/** The fact written `written` (its value_text). */
function fact(text: string, written: string, hints: DocumentHints = PAGE): Fact {
  const all = facts(text, hints);
  const f = all.find((x) => x.value_text === written);
  if (!f) throw new Error(`no fact ${written} in ${JSON.stringify(all.map((x) => x.value_text))}`);
  return f;
}

const labels = (f: Fact) => [f.value_text, f.measure, f.kind, f.period];

describe("periods named without a year are dated by when the text was written", () => {
  const ref = { year: 2024, month: 10 };
  const code = (text: string) => findPeriods(text, ref).map((p) => p.code);

  it("months to date, quarters, months, days and this year", () => {
    expect(code("lũy kế 9 tháng")).toEqual(["2024-01/2024-09"]);
    expect(code("9 tháng đầu năm")).toEqual(["2024-01/2024-09"]);
    expect(code("6 tháng đầu năm")).toEqual(["2024-S1"]);
    expect(code("quý III")).toEqual(["2024-Q3"]);
    // (months to date as a table's header shortens them)
    expect(code("9T/2023")).toEqual(["2023-01/2023-09"]);
    expect(code("6T/2024")).toEqual(["2024-S1"]);
    expect(code("quý 4")).toEqual(["2024-Q4"]); // begun in October
    expect(code("tháng 10")).toEqual(["2024-10"]);
    expect(code("tháng 11")).toEqual(["2023-11"]);
    expect(code("đến ngày 30/9")).toEqual(["2024-09-30"]);
    expect(code("9 tháng năm nay")).toEqual(["2024-01/2024-09"]);
    expect(code("cùng kỳ năm trước")).toEqual(["2023"]);
  });

  it("in a review of a five-year plan, '5 năm' is the plan and '3 năm' the years of it to date", () => {
    const plan = { year: 2023, month: 10, planSpan: [2021, 2025] as [number, number] };
    const codes = (text: string) => findPeriods(text, plan).map((p) => p.code);
    expect(codes("mục tiêu Kế hoạch 5 năm")).toEqual(["2021/2025"]);
    expect(codes("tổng vốn đầu tư 3 năm ước đạt")).toEqual(["2021/2023"]);
    expect(codes("dự báo cả giai đoạn đạt khoảng")).toEqual(["2021/2025"]);
    // (a length of time, or years that do not reach the time of writing, are no span)
    expect(codes("thời hạn 5 năm kể từ ngày cấp")).toEqual([]);
    expect(codes("trong vòng 3 năm")).toEqual([]);
    expect(codes("2 năm liên tiếp")).toEqual([]);
    expect(codes("bình quân 2 năm")).toEqual([]);
    // (and without a plan named in the head, no span at all)
    expect(code("mục tiêu 5 năm")).toEqual([]);
    expect(code("dự báo cả giai đoạn")).toEqual([]);
  });

  it("a yearly average in a review's table runs over the plan's years to its column's year", () => {
    const text = [
      "BÁO CÁO",
      "Đánh giá giữa kỳ Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025",
      "| TT | Chỉ tiêu | ĐVT | Mục tiêu KH 5 năm | Ước TH 2023 |",
      "|---|---|---|---|---|",
      "| 1 | Tốc độ tăng GRDP bình quân | %/năm | 7 - 7,5 | 6,1 |",
    ].join("\n");
    const all = facts(text, { date: "2023-10-12", area: "tỉnh Quảng Ninh" });
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["7 - 7,5", "target", "2021/2025"],
      ["6,1", "estimate", "2021/2023"],
    ]);
  });

  it("the plan a review's head names dates its '5 năm' and '3 năm'", () => {
    const text = [
      "BÁO CÁO",
      "Đánh giá giữa kỳ thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025 của tỉnh",
      "I. KẾT QUẢ",
      "- Tổng vốn đầu tư toàn xã hội 3 năm đạt 72.450 tỷ đồng, bằng 51,8% mục tiêu 5 năm (140.000 tỷ đồng).",
    ].join("\n");
    const all = facts(text, { date: "2023-10-12", area: "tỉnh Quảng Ninh" });
    expect(all.map((f) => [f.value_text, f.period])).toEqual([
      ["72.450", "2021/2023"],
      ["51,8", "2021/2023"],
      ["140.000", "2021/2025"],
    ]);
  });

  it("the day a cited document was signed is no period; twelve months of a year are the year", () => {
    expect(code("theo Báo cáo số 318/BC-UBND ngày 12/12/2023 của UBND huyện")).toEqual([]);
    expect(code("Quyết định số 25/2023/QĐ-UBND ngày 5/6/2023")).toEqual([]);
    expect(code("giải ngân đến ngày 30/11/2023")).toEqual(["2023-11-30"]);
    expect(code("tính chung 12 tháng năm 2023")).toEqual(["2023"]);
  });

  it("'6 tháng đầu năm' is the half-year under way, unless written in January about the year just ended", () => {
    expect(
      findPeriods("phấn đấu 6 tháng đầu năm đạt 2.680 tỷ đồng", { year: 2025, month: 3 }).map((p) => p.code),
    ).toEqual(["2025-S1"]);
    expect(
      findPeriods("riêng 6 tháng đầu năm có 1.102 doanh nghiệp", { year: 2026, month: 1 }).map((p) => p.code),
    ).toEqual(["2025-S1"]);
    expect(findPeriods("9 tháng đầu năm", { year: 2024, month: 10 }).map((p) => p.code)).toEqual([
      "2024-01/2024-09",
    ]);
  });

  it("'quý I năm trước', '6 tháng đầu năm ngoái': that part of the year before", () => {
    const at = (text: string) => findPeriods(text, { year: 2025, month: 4 }).map((p) => p.code);
    expect(at("mức tăng 7,05% của quý I năm trước")).toEqual(["2024-Q1"]);
    expect(at("6 tháng đầu năm ngoái")).toEqual(["2024-S1"]);
  });

  it("month counts written in words", () => {
    expect(code("Sáu tháng đầu năm 2023")).toEqual(["2023-S1"]);
    expect(code("chín tháng năm 2023")).toEqual(["2023-01/2023-09"]);
    expect(code("sáu tháng đầu năm")).toEqual(["2024-S1"]);
    expect(code("mười một tháng năm nay")).toEqual(["2024-01/2024-11"]);
    expect(code("sau ba tháng thi công")).toEqual([]);
  });

  it("a half-year or quarter about to begin is the coming one, one long over last year's", () => {
    const at = (month: number, text: string) => findPeriods(text, { year: 2025, month }).map((p) => p.code);
    expect(at(6, "nhiệm vụ 6 tháng cuối năm")).toEqual(["2025-S2"]);
    expect(at(6, "quý III")).toEqual(["2025-Q3"]);
    expect(at(9, "quý IV")).toEqual(["2025-Q4"]);
    expect(at(2, "quý IV")).toEqual(["2024-Q4"]);
    expect(at(2, "6 tháng cuối năm")).toEqual(["2024-S2"]);
  });

  it("durations and ages are no periods", () => {
    expect(code("sau 4 tháng vận hành")).toEqual([]);
    expect(code("trẻ dưới 36 tháng tuổi")).toEqual([]);
    expect(code("kéo dài 6 tháng")).toEqual([]);
  });

  it("without a date of writing, a period must name its year", () => {
    expect(findPeriods("lũy kế 9 tháng, quý III")).toEqual([]);
    expect(findPeriods("9 tháng năm 2023").map((p) => p.code)).toEqual(["2023-01/2023-09"]);
  });

  it("years set against, and ISO dates, are no periods a figure is about", () => {
    expect(findPeriods("thấp hơn quý II các năm 2018 và 2022").every((p) => p.base)).toBe(true);
    expect(findPeriods("date 2025-01 Năm 2024").map((p) => p.code)).toEqual(["2024"]);
  });

  it("'kể từ năm 2011' is where a comparison starts", () => {
    expect(findPeriods("cao nhất kể từ năm 2011 trở lại đây")[0].base).toBe(true);
  });

  it("dates as users write them, and the ends of periods", () => {
    expect(isoDate("15/10/2024")).toBe("2024-10-15");
    expect(isoDate("2024-10")).toBe("2024-10");
    expect(isoDate("10/2024")).toBe("2024-10");
    expect(isoDate("31/02/2024")).toBeNull();
    expect(periodStart("2024-S2")).toBe("2024-07-01");
    expect(periodEnd("2024-Q1")).toBe("2024-03-31");
    expect(refDate("2024-10-15", "")).toEqual({ year: 2024, month: 10 });
    expect(refDate(null, "2023-S1")).toEqual({ year: 2023, month: 6 });
  });
});

describe("when a text was written", () => {
  it("a meeting's summary is dated by its last day, not by a resolution it cites", () => {
    const text = [
      "Kỳ họp thứ Chín, HĐND huyện khóa XXI diễn ra từ ngày 18-19/12/2024. Có 31/33 đại biểu dự họp.",
      "",
      "Kỳ họp tiếp tục thực hiện Nghị quyết số 52/NQ-HĐND ngày 20 tháng 12 năm 2023 của HĐND huyện.",
    ].join("\n");
    const r = read(text, {});
    expect(r.document.date).toBe("2024-12-19");
  });
});

describe("the period a report reviews", () => {
  it("a supervision report: funds allocated are a plan, and so are the parts listed after 'gồm:' on the next line", () => {
    const text = [
      "BÁO CÁO",
      "Kết quả giám sát việc thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025, giai đoạn 2021-2024",
      "Tổng vốn bố trí thực hiện Chương trình giai đoạn 2021-2024 là 960,2 tỷ đồng, gồm:",
      "ngân sách trung ương 880,5 tỷ đồng; ngân sách địa phương 79,7 tỷ đồng.",
      "Lũy kế giải ngân đến 30/9/2024 đạt 701,3 tỷ đồng, bằng 73,0% tổng kế hoạch vốn.",
    ].join("\n");
    const r = read(text, { date: "2024-11-20", area: "tỉnh Gia Lai" });
    expect(r.facts.map((f) => [f.value_text, f.kind, f.measure, f.period])).toEqual([
      ["960,2", "target", "level", "2021/2024"],
      ["880,5", "target", "level", "2021/2024"],
      ["79,7", "target", "level", "2021/2024"],
      ["701,3", "actual", "level", "2024-09-30"],
      ["73,0", "actual", "pct_of_target", "2024-09-30"],
    ]);
  });

  it("a run of days is one period, the months it runs over", () => {
    expect(findPeriods("Lũy kế từ ngày 01/01/2024 đến ngày 30/9/2024 có 120 ca").map((p) => p.code)).toEqual([
      "2024-01/2024-09",
    ]);
    expect(findPeriods("từ ngày 09/9 đến ngày 27/9/2024").map((p) => p.code)).toEqual(["2024-09"]);
    expect(
      findPeriods("từ ngày 28/12 đến hết ngày 3/1, đón 5.200 lượt khách", { year: 2025, month: 1 }).map(
        (p) => p.code,
      ),
    ).toEqual(["2024-12/2025-01"]);
    // (no such day: no run)
    expect(findPeriods("từ 31/4 đến 2/5/2025").some((p) => p.code === "2025-04/2025-05")).toBe(false);
  });

  it("a year after 'năm' is a year whatever follows it ('cuối năm 2024 tỷ lệ …')", () => {
    expect(findPeriods("Ước đến cuối năm 2024 tỷ lệ hộ nghèo còn khoảng 7,5%.").map((p) => p.code)).toEqual([
      "2024",
    ]);
    // (A number of tỷ is no year: "thu 2024 tỷ đồng".)
    expect(findPeriods("thu 2024 tỷ đồng")).toEqual([]);
  });

  it("in a report on disbursement, the plan given is a plan; a lead-in's day dates the results listed under it", () => {
    const text = [
      "BÁO CÁO",
      "Tình hình giải ngân vốn đầu tư công năm 2024",
      "I. KẾ HOẠCH VỐN ĐƯỢC GIAO",
      "Tổng kế hoạch vốn đầu tư công năm 2024 của huyện là 310,5 tỷ đồng, gồm 64 dự án.",
      "II. KẾT QUẢ GIẢI NGÂN",
      "Tính đến ngày 31/10/2024, tổng giá trị giải ngân là 190,2 tỷ đồng. Cụ thể như sau:",
      "- Vốn ngân sách tỉnh: kế hoạch 120 tỷ đồng, giải ngân 80,1 tỷ đồng.",
      "- Vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021-2030: kế hoạch 15 tỷ đồng, giải ngân 9,2 tỷ đồng.",
    ].join("\n");
    const r = read(text, { date: "2024-11-05", area: "huyện Tháp Mười, tỉnh Đồng Tháp" });
    expect(r.facts.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["310,5", "target", "2024"],
      ["64", "target", "2024"],
      ["190,2", "actual", "2024-10-31"],
      ["120", "target", "2024"],
      ["80,1", "actual", "2024-10-31"],
      ["15", "target", "2024"],
      ["9,2", "actual", "2024-10-31"],
    ]);
  });

  it("a cut-off day under the title dates the results of its year; a lead-in's day beats a year named in the item", () => {
    const text = [
      "BÁO CÁO",
      "Tiến độ thực hiện kế hoạch đầu tư công năm 2025",
      "(Số liệu tính đến ngày 20/10/2025)",
      "",
      "Ủy ban nhân dân thị xã báo cáo như sau:",
      "I. KẾT QUẢ GIẢI NGÂN",
      "Tính đến ngày 20/10/2025, đã giải ngân 150,4 tỷ đồng. Chi tiết như sau:",
      "- Vốn năm 2024 chuyển sang năm 2025: kế hoạch 12 tỷ đồng, giải ngân 7,5 tỷ đồng.",
      "II. TỒN TẠI",
      "Còn 4 công trình chậm tiến độ, với 9 hộ chưa bàn giao mặt bằng.",
      "Ước cả năm giải ngân 290 tỷ đồng.",
    ].join("\n");
    const r = read(text, { date: "2025-10-24", area: "thị xã Kiến Tường, tỉnh Long An" });
    expect(r.facts.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["150,4", "actual", "2025-10-20"],
      ["12", "target", "2025"],
      ["7,5", "actual", "2025-10-20"],
      ["4", "actual", "2025-10-20"],
      ["9", "actual", "2025-10-20"],
      ["290", "estimate", "2025"],
    ]);
    // Without the line under the title, the results outside the lead-in's list are the year's.
    const plain = read(text.replace("(Số liệu tính đến ngày 20/10/2025)\n", ""), {
      date: "2025-10-24",
      area: "thị xã Kiến Tường, tỉnh Long An",
    });
    expect(plain.facts.filter((f) => f.value_text === "4").map((f) => f.period)).toEqual(["2025"]);
  });

  it("a note under the title on the span the figures cover: flows over its months, stocks on its last day", () => {
    const text = [
      "BÁO CÁO",
      "Kết quả công tác hội năm 2025",
      "Số liệu trong báo cáo được tổng hợp từ ngày 01/01/2025 đến ngày 31/10/2025 (số dư tính đến ngày 31/10/2025).",
      "I. KẾT QUẢ NĂM 2025",
      "- Toàn tỉnh có 52.310 hội viên; kết nạp mới 2.140 hội viên, vượt 140 hội viên so với kế hoạch năm (2.000 hội viên).",
      "- Có 18/20 chỉ tiêu đạt và vượt.",
      "- Năm 2025 xây mới 35 nhà tình nghĩa.",
      "II. NHIỆM VỤ NĂM 2026",
      "- Kết nạp từ 2.200 hội viên trở lên.",
    ].join("\n");
    const hints = { date: "2025-11-12", area: "tỉnh Tây Ninh" };
    expect(facts(text, hints).map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["52.310", "actual", "2025-10-31"],
      ["2.140", "actual", "2025-01/2025-10"],
      ["140", "actual", "2025-01/2025-10"],
      ["2.000", "target", "2025"],
      ["18/20", "actual", "2025"],
      // (What the text dates itself keeps its date.)
      ["35", "actual", "2025"],
      ["2.200", "target", "2026"],
    ]);
    // Twelve months from near the year's turn are the year the report is named for; what stands
    // is still of the last day.
    const year = facts(
      text.replace(
        "01/01/2025 đến ngày 31/10/2025 (số dư tính đến ngày 31/10/2025)",
        "15/12/2024 đến ngày 14/12/2025",
      ),
      { date: "2025-12-16", area: "tỉnh Tây Ninh" },
    );
    expect(year.filter((f) => ["52.310", "2.140"].includes(f.value_text)).map((f) => f.period)).toEqual([
      "2025-12-14",
      "2025",
    ]);
  });

  it("a note under the title that counts one topic to a day holds in the parts named for that topic", () => {
    const text = [
      "BÁO CÁO",
      "Kết quả sản xuất thủy sản và chống khai thác IUU năm 2025",
      "Số liệu đội tàu tính đến ngày 30/11/2025; số liệu sản xuất cả năm là số ước thực hiện.",
      "I. SẢN XUẤT",
      "Toàn tỉnh nuôi trồng 1.840 ha thủy sản.",
      "II. QUẢN LÝ ĐỘI TÀU CÁ",
      "Toàn tỉnh có 3.912 tàu cá đã đăng ký.",
    ].join("\n");
    const all = facts(text, { date: "2025-12-08", area: "tỉnh Phú Yên" });
    expect(all.map((f) => [f.value_text, f.period])).toEqual([
      ["1.840", "2025"],
      ["3.912", "2025-11-30"],
    ]);
  });

  it("a working year that turns off the calendar (a court's, from 1 October) dates its results and its plans", () => {
    const text = [
      "BÁO CÁO",
      "Tổng kết công tác năm 2025 và phương hướng nhiệm vụ năm 2026",
      "Số liệu trong báo cáo tính từ ngày 01/10/2024 đến ngày 30/9/2025.",
      "I. KẾT QUẢ CÔNG TÁC NĂM 2025",
      "- Thụ lý 5.120 vụ án hình sự, đã giải quyết 4.987 vụ, đạt 97,4%, vượt 7,4% so với chỉ tiêu Quốc hội giao (từ 90% trở lên).",
      "- Số vụ việc còn lại chuyển sang năm 2026 là 1.240.",
      "II. PHƯƠNG HƯỚNG NĂM 2026",
      "Năm công tác 2026 (từ ngày 01/10/2025 đến ngày 30/9/2026), phấn đấu giải quyết trên 92% số vụ án hình sự.",
    ].join("\n");
    const all = facts(text, { date: "2025-10-10", area: "tỉnh Gia Lai" });
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["5.120", "actual", "2024-10/2025-09"],
      ["4.987", "actual", "2024-10/2025-09"],
      ["97,4", "actual", "2024-10/2025-09"],
      ["7,4", "actual", "2024-10/2025-09"],
      ["90", "target", "2024-10/2025-09"],
      // (Where what is left goes on is no period it is counted in.)
      ["1.240", "actual", "2024-10/2025-09"],
      ["92", "target", "2025-10/2026-09"],
    ]);
    // (Twelve months from near the year's turn are the year.)
    expect(
      findPeriods("Tai nạn giao thông năm 2025 (từ 15/12/2024 đến 14/12/2025)", { year: 2025, month: 12 })[0]
        .code,
    ).toBe("2025");
  });

  it("a note that names its months a working year means them, though they start a month before the year", () => {
    const text = [
      "BÁO CÁO",
      "Tổng kết công tác kiểm sát năm 2026 và phương hướng nhiệm vụ năm 2027",
      "(Số liệu năm công tác 2026: từ ngày 01/12/2025 đến ngày 30/11/2026)",
      "I. KẾT QUẢ CÔNG TÁC NĂM 2026",
      "- Kiểm sát việc giải quyết 2.740 tin báo về tội phạm, đã giải quyết 2.561 tin, đạt 93,5% (chỉ tiêu trên 90%).",
    ].join("\n");
    const all = facts(text, { date: "2026-12-08", area: "tỉnh Sơn La" });
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["2.740", "actual", "2025-12/2026-11"],
      ["2.561", "actual", "2025-12/2026-11"],
      ["93,5", "actual", "2025-12/2026-11"],
      ["90", "target", "2025-12/2026-11"],
    ]);
    // (Not named so, the same months are the year the report is for.)
    const plain = facts(text.replace("Số liệu năm công tác 2026:", "Số liệu thống kê"), {
      date: "2026-12-08",
      area: "tỉnh Sơn La",
    });
    expect(plain.map((f) => f.period)).toEqual(["2026", "2026", "2026", "2026"]);
  });

  it("a title that reviews a programme's year and plans the next leaves its parts to say which they do", () => {
    for (const sep of [";", " và"]) {
      const text = [
        "BÁO CÁO",
        `Kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2025${sep} kế hoạch năm 2026`,
        "",
        "I. ĐẶC ĐIỂM TÌNH HÌNH",
        "Toàn tỉnh có 124 xã, phường.",
        "II. KẾT QUẢ NĂM 2025",
        "Giải ngân 412,6 tỷ đồng.",
        "III. KẾ HOẠCH NĂM 2026",
        "Phấn đấu giải ngân 95% kế hoạch vốn.",
      ].join("\n");
      const all = facts(text, { date: "2025-12-10", area: "tỉnh Phú Thọ" });
      expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
        ["124", "actual", "2025"],
        ["412,6", "actual", "2025"],
        ["95", "target", "2026"],
      ]);
    }
    // (A programme's own years stay its name's: "giai đoạn 2021-2025".)
    const named = findPeriods("Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025", {
      year: 2025,
    });
    expect(named.map((p) => [p.code, p.noPeriod])).toEqual([["2021/2025", true]]);
  });

  it("'từ ngày 01/7/2025 đến nay' runs from that month to the month of writing", () => {
    expect(
      findPeriods("Riêng từ ngày 01/7/2025 đến nay, xử phạt 4.120 trường hợp", { year: 2025, month: 12 }).map(
        (p) => p.code,
      ),
    ).toEqual(["2025-07/2025-12"]);
    expect(
      findPeriods("từ tháng 3/2024 đến thời điểm báo cáo", { year: 2025, month: 2 }).map((p) => p.code),
    ).toEqual(["2024-03/2025-02"]);
    // (Without the month of writing, it is left to the figure's other words.)
    expect(findPeriods("từ ngày 01/7/2025 đến nay", { year: 2025 }).map((p) => p.code)).toEqual([
      "2025-07-01",
    ]);
  });

  it("the year capital was allotted for names the capital: what was paid out of it is of the day counted to", () => {
    const text = [
      "BÁO CÁO",
      "Kết quả giải ngân vốn đầu tư công năm 2025",
      "(Số liệu tính đến ngày 30/11/2025)",
      "I. KẾT QUẢ GIẢI NGÂN",
      "- Vốn năm 2025 được giao 1.250 tỷ đồng; giải ngân 806,4 tỷ đồng, đạt 64,5%.",
      "- Vốn năm 2024 kéo dài: giải ngân 212,7 tỷ đồng, đạt 71,3%.",
    ].join("\n");
    const all = facts(text, { date: "2025-12-03", area: "tỉnh Hà Tĩnh" });
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["1.250", "target", "2025"],
      ["806,4", "actual", "2025-11-30"],
      ["64,5", "actual", "2025-11-30"],
      ["212,7", "actual", "2025-11-30"],
      ["71,3", "actual", "2025-11-30"],
    ]);
  });

  it("a resolution on carrying out next year's tasks is no review: its targets part sets targets", () => {
    const text = [
      "NGHỊ QUYẾT",
      "về lãnh đạo thực hiện nhiệm vụ chính trị năm 2025",
      "I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024",
      "Tổng giá trị sản xuất ước đạt 960 tỷ đồng.",
      "II. MỤC TIÊU, CHỈ TIÊU NĂM 2025",
      "(1) Tổng giá trị sản xuất tăng 10% trở lên.",
      "(2) Tỷ lệ tham gia bảo hiểm y tế đạt 96%.",
    ].join("\n");
    const r = read(text, { date: "2024-12-20", area: "xã Tân Lập" });
    expect(r.facts.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["960", "estimate", "2024"],
      ["10", "target", "2025"],
      ["96", "target", "2025"],
    ]);
  });

  it("in a term's review, 'đến nay' outweighs a year named before it, 'cả nhiệm kỳ' names the term", () => {
    const text = [
      "BÁO CÁO CHÍNH TRỊ",
      "I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020-2025",
      "Năm 2024 thu ngân sách đạt 910 tỷ đồng. Tổng vốn đầu tư toàn xã hội cả nhiệm kỳ ước đạt 31.200 tỷ đồng.",
      "Năm 2022, huyện đạt chuẩn nông thôn mới; đến nay 19/19 xã đạt chuẩn nông thôn mới.",
    ].join("\n");
    const r = read(text, { date: "2025-05-20", area: "huyện Phú Bình, tỉnh Thái Nguyên" });
    expect(r.facts.map((f) => [f.value_text, f.period])).toEqual([
      ["910", "2024"],
      ["31.200", "2020/2025"],
      ["19/19", "2025"],
    ]);
  });

  it("those a congress elects are counted on its day, not over the term", () => {
    const text = [
      "BÁO CÁO KẾT QUẢ ĐẠI HỘI",
      "I. KẾT QUẢ NHIỆM KỲ 2020-2025",
      "Đại hội đã bầu Ban Chấp hành Đảng bộ huyện khóa XXI gồm 39 đồng chí.",
    ].join("\n");
    const r = read(text, { date: "2025-06-18", area: "huyện Lục Nam, tỉnh Bắc Giang" });
    expect(r.facts.map((f) => [f.value_text, f.period])).toEqual([["39", "2025-06-18"]]);
  });

  it("in a term's review, a past year named in one sentence does not date the next subject's state", () => {
    const text = [
      "BÁO CÁO CHÍNH TRỊ",
      "I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020-2025",
      "Tỷ lệ hộ nghèo đến cuối năm 2024 còn 3,2%. Tỷ lệ trường đạt chuẩn quốc gia đạt 88,5%.",
    ].join("\n");
    const r = read(text, { date: "2025-05-20", area: "huyện Định Hóa, tỉnh Thái Nguyên" });
    expect(r.facts.map((f) => [f.value_text, f.period])).toEqual([
      ["3,2", "2024"],
      ["88,5", "2025"],
    ]);
  });

  it("where a move began is dated by its own year, where it ended and what follows by the report's", () => {
    const got = facts(
      "Theo kết quả rà soát cuối năm 2024, tỷ lệ hộ nghèo giảm từ 18,4% cuối năm 2023 xuống còn 15,1%; giảm 2.930 hộ, tương ứng giảm 3,3%. Số hộ cận nghèo là 6.410 hộ, chiếm 7,2%.",
      { date: "2024-12-20", area: "tỉnh Hà Giang" },
    ).map((f) => [f.value_text, f.measure, f.period]);
    expect(got).toEqual([
      ["18,4", "share", "2023"],
      ["15,1", "share", "2024"],
      ["2.930", "change", "2024"],
      ["3,3", "change", "2024"],
      // (nor does it date the next sentence)
      ["6.410", "level", "2024"],
      ["7,2", "share", "2024"],
    ]);
  });

  it("a level followed by 'cuối năm 2024' is that year's, as the one before it was its own", () => {
    const got = facts("Tỷ lệ hộ nghèo giảm từ 7,4% cuối năm 2021 xuống còn 2,1% cuối năm 2024.", {
      date: "2025-03-01",
      area: "huyện Võ Nhai",
    }).map((f) => [f.value_text, f.period]);
    expect(got).toEqual([
      ["7,4", "2021"],
      ["2,1", "2024"],
    ]);
  });

  it("midway through a term, what was done so far runs to the year of writing and a target is where the term should end", () => {
    const text = [
      "BÁO CÁO",
      "Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2025",
      "I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT",
      "Đến nay, có 8/20 chỉ tiêu chủ yếu đã đạt và vượt mục tiêu cả nhiệm kỳ. Kết nạp 356 đảng viên, đạt 59,3% NQ cả nhiệm kỳ. Tỷ lệ trường đạt chuẩn quốc gia đạt 61,2% (NQ 70%).",
    ].join("\n");
    const got = facts(text, { date: "2023-07-10", area: "huyện Phong Thổ" }).map((f) => [
      f.value_text,
      f.kind,
      f.period,
    ]);
    expect(got).toEqual([
      ["8/20", "actual", "2021/2023"],
      ["356", "actual", "2021/2023"],
      ["59,3", "actual", "2021/2023"],
      ["61,2", "actual", "2023"],
      ["70", "target", "2025"],
    ]);
    // Written in the term's last year, the review is of the whole term.
    const late = facts(text.replace("Sơ kết giữa nhiệm kỳ", "Tổng kết"), {
      date: "2024-11-10",
      area: "huyện Phong Thổ",
    });
    expect(late.find((f) => f.value_text === "356")?.period).toBe("2020/2025");
  });

  it("in a term's review, how many of its targets were met is said of the term; new-countryside criteria are a state", () => {
    const text = [
      "BÁO CÁO CHÍNH TRỊ",
      "I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020-2025",
      "Qua năm năm thực hiện, toàn huyện có 17/20 chỉ tiêu chủ yếu đạt và vượt. Có 3 chỉ tiêu chưa đạt.",
      "Huyện đạt chuẩn nông thôn mới, có 8/9 chỉ tiêu huyện nông thôn mới đạt chuẩn.",
    ].join("\n");
    const r = read(text, { date: "2025-06-20", area: "huyện Yên Thế, tỉnh Bắc Giang" });
    expect(r.facts.map((f) => [f.value_text, f.period])).toEqual([
      ["17/20", "2020/2025"],
      ["3", "2020/2025"],
      ["8/9", "2025"],
    ]);
  });

  it("a resolution on next year's plan dates its targets by its title, not by when it was passed", () => {
    const text = [
      "NGHỊ QUYẾT",
      "Về kế hoạch phát triển kinh tế - xã hội năm 2026",
      "1. Các chỉ tiêu kinh tế",
      "a) Tổng thu ngân sách trên địa bàn đạt 3.150 tỷ đồng.",
      "b) Tỷ lệ đô thị hóa đạt 32%.",
    ].join("\n");
    const r = read(text, { date: "2025-12-09" });
    expect(r.document.plan_period).toBe("2026");
    expect(r.facts.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["3.150", "target", "2026"],
      ["32", "target", "2026"],
    ]);
  });

  it("a part on next year's budget estimate sets targets", () => {
    const text = [
      "BÁO CÁO",
      "Đánh giá tình hình thực hiện dự toán ngân sách năm 2025 và dự toán ngân sách năm 2026",
      "I. TÌNH HÌNH THỰC HIỆN DỰ TOÁN NĂM 2025",
      "Thu ngân sách trên địa bàn đạt 2.940 tỷ đồng.",
      "II. DỰ TOÁN NGÂN SÁCH NĂM 2026",
      "Tổng thu ngân sách trên địa bàn năm 2026 là 3.100 tỷ đồng.",
    ].join("\n");
    const got = facts(text, { date: "2025-12-04" }).map((f) => [f.value_text, f.kind, f.period]);
    expect(got).toEqual([
      ["2.940", "actual", "2025"],
      ["3.100", "target", "2026"],
    ]);
  });

  it("a table's ratio of an estimate to the plan is an estimate", () => {
    const text = [
      "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2025",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Kế hoạch năm 2025",
      "Ước thực hiện năm 2025",
      "So sánh ƯTH/KH (%)",
      "Sản lượng cà phê nhân",
      "tấn",
      "21.000",
      "21.840",
      "104",
      "Số lao động được tạo việc làm",
      "người",
      "2.500",
      "2.610",
      "104,4",
    ].join("\n");
    const got = facts(text, { date: "2025-12-10" }).map((f) => [f.value_text, f.measure, f.kind]);
    expect(got).toContainEqual(["104", "pct_of_target", "estimate"]);
    expect(got).toContainEqual(["104,4", "pct_of_target", "estimate"]);
  });

  it("a year-end review that also looks ahead: its results are of the year reviewed", () => {
    const text = [
      "BÁO CÁO",
      "Tổng kết công tác giáo dục năm 2025, phương hướng nhiệm vụ năm 2026",
      "1. Kết quả thực hiện các chỉ tiêu",
      "Toàn tỉnh có 214 trường đạt chuẩn quốc gia, tăng 9 trường so với năm 2024.",
      "Tỷ lệ huy động trẻ 5 tuổi đến lớp đạt 99,6%.",
      "2. Nhiệm vụ trọng tâm",
      "Phấn đấu có thêm 12 trường đạt chuẩn quốc gia.",
    ].join("\n");
    const r = read(text, { date: "2026-01-10" });
    expect(r.facts.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["214", "actual", "2025"],
      ["9", "actual", "2025"],
      ["99,6", "actual", "2025"],
      ["12", "target", "2026"],
    ]);
  });

  it("a report whose plan is the rest of a year reviews the part before it", () => {
    // (A mid-year report: its review part names the year whose plan it follows.)
    const text = [
      "I. TÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM 2024",
      "Thu ngân sách trên địa bàn đạt 1.240 tỷ đồng.",
      "II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2024",
      "Phấn đấu thu ngân sách 2.600 tỷ đồng.",
      "III. HOẠT ĐỘNG GIÁM SÁT",
      "Thường trực đã tổ chức 12 cuộc giám sát chuyên đề.",
    ].join("\n\n");
    const r = read(text, { date: "2024-07-12" });
    expect([r.document.period, r.document.plan_period]).toEqual(["2024-S1", "2024-S2"]);
    expect(r.facts.slice(1).map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["2.600", "target", "2024-S2"],
      ["12", "actual", "2024-S1"],
    ]);
  });
});

describe("what a user knows about a file", () => {
  it("the date and area given fill what a page never says", () => {
    const r = read("Tổng thu ngân sách 9 tháng ước đạt 2.150 tỷ đồng, tăng 12,1% so với cùng kỳ.");
    expect(r.document.area).toBe("tỉnh Hà Giang");
    expect(r.document.date).toBe("2024-10-15");
    expect(r.facts.map(labels)).toEqual([
      ["2.150", "level", "estimate", "2024-01/2024-09"],
      ["12,1", "growth", "estimate", "2024-01/2024-09"],
    ]);
    expect(r.facts.every((f) => f.area === "tỉnh Hà Giang")).toBe(true);
  });

  it("what the text states about a figure wins over what is given", () => {
    const f = fact("Năm 2022, thu ngân sách đạt 1.900 tỷ đồng.", "1.900");
    expect(f.period).toBe("2022");
    expect(f.why?.period).toBe("before-it");
  });

  it("undated, a page says its year by what it compares with", () => {
    const r = read("Dư nợ tín dụng 9 tháng đạt 21.400 tỷ đồng, so với 31/12/2021 tăng 1.900 tỷ đồng.", {});
    expect(r.document.period).toBe("2022-01/2022-09");
    expect(r.facts[0].period).toBe("2022-01/2022-09");
  });

  it("a page's period is the widest its opening names", () => {
    expect(
      read("Báo cáo tình hình kinh tế quý IV và cả năm 2023\nTổng thu ước đạt 5.000 tỷ đồng.", {
        date: "2023-12",
      }).document.period,
    ).toBe("2023");
    expect(read("Tình hình kinh tế tháng 9 và 9 tháng\nTổng thu đạt 5.000 tỷ đồng.").document.period).toBe(
      "2024-01/2024-09",
    );
  });

  it("a page on the review of a term is about the term", () => {
    const text =
      "Sáng 12/3, Huyện ủy tổ chức hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2025.\nTốc độ tăng trưởng kinh tế bình quân đạt 7,2%/năm; tổng vốn đầu tư toàn xã hội đạt 3.150 tỷ đồng.";
    const r = read(text, { date: "2023-03-12", area: "huyện Thọ Xuân" });
    expect(r.document.period).toBe("2020/2025");
    expect(r.facts.map((f) => [f.value_text, f.period])).toEqual([
      ["7,2", "2021/2023"],
      // (midway through the term, a total so far runs to the year of writing)
      ["3.150", "2021/2023"],
    ]);
  });

  it("…but in a part that reviews results, the term's last year not yet begun is estimated", () => {
    const text = [
      "Phần thứ nhất",
      "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NHIỆM KỲ 2020 - 2025",
      "",
      "Đến năm 2025, giá trị sản xuất công nghiệp đạt 2.400 tỷ đồng, tăng 800 tỷ đồng so với năm 2020.",
    ].join("\n");
    const all = facts(text, { date: "2024-06-10", area: "huyện Tam Đường" });
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["2.400", "estimate", "2025"],
      ["800", "estimate", "2025"],
    ]);
  });

  it("a result for a period not begun when the page was written is a target", () => {
    const f = fact("Năm 2025, thu ngân sách trên địa bàn đạt 16.500 tỷ đồng.", "16.500");
    expect([f.kind, f.why?.kind]).toEqual(["target", "period-not-begun"]);
    // …while an estimate for it stays an estimate.
    expect(fact("Đến năm 2025, thu nhập bình quân ước đạt 70 triệu đồng/người/năm.", "70").kind).toBe(
      "estimate",
    );
  });
});

describe("measure", () => {
  it("'đạt X%' after a part done of a whole just named is its share when the figures say so", () => {
    const labels = (t: string) =>
      facts(t, { date: "2025-12-10", area: "tỉnh Bạc Liêu" }).map((f) => [f.value_text, f.measure, f.period]);
    expect(labels("Kiến nghị thu hồi 12,40 tỷ đồng, đã thu 9,30 tỷ đồng, đạt 75,0%.")).toEqual([
      ["12,40", "level", "2025"],
      ["9,30", "level", "2025"],
      ["75,0", "share", "2025"],
    ]);
    // (Backlog "từ các năm trước" names no year.)
    expect(
      labels("Số tiền tồn đọng từ các năm trước là 8,0 tỷ đồng; trong kỳ đã thu 2,0 tỷ đồng, đạt 25,0%."),
    ).toEqual([
      ["8,0", "level", "2025"],
      ["2,0", "level", "2025"],
      ["25,0", "share", "2025"],
    ]);
    // An amount then "đạt" a percent the figures do not give is the plan's achievement.
    expect(labels("Thu ngân sách 1.840 tỷ đồng, đạt 104,2%.").map((l) => l[1])).toEqual([
      "level",
      "pct_of_target",
    ]);
  });

  it("how many were ranked is a count; a place among others is a rank", () => {
    const labels = (t: string) => facts(t).map((f) => [f.value_text, f.measure, f.unit]);
    expect(labels("Năm 2025, Thủ tướng xếp hạng 02 di tích quốc gia đặc biệt; tỉnh xếp hạng 7/34.")).toEqual([
      ["02", "level", "di tích"],
      ["7/34", "rank", ""],
    ]);
    expect(labels("Kết quả bình xét năm 2025:\n- Thôn, bản văn hóa: 512/560, đạt 91,4%;")).toEqual([
      ["512/560", "count_of_total", "thôn, bản"],
      ["91,4", "share", "%"],
    ]);
  });

  it("so much for each one counted is a rate; a price per weight stays a level", () => {
    const labels = (t: string) => facts(t).map((f) => [f.value_text, f.unit, f.measure]);
    expect(
      labels("Hỗ trợ xây mới 40 nhà, mức 50 triệu đồng/nhà; tặng 900 suất quà, 400.000 đồng/suất."),
    ).toEqual([
      ["40", "nhà", "level"],
      ["50", "triệu đồng/nhà", "rate"],
      ["900", "suất", "level"],
      ["400.000", "đồng/suất", "rate"],
    ]);
    expect(labels("Bình quân 19,4 đảng viên/chi bộ; đơn giá bồi thường 35,2 triệu đồng/m².")).toEqual([
      ["19,4", "đảng viên/chi bộ", "rate"],
      ["35,2", "triệu đồng/m²", "rate"],
    ]);
    expect(labels("Giá lúa tươi 7.200 đồng/kg.")).toEqual([["7.200", "đồng/kg", "level"]]);
  });

  it("points with a fraction are a mark, and so is the next mark of its clause; places are counted whole", () => {
    const labels = (t: string) => facts(t).map((f) => [f.value_text, f.measure]);
    expect(labels("Điểm trung bình các môn thi của tỉnh đạt 6,74 điểm, xếp thứ 15/34.")).toEqual([
      ["6,74", "score"],
      ["15/34", "rank"],
    ]);
    expect(
      labels(
        "Chỉ số PAPI năm 2023 của tỉnh A đạt 43,1 điểm, xếp thứ 20/63; của tỉnh B đạt 41 điểm, xếp thứ 33/63.",
      ),
    ).toEqual([
      ["43,1", "score"],
      ["20/63", "rank"],
      ["41", "score"],
      ["33/63", "rank"],
    ]);
    expect(labels("Tổ chức tiếp xúc cử tri tại 47 điểm.")).toEqual([["47", "level"]]);
    expect(labels("Điểm thành phần này thấp hơn bình quân cả nước 0,37 điểm.")).toEqual([["0,37", "change"]]);
  });

  it("a signed percent is a change", () => {
    const all = facts("Quý I giảm mạnh (-8,4%), quý II phục hồi (+2,1%).");
    expect(all.map((f) => [f.value_text, f.measure, f.period])).toEqual([
      ["-8,4", "growth", "2024-Q1"],
      ["+2,1", "growth", "2024-Q2"],
    ]);
    expect(fact("Dư nợ tăng 640 tỷ đồng (+5,3%).", "+5,3").measure).toBe("growth");
  });

  it("in a clause about the structure, a rise in percent is a change of share", () => {
    const all = facts(
      "Cơ cấu kinh tế chuyển dịch đúng hướng, thương mại - dịch vụ tăng 1,8%, nông nghiệp giảm 2,3% so với năm 2022; giá trị sản xuất công nghiệp tăng 9,6%.",
    );
    expect(all.map((f) => [f.value_text, f.measure])).toEqual([
      ["1,8", "change"],
      ["2,3", "change"],
      ["9,6", "growth"],
    ]);
  });

  it("a count out of a whole named before it in its sentence is a count of that total", () => {
    const all = facts(
      "Trong số 24 chỉ tiêu chủ yếu HĐND huyện giao năm 2023, có 19 chỉ tiêu đạt và vượt kế hoạch.",
    );
    expect(all.map((f) => [f.value_text, f.measure, f.total])).toEqual([
      ["24", "level", undefined],
      ["19", "count_of_total", 24],
    ]);
  });

  it("a count of the targets met out of the set a resolution laid down", () => {
    const text =
      "Nghị quyết HĐND xã đề ra 20 chỉ tiêu chủ yếu; đến nay có 17 chỉ tiêu đạt và vượt, 03 chỉ tiêu không đạt.";
    const all = facts(text, { date: "2024-12-10", area: "xã Đông Hưng", period: "2024" });
    expect(all.map((f) => [f.value_text, f.measure, f.total ?? ""])).toEqual([
      ["20", "level", ""],
      ["17", "count_of_total", 20],
      ["03", "level", ""],
    ]);
  });

  it("by how much a count went past its plan is a change", () => {
    const all = facts("Năm 2024 toàn huyện giảm 512 hộ nghèo, vượt 112 hộ so với chỉ tiêu tỉnh giao.");
    expect(all.map((f) => [f.value_text, f.measure])).toEqual([
      ["512", "change"],
      ["112", "change"],
    ]);
  });

  it("a count inside the name of a growth rate does not hide it", () => {
    expect(
      fact("Tăng trưởng bình quân của 4 huyện vùng cao đạt 7,9% trong năm 2023, cao hơn toàn tỉnh.", "7,9")
        .measure,
    ).toBe("growth");
  });

  it("'bằng X%' beside an index in the same sentence is the same index", () => {
    const all = facts(
      "Diện tích gieo trồng ước đạt 41.200 ha, bằng 98,4% so với cùng kỳ, trong đó vụ Mùa đạt 20.100 ha, bằng 97,6%.",
    );
    expect(all.filter((f) => f.unit === "%").map((f) => f.measure)).toEqual(["growth", "growth"]);
  });

  it("'đạt X%' right after an amount, the plan left unsaid, is its achievement", () => {
    expect(fact("Chi thường xuyên là 2.480,5 tỷ đồng, đạt 64,2%, tăng 8,1%.", "64,2").measure).toBe(
      "pct_of_target",
    );
    // …but a share of a whole named after it is a share.
    expect(fact("Diện tích cây ăn quả 1.240 ha, đạt 12,5% tổng diện tích quy hoạch.", "12,5").measure).toBe(
      "share",
    );
  });

  it("rates in brackets after the growth they are of are growth rates, of past quarters results", () => {
    const text =
      "Tổng sản phẩm trên địa bàn (GRDP) quý III/2024 ước tăng 7,4% so với cùng kỳ, cao hơn mức tăng của quý I (5,2%) và quý II (6,1%).";
    expect(facts(text, { date: "2024-10-05", area: "tỉnh Phú Thọ" }).map(labels)).toEqual([
      ["7,4", "growth", "estimate", "2024-Q3"],
      ["5,2", "growth", "actual", "2024-Q1"],
      ["6,1", "growth", "actual", "2024-Q2"],
    ]);
  });

  it("rates of rise and fall, growth named in the clause", () => {
    expect(fact("Tỷ lệ giảm nghèo đa chiều trên 3%.", "3").measure).toBe("change");
    expect(fact("Tỷ lệ tăng dân số tự nhiên dưới 1,1%.", "1,1").measure).toBe("growth");
    expect(fact("Thành phố có tốc độ tăng trưởng GRDP cao nhất vùng, đạt 9,4%.", "9,4").measure).toBe(
      "growth",
    );
    expect(fact("Quy mô nền kinh tế thu hẹp hơn 1,2 nghìn tỷ đồng so cùng kỳ.", "1,2").measure).toBe(
      "change",
    );
  });

  it("a decimal change with its unit lost is a percentage", () => {
    const f = fact("Diện tích rừng trồng mới đạt 3.120,5 ha, tăng 6,2.", "6,2");
    expect([f.measure, f.unit]).toEqual(["growth", "%"]);
  });

  it("ranks written as places among others", () => {
    expect(fact("Tỉnh có mức tăng trưởng thấp thứ 3 cả nước.", "3").measure).toBe("rank");
    expect(fact("Chỉ số PCI xếp hạng thứ 18/63 tỉnh, thành.", "18/63").measure).toBe("rank");
    expect(fact("Thu ngân sách thuộc nhóm 12 địa phương có số thu lớn nhất.", "12").measure).toBe("rank");
  });
});

describe("brackets that restate a figure for another time or place", () => {
  it("a plan in brackets after a verdict on it is the plan of the level, not of the change or gap", () => {
    const hints = { date: "2025-04-10", area: "huyện Sơn Dương, tỉnh Tuyên Quang" };
    const got = facts(
      "Thu nhập bình quân đầu người năm 2024 đạt 58 triệu đồng, tăng 19 triệu đồng so với năm 2020, vượt mục tiêu Nghị quyết (55 triệu đồng). Tỷ lệ trường đạt chuẩn quốc gia đạt 81,5%, vượt 1,5% so với Nghị quyết (Nghị quyết 80%).",
      hints,
    ).map((f) => [f.value_text, f.kind, f.measure]);
    expect(got).toEqual([
      ["58", "actual", "rate"],
      ["19", "actual", "change"],
      ["55", "target", "rate"],
      ["81,5", "actual", "share"],
      ["1,5", "actual", "change"],
      ["80", "target", "share"],
    ]);
  });

  it("take its subject and measure, their own period, and report what was", () => {
    const all = facts(
      "Tổng sản phẩm 9 tháng ước tăng 6,1% (9 tháng năm 2023 tăng 5,4%), đóng góp 0,8 điểm %.",
    );
    expect(all.map(labels)).toEqual([
      ["6,1", "growth", "estimate", "2024-01/2024-09"],
      ["5,4", "growth", "actual", "2023-01/2023-09"],
      ["0,8", "change", "estimate", "2024-01/2024-09"],
    ]);
    expect(all[1].why).toEqual({ kind: "comparator", period: "comparator-own" });
  });

  it("a list in the comparator's bracket restates each figure before it in its own terms", () => {
    const all = facts(
      "Năm 2025, ngành phát hiện 187 vụ buôn lậu, thu nộp ngân sách 5,12 tỷ đồng (năm 2024: 142 vụ, 3,9 tỷ đồng); xử phạt 26 đối tượng.",
      { date: "2025-12-15", area: "tỉnh An Giang" },
    );
    expect(all.map(labels)).toEqual([
      ["187", "level", "actual", "2025"],
      ["5,12", "level", "actual", "2025"],
      ["142", "level", "actual", "2024"],
      ["3,9", "level", "actual", "2024"],
      ["26", "level", "actual", "2025"],
    ]);
    expect(all[3].why?.kind).toBe("comparator");
    expect(all[3].indicator.text).toBe(all[1].indicator.text);
  });

  it("'cùng kỳ' in the bracket is the same period a year before; 'âm' is a fall", () => {
    const f = fact("6 tháng đầu năm, tăng trưởng kinh tế đạt 5,9% (cùng kỳ âm 1,2%).", "1,2");
    expect([f.measure, f.period, f.value]).toEqual(["growth", "2023-S1", -1.2]);
  });

  it("the province's average in brackets restates the district's figure for the province", () => {
    const f = fact(
      "Giải ngân vốn đầu tư công đến 15/9/2024 đạt 52,8% kế hoạch vốn, cao hơn bình quân chung của tỉnh (47,3%).",
      "47,3",
      { date: "2024-09-20", area: "huyện Lạc Thủy" },
    );
    expect([f.measure, f.kind, f.why?.kind]).toEqual(["pct_of_target", "actual", "comparator"]);
  });

  it("'(cùng kỳ ước 6,5%)' restates the figure for the same period a year before, as estimated then", () => {
    const text = "Tốc độ tăng trưởng GRDP năm 2024 ước đạt 7,1% (cùng kỳ ước 6,5%), xếp thứ 20/63 cả nước.";
    expect(facts(text, { date: "2024-12-10", area: "tỉnh Hà Nam" }).map(labels)).toEqual([
      ["7,1", "growth", "estimate", "2024"],
      ["6,5", "growth", "estimate", "2023"],
      ["20/63", "rank", "estimate", "2024"],
    ]);
  });

  it("a national average in brackets is about the country", () => {
    const f = fact("Tăng trưởng 9 tháng đạt 7,2%, cao hơn bình quân cả nước (6,8%).", "6,8");
    expect([f.measure, f.area]).toEqual(["growth", "cả nước"]);
  });

  it("does not date the figures after it", () => {
    const all = facts(
      "Tốc độ tăng trưởng kinh tế đạt 6,5% (cùng kỳ năm trước tăng 5,1%), xếp thứ 12/63 tỉnh, thành phố.",
    );
    expect(all.map((f) => f.period)).toEqual(["2024", "2023", "2024"]);
  });
});

describe("per mille", () => {
  it("salt in the water is a reading; births and deaths per thousand people are a rate", () => {
    const hints = { date: "2025-04-08", area: "tỉnh Bến Tre" };
    const text = [
      "2. Xâm nhập mặn",
      "- Sông Hàm Luông: tại trạm Sơn Đốc 8,6‰ (ngày 10/3/2025).",
      "- Ranh mặn 4‰ vào sâu 52 km.",
      "3. Dân số",
      "Tỷ suất sinh thô 14,2‰; tỷ suất chết trẻ em dưới 1 tuổi 9,8‰.",
    ].join("\n");
    expect(facts(text, hints).map((f) => [f.value_text, f.measure])).toEqual([
      ["8,6", "level"],
      ["4", "level"],
      ["52", "level"],
      ["14,2", "rate"],
      ["9,8", "rate"],
    ]);
  });

  it("a part that looks ahead to forecast gives forecasts; one that sets tasks gives targets", () => {
    const text = [
      "III. DỰ BÁO TRONG THỜI GIAN TỚI",
      "- Tháng 5/2025: độ mặn lớn nhất tại trạm Sơn Đốc khoảng 5-6‰.",
      "IV. NHIỆM VỤ TRONG THỜI GIAN TỚI",
      "- Trữ ngọt cho 1.200 ha lúa.",
    ].join("\n");
    expect(
      facts(text, { date: "2025-04-08", area: "tỉnh Bến Tre" }).map((f) => [f.value_text, f.kind]),
    ).toEqual([
      ["5-6", "forecast"],
      ["1.200", "target"],
    ]);
  });
});

describe("a disease bulletin and a union's plan in brackets", () => {
  const hints = { date: "2025-11-18", area: "tỉnh Khánh Hòa" };
  it("a plan with no unit after a ratio to it is in the terms of the result the ratio was taken of", () => {
    const f = fact("Kết nạp 18.652 đoàn viên mới, đạt 116,6% chỉ tiêu (16.000).", "16.000", hints);
    expect([f.measure, f.kind, f.unit]).toEqual(["level", "target", "đoàn viên"]);
    // (Where the figures do not agree, the ratio's own terms.)
    const g = fact("Kết nạp 18.652 đoàn viên mới, đạt 116,6% chỉ tiêu (15.500).", "15.500", hints);
    expect(g.unit).toBe("%");
  });

  it("a result beside its bound is a share, not a share of the plan", () => {
    const all = facts(
      "Đến ngày 16/11/2025 đã tiêm 41.528/46.210 trẻ, đạt 89,9% (mục tiêu từ 95% trở lên).",
      hints,
    );
    expect(all.map((f) => [f.value_text, f.measure, f.kind])).toEqual([
      ["41.528/46.210", "count_of_total", "actual"],
      ["89,9", "share", "actual"],
      ["95", "share", "target"],
    ]);
  });

  it("a window ahead is no figure, and what is forecast in it is a forecast", () => {
    const all = facts(
      "Dự báo trong 2 - 4 tuần tới số ca mắc tiếp tục ở mức cao, khoảng 450 - 500 ca/tuần.",
      hints,
    );
    expect(all.map((f) => [f.value_text, f.kind])).toEqual([["450 - 500", "forecast"]]);
  });

  it("a bracket right after the period compared with holds that period's level", () => {
    const all = facts(
      "Năm 2025 vận động được 486,4 tỷ đồng. So với năm 2024 (352,4 tỷ đồng), tổng nguồn lực tăng 38,0%.",
      {
        date: "2025-12-20",
        area: "tỉnh Hà Tĩnh",
      },
    );
    expect(all.map((f) => [f.value_text, f.period])).toEqual([
      ["486,4", "2025"],
      ["352,4", "2024"],
      ["38,0", "2025"],
    ]);
  });

  it("a multiple of the same period last year is of the figure's own period", () => {
    const all = facts(
      "Cộng dồn từ đầu năm 1.036 ca dương tính, gấp khoảng 22 lần cùng kỳ năm 2024 (47 ca); 02 ca tử vong.",
      hints,
    );
    const by = (v: string) => all.find((f) => f.value_text === v)?.period;
    expect([by("22"), by("47"), by("02")]).toEqual([by("1.036"), "2024", by("1.036")]);
    expect(by("1.036")).not.toBe("2024");
  });
});

describe("kind", () => {
  it("a plan in brackets after the body that set it or the bound it is written with", () => {
    const pick = (text: string, written: string) => {
      const f = fact(text, written, { date: "2025-10-10", area: "tỉnh Gia Lai" });
      return [f.measure, f.kind];
    };
    expect(pick("Tỷ lệ giải quyết án dân sự đạt 88,2%, chưa đạt yêu cầu của ngành (85%).", "85")).toEqual([
      "share",
      "target",
    ]);
    expect(
      pick("Tỷ lệ bản án bị hủy là 0,68%, thấp hơn chỉ tiêu Quốc hội giao (không quá 1,5%).", "1,5"),
    ).toEqual(["share", "target"]);
    // (A ratio to one plan is not in the terms of another: the plan is of the rate.)
    expect(
      pick(
        "Tỷ lệ bao phủ bảo hiểm y tế đạt 92,4% dân số, đạt 99,1% kế hoạch Bộ giao nhưng thấp hơn chỉ tiêu Nghị quyết HĐND tỉnh (93,5%).",
        "93,5",
      ),
    ).toEqual(["share", "target"]);
    // (What is expected at about a figure among the tasks ahead is a forecast, and so is what
    // follows it in its clause.)
    const ahead = facts(
      [
        "BÁO CÁO",
        "Tình hình thu ngân sách tháng 5 và 5 tháng đầu năm 2025; dự kiến nhiệm vụ tháng 6 năm 2025",
        "I. KẾT QUẢ THU NGÂN SÁCH",
        "Thu ngân sách tháng 5 đạt 840 tỷ đồng.",
        "II. DỰ KIẾN THU THÁNG 6 VÀ NHIỆM VỤ TRỌNG TÂM",
        "Dự kiến thu tháng 6/2025 khoảng 910 tỷ đồng; lũy kế 6 tháng khoảng 5.120 tỷ đồng, đạt 51,2% dự toán.",
      ].join("\n"),
      { date: "2025-06-04", area: "tỉnh Bình Định" },
    );
    expect(ahead.map((f) => [f.value_text, f.kind])).toEqual([
      ["840", "actual"],
      ["910", "forecast"],
      ["5.120", "forecast"],
      ["51,2", "forecast"],
    ]);
    // (A staff quota assigned is set, as a plan is.)
    expect(pick("Tổng biên chế được giao 842 người; có mặt 796 người.", "842")).toEqual(["level", "target"]);
  });

  it("an earlier clause's estimate does not reach a past quarter named beside it", () => {
    const all = facts("GRDP quý III ước tăng 5,8%, thấp hơn mức tăng 6,9% của quý I và 6,2% của quý II.");
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["5,8", "estimate", "2024-Q3"],
      ["6,9", "actual", "2024-Q1"],
      ["6,2", "actual", "2024-Q2"],
    ]);
  });

  it("the parts listed after a whole take its period, and bracketed footnote markers are no figures", () => {
    const all = facts(
      "GDP quý II ước tăng 6,9%, cao hơn mức tăng 5,7%[1] của quý I. Trong đó, nông nghiệp tăng 3,3%; công nghiệp tăng 8,3%.",
    );
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["6,9", "estimate", "2024-Q2"],
      ["5,7", "actual", "2024-Q1"],
      ["3,3", "estimate", "2024-Q2"],
      ["8,3", "estimate", "2024-Q2"],
    ]);
    expect(all[2].why?.period).toBe("its-whole");
  });

  it("the parts listed after an estimate are estimates, unless they name a period of their own", () => {
    const all = facts(
      "GRDP 9 tháng ước tăng 7,1%. Trong đó, nông nghiệp tăng 3,2%; công nghiệp tăng 9,8%; riêng tháng 9 dịch vụ tăng 6,5%.",
    );
    expect(all.map((f) => [f.value_text, f.kind])).toEqual([
      ["7,1", "estimate"],
      ["3,2", "estimate"],
      ["9,8", "estimate"],
      ["6,5", "actual"],
    ]);
  });

  it("last year's quarter named after a figure is that figure's alone", () => {
    const text =
      "GRDP quý I ước tăng 8,1% so với cùng kỳ, cao hơn mức tăng 7,2% của quý I năm trước và đứng thứ 12/63 tỉnh, thành phố.";
    expect(facts(text, { date: "2025-04-08", area: "tỉnh Hải Dương" }).map(labels)).toEqual([
      ["8,1", "growth", "estimate", "2025-Q1"],
      ["7,2", "growth", "actual", "2024-Q1"],
      ["12/63", "rank", "estimate", "2025-Q1"],
    ]);
  });

  it("an estimate word does not reach last year's figure set beside it", () => {
    const text = "GRDP 9 tháng năm 2024 ước tăng 6,2%, thấp hơn mức tăng 7,8% của 9 tháng năm 2023.";
    expect(facts(text, { date: "2024-09-28", area: "tỉnh Hòa Bình" }).map(labels)).toEqual([
      ["6,2", "growth", "estimate", "2024-01/2024-09"],
      ["7,8", "growth", "actual", "2023-01/2023-09"],
    ]);
  });

  it("the parts of the last whole a sentence estimated, in the next paragraph too", () => {
    const whole =
      "GRDP quý III/2023 ước tăng 5,1% so với cùng kỳ; tính chung 9 tháng năm 2023 GRDP ước tăng 6,4%.";
    const hints = { date: "2023-09-28", area: "tỉnh Ninh Thuận" };
    for (const opener of ["Trong đó,", "Trong mức tăng chung 9 tháng,"]) {
      const all = facts(`${whole}\n${opener} khu vực dịch vụ tăng 6,9%, đóng góp 2,8 điểm phần trăm.`, hints);
      expect(all.slice(2).map(labels), opener).toEqual([
        ["6,9", "growth", "estimate", "2023-01/2023-09"],
        ["2,8", "change", "estimate", "2023-01/2023-09"],
      ]);
    }
  });

  it("where each estimate is marked, a part stated with a plain 'đạt' is a result", () => {
    const text =
      "Diện tích gieo trồng cây hằng năm 9 tháng ước đạt 98.450 ha, bằng 101,2% so với cùng kỳ, trong đó vụ Đông Xuân đạt 61.320 ha, bằng 100,4%; vụ Hè Thu ước đạt 37.130 ha, bằng 102,5%.";
    expect(
      facts(text, { date: "2024-09-27", area: "tỉnh Hà Tĩnh" }).map((f) => [f.value_text, f.kind]),
    ).toEqual([
      ["98.450", "estimate"],
      ["101,2", "estimate"],
      ["61.320", "actual"],
      ["100,4", "actual"],
      ["37.130", "estimate"],
      ["102,5", "estimate"],
    ]);
  });

  it("a sentence with a subject and a verb of doing is not carried by the last one's estimate", () => {
    const text =
      "Giá trị sản xuất tiểu thủ công nghiệp ước đạt 95 tỷ đồng. Làng nghề duy trì 310 hộ tham gia, giải quyết việc làm cho 650 lao động.";
    const all = facts(text, { date: "2024-06-17", area: "xã An Hòa", period: "2024-S1" });
    expect(all.map((f) => [f.value_text, f.kind])).toEqual([
      ["95", "estimate"],
      ["310", "actual"],
      ["650", "actual"],
    ]);
  });

  it("a clause after a semicolon with its own subject and 'còn' is no part of the estimate", () => {
    const text =
      "Năm 2020, thu nhập bình quân đầu người ước đạt 45,2 triệu đồng; hiện nay tỷ lệ hộ nghèo chỉ còn 1,2%.";
    expect(
      facts(text, { date: "2020-07-02", area: "xã Bình Minh" }).map((f) => [f.value_text, f.kind]),
    ).toEqual([
      ["45,2", "estimate"],
      ["1,2", "actual"],
    ]);
  });

  it("a sentence with its own subject and verb is not carried by the last one's estimate", () => {
    const all = facts(
      "Một số sản phẩm tăng như: xi măng ước tăng 4%. Một số sản phẩm giảm như gạch nung giảm 7,5%.",
    );
    expect(all.map((f) => f.kind)).toEqual(["estimate", "actual"]);
  });

  it("a clause with no verb of its own goes on as the result before it, not as the paragraph's estimate", () => {
    const all = facts(
      "Sản lượng lương thực cả năm ước đạt 52.300 tấn, tăng 2,1%. Phong trào xây dựng nông thôn mới được quan tâm (đến tháng 6/2024, toàn huyện có 12/18 xã đạt chuẩn; 3/12 xã đạt chuẩn nâng cao).",
      { date: "2024-07-05" },
    );
    expect(all.map((f) => [f.value_text, f.kind])).toEqual([
      ["52.300", "estimate"],
      ["2,1", "estimate"],
      ["12/18", "actual"],
      ["3/12", "actual"],
    ]);
  });

  it("a result written over its target is a result and a target", () => {
    const all = facts(
      "Nhiều chỉ tiêu đạt cao như thu ngân sách trên địa bàn 12.300/10.500 tỷ đồng; kết nạp đảng viên mới 2.140/2.000 đảng viên.",
    );
    expect(all.map((f) => [f.value_text, f.measure, f.kind, f.unit, f.indicator.text])).toEqual([
      ["12.300", "level", "actual", "tỷ đồng", "thu ngân sách trên địa bàn"],
      ["10.500", "level", "target", "tỷ đồng", "thu ngân sách trên địa bàn"],
      ["2.140", "level", "actual", "đảng viên", "kết nạp đảng viên mới"],
      ["2.000", "level", "target", "đảng viên", "kết nạp đảng viên mới"],
    ]);
    // A count of a total never exceeds its whole.
    expect(fact("Có 45/48 đại biểu có mặt.", "45/48").measure).toBe("count_of_total");
  });

  it("a level written over the level a change is taken from is last year's, not a target", () => {
    const all = facts(
      "Năm 2024, số vụ tai nạn giao thông giảm 12,5% (56/64 vụ) so với năm 2023; số hộ kinh doanh tăng 35 hộ (1.240/1.205 hộ).",
      { date: "2024-12-20", area: "huyện Đông Anh" },
    );
    expect(all.map((f) => [f.value_text, f.measure, f.kind, f.period])).toEqual([
      ["12,5", "growth", "actual", "2024"],
      ["56", "level", "actual", "2024"],
      ["64", "level", "actual", "2023"],
      ["35", "change", "actual", "2024"],
      ["1.240", "level", "actual", "2024"],
      ["1.205", "level", "actual", "2023"],
    ]);
    // Against the plan, the second part is still the target: 412/400 is 103%.
    const plan = facts(
      "So với kế hoạch giao, số trường đạt chuẩn quốc gia tăng 12 trường (412/400 trường, đạt 103% kế hoạch).",
      { date: "2024-12-20", area: "huyện Đông Anh" },
    );
    expect(plan.find((f) => f.value_text === "400")?.kind).toBe("target");
  });

  it("a target beside a result in other terms", () => {
    const all = facts(
      "Tăng trưởng 6 tháng đầu năm chỉ đạt 6,2%, thấp hơn kịch bản 1,8 điểm % (đã dự kiến 8,0%).",
    );
    expect(all.map((f) => [f.value_text, f.measure, f.kind])).toEqual([
      ["6,2", "growth", "actual"],
      ["1,8", "change", "actual"],
      ["8,0", "growth", "target"],
    ]);
  });

  it("what is expected of a period far from over is a forecast", () => {
    const f = fact(
      "Dự thảo đánh giá cho thấy 2/9 chỉ tiêu dự kiến đạt thấp hơn Nghị quyết nhiệm kỳ 2020 - 2025.",
      "2/9",
      {
        date: "2025-03-10",
      },
    );
    expect([f.kind, f.why?.kind]).toEqual(["forecast", "expected-ahead"]);
  });

  it("a target verb that opens the sentence holds through its later clauses", () => {
    const text =
      "Năm 2024, xã đạt 17/19 tiêu chí nông thôn mới.\nKế hoạch năm 2025, xã phấn đấu thu nhập bình quân đạt 52 triệu đồng/người; giữ ổn định diện tích lúa khoảng 640 ha; trồng mới 35 ha cây ăn quả.";
    const all = facts(text, { date: "2024-12-12", area: "xã Tân Hòa", period: "2024" });
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["17/19", "actual", "2024"],
      ["52", "target", "2025"],
      ["640", "target", "2025"],
      ["35", "target", "2025"],
    ]);
  });

  it("'mục tiêu … là' sets the targets of its clause, 'cả năm' their year", () => {
    const text =
      "Sáu tháng đầu năm, ngành du lịch đón 1,2 triệu lượt khách. Lãnh đạo Sở cho biết, mục tiêu cả năm là đón 2,4 triệu lượt khách, doanh thu trên 9.500 tỷ đồng.";
    const all = facts(text, { date: "2024-07-10", area: "tỉnh Ninh Bình" });
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["1,2", "actual", "2024-S1"],
      ["2,4", "target", "2024"],
      ["9.500", "target", "2024"],
    ]);
  });

  it("'mục tiêu' with a year opening a clause sets its targets; 'không thấp hơn' is a floor", () => {
    const text =
      "Dự báo quý II tăng khoảng 7,8%; mục tiêu cả năm tăng trưởng 9% trở lên. Phấn đấu tỷ lệ tốt nghiệp THPT năm 2025 không thấp hơn 99,2%.";
    const all = facts(text, { date: "2025-04-08", area: "tỉnh Thái Nguyên" });
    expect(all.map((f) => [f.value_text, f.measure, f.kind, f.period])).toEqual([
      ["7,8", "growth", "forecast", "2025-Q2"],
      ["9", "growth", "target", "2025"],
      ["99,2", "share", "target", "2025"],
    ]);
  });

  it("a target verb in a later clause does not reach back across a semicolon", () => {
    const text =
      "Tỷ lệ tiêm chủng đầy đủ cho trẻ em đạt 96,5%, phấn đấu cuối năm đạt 98%; tỷ lệ hộ nghèo giảm còn 3,1%.";
    const all = facts(text, { date: "2024-07-05", area: "huyện Mai Sơn", period: "2024-S1" });
    expect(all.map((f) => [f.value_text, f.kind])).toEqual([
      ["96,5", "actual"],
      ["98", "target"],
      ["3,1", "actual"],
    ]);
  });

  it("a clause about a budget estimate or a plan is set by its verb; compared with one, no date", () => {
    const text =
      "Dự toán thu ngân sách nhà nước năm 2024 HĐND huyện giao 412 tỷ đồng; ước thực hiện cả năm đạt 436 tỷ đồng.\nDự toán thu năm 2025 là 450 tỷ đồng, tăng 9,2% so với dự toán năm 2024; trong đó thu nội địa 430 tỷ đồng.";
    const all = facts(text, { date: "2024-12-08", area: "huyện Krông Pắc", period: "2024" });
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["412", "target", "2024"],
      ["436", "estimate", "2024"],
      ["450", "target", "2025"],
      ["9,2", "target", "2025"],
      ["430", "target", "2025"],
    ]);
  });

  it("'so với mục tiêu' compares with a target, it sets none", () => {
    const all = facts(
      "Tăng trưởng năm 2023 ước đạt 6,1%, cao hơn so với mục tiêu Nghị quyết, thuộc nhóm 5 tỉnh dẫn đầu.",
      {
        date: "2023-12-20",
      },
    );
    expect(all.map((f) => f.kind)).toEqual(["estimate", "estimate"]);
  });

  it("a contrast after a target turns to what was done", () => {
    const all = facts("Năm 2024, tỉnh đặt mục tiêu GRDP tăng 9,5%, tuy nhiên 9 tháng mới chỉ tăng 7,2%.", {
      date: "2024-10-05",
    });
    expect(all.map((f) => [f.value_text, f.kind])).toEqual([
      ["9,5", "target"],
      ["7,2", "actual"],
    ]);
  });

  it("a target set inside a sentence: 'đặt mục tiêu', 'mục tiêu:'", () => {
    expect(
      fact("Thành phố đặt mục tiêu tăng trưởng GRDP từ 10 - 10,5% so với năm 2023.", "10 - 10,5").kind,
    ).toBe("target");
    expect(fact("Kết quả còn thấp (mục tiêu: tăng trưởng bình quân 7-8% mỗi năm).", "7-8").kind).toBe(
      "target",
    );
  });
});

describe("a news page's reported speech", () => {
  it("a target set in reported speech covers its clauses; the nearer 'cả năm' dates the yearly one", () => {
    const text =
      "Bà Trần Thị Lan, Phó Chủ tịch UBND thị xã Hồng Ngự cho biết, 6 tháng cuối năm, thị xã phấn đấu giá trị sản xuất công nghiệp cả năm tăng 8% trở lên; hỗ trợ thêm 12 doanh nghiệp chuyển đổi số.";
    const got = facts(text, { date: "2024-07-10", area: "thị xã Hồng Ngự, tỉnh Đồng Tháp" }).map((f) => [
      f.value_text,
      f.kind,
      f.period,
    ]);
    expect(got).toEqual([
      ["8", "target", "2024"],
      ["12", "target", "2024-S2"],
    ]);
  });

  it("'cao hơn năm ngoái từ 300-500 đồng/kg' is a change", () => {
    const f = fact("Giá lúa tại ruộng cao hơn năm ngoái từ 300-500 đồng/kg.", "300-500", {
      date: "2024-07-10",
      area: "tỉnh An Giang",
    });
    expect(f.measure).toBe("change");
  });
});

describe("a holiday's page", () => {
  it("last year's Tết compared with is not the period of the figures", () => {
    const text =
      "Các bệnh viện cấp cứu 960 ca, giảm 7,5% so với Tết năm 2024; tai nạn giao thông xảy ra 4 vụ, so với Tết Giáp Thìn năm 2024 giảm 2 vụ.";
    expect(
      facts(text, { date: "2025-02-06", area: "tỉnh Hà Nam" }).map((f) => [f.value_text, f.period]),
    ).toEqual([
      ["960", "2025"],
      ["7,5", "2025"],
      ["4", "2025"],
      ["2", "2025"],
    ]);
  });

  it("the holiday's dates are no figures; its months are the figures' period, last year's when it says so", () => {
    const text = [
      "Bình Định đón 96 nghìn lượt khách dịp nghỉ lễ 30/4-1/5",
      "04/05/2025 08:30 | Lượt xem: 2.114",
      "Trong 5 ngày nghỉ lễ (30/4) và (1/5), từ ngày 30/4 đến hết ngày 4/5, tổng lượt khách ước đạt 96.200 lượt.",
      "Dịp nghỉ lễ 30/4-1/5 năm ngoái, toàn tỉnh đón khoảng 81.000 lượt khách.",
    ].join("\n");
    const r = read(text, { date: "2025-05-04", area: "tỉnh Bình Định" });
    expect(r.facts.map((f) => [f.value_text, f.period])).toEqual([
      ["96", "2025-04/2025-05"],
      ["5", "2025-04/2025-05"],
      // (a run of days, by the months it runs over)
      ["96.200", "2025-04/2025-05"],
      ["81.000", "2024-04/2024-05"],
    ]);
  });

  it("the parts after 'trong đó' stay estimates however each is written; last year's holiday dates nothing after it", () => {
    const text = [
      "Dịp nghỉ lễ 30/4-1/5, tổng lượt khách ước đạt 96.200 lượt, tăng 12%; trong đó khách lưu trú ước đạt 40.100 lượt; khách quốc tế khoảng 3.200 lượt.",
      "Doanh thu ước đạt 190 tỷ đồng, tăng 20% so với dịp lễ năm ngoái. Công suất phòng bình quân đạt 80%.",
    ].join("\n");
    const got = facts(text, { date: "2025-05-04", area: "tỉnh Bình Định" }).map((f) => [
      f.value_text,
      f.kind,
      f.period,
    ]);
    expect(got).toEqual([
      ["96.200", "estimate", "2025-04/2025-05"],
      ["12", "estimate", "2025-04/2025-05"],
      ["40.100", "estimate", "2025-04/2025-05"],
      ["3.200", "estimate", "2025-04/2025-05"],
      ["190", "estimate", "2025-04/2025-05"],
      ["20", "estimate", "2025-04/2025-05"],
      ["80", "actual", "2025-04/2025-05"],
    ]);
  });
});

describe("interest rates", () => {
  it("are rates and their moves changes; a deposit's term is no figure", () => {
    const got = facts(
      "Lãi suất huy động kỳ hạn từ 12 tháng trở lên ở mức 4,5-5,8%/năm. Lãi suất cho vay bình quân 8,4%/năm, giảm 0,7%/năm so với cuối năm 2023.",
      { date: "2024-07-10", area: "tỉnh Hậu Giang" },
    ).map((f) => [f.value_text, f.measure]);
    expect(got).toEqual([
      ["4,5-5,8", "rate"],
      ["8,4", "rate"],
      ["0,7", "change"],
    ]);
  });

  it("so is the yearly rate a fund pays on members' capital; a yearly growth of profit is not", () => {
    const got = facts(
      "Chi trả lãi vốn góp 610 triệu đồng, tương ứng tỷ lệ 12%/năm (năm 2022: 11%/năm). Lợi nhuận tăng bình quân 8%/năm.",
      { date: "2024-02-20", area: "xã Phú Lộc" },
    ).map((f) => [f.value_text, f.measure]);
    expect(got).toEqual([
      ["610", "level"],
      ["12", "rate"],
      ["11", "rate"],
      ["8", "growth"],
    ]);
  });
});

describe("tasks for the rest of the year", () => {
  it("a state to reach by the year's end or the year's plan named is the year's; the work of the months left is theirs", () => {
    const text = [
      "BÁO CÁO kết quả 6 tháng đầu năm 2025",
      "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025",
      "1. Giải quyết việc làm cho khoảng 120 lao động; giảm số hộ nghèo xuống còn dưới 10 hộ.",
      "2. Nâng tỷ lệ tham gia bảo hiểm y tế lên 96% vào cuối năm.",
      "3. Trồng thêm 6 ha rừng để hoàn thành kế hoạch 40 ha.",
    ].join("\n");
    const got = facts(text, { date: "2025-06-20", area: "phường An Hòa, tỉnh Đồng Tháp" }).map((f) => [
      f.value_text,
      f.kind,
      f.period,
    ]);
    expect(got).toEqual([
      ["120", "target", "2025-S2"],
      ["10", "target", "2025"],
      ["96", "target", "2025"],
      ["6", "target", "2025-S2"],
      ["40", "target", "2025"],
    ]);
  });

  it("months named without a year among them are the coming ones; what the work is for dates nothing", () => {
    const text = [
      "BÁO CÁO kết quả 6 tháng đầu năm 2025",
      "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025",
      "1. Trồng 32 ha rừng còn lại trong tháng 7 và tháng 8.",
      "2. Ươm 15.000 cây giống phục vụ trồng mới năm 2026.",
    ].join("\n");
    const got = facts(text, { date: "2025-06-20", area: "xã Tà Xùa, tỉnh Sơn La" });
    expect(got.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["32", "target", "2025-07"],
      ["15.000", "target", "2025-S2"],
    ]);
  });
});

describe("a target's deadline", () => {
  it("is its period, over the year of the plan it names and the date of the target before it", () => {
    const text = [
      "III. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI",
      "1. Các chủ đầu tư phấn đấu đến ngày 31/12/2025 giải ngân trên 90% kế hoạch; giải ngân 100% kế hoạch vốn năm 2025 chậm nhất là ngày 31/01/2026.",
      "2. Hoàn thành trồng 300 ha rừng năm 2025 trước ngày 30/11/2025.",
    ].join("\n");
    const got = facts(text, { date: "2025-11-18", area: "tỉnh Sơn La" }).map(labels);
    expect(got).toEqual([
      ["90", "pct_of_target", "target", "2025"],
      ["100", "pct_of_target", "target", "2026-01-31"],
      ["300", "level", "target", "2025-11-30"],
    ]);
  });
});

describe("a lead-in that tells how the targets came out", () => {
  it("lists results ('chỉ tiêu … đạt và vượt kế hoạch, cụ thể như sau:'); one that strives for them lists targets", () => {
    const text = [
      "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024",
      "1. Các chỉ tiêu chủ yếu",
      "Năm 2024, toàn ngành có 8/9 chỉ tiêu chủ yếu đạt và vượt kế hoạch, cụ thể như sau:",
      "- Tỷ lệ che phủ rừng đạt 61,2%, tăng 0,4 điểm phần trăm so với năm 2023.",
      "II. NHIỆM VỤ NĂM 2025",
      "Năm 2025, toàn ngành phấn đấu đạt và vượt các chỉ tiêu chủ yếu như sau:",
      "- Tỷ lệ che phủ rừng đạt 61,5%.",
    ].join("\n");
    const got = facts(text, { date: "2024-12-18", area: "tỉnh Tuyên Quang" }).map(labels);
    expect(got).toEqual([
      ["8/9", "count_of_total", "actual", "2024"],
      ["61,2", "share", "actual", "2024"],
      ["0,4", "change", "actual", "2024"],
      ["61,5", "share", "target", "2025"],
    ]);
  });
});

describe("a Word conversion's bullets", () => {
  it("in the private-use area are bullets: the lead-in above them gives their kind and year", () => {
    const text = [
      "II. KẾT QUẢ NỔI BẬT",
      "Năm 2025, ước thực hiện:",
      "\uf0b7 Tổng giá trị sản xuất đạt 18.420 tỷ đồng, tăng 7,9% so với năm 2024.",
      "\uf0b7 Thu ngân sách trên địa bàn 940 tỷ đồng.",
    ].join("\n");
    const got = facts(text, { date: "2025-02-20", area: "thị xã Điện Bàn, tỉnh Quảng Nam" }).map(labels);
    expect(got).toEqual([
      ["18.420", "level", "estimate", "2025"],
      ["7,9", "growth", "estimate", "2025"],
      ["940", "level", "estimate", "2025"],
    ]);
  });
});

describe("an estimate does not run on into a new statement", () => {
  it("a sentence with a verb of its own, or opening on a time of its own, is a result", () => {
    const hints = { date: "2025-10-07", area: "huyện Tam Bình, tỉnh Vĩnh Long" };
    const got = facts(
      "Doanh thu dịch vụ quý III ước đạt 1.204,5 tỷ đồng. Các điểm du lịch vườn đón 21.300 lượt khách trong 9 tháng, tăng 12,4%. Tỷ lệ hộ nghèo ước đến cuối năm còn 2,1%. Đến ngày 30/9/2025, có 14/16 xã đạt chuẩn nông thôn mới.",
      hints,
    ).map((f) => [f.value_text, f.kind]);
    expect(got).toEqual([
      ["1.204,5", "estimate"],
      ["21.300", "actual"],
      ["12,4", "actual"],
      ["2,1", "estimate"],
      ["14/16", "actual"],
    ]);
  });
});

describe("a department's half-year report", () => {
  const hints = { date: "2025-06-25", area: "tỉnh Đắk Lắk" };

  it("a plan beside a rate, by its period or school year, is the plan; a ratio to a plan of months is a % of it", () => {
    const got = facts(
      [
        "BÁO CÁO kết quả công tác 6 tháng đầu năm 2025",
        "Tỷ lệ tiêm chủng đầy đủ ước đạt 44,1% (kế hoạch năm 95%).",
        "Thu ngân sách đạt 9.120 triệu đồng, đạt 61,5% dự toán 6 tháng cuối năm (14.830 triệu đồng).",
        "Có 410/480 trường đạt chuẩn quốc gia, đạt 85,4%, tăng 1,2% so với năm học trước (chỉ tiêu năm học 85%).",
      ].join("\n"),
      hints,
    ).map((f) => [f.value_text, f.measure, f.kind, f.period]);
    expect(got).toEqual([
      ["44,1", "share", "estimate", "2025-S1"],
      ["95", "share", "target", "2025"],
      ["9.120", "level", "actual", "2025-S1"],
      ["61,5", "pct_of_target", "actual", "2025-S1"],
      ["14.830", "level", "target", "2025-S2"],
      ["410/480", "count_of_total", "actual", "2025-S1"],
      ["85,4", "share", "actual", "2025-S1"],
      ["1,2", "change", "actual", "2025-S1"],
      ["85", "share", "target", "2025-S1"],
    ]);
  });

  it("funds given are a plan; a count of doctors is a count, their number per 10,000 people a rate; a forecast for the year is the year's", () => {
    const got = facts(
      [
        "BÁO CÁO kết quả công tác 6 tháng đầu năm 2025",
        "Kinh phí chi thường xuyên được giao năm 2025 là 1.520,4 tỷ đồng.",
        "Toàn tỉnh có 1.980 bác sĩ, đạt 10,9 bác sĩ/vạn dân.",
        "Dự báo số ca mắc sốt xuất huyết cả năm 2025 có thể lên tới khoảng 2.500 ca.",
      ].join("\n"),
      hints,
    ).map((f) => [f.value_text, f.measure, f.kind, f.period]);
    expect(got).toEqual([
      ["1.520,4", "level", "target", "2025"],
      ["1.980", "level", "actual", "2025-S1"],
      ["10,9", "rate", "actual", "2025-S1"],
      ["2.500", "level", "forecast", "2025"],
    ]);
  });
});

describe("a news page's look at the last quarter", () => {
  it("what is still needed and what a unit strives for are targets; a poverty standard's span dates nothing", () => {
    const got = facts(
      [
        "Kinh tế - xã hội 9 tháng năm 2025 chuyển biến tích cực",
        "Theo ông Lâm, quý IV tỉnh cần đón thêm khoảng 3,1 triệu lượt khách; riêng khu vực Sa Pa phấn đấu đón khoảng 1,4 triệu lượt.",
        "Theo chuẩn nghèo giai đoạn 2022-2025, phường còn 9 hộ nghèo, chiếm 0,18%.",
      ].join("\n"),
      { date: "2025-10-03", area: "tỉnh Lào Cai" },
    ).map((f) => [f.value_text, f.kind, f.period]);
    expect(got).toEqual([
      ["3,1", "target", "2025-Q4"],
      ["1,4", "target", "2025-Q4"],
      ["9", "actual", "2025-01/2025-09"],
      ["0,18", "actual", "2025-01/2025-09"],
    ]);
  });
});

describe("a press conference's figures", () => {
  const hints = { date: "2025-12-05", area: "tỉnh Sóc Trăng" };
  const text = [
    "BÁO CÁO tình hình kinh tế - xã hội 11 tháng năm 2025",
    "Thu ngân sách 11 tháng đạt 5.320 tỷ đồng. Ông Trần Văn Hòa cho biết có 16/22 chỉ tiêu chủ yếu ước đạt và vượt kế hoạch; 6 chỉ tiêu khó đạt.",
    "Các sở, ngành phải tập trung cao độ để thu ngân sách cả năm đạt ít nhất 6.100 tỷ đồng; giải ngân vốn đầu tư công đạt trên 95%.",
  ].join("\n");

  it("how many of the year's targets are expected to be met is an estimate for the year", () => {
    const got = facts(text, hints).map((f) => [f.value_text, f.kind, f.period]);
    expect(got.slice(0, 3)).toEqual([
      ["5.320", "actual", "2025-01/2025-11"],
      ["16/22", "estimate", "2025"],
      ["6", "estimate", "2025"],
    ]);
  });

  it("what must be done to reach a figure sets it as the year's target, through the sentence", () => {
    const got = facts(text, hints).map((f) => [f.value_text, f.kind, f.period]);
    expect(got.slice(3)).toEqual([
      ["6.100", "target", "2025"],
      ["95", "target", "2025"],
    ]);
  });
});

describe("a page's subheadings", () => {
  it("the period a subheading names holds for the paragraphs under it, until the next one", () => {
    const text = [
      "Hà Tĩnh: tổng kết năm học với nhiều kết quả nổi bật",
      "",
      "Kết quả năm học 2024-2025",
      "Tỷ lệ trường đạt chuẩn quốc gia 84,2%, tăng 1,8 điểm phần trăm so với năm học trước.",
      "Toàn ngành có 28.410 cán bộ, giáo viên, nhân viên.",
      "",
      "Quy mô kỳ thi",
      "Toàn tỉnh có 17.260 thí sinh dự thi.",
      "",
      "Tin liên quan",
      "- Hà Tĩnh đón 2,1 triệu lượt khách năm 2024 (28/12/2024)",
    ].join("\n");
    const r = read(text, { date: "2025-07-20", area: "tỉnh Hà Tĩnh" });
    // (Under the next subheading, which names no period, the page's own period again.)
    expect(r.document.period).not.toBe("2024/2025");
    expect(r.facts.map((f) => [f.value_text, f.period])).toEqual([
      ["84,2", "2024/2025"],
      ["1,8", "2024/2025"],
      ["28.410", "2024/2025"],
      ["17.260", r.document.period],
      ["2,1", "2024"],
    ]);
  });
});

describe("a page's title", () => {
  it("restates the body's estimate, so it is an estimate", () => {
    const text = [
      "Xuất khẩu 6 tháng tăng 11,4%",
      "",
      "6 tháng đầu năm, kim ngạch xuất khẩu của tỉnh ước đạt 2.140 triệu USD, tăng 11,4% so với cùng kỳ.",
    ].join("\n");
    const got = read(text, { date: "2024-07-02", area: "tỉnh Tây Ninh" }).facts.map((f) => [
      f.line,
      f.value_text,
      f.kind,
    ]);
    expect(got).toEqual([
      [1, "11,4", "estimate"],
      [3, "2.140", "estimate"],
      [3, "11,4", "estimate"],
    ]);
  });
});

describe("plans in brackets", () => {
  it("a budget given by a council named in full is a plan", () => {
    const f = fact(
      "Tổng thu ngân sách năm 2024 ước thực hiện 9.420 tỷ đồng, đạt 103,5% dự toán Hội đồng nhân dân tỉnh giao (9.100 tỷ đồng).",
      "9.100",
      { date: "2024-12-05", area: "tỉnh Long An" },
    );
    expect(f.kind).toBe("target");
  });

  it("the plan a part-year ratio was taken on is the year's; a bracketed plan naming its year is of that year", () => {
    const hints = { date: "2025-10-06", area: "tỉnh Trà Vinh" };
    const got = facts(
      "Thu bảo hiểm 9 tháng đạt 1.920,4 tỷ đồng, đạt 70,2% kế hoạch Bảo hiểm xã hội Việt Nam giao (2.735,6 tỷ đồng), tăng 8,2% so với cùng kỳ. Số người tham gia bảo hiểm thất nghiệp chiếm 14,1% lực lượng lao động (chỉ tiêu năm 2025 là 15%).",
      hints,
    ).map((f) => [f.value_text, f.measure, f.kind, f.period]);
    expect(got).toEqual([
      ["1.920,4", "level", "actual", "2025-01/2025-09"],
      ["70,2", "pct_of_target", "actual", "2025-01/2025-09"],
      ["2.735,6", "level", "target", "2025"],
      // (what follows the bracket goes on with the result, not with its plan)
      ["8,2", "growth", "actual", "2025-01/2025-09"],
      ["14,1", "share", "actual", "2025-01/2025-09"],
      ["15", "share", "target", "2025"],
    ]);
  });
});

describe("a report with some lines typed without marks", () => {
  it("reads those lines as it reads the others", () => {
    const got = facts(
      [
        "Báo cáo tình hình kinh tế - xã hội 9 tháng đầu năm 2025",
        "San luong luong thuc co hat 9 thang uoc dat 1.540 tan, tang 2,1% so voi cung ky.",
        "Trồng mới 30 ha rừng, đạt 75% kế hoạch.",
      ].join("\n"),
      { date: "2025-09-25", area: "xã Nà Phặc" },
    ).map((f) => [f.value_text, f.measure, f.kind, f.unit]);
    expect(got).toEqual([
      ["1.540", "level", "estimate", "tấn"],
      ["2,1", "growth", "estimate", "%"],
      ["30", "level", "actual", "ha"],
      ["75", "pct_of_target", "actual", "%"],
    ]);
  });
});

describe("the parts of an estimate", () => {
  it("a rank has a verb of its own: an estimate in the sentence before does not reach it", () => {
    const f = fact(
      "Nếu loại trừ tiền sử dụng đất, thu nội địa ước đạt 21,3 nghìn tỷ đồng, tăng 9% so với năm 2023. Quy mô thu ngân sách của tỉnh đứng thứ 9/63 tỉnh, thành phố.",
      "9/63",
      { date: "2024-12-05", area: "tỉnh Quảng Ninh" },
    );
    expect(f.kind).toBe("actual");
  });

  it("a verb later in a clause does not end the estimate its sentence opened for the clause's later figures", () => {
    const got = facts(
      "Trong thu nội địa, ước thu từ doanh nghiệp nhà nước 2.150 tỷ đồng; thu tiền sử dụng đất 1.420 tỷ đồng, chỉ đạt 71,0% dự toán, bằng 88,2% so với cùng kỳ.",
      { date: "2024-12-05", area: "tỉnh Bắc Giang" },
    ).map((f) => [f.value_text, f.kind]);
    expect(got).toEqual([
      ["2.150", "estimate"],
      ["1.420", "estimate"],
      ["71,0", "estimate"],
      ["88,2", "estimate"],
    ]);
  });

  it("a bracket restating last year between the whole and 'trong đó' does not stop the estimate", () => {
    const got = facts(
      "Tính chung 9 tháng năm 2024, IIP ước tăng 8,4% so với cùng kỳ (cùng kỳ năm 2023 tăng 2,1%); trong đó ngành khai khoáng tăng 5,2%, ngành chế biến, chế tạo tăng 9,1%.",
      { date: "2024-10-06", area: "tỉnh Bắc Ninh" },
    ).map((f) => [f.value_text, f.kind]);
    expect(got).toEqual([
      ["8,4", "estimate"],
      ["2,1", "actual"],
      ["5,2", "estimate"],
      ["9,1", "estimate"],
    ]);
  });

  it("the parts listed after 'trong đó' go on past a semicolon, each with its verb", () => {
    const got = facts(
      "Doanh thu du lịch 10 tháng ước đạt 3.420 tỷ đồng, tăng 12,5% so với cùng kỳ, trong đó doanh thu lưu trú đạt 1.210 tỷ đồng, tăng 9,8%; doanh thu lữ hành đạt 640 tỷ đồng, tăng 15,1%. Số cơ sở lưu trú là 512 cơ sở.",
      { date: "2024-11-04", area: "tỉnh Quảng Bình" },
    ).map((f) => [f.value_text, f.kind]);
    expect(got).toEqual([
      ["3.420", "estimate"],
      ["12,5", "estimate"],
      ["1.210", "estimate"],
      ["9,8", "estimate"],
      ["640", "estimate"],
      ["15,1", "estimate"],
      ["512", "actual"],
    ]);
  });

  it("a growth target named with 'mục tiêu tăng trưởng năm …' is a target of that year", () => {
    const f = fact(
      "Kết quả quý I là cơ sở để hoàn thành mục tiêu tăng trưởng năm 2025 đạt 10% trở lên theo Nghị quyết của Tỉnh ủy.",
      "10",
      { date: "2025-04-03", area: "tỉnh Hà Nam" },
    );
    expect([f.kind, f.period]).toEqual(["target", "2025"]);
  });
});

describe("lead-ins set the scope of the list under them", () => {
  it("a lead-in's period and kind hold for its items, until a heading", () => {
    const text = [
      "Trong 6 tháng đầu năm 2024, huyện đã đạt được một số kết quả nổi bật như sau:",
      "(1). Giá trị sản xuất tăng 8,3% so với cùng kỳ.",
      "(2). Tổng vốn đầu tư toàn xã hội tăng 14,2%.",
      "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM",
      "Giải ngân vốn đầu tư công đạt 100% kế hoạch.",
    ].join("\n\n");
    const all = facts(text, { date: "2024-07-10", area: "huyện Mèo Vạc" });
    expect(all.slice(0, 2).map((f) => [f.value_text, f.kind, f.period, f.why?.period])).toEqual([
      ["8,3", "actual", "2024-S1", "lead-in"],
      ["14,2", "actual", "2024-S1", "lead-in"],
    ]);
    expect(all[2].why?.period).not.toBe("lead-in");
  });

  it("the share a plan is of a whole is the plan's; the share of it spent is a result", () => {
    const text =
      "Dự toán năm 2025 được giao 54,2 tỷ đồng, bằng 0,95% tổng chi ngân sách địa phương; đã giải ngân 41,0 tỷ đồng, bằng 75,6% dự toán.";
    expect(
      facts(text, { date: "2025-12-12", area: "tỉnh Hải Dương" }).map((f) => [
        f.value_text,
        f.kind,
        f.measure,
      ]),
    ).toEqual([
      ["54,2", "target", "level"],
      ["0,95", "target", "share"],
      ["41,0", "actual", "level"],
      ["75,6", "actual", "pct_of_target"],
    ]);
  });

  it("the parts of a plan in a bracket right after it are the plan's", () => {
    const text =
      "Kế hoạch vốn đầu tư công năm 2025 giao cho các dự án thủy lợi là 1.240,5 tỷ đồng (ngân sách trung ương 815,0 tỷ đồng, ngân sách tỉnh 425,5 tỷ đồng); đã giải ngân 930,2 tỷ đồng.";
    expect(
      facts(text, { date: "2025-12-10", area: "tỉnh Quảng Ngãi" }).map((f) => [f.value_text, f.kind]),
    ).toEqual([
      ["1.240,5", "target"],
      ["815,0", "target"],
      ["425,5", "target"],
      ["930,2", "actual"],
    ]);
  });

  it("the parts of a target are targets, even undated", () => {
    const all = facts(
      "Các chỉ tiêu kinh tế - xã hội chủ yếu năm 2025 là: tổng giá trị sản xuất đạt 9.100 tỷ đồng. Trong đó, nông nghiệp là 3.700 tỷ đồng.",
      {},
    );
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["9.100", "target", "2025"],
      ["3.700", "target", "2025"],
    ]);
  });

  it("an estimate in the lead-in makes its items estimates", () => {
    const text =
      "- Tổng dư nợ ước thực hiện đến 30/9/2024 là 18.400 tỷ đồng, cụ thể như sau:\n+ Dư nợ ngắn hạn là 7.900 tỷ đồng.\n+ Dư nợ trung và dài hạn là 10.500 tỷ đồng.";
    expect(facts(text).map((f) => [f.value_text, f.kind])).toEqual([
      ["18.400", "estimate"],
      ["7.900", "estimate"],
      ["10.500", "estimate"],
    ]);
    // The next "-" item is the lead-in's sibling: its list has ended.
    const more = `${text}\n- Nợ xấu đến 30/9/2024 khoảng 210 tỷ đồng, chiếm 1,1% tổng dư nợ.`;
    expect(facts(more).map((f) => [f.value_text, f.kind])).toEqual([
      ["18.400", "estimate"],
      ["7.900", "estimate"],
      ["10.500", "estimate"],
      ["210", "actual"],
      ["1,1", "actual"],
    ]);
  });

  it("the last word that says what a list holds decides", () => {
    const text =
      "Các cấp đã bám sát các mục tiêu đề ra và đạt được những kết quả quan trọng, nổi bật là:\n\n(1) Tốc độ tăng trưởng đạt 6,8%.";
    expect(fact(text, "6,8", { date: "2024-07", area: "tỉnh Bắc Kạn" }).kind).toBe("actual");
  });

  it("a page titled with its targets: every figure under it is a target of that year", () => {
    const text =
      "20 chỉ tiêu phấn đấu năm 2025\n\n12 chỉ tiêu kinh tế gồm:\n\n- Tốc độ tăng trưởng kinh tế (GRDP): Trên 8%\n\n- Thu ngân sách nhà nước: 9.500 tỷ đồng";
    const all = facts(text, { area: "tỉnh Yên Bái" });
    expect(
      all.filter((f) => f.unit !== "chỉ tiêu").map((f) => [f.value_text, f.measure, f.kind, f.period]),
    ).toEqual([
      ["8", "growth", "target", "2025"],
      ["9.500", "level", "target", "2025"],
    ]);
  });

  it("a lead-in that names the unit gives it to the bare figures listed under it", () => {
    const text = [
      "Điểm trung bình các môn thi tốt nghiệp của tỉnh như sau:",
      "- Toán: 5,87 (cả nước 4,78);",
      "- Lịch sử: 6,41;",
      "- Số thí sinh đạt điểm 10: 37 em.",
    ].join("\n");
    expect(
      facts(text, { date: "2025-07-20", area: "tỉnh Hà Nam" }).map((f) => [f.value_text, f.unit, f.measure]),
    ).toEqual([
      ["5,87", "điểm", "score"],
      ["4,78", "điểm", "score"],
      ["6,41", "điểm", "score"],
      ["37", "em", "level"],
    ]);
    const land = "Kết quả giao đất năm 2024 (đơn vị tính: ha):\n- Giao đất ở: 42,5;\n- Cho thuê đất: 118,3.";
    expect(facts(land).map((f) => [f.value_text, f.unit])).toEqual([
      ["42,5", "ha"],
      ["118,3", "ha"],
    ]);
  });

  it("a whole count after a label that opens with what it counts is counted in that noun", () => {
    const text = [
      "Các đội tuyển giành 205 huy chương, gồm:",
      "+ Huy chương Vàng: 71;",
      "+ Huy chương Bạc: 64.",
      "Tại giải khu vực giành 9 huy chương (4 HCV, 5 HCĐ).",
      "- Tỷ lệ hộ nghèo: 3,2.",
    ].join("\n");
    expect(
      facts(text, { date: "2025-12-18", area: "tỉnh Hà Tĩnh" }).map((f) => [f.value_text, f.unit]),
    ).toEqual([
      ["205", "huy chương"],
      ["71", "huy chương vàng"],
      ["64", "huy chương bạc"],
      ["9", "huy chương"],
      ["4", "huy chương vàng"],
      ["5", "huy chương đồng"],
      ["3,2", ""],
    ]);
  });

  it("a lead-in's period in brackets is an aside: the year it names outside them dates the list", () => {
    const text = [
      "I. KẾT QUẢ 9 THÁNG NĂM 2024",
      "- Kết quả đánh giá, xếp loại chất lượng năm 2023 (tổ chức trong tháng 01/2024):",
      "+ Tổ chức cơ sở đảng: 45 tổ chức được xếp loại; hoàn thành tốt nhiệm vụ 33 tổ chức, chiếm 73,3%.",
      "- Kết nạp 126 đảng viên mới.",
    ].join("\n");
    const all = facts(text, { date: "2024-10-05", area: "huyện Yên Thế" });
    expect(all.map((f) => [f.value_text, f.period])).toEqual([
      ["45", "2023"],
      ["33", "2023"],
      ["73,3", "2023"],
      ["126", "2024-01/2024-09"],
    ]);
  });
});

describe("period", () => {
  it("a day compared with ('so với ngày 31/12/2024') dates neither the change nor the parts after it", () => {
    const text =
      "Năm 2025, toàn tỉnh có 210.400 hội viên, tăng 4.120 hội viên so với ngày 31/12/2024; trong đó hội viên nữ 98.300 người, chiếm 46,7%.";
    expect(
      facts(text, { date: "2025-12-15", area: "tỉnh Gia Lai" }).map((f) => [f.value_text, f.period]),
    ).toEqual([
      ["210.400", "2025"],
      ["4.120", "2025"],
      ["98.300", "2025"],
      ["46,7", "2025"],
    ]);
  });

  it("a reading is of the day in the bracket right after it", () => {
    const text =
      "Mực nước hồ Ayun Hạ đạt 198,6 m (ngày 05/3/2025), hồ Ia Ring 1.238 m (ngày 06/3/2025); dung tích còn 61% thiết kế.";
    expect(
      facts(text, { date: "2025-03-10", area: "tỉnh Gia Lai" }).map((f) => [f.value_text, f.period]),
    ).toEqual([
      ["198,6", "2025-03-05"],
      ["1.238", "2025-03-06"],
      ["61", "2025"],
    ]);
  });

  it("the year a piece of work prepares for is not when it was done", () => {
    const text =
      "Công tác chuẩn bị tuyển quân năm 2026: đã đăng ký nghĩa vụ quân sự lần đầu cho 5.410 công dân nam.";
    expect(
      facts(text, { date: "2025-12-20", area: "tỉnh Lạng Sơn" }).map((f) => [f.value_text, f.kind, f.period]),
    ).toEqual([["5.410", "actual", "2025"]]);
  });

  it("neither a standard's edition nor when an index was published dates a figure", () => {
    const hints = { date: "2025-12-12", area: "tỉnh Bắc Ninh" };
    expect(
      facts("Có 118/120 cơ quan áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.", hints).map(
        (f) => f.period,
      ),
    ).toEqual(["2025"]);
    expect(
      facts("Chỉ số PCI năm 2024 do VCCI công bố tháng 5/2025, tỉnh đạt 70,1 điểm, xếp thứ 4/63.", hints).map(
        (f) => [f.value_text, f.period],
      ),
    ).toEqual([
      ["70,1", "2024"],
      ["4/63", "2024"],
    ]);
  });

  it("a winter-spring crop or a dry season across the turn of the year is the first half of its second year", () => {
    const hints = { date: "2025-04-12", area: "tỉnh Sóc Trăng" };
    expect(
      facts("Vụ Đông Xuân 2024-2025, toàn tỉnh xuống giống 140.300 ha lúa.", hints).map((f) => f.period),
    ).toEqual(["2025-S1"]);
    expect(facts("Mùa khô 2023-2024, mặn xâm nhập sâu 62 km.", hints).map((f) => f.period)).toEqual([
      "2024-S1",
    ]);
    // A span of years that names no season stays a span.
    expect(facts("Giai đoạn 2024-2025, tỉnh trồng mới 850 ha rừng.", hints).map((f) => f.period)).toEqual([
      "2024/2025",
    ]);
  });

  it("a period with its own verb after a figure opens the next statement", () => {
    const all = facts(
      "Tăng trưởng 6 tháng đầu năm đạt 6,6%, (6 tháng đầu năm 2023 đạt 7,9%) xếp thứ 9/14 tỉnh trong vùng.",
    );
    expect(all.map((f) => [f.value_text, f.period])).toEqual([
      ["6,6", "2024-S1"],
      ["7,9", "2023-S1"],
      ["9/14", "2024-S1"],
    ]);
  });

  it("a meeting's own figures are of its day", () => {
    const text =
      "Kỳ họp thứ Chín, HĐND tỉnh khóa XVI diễn ra từ ngày 9-10/7/2024. Dự kỳ họp có 44/47 đại biểu. Kỳ họp đã thông qua 21 nghị quyết. Kỳ họp đã xem xét 35 báo cáo, tờ trình; có 12 lượt đại biểu phát biểu.";
    const all = facts(text, { date: "2024-07-10", area: "tỉnh Lai Châu" });
    expect(all.map((f) => [f.value_text, f.period])).toEqual([
      ["44/47", "2024-07-10"],
      ["21", "2024-07-10"],
      ["35", "2024-07-10"],
      ["12", "2024-07-10"],
    ]);
    expect(all[1].why?.period).toBe("meeting-day");
  });

  it("a congress resolution reviewed on a news page dates its figures to that term", () => {
    const text =
      "Đại hội đại biểu Đảng bộ huyện lần thứ XXIV, nhiệm kỳ 2020 - 2025 đã thành công. Thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIII, nhiều chỉ tiêu đạt cao như thu ngân sách 420/380 tỷ đồng.";
    const all = facts(text, { date: "2020-07-20", area: "huyện Bảo Lâm" });
    // (Term XXIII is the one before XXIV: the text does not name it, so the term in force is taken.)
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["420", "actual", "2015/2020"],
      ["380", "target", "2015/2020"],
    ]);
  });

  it("in a term's review, the resolution's target beside a result is the term's", () => {
    const text = [
      "BÁO CÁO",
      "Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI, nhiệm kỳ 2020-2025",
      "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
      "Tốc độ tăng giá trị sản xuất bình quân giai đoạn 2021-2023 đạt 8,4%/năm (NQ 8%/năm). Tỷ lệ kênh mương được kiên cố hóa đạt 52/40%, đạt 130% NQ.",
    ].join("\n");
    const all = facts(text, { date: "2023-07-20", area: "huyện Quan Hóa" });
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["8,4", "actual", "2021/2023"],
      ["8", "target", "2020/2025"],
      ["52", "actual", "2023"],
      // (midway through the term, a level to reach is where the term should end; a yearly rate
      // holds over the term)
      ["40", "target", "2025"],
      ["130", "actual", "2023"],
    ]);
  });

  it("a note that the figures below are estimates turns the part's plain results into estimates", () => {
    const text = [
      "BÁO CÁO",
      "Tình hình kinh tế - xã hội quý I năm 2025",
      "I. KẾT QUẢ THỰC HIỆN QUÝ I NĂM 2025",
      "Các số liệu dưới đây là số ước thực hiện quý I năm 2025.",
      "1. Nông nghiệp",
      "Diện tích gieo cấy lúa 6.420 ha, đạt 100,2% kế hoạch; tổng đàn lợn 41.300 con (cùng kỳ: 40.150 con).",
      "II. NHIỆM VỤ QUÝ II NĂM 2025",
      "Phấn đấu sản lượng thủy sản quý II đạt 5.800 tấn.",
    ].join("\n");
    const all = facts(text, { date: "2025-03-25", area: "huyện Nghĩa Hưng" });
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["6.420", "estimate", "2025-Q1"],
      ["100,2", "estimate", "2025-Q1"],
      ["41.300", "estimate", "2025-Q1"],
      // (last year's figure beside it is counted, not estimated)
      ["40.150", "actual", "2024-Q1"],
      ["5.800", "target", "2025-Q2"],
    ]);
    expect(all[0].why?.kind).toBe("estimate-note");
  });

  it("'số liệu đến ngày 30/11 được ghi rõ, các số liệu còn lại là số ước': the dated ones stay counted", () => {
    const text = [
      "BÁO CÁO",
      "Kết quả công tác bảo vệ môi trường năm 2025",
      "Số liệu đến ngày 30/11/2025 được ghi rõ, các số liệu còn lại là số ước thực hiện cả năm.",
      "I. KẾT QUẢ",
      "Tính đến ngày 30/11/2025, có 142 ngày chất lượng không khí ở mức tốt. Tỷ lệ chất thải rắn được thu gom đạt 92,4%.",
    ].join("\n");
    const all = facts(text, { date: "2025-12-16", area: "tỉnh Phú Thọ" });
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["142", "actual", "2025-11-30"],
      ["92,4", "estimate", "2025"],
    ]);
  });

  it("'Số liệu thực hiện năm 2026 là số ước': results are no topic, so the note covers every part", () => {
    const text = [
      "BÁO CÁO",
      "Tình hình kinh tế - xã hội năm 2026 và nhiệm vụ năm 2027",
      "Năm 2026 là năm đầu tiên phường vận hành chính quyền hai cấp. Số liệu thực hiện năm 2026 là số ước thực hiện đến ngày 31/12/2026.",
      "I. KẾT QUẢ NĂM 2026",
      "- Thu ngân sách trên địa bàn đạt 74,3 tỷ đồng, bằng 108,2% dự toán; giải quyết việc làm cho 415 lao động.",
      "II. NHIỆM VỤ NĂM 2027",
      "- Phấn đấu thu ngân sách đạt 78 tỷ đồng.",
    ].join("\n");
    const all = facts(text, { date: "2026-12-11", area: "phường Ninh Kiều, thành phố Cần Thơ" });
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["74,3", "estimate", "2026"],
      ["108,2", "estimate", "2026"],
      ["415", "estimate", "2026"],
      ["78", "target", "2027"],
    ]);
  });

  it("a note that December's figures are estimated ('số liệu tháng 12/2026 là số ước') leaves the year's sums counted", () => {
    const all = facts(
      [
        "BÁO CÁO",
        "Tình hình kinh tế - xã hội xã Tân Lập năm 2026",
        "Ghi chú: số liệu 6 tháng đầu năm là của 02 xã cũ; số liệu tháng 12/2026 là số ước thực hiện.",
        "I. KẾT QUẢ NĂM 2026",
        "- Năm 2026 cấp 412 giấy phép xây dựng, tăng 8,2% so với năm 2025.",
        "- Tháng 12/2026 thu ngân sách 6,4 tỷ đồng.",
      ].join("\n"),
      { date: "2026-12-08", area: "xã Tân Lập" },
    );
    expect(all.filter((f) => f.line > 4).map(labels)).toEqual([
      ["412", "level", "actual", "2026"],
      ["8,2", "growth", "actual", "2026"],
      ["6,4", "level", "estimate", "2026-12"],
    ]);
  });

  it("a note on one topic's estimates ('số liệu vận tải là số ước') leaves the other results counted", () => {
    const text = [
      "BÁO CÁO",
      "Kết quả công tác giao thông năm 2025",
      "Số liệu vận tải là số ước thực hiện cả năm.",
      "I. KẾT QUẢ",
      "Nâng cấp 86,5 km đường tỉnh. Khối lượng vận chuyển hành khách ước đạt 38,6 triệu lượt khách.",
    ].join("\n");
    const all = facts(text, { date: "2025-12-19", area: "tỉnh Đắk Lắk" });
    expect(all.map((f) => [f.value_text, f.kind])).toEqual([
      ["86,5", "actual"],
      ["38,6", "estimate"],
    ]);
  });

  it("what was assigned ('được giao 18,5 tỷ đồng') is a target; an allocation made ('đã giao') and a plan's own parts are not turned", () => {
    const text = [
      "Kết quả 9 tháng như sau:",
      "- Kinh phí khuyến nông năm 2026 được giao 6,8 tỷ đồng; đến ngày 30/9/2026 đã giải ngân 4,1 tỷ đồng.",
      "- Biên chế công chức cấp xã được giao năm 2026: 412 người; có mặt 398 người.",
    ].join("\n");
    const all = facts(text, { date: "2026-10-05", area: "tỉnh Tuyên Quang" });
    expect(all.map((f) => [f.value_text, f.kind])).toEqual([
      ["6,8", "target"],
      ["4,1", "actual"],
      ["412", "target"],
      ["398", "actual"],
    ]);
    const plan = facts(
      "Chỉ tiêu thu ngân sách năm 2026 được giao là 2.400 tỷ đồng, trong đó dự toán pháp lệnh 2.250 tỷ đồng.",
      { date: "2026-10-05", area: "tỉnh Tuyên Quang" },
    );
    expect(plan.map((f) => [f.value_text, f.kind])).toEqual([
      ["2.400", "target"],
      ["2.250", "target"],
    ]);
  });

  it("a legend of the years ('năm 2021, 2022 là số chính thức; năm 2023 là số ước') makes 2023's results estimates", () => {
    const text = [
      "BÁO CÁO",
      "Đánh giá giữa kỳ thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025",
      "Số liệu năm 2021, 2022 là số chính thức; năm 2023 là số ước thực hiện; năm 2024, 2025 là số dự báo.",
      "I. KẾT QUẢ",
      "- Năm 2022 thu hút 18,6 triệu lượt khách; năm 2023 thu hút 21,3 triệu lượt khách. Bình quân 2021 - 2023 tăng 9,4%/năm.",
    ].join("\n");
    const all = facts(text, { date: "2023-10-12", area: "tỉnh Quảng Ninh" });
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["18,6", "actual", "2022"],
      ["21,3", "estimate", "2023"],
      // (three years that end in the estimated one)
      ["9,4", "estimate", "2021/2023"],
    ]);
  });

  it("'1. Ước thực hiện cả năm 2024:' in a part that looks ahead holds estimates, not targets", () => {
    const text = [
      "BÁO CÁO",
      "Tình hình thu hút đầu tư 9 tháng đầu năm 2024",
      "I. KẾT QUẢ",
      "Cấp mới 24 dự án FDI.",
      "II. NHIỆM VỤ, GIẢI PHÁP 3 THÁNG CUỐI NĂM 2024",
      "1. Ước thực hiện cả năm 2024:",
      "- Thu hút vốn FDI khoảng 410 triệu USD, đạt 102,5% KH;",
      "2. Trong quý IV, phấn đấu cấp mới ít nhất 8 dự án FDI.",
    ].join("\n");
    const all = facts(text, { date: "2024-10-05", area: "tỉnh Long An" });
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["24", "actual", "2024-01/2024-09"],
      ["410", "estimate", "2024"],
      ["102,5", "estimate", "2024"],
      ["8", "target", "2024-Q4"],
    ]);
  });

  it("a note on one topic's estimates ('Số liệu giáo dục nghề nghiệp (GDNN) 9 tháng là số ước') turns the parts titled for it", () => {
    const text = [
      "BÁO CÁO",
      "Kết quả tuyển sinh năm học 2026 - 2027 và đào tạo nghề 9 tháng năm 2026",
      "Số liệu giáo dục nghề nghiệp (GDNN) 9 tháng là số ước thực hiện đến ngày 30/9/2026.",
      "I. TUYỂN SINH CÁC CẤP HỌC",
      "Tuyển mới vào lớp 1 là 9.420 học sinh.",
      "II. TUYỂN SINH GIÁO DỤC NGHỀ NGHIỆP",
      "Kết quả 9 tháng: tuyển sinh 8.150 người, đạt 71,5% kế hoạch năm.",
    ].join("\n");
    const all = facts(text, { date: "2026-09-20", area: "tỉnh Cao Bằng" });
    expect(all.map((f) => [f.value_text, f.kind])).toEqual([
      ["9.420", "actual"],
      ["8.150", "estimate"],
      ["71,5", "estimate"],
    ]);
  });

  it("a summary page: a note under its title covers every part; 'chưa đạt' reviews, 'phấn đấu' looks ahead", () => {
    const text = [
      "# CAO BẰNG NĂM 2025 - NHỮNG CON SỐ CHÍNH",
      "",
      "*Tài liệu tóm tắt cho người dân. Số liệu năm 2025 là số ước thực hiện.*",
      "",
      "## Kinh tế",
      "",
      "- Thu ngân sách trên địa bàn **3.150 tỷ đồng**, vượt 5% dự toán.",
      "",
      "## Những chỉ tiêu chưa đạt",
      "",
      "1. Tỷ lệ che phủ rừng đạt 55,2%, thấp hơn kế hoạch 0,3 điểm phần trăm.",
      "",
      "## Năm 2026, tỉnh phấn đấu",
      "",
      "- Tăng trưởng GRDP **8% trở lên**.",
    ].join("\n");
    const all = facts(text, { date: "2026-01-06", area: "tỉnh Cao Bằng" });
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["3.150", "estimate", "2025"],
      ["5", "estimate", "2025"],
      ["55,2", "estimate", "2025"],
      ["0,3", "estimate", "2025"],
      ["8", "target", "2026"],
    ]);
  });

  it("a table without a unit column gives each row's unit in brackets after its name", () => {
    const text = [
      "Bảng: Một số chỉ tiêu du lịch",
      "Chỉ tiêu | Năm 2024 | Năm 2025 | Tăng/giảm (%)",
      "Tổng lượt khách (triệu lượt) | 5,12 | 5,86 | 14,5",
      "Công suất buồng phòng bình quân (%) | 48,3 | 51,0 | 2,7",
    ].join("\n");
    const all = facts(text, { date: "2025-12-28", area: "tỉnh Bình Định" });
    expect(all.map((f) => [f.value_text, f.unit, f.measure, f.period])).toEqual([
      ["5,12", "triệu lượt", "level", "2024"],
      ["5,86", "triệu lượt", "level", "2025"],
      ["14,5", "%", "growth", "2025"],
      ["48,3", "%", "share", "2024"],
      ["51,0", "%", "share", "2025"],
      ["2,7", "%", "change", "2025"],
    ]);
  });

  it("targets listed under 'Nghị quyết về kế hoạch … năm 2026 xác định …, trong đó:' are of that year, under a heading of five years", () => {
    const text = [
      "3. Mục tiêu năm 2026 và giai đoạn 2026-2030",
      "Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2026 xác định 22 chỉ tiêu chủ yếu, trong đó:",
      "- Tốc độ tăng trưởng GRDP từ 9% trở lên; thu ngân sách khoảng 14.500 tỷ đồng.",
      "Giai đoạn 2026-2030, tốc độ tăng trưởng GRDP bình quân 9,5%/năm.",
    ].join("\n");
    const all = facts(text, { date: "2025-12-10", area: "tỉnh Phú Thọ" });
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["22", "target", "2026"],
      ["9", "target", "2026"],
      ["14.500", "target", "2026"],
      ["9,5", "target", "2026/2030"],
    ]);
  });

  it("in a nine months' report, the year's end and an estimate for the year are the year's", () => {
    const text = [
      "BÁO CÁO",
      "Tình hình kinh tế - xã hội 9 tháng năm 2025",
      "1. Giảm nghèo",
      "Trong 9 tháng có 141 hộ thoát nghèo. Ước đến cuối năm 2025 giảm 230 hộ nghèo, còn 812 hộ. Thu nhập bình quân đầu người năm 2025 ước đạt 41,2 triệu đồng.",
    ].join("\n");
    const all = facts(text, { date: "2025-09-20", area: "xã Mường Khương" });
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["141", "actual", "2025-01/2025-09"],
      ["230", "estimate", "2025"],
      ["812", "estimate", "2025"],
      ["41,2", "estimate", "2025"],
    ]);
  });

  it("a table pasted from a spreadsheet, its cells apart by tabs, is read as a table", () => {
    const text = [
      "Biểu: Một số chỉ tiêu 6 tháng đầu năm 2025",
      "Chỉ tiêu\tĐVT\tKH năm\tTH 6 tháng\t% KH",
      "Trồng rừng tập trung\tHa\t380\t\t297\t78,2",
      "Tỷ lệ hộ nghèo\t%\tdưới 2\t2,35\t-",
      "Trong kỳ, toàn huyện\ttrồng thêm 12 ha rừng.",
    ].join("\r\n");
    const all = facts(text, { date: "2025-06-15", area: "huyện Kỳ Anh" });
    expect(all.map((f) => [f.value_text, f.measure, f.kind, f.period])).toEqual([
      ["380", "level", "target", "2025"],
      ["297", "level", "actual", "2025-S1"],
      ["78,2", "pct_of_target", "actual", "2025-S1"],
      ["2", "share", "target", "2025"],
      ["2,35", "share", "actual", "2025-S1"],
      ["12", "level", "actual", "2025-S1"],
    ]);
  });

  it("a group's row, its other cells left empty at the end of the line, does not cut the table", () => {
    const text = [
      "TT\tChỉ tiêu\tĐVT\tKH năm 2025\tTH 6 tháng\t% KH",
      "I\tNông nghiệp\t\t\t\t",
      "1\tDiện tích lúa\tha\t210\t205\t97,6",
      "2\tTổng đàn trâu\tcon\t860\t842\t97,9",
      "II\tXã hội\t\t\t\t",
      "3\tTỷ lệ hộ nghèo\t%\t38,5\t41,2\t",
    ].join("\n");
    const all = facts(text, { date: "2025-06-20", area: "xã Tà Xùa, tỉnh Sơn La" });
    expect(all.map((f) => [f.value_text, f.kind, f.period, f.indicator.text])).toEqual([
      ["210", "target", "2025", "Diện tích lúa"],
      ["205", "actual", "2025-S1", "Diện tích lúa"],
      ["97,6", "actual", "2025-S1", "Diện tích lúa"],
      ["860", "target", "2025", "Tổng đàn trâu"],
      ["842", "actual", "2025-S1", "Tổng đàn trâu"],
      ["97,9", "actual", "2025-S1", "Tổng đàn trâu"],
      ["38,5", "target", "2025", "Tỷ lệ hộ nghèo"],
      ["41,2", "actual", "2025-S1", "Tỷ lệ hộ nghèo"],
    ]);
  });

  it("a pipe table from an old .doc: no outer border, its header and a row's name wrapped onto the next lines", () => {
    const text = [
      "BIỂU TỔNG HỢP MỘT SỐ CHỈ TIÊU NĂM 2024",
      "(Kèm theo Báo cáo số 318/BC-UBND ngày 12/12/2024 của UBND huyện)",
      "TT | Chỉ tiêu                  | ĐVT     | TH năm | KH năm | Ước TH   | So sánh (%)",
      "   |                           |         | 2023   | 2024   | năm 2024 | Ước TH/KH",
      "1  | Tổng vốn đầu tư toàn xã   | tỷ đồng | 1.846  | 1.900  | 1.952    | 102,7",
      "   | hội                       |         |        |        |          |",
    ].join("\n");
    const all = facts(text, { date: "2024-12-12", area: "huyện Hậu Lộc" });
    expect(all.map((f) => [f.value_text, f.kind, f.period, f.indicator.text])).toEqual([
      ["1.846", "actual", "2023", "Tổng vốn đầu tư toàn xã hội"],
      ["1.900", "target", "2024", "Tổng vốn đầu tư toàn xã hội"],
      ["1.952", "estimate", "2024", "Tổng vốn đầu tư toàn xã hội"],
      ["102,7", "estimate", "2024", "Tổng vốn đầu tư toàn xã hội"],
    ]);
  });

  it("a report on a month and its year: the year where named, a part picked out dates only its own figure", () => {
    const text = [
      "BÁO CÁO",
      "Tình hình kinh tế - xã hội tháng 12 và năm 2024",
      "",
      "1. Kinh tế",
      "Tổng sản phẩm trên địa bàn năm 2024 ước tăng 8,25% so với năm 2023, trong đó quý IV tăng 9,02%. Quy mô GRDP theo giá hiện hành đạt 98.640 tỷ đồng.",
      "Tính chung 12 tháng năm 2024, tổng mức bán lẻ hàng hóa đạt 41.260 tỷ đồng; riêng tháng 12 đạt 3.915 tỷ đồng. Tỷ lệ thất nghiệp năm 2024 ước 2,06% (năm 2023: 2,18%).",
    ].join("\n");
    const all = facts(text, { date: "2025-01-06", area: "tỉnh Bến Tre" });
    expect(all.map((f) => [f.value_text, f.period])).toEqual([
      ["8,25", "2024"],
      ["9,02", "2024-Q4"],
      ["98.640", "2024"],
      ["41.260", "2024"],
      ["3.915", "2024-12"],
      ["2,06", "2024"],
      ["2,18", "2023"],
    ]);
  });

  it("at a term's end, the resolution's target in brackets beside a figure of the last year is for that year", () => {
    const text = [
      "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ THỊ XÃ, NHIỆM KỲ 2020 - 2025",
      "Thu nhập bình quân đầu người năm 2025 ước đạt 71,4 triệu đồng (Nghị quyết: 70 triệu đồng). Tốc độ tăng giá trị sản xuất bình quân 5 năm ước đạt 9,1%/năm (Nghị quyết: 10%/năm). Kênh mương được kiên cố hóa đạt 61/55%, đạt 110,9% NQ.",
    ].join("\n");
    const all = facts(text, { date: "2025-07-02", area: "thị xã Hương Trà" });
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["71,4", "estimate", "2025"],
      ["70", "target", "2025"],
      ["9,1", "estimate", "2021/2025"],
      // (a yearly rate's target holds over the term; so does the annex's result/target pair)
      ["10", "target", "2020/2025"],
      ["61", "actual", "2025"],
      ["55", "target", "2020/2025"],
      ["110,9", "actual", "2025"],
    ]);
  });

  it("a term review: totals of its five years, multiples of a base year, levels reached", () => {
    const text = [
      "Phần thứ nhất",
      "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020 - 2025",
      "",
      "Thu nhập bình quân đầu người năm 2025 ước đạt 62,5 triệu đồng, gấp 1,5 lần năm 2020. Tổng thu ngân sách trên địa bàn 5 năm đạt 1.250 tỷ đồng. Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm, còn 3,2%.",
    ].join("\n");
    const all = facts(text, { date: "2025-06-20", area: "huyện Yên Thế" });
    expect(all.map((f) => [f.value_text, f.period, f.base ?? ""])).toEqual([
      ["62,5", "2025", ""],
      ["1,5", "2025", "2020"],
      ["1.250", "2021/2025", ""], // the five years of the term
      ["1,5", "2021/2025", ""],
      ["3,2", "2025", ""],
    ]);
  });

  it("yearly rates over a term run over its plan years", () => {
    expect(
      fact("Trong nhiệm kỳ 2020 - 2025, kinh tế của xã tăng trưởng bình quân 9,2%/năm.", "9,2").period,
    ).toBe("2021/2025");
  });

  it("a rank is a place at a time: a span in an earlier clause does not date it", () => {
    const text =
      "Năm 2024, GRDP tăng 6,9%; bình quân giai đoạn 2021-2024 tăng 6,2%/năm; quy mô nền kinh tế xếp thứ 30/63 tỉnh, thành phố.";
    const all = facts(text, { date: "2025-01-10", area: "tỉnh Tuyên Quang", period: "2024" });
    expect(all.map((f) => [f.value_text, f.measure, f.period])).toEqual([
      ["6,9", "growth", "2024"],
      ["6,2", "growth", "2021/2024"],
      ["30/63", "rank", "2024"],
    ]);
  });

  it("a part titled with targets for a year after the one reviewed sets targets", () => {
    const text = [
      "# BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI NĂM 2024",
      "## I. Kết quả thực hiện",
      "Tốc độ tăng giá trị sản xuất đạt 7,4%.",
      "## II. Mục tiêu năm 2025",
      "Tốc độ tăng giá trị sản xuất 8-8,5%; thu ngân sách trên 900 tỷ đồng.",
    ].join("\n");
    const all = facts(text, { date: "2024-12-10", area: "thị xã Sơn Tây" });
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["7,4", "actual", "2024"],
      ["8-8,5", "target", "2025"],
      ["900", "target", "2025"],
    ]);
  });

  it("a school year is one period, and the school year compared with is a base", () => {
    const text = [
      "BÁO CÁO",
      "Tổng kết năm học 2023-2024 và nhiệm vụ năm học 2024-2025",
      "I. KẾT QUẢ NĂM HỌC 2023-2024",
      "Tỷ lệ huy động trẻ mẫu giáo ra lớp đạt 96,2%. Cấp THCS có 42 trường công lập.",
      "Tỷ lệ học sinh khá, giỏi đạt 68,5%, tăng 1,9 điểm phần trăm so với năm học 2022-2023; tỷ lệ tốt nghiệp THCS 99,2%.",
    ].join("\n");
    const all = facts(text, { date: "2024-08-15", area: "huyện Kim Sơn" });
    expect(all.map((f) => [f.value_text, f.period])).toEqual([
      ["96,2", "2023/2024"],
      ["42", "2023/2024"],
      ["68,5", "2023/2024"],
      ["1,9", "2023/2024"],
      ["99,2", "2023/2024"],
    ]);
  });

  it("'cùng tháng năm trước' is the same month a year before", () => {
    expect(fact("IIP tháng 8 tăng 9,6% so với cùng tháng năm trước.", "9,6").base).toBe("2023-08");
  });

  it("a stock day just after the page was written is no target", () => {
    const f = fact("Thu ngân sách nhà nước đến ngày 31/8/2024 đạt 4.870 tỷ đồng.", "4.870", {
      date: "2024-08-29",
    });
    expect([f.kind, f.period, f.indicator.text]).toEqual(["actual", "2024-08-31", "Thu ngân sách nhà nước"]);
  });

  it("'so với tháng 12/2023' is that month", () => {
    expect(fact("CPI tháng 10 tăng 2,9% so với tháng 12/2023 và tăng 3,1% so với cùng kỳ.", "2,9").base).toBe(
      "2023-12",
    );
  });

  it("a year that dates a target dates neither the result before it nor the sentence after", () => {
    const text =
      "Năng suất lúa bình quân đạt 58,2 tạ/ha, năm 2025 phấn đấu đạt 60 tạ/ha. Tỷ lệ hộ dùng nước sạch đạt 97,5%, năm 2025 đạt 98%. Tỷ lệ trường đạt chuẩn quốc gia đạt 71,4%.";
    const all = facts(text, { date: "2024-12-10", area: "huyện Hậu Lộc", period: "2024" });
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["58,2", "actual", "2024"],
      ["60", "target", "2025"],
      ["97,5", "actual", "2024"],
      ["98", "target", "2025"],
      ["71,4", "actual", "2024"],
    ]);
  });

  it("'so với tháng trước' is the month before", () => {
    const f = fact("Chỉ số giá tiêu dùng tháng 9 tăng 0,4% so với tháng trước.", "0,4");
    expect([f.period, f.base]).toEqual(["2024-09", "2024-08"]);
  });
});

describe("tables", () => {
  it("a unit in brackets at the end of a plan or result column's header is its cells' unit", () => {
    const text = [
      "| Chỉ tiêu | Dự toán 2025 (tỷ đồng) | Ước quý I/2025 (tỷ đồng) | So dự toán (%) |",
      "|---|---|---|---|",
      "| Tổng thu ngân sách | 9.600 | 2.410,5 | 25,1 |",
    ].join("\n");
    const all = facts(text, { date: "2025-03-25", area: "tỉnh Cà Mau" });
    expect(all.map((f) => [f.value_text, f.unit, f.kind, f.period])).toEqual([
      ["9.600", "tỷ đồng", "target", "2025"],
      ["2.410,5", "tỷ đồng", "estimate", "2025-Q1"],
      ["25,1", "%", "estimate", "2025-Q1"],
    ]);
  });

  it("a column of the same months a year before, and the gap to them; a column named by its period alone", () => {
    const text = [
      "Bảng 2. Một số bệnh truyền nhiễm (đơn vị tính: ca)",
      "| Bệnh | Tháng 5 | Cộng dồn 5 tháng | Cùng kỳ năm trước | Tăng/giảm |",
      "|---|---|---|---|---|",
      "| Thủy đậu | 14 | 70 | 82 | -12 |",
    ].join("\n");
    const all = facts(text, { date: "2024-06-05", area: "huyện Yên Lạc, tỉnh Vĩnh Phúc" });
    expect(all.map((f) => [f.value_text, f.unit, f.measure, f.kind, f.period, f.base ?? ""])).toEqual([
      ["14", "ca", "level", "actual", "2024-05", ""],
      ["70", "ca", "level", "actual", "2024-01/2024-05", ""],
      ["82", "ca", "level", "actual", "2023-01/2023-05", ""],
      ["-12", "ca", "change", "actual", "2024-01/2024-05", "2023-01/2023-05"],
    ]);
  });

  it("a table laid out with spaces, as a PDF's text dump has it: columns by where they stand", () => {
    const text = [
      "PHỤ LỤC CHỈ TIÊU CHỦ YẾU NĂM 2024",
      "TT  Chỉ tiêu                        ĐVT          TH 2023    KH 2024   ƯTH 2024   So sánh ƯTH/KH (%)   So sánh ƯTH 2024/TH 2023 (%)",
      "1   Sản lượng lương thực            Nghìn tấn      212,4        215      218,9                101,8                        103,1",
      "    (cây có hạt)",
      "2   Tỷ lệ hộ nghèo                  %               7,12  giảm 1,5       5,70                    -                            -",
      "3   Số xã đạt chuẩn nông thôn mới   Xã                41         45         46                102,2                        112,2",
      "",
      "Ghi chú: số liệu ước thực hiện năm 2024.",
    ].join("\n");
    const all = facts(text, { date: "2024-12-06", area: "tỉnh Hà Tĩnh" });
    expect(all.map((f) => [f.value_text, f.unit, f.measure, f.kind, f.period, f.base ?? ""])).toEqual([
      ["212,4", "nghìn tấn", "level", "actual", "2023", ""],
      ["215", "nghìn tấn", "level", "target", "2024", ""],
      ["218,9", "nghìn tấn", "level", "estimate", "2024", ""],
      ["101,8", "%", "pct_of_target", "estimate", "2024", "plan"],
      ["103,1", "%", "growth", "estimate", "2024", "2023"],
      ["7,12", "%", "share", "actual", "2023", ""],
      ["1,5", "%", "change", "target", "2024", ""],
      ["5,70", "%", "share", "estimate", "2024", ""],
      ["41", "xã", "level", "actual", "2023", ""],
      ["45", "xã", "level", "target", "2024", ""],
      ["46", "xã", "level", "estimate", "2024", ""],
      ["102,2", "%", "pct_of_target", "estimate", "2024", "plan"],
      ["112,2", "%", "growth", "estimate", "2024", "2023"],
    ]);
  });

  it("a note under a table that calls some of its figures estimates makes those columns estimates", () => {
    const text = [
      "Bảng 1. Một số chỉ tiêu 9 tháng năm 2025",
      "",
      "| Chỉ tiêu | ĐVT | 9 tháng 2024 | 9 tháng 2025 | So cùng kỳ (%) |",
      "|:---|:---:|---:|---:|---:|",
      "| Sản lượng thủy sản | Nghìn tấn | 612,4 | 648,9 | 106,0 |",
      "",
      "*Ghi chú: số liệu 9 tháng 2025 là số ước tính.*",
    ].join("\n");
    const all = facts(text, { date: "2025-10-05", area: "tỉnh Cà Mau" });
    expect(all.map((f) => [f.value_text, f.measure, f.kind, f.period])).toEqual([
      ["612,4", "level", "actual", "2024-01/2024-09"],
      ["648,9", "level", "estimate", "2025-01/2025-09"],
      ["106,0", "growth", "estimate", "2025-01/2025-09"],
    ]);
  });

  it("a column per unit holds that unit's figures for the table's period; the total column is the whole", () => {
    const text = [
      "Bảng 3. Một số chỉ tiêu quý I năm 2025 theo địa bàn",
      "",
      "| Chỉ tiêu | ĐVT | Huyện Lục Yên | Huyện Văn Chấn | Toàn tỉnh |",
      "|:---|:---:|---:|---:|---:|",
      "| Diện tích lúa gieo cấy | Ha | 1.820 | 2.045 | 9.310 |",
      "| Dư nợ tín dụng đến 31/3 | Tỷ đồng | 640,2 | 712,9 | 4.105,5 |",
    ].join("\n");
    const all = facts(text, { date: "2025-04-10", area: "tỉnh Yên Bái" });
    expect(all.map((f) => [f.value_text, f.kind, f.period, f.area])).toEqual([
      ["1.820", "actual", "2025-Q1", "huyện Lục Yên"],
      ["2.045", "actual", "2025-Q1", "huyện Văn Chấn"],
      ["9.310", "actual", "2025-Q1", "tỉnh Yên Bái"],
      ["640,2", "actual", "2025-03-31", "huyện Lục Yên"],
      ["712,9", "actual", "2025-03-31", "huyện Văn Chấn"],
      ["4.105,5", "actual", "2025-03-31", "tỉnh Yên Bái"],
    ]);
  });

  it("columns named by former provinces of a merger keep '(cũ)', apart from the new province of one name", () => {
    const text = [
      "**Bảng 2. Kết quả 6 tháng đầu năm 2025 của hai tỉnh trước hợp nhất**",
      "",
      "| Chỉ tiêu | ĐVT | Thái Nguyên (cũ) | Bắc Kạn (cũ) | Chung |",
      "|:---|:---:|---:|---:|---:|",
      "| Thu ngân sách trên địa bàn | Tỷ đồng | 9.420,5 | 1.310,8 | 10.731,3 |",
    ].join("\n");
    const all = facts(text, { date: "2025-10-02", area: "tỉnh Thái Nguyên" });
    expect(all.map((f) => [f.value_text, f.kind, f.period, f.area])).toEqual([
      ["9.420,5", "actual", "2025-S1", "tỉnh Thái Nguyên (cũ)"],
      ["1.310,8", "actual", "2025-S1", "tỉnh Bắc Kạn (cũ)"],
      ["10.731,3", "actual", "2025-S1", "tỉnh Thái Nguyên"],
    ]);
  });

  it("merged headers flattened one cell per line: each period over its columns, a verdict in words skipped", () => {
    const text = [
      "Biểu 02. KẾT QUẢ MỘT SỐ CHỈ TIÊU",
      "TT",
      "Chỉ tiêu",
      "ĐVT",
      "Năm 2025",
      "Giai đoạn 2021-2025",
      "Kế hoạch",
      "Ước thực hiện",
      "So sánh (%)",
      "Mục tiêu NQ",
      "Ước TH",
      "Đánh giá",
      "1",
      "Tỷ lệ che phủ rừng",
      "%",
      "58",
      "58,6",
      "101,0",
      "58,5",
      "58,6",
      "Vượt",
      "2",
      "Tỷ lệ hộ nghèo",
      "%",
      "8,5",
      "8,9",
      "-",
      "Dưới 8",
      "8,9",
      "Không đạt",
    ].join("\n");
    const all = facts(text, { date: "2025-05-20", area: "huyện Tương Dương, tỉnh Nghệ An" });
    expect(all.find((f) => f.value_text === "8")?.qualifier).toBe("<");
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["58", "target", "2025"],
      ["58,6", "estimate", "2025"],
      ["101,0", "estimate", "2025"],
      ["58,5", "target", "2025"],
      ["58,6", "estimate", "2025"],
      ["8,5", "target", "2025"],
      ["8,9", "estimate", "2025"],
      ["8", "target", "2025"],
      ["8,9", "estimate", "2025"],
    ]);
  });

  it("one cell per line: a first row named with 'th' in it, a name broken over two cells, counts of a total", () => {
    const text = [
      "PHỤ LỤC CHỈ TIÊU CHỦ YẾU NĂM 2026",
      "Chỉ tiêu",
      "Đơn vị",
      "KH 2026",
      "TH 2026",
      "KH 2027",
      "Tổng lượt khách tham quan",
      "Nghìn lượt",
      "820",
      "874",
      "900",
      "Tỷ lệ dân cư dùng nước sạch",
      "đạt quy chuẩn",
      "%",
      "92",
      "93,5",
      "95",
      "Số trường đạt chuẩn quốc gia",
      "Trường",
      "6/9",
      "7/9",
      "8/9",
    ].join("\n");
    const all = facts(text, { date: "2026-12-10", area: "phường Sầm Sơn, tỉnh Thanh Hóa" });
    expect(all.map((f) => [f.value_text, f.unit, f.measure, f.kind, f.period])).toEqual([
      ["820", "nghìn lượt", "level", "target", "2026"],
      ["874", "nghìn lượt", "level", "actual", "2026"],
      ["900", "nghìn lượt", "level", "target", "2027"],
      ["92", "%", "share", "target", "2026"],
      ["93,5", "%", "share", "actual", "2026"],
      ["95", "%", "share", "target", "2027"],
      ["6/9", "trường", "count_of_total", "target", "2026"],
      ["7/9", "trường", "count_of_total", "actual", "2026"],
      ["8/9", "trường", "count_of_total", "target", "2027"],
    ]);
    expect(all[3].indicator.text).toBe("Tỷ lệ dân cư dùng nước sạch đạt quy chuẩn");
  });

  it("a column of results over a term's years ('TH 2022 - 2026') sums its events; a share stands at their end", () => {
    const text = [
      "| TT | Chỉ tiêu | ĐVT | Chỉ tiêu NQ | TH 2022 - 2026 |",
      "|---|---|---|---|---|",
      "| 1 | Kết nạp hội viên mới | hội viên | 900 | 946 |",
      "| 2 | Tỷ lệ tập hợp hội viên | % | 90 | 91,5 |",
    ].join("\n");
    const all = facts(text, { date: "2026-12-10", area: "tỉnh Sơn La" });
    expect(all.filter((f) => f.kind === "actual").map((f) => [f.value_text, f.period])).toEqual([
      ["946", "2022/2026"],
      ["91,5", "2026"],
    ]);
  });

  it("'Số liệu trong báo cáo tính đến ngày 30/11' in the opening paragraph: the year so far, and stocks on that day", () => {
    const text = [
      "BÁO CÁO",
      "Kết quả công tác Hội năm 2026",
      "Năm 2026 là năm thứ tư thực hiện Nghị quyết Đại hội. Số liệu trong báo cáo tính đến ngày 30/11/2026, trừ các số liệu có ghi thời điểm khác.",
      "I. KẾT QUẢ",
      "Trong năm kết nạp mới 212 hội viên. Hiện có 6.430 hội viên.",
    ].join("\n");
    const all = facts(text, { date: "2026-12-10", area: "tỉnh Sơn La" });
    expect(all.map((f) => [f.value_text, f.period])).toEqual([
      ["212", "2026-01/2026-11"],
      ["6.430", "2026-11-30"],
    ]);
  });

  it("a column of the school year before ('NH trước (%)') holds that year's shares", () => {
    const text = [
      "| Hướng học tiếp | Số học sinh | Tỷ lệ (%) | NH trước (%) |",
      "|---|---|---|---|",
      "| Vào lớp 10 THPT công lập | 6.120 | 68,4 | 67,9 |",
    ].join("\n");
    const all = facts(text, { date: "2026-09-20", area: "tỉnh Cao Bằng", period: "2026/2027" });
    expect(all.map((f) => [f.value_text, f.measure, f.period])).toEqual([
      ["6.120", "level", "2026/2027"],
      ["68,4", "share", "2026/2027"],
      ["67,9", "share", "2025/2026"],
    ]);
  });

  it("a page's figures one cell per line under 'Chỉ tiêu | 11 tháng | So cùng kỳ', each row's unit in its label", () => {
    const text = [
      "Chỉ tiêu",
      "11 tháng",
      "So cùng kỳ",
      "Giao dịch qua ví điện tử (triệu giao dịch)",
      "12,4",
      "+36,2%",
      "Rút tiền mặt tại ATM (triệu giao dịch)",
      "2,18",
      "-9,5%",
      "Giá trị giao dịch qua mã QR (tỷ đồng)",
      "18.200",
      "gấp 1,6 lần",
    ].join("\n");
    const all = facts(text, { date: "2026-12-06", area: "tỉnh Nghệ An" });
    expect(all.map((f) => [f.value_text, f.unit, f.measure, f.period])).toEqual([
      ["12,4", "triệu giao dịch", "level", "2026-01/2026-11"],
      ["+36,2", "%", "growth", "2026-01/2026-11"],
      ["2,18", "triệu giao dịch", "level", "2026-01/2026-11"],
      ["-9,5", "%", "growth", "2026-01/2026-11"],
      ["18.200", "tỷ đồng", "level", "2026-01/2026-11"],
      ["1,6", "lần", "multiple", "2026-01/2026-11"],
    ]);
  });

  it("a numbered PDF table one cell per line, its header cells wrapped: counted columns and a rate of the row's own", () => {
    const text = [
      "Kết quả kiểm tra các đợt cao điểm năm 2024:",
      "TT",
      "Đợt kiểm tra",
      "Số đoàn",
      "Số lượt cơ sở",
      "được kiểm tra",
      "Số cơ sở",
      "vi phạm",
      "Tỷ lệ vi",
      "phạm (%)",
      "Tiền phạt",
      "(triệu đồng)",
      "1",
      "Tết Nguyên đán Giáp Thìn",
      "42",
      "610",
      "57",
      "9,3",
      "38,5",
      "2",
      "Tết Trung thu năm 2024",
      "35",
      "480",
      "41",
      "8,5",
      "22,0",
    ].join("\n");
    const all = facts(text, { date: "2024-12-12", area: "tỉnh Hòa Bình" });
    expect(all.slice(0, 5).map((f) => [f.value_text, f.unit, f.measure])).toEqual([
      ["42", "đoàn", "level"],
      ["610", "lượt cơ sở", "level"],
      ["57", "cơ sở", "level"],
      ["9,3", "%", "share"],
      ["38,5", "triệu đồng", "level"],
    ]);
    expect(all).toHaveLength(10);
  });

  it("a spaced table's header wrapped over lines, with a row of column numbers under it", () => {
    const text = [
      "Biểu 2. CHI NGÂN SÁCH ĐỊA PHƯƠNG",
      "                                                          Đơn vị tính: tỷ đồng",
      "STT  Nội dung                  Dự toán 2025   Ước thực     So dự toán   Dự toán      So ước",
      "                               HĐND tỉnh      hiện năm     (%)          năm 2026     TH 2025",
      "                               giao           2025                                   (%)",
      " A         B                          1            2          3=2/1          4          5=4/2",
      " 1   Chi đầu tư phát triển          4.120        3.870         93,9        4.500       116,3",
      " 2   Chi thường xuyên               9.460        9.215         97,4        9.900       107,4",
    ].join("\n");
    const all = facts(text, { date: "2025-12-10", area: "tỉnh Hà Nam" });
    expect(all.slice(0, 5).map((f) => [f.value_text, f.measure, f.kind, f.period, f.base ?? ""])).toEqual([
      ["4.120", "level", "target", "2025", ""],
      ["3.870", "level", "estimate", "2025", ""],
      ["93,9", "pct_of_target", "estimate", "2025", "budget_estimate"],
      ["4.500", "level", "target", "2026", ""],
      ["116,3", "growth", "target", "2026", "2025"],
    ]);
    expect(all).toHaveLength(10);
  });

  it("column headers give kind and period, a comparison column its base; units as the grammar spells them", () => {
    const text = [
      "| TT | Chỉ tiêu | ĐVT | KH năm 2024 | TH 6 tháng 2024 | So sánh TH/KH (%) |",
      "|---|---|---|---|---|---|",
      "| 1 | Tổng sản lượng lương thực | Tấn | 52.000 | 27.300 | 52,5 |",
    ].join("\n");
    const all = facts(text, { date: "2024-06-20", area: "huyện Mường La" });
    expect(all.map((f) => [f.value_text, f.unit, f.kind, f.period, f.base ?? ""])).toEqual([
      ["52.000", "tấn", "target", "2024", ""],
      ["27.300", "tấn", "actual", "2024-S1", ""],
      ["52,5", "%", "actual", "2024-S1", "plan"],
    ]);
  });

  it("in a rate's row, the comparison column is a ratio to the plan or a gap in points, by its arithmetic", () => {
    const text = [
      "| Chỉ tiêu | ĐVT | Kế hoạch 2024 | Ước TH 2024 | So sánh (%) |",
      "|---|---|---|---|---|",
      "| Tốc độ tăng giá trị sản xuất | % | 9,0 | 8,6 | 95,6 |",
      "| Tỷ lệ che phủ rừng | % | 42,0 | 42,5 | 0,5 |",
      "| Thu nhập bình quân đầu người | triệu đồng/người/năm | 75 | 76,2 | 101,6 |",
    ].join("\n");
    const all = facts(text, { date: "2024-12-10", area: "huyện Ninh Phước" });
    expect(all.filter((f) => f.base).map((f) => [f.value_text, f.measure, f.period])).toEqual([
      ["95,6", "pct_of_target", "2024"],
      ["0,5", "change", "2024"],
      ["101,6", "pct_of_target", "2024"],
    ]);
    expect(all.find((f) => f.value_text === "76,2")?.period).toBe("2024");
  });

  it("columns that each measure the rows' items in their own unit are results; 'so với' an earlier season is a growth on it", () => {
    const text = [
      "BÁO CÁO kết quả sản xuất vụ Xuân năm 2025",
      "| TT | Cây trồng | Diện tích (ha) | Năng suất (tạ/ha) | Sản lượng (tấn) | Sản lượng so với vụ Xuân năm 2024 (%) |",
      "|---|---|---|---|---|---|",
      "| 1 | Lúa | 4.120 | 65,2 | 26.862 | 102,4 |",
    ].join("\n");
    const all = facts(text, { date: "2025-06-10", area: "huyện Kim Sơn, tỉnh Ninh Bình" });
    expect(all.map((f) => [f.value_text, f.unit, f.measure, f.kind, f.base ?? ""])).toEqual([
      ["4.120", "ha", "level", "actual", ""],
      ["65,2", "tạ/ha", "rate", "actual", ""],
      ["26.862", "tấn", "level", "actual", ""],
      ["102,4", "%", "growth", "actual", "2024-S1"],
    ]);
  });

  it("'Kế hoạch năm' is the year's plan in a report on months; '% so cùng kỳ' is a growth on last year", () => {
    const text = [
      "BÁO CÁO tình hình kinh tế - xã hội 6 tháng đầu năm 2025",
      "| TT | Chỉ tiêu | ĐVT | Kế hoạch năm | Thực hiện 6 tháng | % so KH | % so cùng kỳ |",
      "|---|---|---|---|---|---|---|",
      "| 1 | Sản lượng chè búp tươi | tấn | 18.500 | 9.620 | 52,0 | 106,3 |",
    ].join("\n");
    const all = facts(text, { date: "2025-06-18", area: "huyện Văn Chấn, tỉnh Yên Bái" });
    expect(all.map((f) => [f.value_text, f.measure, f.kind, f.period, f.base ?? ""])).toEqual([
      ["18.500", "level", "target", "2025", ""],
      ["9.620", "level", "actual", "2025-S1", ""],
      ["52,0", "pct_of_target", "actual", "2025-S1", "plan"],
      ["106,3", "growth", "actual", "2025-S1", "same_period_last_year"],
    ]);
  });
});

describe("area", () => {
  it("a paragraph that opens on another unit speaks of it", () => {
    const text =
      "Đại hội Đảng bộ xã Tân Hòa nhiệm kỳ 2020 - 2025 thành công; thu nhập bình quân đạt 41 triệu đồng.\n\nNhiệm kỳ qua, Đảng bộ thị trấn Phú Mỹ lãnh đạo kinh tế tăng trưởng bình quân 12,5%/năm.";
    const all = facts(text, { date: "2020-06-25", area: "xã Tân Hòa" });
    expect(all.map((f) => [f.value_text, f.area])).toEqual([
      ["41", "xã Tân Hòa"],
      ["12,5", "thị trấn Phú Mỹ"],
    ]);
  });

  it("an acronym after a level word is no unit", () => {
    expect(
      fact("Tổng sản phẩm trên địa bàn tỉnh GRDP tăng 6,1%.", "6,1", { area: "tỉnh Hòa Bình" }).area,
    ).toBe("tỉnh Hòa Bình");
  });

  it("the unit a clause opens with, not the country it is measured against", () => {
    const f = fact("Tỉnh Bắc Giang có tốc độ tăng trưởng cao nhất cả nước, đạt 14,3%.", "14,3", {
      area: "cả nước",
    });
    expect(f.area).toBe("tỉnh Bắc Giang");
  });

  it("a province's average beside a district's figure is the province's, in the figure's terms", () => {
    const hints = { date: "2025-10-06", area: "huyện Cờ Đỏ, thành phố Cần Thơ" };
    const got = facts(
      "Đến ngày 30/9/2025, huyện đã giải ngân 98,4 tỷ đồng, đạt 61,2% kế hoạch (bình quân chung của thành phố đạt 55,7%), cao hơn bình quân cả nước (khoảng 50,1%).",
      hints,
    ).map((f) => [f.value_text, f.measure, f.area]);
    expect(got).toEqual([
      ["98,4", "level", "huyện Cờ Đỏ, thành phố Cần Thơ"],
      ["61,2", "pct_of_target", "huyện Cờ Đỏ, thành phố Cần Thơ"],
      ["55,7", "pct_of_target", "thành phố Cần Thơ"],
      ["50,1", "pct_of_target", "cả nước"],
    ]);
  });
});

describe("subject", () => {
  it("the parts listed after 'Trong đó' are linked as parts of the whole before them", () => {
    const all = facts(
      "Quý III, GRDP của tỉnh ước tăng 7,4% so với cùng kỳ. Trong đó, nhóm công nghiệp - xây dựng tăng 11,2%; nhóm dịch vụ tăng 6,5%; nhóm nông, lâm, thủy sản tăng 2,9%.",
    );
    expect(all.map((f) => [f.value_text, f.indicator.code])).toEqual([
      ["7,4", "grdp_growth"],
      ["11,2", "va_industry"],
      ["6,5", "va_services"],
      ["2,9", "va_agriculture"],
    ]);
    // A sentence that is no part of a whole is linked in its own terms only.
    expect(fact("Nhóm dịch vụ tăng 6,5%.", "6,5").indicator.code).toBeNull();
  });

  it("the reporting unit's bare name is no subject: the counted noun is", () => {
    const f = fact("Năm 2024, Hoàng Su Phì giảm 412 hộ nghèo, vượt chỉ tiêu giao.", "412", {
      date: "2025-01-10",
      area: "huyện Hoàng Su Phì",
    });
    expect([f.indicator.text, f.measure]).toEqual(["hộ nghèo", "change"]);
  });

  it("a label before a colon names the figure after it", () => {
    expect(fact("- Giá trị sản phẩm/1 ha đất canh tác: 112 triệu đồng", "112").indicator.text).toBe(
      "Giá trị sản phẩm/1 ha đất canh tác",
    );
  });

  it("a clause that names only a time goes on with the last subject", () => {
    const all = facts(
      "Doanh thu du lịch tháng 9 ước đạt 410 tỷ đồng; lũy kế 9 tháng đạt 3.520 tỷ đồng, tăng 14,2%.",
    );
    expect(all.map((f) => f.indicator.text)).toEqual([
      "Doanh thu du lịch",
      "Doanh thu du lịch",
      "Doanh thu du lịch",
    ]);
    expect(all.map((f) => f.period)).toEqual(["2024-09", "2024-01/2024-09", "2024-01/2024-09"]);
  });

  it("a time phrase or the reporting unit alone is no subject", () => {
    expect(
      fact("Đến hết tháng 9/2024, toàn tỉnh có 1.520 doanh nghiệp đang hoạt động.", "1.520").indicator.text,
    ).toBe("doanh nghiệp đang hoạt động");
    expect(
      fact("Huyện đã có 12/15 xã đạt chuẩn nông thôn mới, 3 xã đạt chuẩn nâng cao.", "3").indicator.text,
    ).toBe("xã đạt chuẩn nâng cao");
  });

  it("a total word or a bare verb before a count gives way to what is counted", () => {
    expect(fact("Tại phiên thảo luận, tổng có 14 đại biểu phát biểu ý kiến.", "14").indicator.text).toBe(
      "đại biểu phát biểu ý kiến",
    );
    expect(fact("Hội đồng nhân dân huyện đã thông qua 18 nghị quyết chuyên đề.", "18").indicator.text).toBe(
      "thông qua nghị quyết chuyên đề",
    );
    // (Money is no thing counted: its words before it stand.)
    expect(fact("Quỹ đã hỗ trợ 350 triệu đồng cho hộ nghèo.", "350").indicator.text).toBe("Quỹ đã hỗ trợ");
  });
});

describe("counts per head of population", () => {
  it("a plan alone in brackets takes the result's unit; each count per head names its own noun", () => {
    const text =
      "Năm 2024 toàn tỉnh có 9,6 bác sĩ/vạn dân (kế hoạch 9,4); 31,2 giường bệnh/vạn dân; 1,8 dược sĩ đại học/vạn dân.";
    const got = facts(text, { date: "2024-12-20", area: "tỉnh Kon Tum" }).map((f) => [
      f.value_text,
      f.kind,
      f.measure,
      f.unit,
      f.indicator.code,
    ]);
    expect(got).toEqual([
      ["9,6", "actual", "rate", "bác sĩ/vạn dân", "doctors_per_10k"],
      ["9,4", "target", "rate", "bác sĩ/vạn dân", "doctors_per_10k"],
      ["31,2", "actual", "rate", "giường bệnh/vạn dân", "hospital_beds_per_10k"],
      ["1,8", "actual", "rate", "dược sĩ đại học/vạn dân", null],
    ]);
  });

  it("an amount per hectare or per worker is a rate, and the '1' it is per is no figure", () => {
    const hints = { date: "2024-12-20", area: "huyện Đức Trọng, tỉnh Lâm Đồng" };
    const got = facts(
      "Năm 2024 giá trị thu hoạch bình quân trên 1 ha đất canh tác đạt 310 triệu đồng; thu nhập bình quân tháng của người lao động là 8,2 triệu đồng.",
      hints,
    ).map((f) => [f.value_text, f.measure]);
    expect(got).toEqual([
      ["310", "rate"],
      ["8,2", "rate"],
    ]);
    // (Planting more than one hectare is a floor on an area, not a rate.)
    expect(fact("Có 42 hộ trồng trên 1 ha cà phê.", "1", hints).qualifier).toBe(">");
  });

  it("a plan named by its plan word alone goes on with the figure before it", () => {
    const f = fact(
      "Thu nhập bình quân đầu người năm 2024 đạt 71,5 triệu đồng; mục tiêu năm 2025 là 78 triệu đồng.",
      "78",
      { date: "2024-12-20", area: "tỉnh Bình Phước" },
    );
    expect([f.kind, f.measure, f.period, f.indicator.code]).toEqual([
      "target",
      "rate",
      "2025",
      "income_per_capita",
    ]);
  });

  it("a verb before the rate it moves makes the figure its change, unless it says where the rate ends", () => {
    const hints = { date: "2024-12-10", area: "tỉnh Hà Nam" };
    const got = facts(
      "Năm 2025 phấn đấu giảm tỷ lệ hộ nghèo 1,5% trở lên; giảm tỷ lệ hộ cận nghèo từ 1% trở lên; giảm tỷ lệ thất nghiệp khu vực thành thị còn 2,5%; giảm tỷ lệ trẻ suy dinh dưỡng từ 12,4% xuống 11,8%.",
      hints,
    ).map((f) => [f.value_text, f.measure]);
    expect(got).toEqual([
      ["1,5", "change"],
      ["1", "change"],
      ["2,5", "share"],
      ["12,4", "share"],
      ["11,8", "share"],
    ]);
  });

  it("a move after an amount and its share ('chiếm …') is the amount's growth; so is a percent bracketed after a change in people", () => {
    const got = facts(
      "Đến 30/6/2025, toàn tỉnh có 84.120 người tham gia bảo hiểm xã hội, chiếm 18,4% lực lượng lao động trong độ tuổi, tăng 3.106 người (+3,8%) so với cuối năm 2024. Khu vực dịch vụ chiếm 41,2%, tăng 0,6%.",
      { date: "2025-07-08", area: "tỉnh Sóc Trăng" },
    ).map((f) => [f.value_text, f.measure]);
    expect(got).toEqual([
      ["84.120", "level"],
      ["18,4", "share"],
      ["3.106", "change"],
      ["+3,8", "growth"],
      ["41,2", "share"],
      // (a share with no amount before it moves in points)
      ["0,6", "change"],
    ]);
    const share = facts("Lao động có việc làm 52.300 người, chiếm 61,5% dân số trong độ tuổi, tăng 1,9%.", {
      date: "2025-07-08",
      area: "tỉnh Sóc Trăng",
    });
    expect(share.map((f) => f.measure)).toEqual(["level", "share", "growth"]);
  });

  it("'vượt X% kế hoạch' after an amount and its growth is past the amount's plan; after a rate, points", () => {
    const hints = { date: "2025-12-10", area: "tỉnh Tây Ninh" };
    const amount = facts(
      "Ước cả năm kim ngạch xuất khẩu đạt 6.120 triệu USD, tăng 11,4%, vượt 4,2% kế hoạch.",
      hints,
    );
    expect(amount.map((f) => [f.value_text, f.measure])).toEqual([
      ["6.120", "level"],
      ["11,4", "growth"],
      ["4,2", "pct_of_target"],
    ]);
    const rate = facts("Tỷ lệ đô thị hóa đạt 35,2%, tăng 1,1%, vượt 0,7% kế hoạch.", hints);
    expect(rate.map((f) => [f.value_text, f.measure])).toEqual([
      ["35,2", "share"],
      ["1,1", "change"],
      ["0,7", "change"],
    ]);
  });

  it("more of a flow still to be done is an amount; a total named with 'tăng thêm' and reached with 'đạt' is a level", () => {
    const hints = { date: "2025-10-06", area: "tỉnh Kon Tum" };
    const got = facts(
      "Quý IV cần thu thêm khoảng 2.140 triệu đồng và đón thêm 1,2 triệu lượt khách. Tổng vốn đăng ký mới và tăng thêm đạt 315,6 tỷ đồng. Tổng đàn bò tăng thêm 420 con.",
      hints,
    ).map((f) => [f.value_text, f.measure]);
    expect(got).toEqual([
      ["2.140", "level"],
      ["1,2", "level"],
      ["315,6", "level"],
      // (a stock that grew is a change)
      ["420", "change"],
    ]);
  });

  it("a part of a rate ('riêng …', 'trong đó …') moves in points as the rate does", () => {
    const got = facts("- Tỷ lệ hộ nghèo đa chiều giảm 2-2,5%; riêng các xã đặc biệt khó khăn giảm 4%.", {
      date: "2024-12-10",
      area: "tỉnh Lai Châu",
    }).map((f) => [f.value_text, f.measure]);
    expect(got).toEqual([
      ["2-2,5", "change"],
      ["4", "change"],
    ]);
    // (An amount's part moves as an amount: a growth.)
    const amounts = facts("Doanh thu du lịch tăng 12%; riêng doanh thu lưu trú tăng 9%.", {
      date: "2024-12-10",
      area: "tỉnh Lai Châu",
    }).map((f) => [f.value_text, f.measure]);
    expect(amounts).toEqual([
      ["12", "growth"],
      ["9", "growth"],
    ]);
  });

  it("'cùng thời điểm' dates a figure by the day the paragraph named", () => {
    const f = fact(
      "Thu ngân sách xã đến ngày 30/11/2024 đạt 5.210 triệu đồng, ước cả năm 2024 đạt 5.600 triệu đồng. Chi ngân sách cùng thời điểm 4.870 triệu đồng.",
      "4.870",
      { date: "2024-12-12", area: "xã Tân Hòa" },
    );
    expect(f.period).toBe("2024-11-30");
  });

  it("a count per a number of another is a rate in those terms", () => {
    const f = fact("Năm 2024 tỷ số giới tính khi sinh là 113,2 bé trai/100 bé gái.", "113,2", {
      date: "2024-12-20",
      area: "tỉnh Hưng Yên",
    });
    expect([f.measure, f.unit]).toEqual(["rate", "bé trai/100 bé gái"]);
  });

  it("the years in the name of a set of criteria date no figure", () => {
    const f = fact(
      "Năm 2024 có 120/141 xã đạt Bộ tiêu chí quốc gia về y tế xã giai đoạn đến năm 2030, chiếm 85,1%.",
      "85,1",
      { date: "2024-12-20", area: "tỉnh Kon Tum" },
    );
    expect([f.kind, f.period]).toEqual(["actual", "2024"]);
  });
});

describe("the document tree", () => {
  it("a resolution's articles ('Điều 1. …') are its parts: one reviews the year, the next sets targets", () => {
    const text = [
      "NGHỊ QUYẾT",
      "Về kế hoạch phát triển kinh tế - xã hội năm 2026",
      "QUYẾT NGHỊ:",
      "Điều 1. Đánh giá kết quả thực hiện kế hoạch năm 2025",
      "Tổng sản lượng thủy sản ước đạt 410.200 tấn, bằng 102,4% so với năm 2024.",
      "Điều 2. Các chỉ tiêu chủ yếu năm 2026",
      "(1) Tổng sản lượng thủy sản đạt 420.000 tấn.",
    ].join("\n");
    const r = read(text, { date: "2025-12-08", area: "tỉnh Bến Tre" });
    expect(r.facts.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["410.200", "estimate", "2025"],
      ["102,4", "estimate", "2025"],
      ["420.000", "target", "2026"],
    ]);
  });

  it("a page's first line is its title; a bullet opens an item; a label cut from its figure goes on", () => {
    const text = [
      "Kinh tế 9 tháng tăng trưởng khá",
      "",
      "- Thu ngân sách nhà nước: 6.200 tỷ đồng",
      "- Tổng chi ngân sách địa phương:",
      "",
      "8.100 tỷ đồng, đạt 71,4% dự toán.",
    ].join("\n");
    const r = read(text);
    expect(r.document.period).toBe("2024-01/2024-09");
    expect(r.facts.map((f) => [f.value_text, f.indicator.text, f.measure])).toEqual([
      ["6.200", "Thu ngân sách nhà nước", "level"],
      ["8.100", "Tổng chi ngân sách địa phương", "level"],
      ["71,4", "Tổng chi ngân sách địa phương", "pct_of_target"],
    ]);
  });

  it("a first line cut at its comma is a sentence, not a title; how long a meeting lasted is a figure", () => {
    const text = [
      "Kỳ họp thường lệ cuối năm của Hội đồng nhân dân huyện diễn ra trong 03 ngày,",
      "",
      "từ ngày 10 đến 12/12/2024; đợt 2 của kỳ họp có 35/37 đại biểu dự.",
    ].join("\n");
    const r = read(text, { date: "2024-12-12" });
    expect(r.facts.map((f) => [f.value_text, f.unit, f.line])).toEqual([
      ["03", "ngày", 1],
      ["35/37", "đại biểu", 3],
    ]);
  });

  it("words run together by a careless copy are set apart, their figures read", () => {
    const f = fact("Ngành sản xuất điện tạotăng2,4% so với tháng trước.", "2,4");
    expect([f.measure, f.unit]).toEqual(["growth", "%"]);
  });
});

describe("an interview, a budget settlement and a merged province's first report", () => {
  it("a heading on goals far ahead, below the title, does not date what the page reviews", () => {
    const text = [
      "# Bí thư Huyện ủy Mộc Châu: Vững bước trên chặng đường mới",
      "",
      "*Đăng lúc 08:15, 20/12/2024*",
      "",
      "**Ông Lê Văn Bình:** Toàn huyện hiện có 312 hợp tác xã, thu hút 9.400 thành viên.",
      "",
      "## Định hướng đến năm 2035",
      "",
      "**Ông Lê Văn Bình:** Huyện phấn đấu đến năm 2035 có 500 hợp tác xã.",
    ].join("\n");
    const r = read(text, { date: "2024-12-20", area: "huyện Mộc Châu, tỉnh Sơn La" });
    expect(r.document.period).toBe("2024");
    expect(r.facts.map(labels)).toEqual([
      ["312", "level", "actual", "2024"],
      ["9.400", "level", "actual", "2024"],
      ["500", "level", "target", "2035"],
    ]);
  });

  it("'năm tới' is next year, 'trong 5 năm tới' the next five, 'Sau 3 năm thực hiện,' the three just ended", () => {
    const ref = { year: 2024, month: 11 };
    const code = (text: string) => findPeriods(text, ref).map((p) => p.code);
    expect(code("Trong năm tới, huyện sẽ")).toEqual(["2025"]);
    expect(code("trong 5 năm tới")).toEqual(["2025/2029"]);
    expect(code("Sau 3 năm thực hiện, toàn tỉnh")).toEqual(["2022/2024"]);
    expect(code("Sau 3 năm, toàn tỉnh")).toEqual(["2022/2024"]);
    // (a delay, not a period a figure is about)
    expect(code("dự án chậm tiến độ sau 3 năm")).toEqual([]);
  });

  it("what a multiple is of, whether a term or a year in brackets, does not date it", () => {
    const text =
      "Giai đoạn 2021-2025, vốn đầu tư toàn xã hội đạt 21.300 tỷ đồng, gấp 1,6 lần giai đoạn 2016-2020. Năm 2024 toàn huyện có 146 hợp tác xã, gấp 2 lần (năm 2019 chỉ có 73 hợp tác xã).";
    const r = read(text, { date: "2024-12-20", area: "huyện Mộc Châu, tỉnh Sơn La" });
    expect(r.facts.map((f) => [f.value_text, f.measure, f.period, f.base ?? ""])).toEqual([
      ["21.300", "level", "2021/2025", ""],
      ["1,6", "multiple", "2021/2025", "2016/2020"],
      ["146", "level", "2024", ""],
      ["2", "multiple", "2024", ""],
      ["73", "level", "2019", ""],
    ]);
  });

  it("a settlement: its table's unit stands above it, 'Quyết toán' is the result, 'Bảng 2.' no figure", () => {
    const text = [
      "BÁO CÁO",
      "Quyết toán ngân sách huyện năm 2023",
      "Bảng 2. Quyết toán chi ngân sách năm 2023",
      "Đơn vị tính: triệu đồng",
      "| STT | Nội dung | Dự toán 2023 | Quyết toán 2023 | So sánh (%) |",
      "|---|---|---|---|---|",
      "| 1 | Chi đầu tư phát triển | 180.000 | 205.400 | 114,1 |",
    ].join("\n");
    const r = read(text, { date: "2024-06-10", area: "huyện Vĩnh Bảo, thành phố Hải Phòng" });
    expect(r.facts.map((f) => [f.value_text, f.unit, f.measure, f.kind, f.period])).toEqual([
      ["180.000", "triệu đồng", "level", "target", "2023"],
      ["205.400", "triệu đồng", "level", "actual", "2023"],
      ["114,1", "%", "pct_of_target", "actual", "2023"],
    ]);
  });

  it("'so với quyết toán năm 2022' is a base; a targeted transfer is money, not a target", () => {
    const text = [
      "BÁO CÁO",
      "Quyết toán ngân sách huyện năm 2023",
      "Chi thường xuyên 412.300 triệu đồng, tăng 6,2% so với quyết toán năm 2022; chi cho 38 trường học.",
      "Thu bổ sung từ ngân sách tỉnh 530.100 triệu đồng (bổ sung cân đối 402.000 triệu đồng, bổ sung có mục tiêu 128.100 triệu đồng).",
    ].join("\n");
    const r = read(text, { date: "2024-06-10", area: "huyện Vĩnh Bảo, thành phố Hải Phòng" });
    expect(r.facts.map((f) => [f.value_text, f.measure, f.kind, f.period, f.base ?? ""])).toEqual([
      ["412.300", "level", "actual", "2023", ""],
      ["6,2", "growth", "actual", "2023", "2022"],
      ["38", "level", "actual", "2023", ""],
      ["530.100", "level", "actual", "2023", ""],
      ["402.000", "level", "actual", "2023", ""],
      ["128.100", "level", "actual", "2023", ""],
    ]);
  });

  it("the growth of a part of the period, or of the whole it leads to, is a growth; a plan named in brackets is a target", () => {
    const text = [
      "BÁO CÁO",
      "Tình hình kinh tế - xã hội 9 tháng năm 2024",
      "GRDP 9 tháng ước tăng 6,9% so với cùng kỳ; trong đó quý III ước đạt 7,4% (quý I tăng 6,1%).",
      "Thu ngân sách 9 tháng ước đạt 9.200 tỷ đồng, bằng 70,8% dự toán (dự toán năm 2024 Hội đồng nhân dân tỉnh giao là 13.000 tỷ đồng), tăng 9,1% so với cùng kỳ.",
      "Phấn đấu GRDP quý IV tăng 9% để cả năm đạt 7,5% trở lên.",
    ].join("\n");
    const r = read(text, { date: "2024-10-04", area: "tỉnh Hà Nam" });
    expect(r.facts.map(labels)).toEqual([
      ["6,9", "growth", "estimate", "2024-01/2024-09"],
      ["7,4", "growth", "estimate", "2024-Q3"],
      ["6,1", "growth", "actual", "2024-Q1"],
      ["9.200", "level", "estimate", "2024-01/2024-09"],
      ["70,8", "pct_of_target", "estimate", "2024-01/2024-09"],
      ["13.000", "level", "target", "2024"],
      ["9,1", "growth", "estimate", "2024-01/2024-09"],
      ["9", "growth", "target", "2024-Q4"],
      ["7,5", "growth", "target", "2024"],
    ]);
  });
  it("a bracket closing right after a date does not date what follows it; 'cao hơn năm 2023 (6,4%)' is that year's figure", () => {
    const a = facts(
      "Kết quả xếp loại chất lượng năm 2023 (tiến hành trong tháng 01/2024): có 118/640 chi bộ hoàn thành xuất sắc nhiệm vụ.",
      { date: "2024-03-01" },
    );
    expect(a.map(labels)).toEqual([["118/640", "count_of_total", "actual", "2023"]]);
    const b = facts(
      "Năm 2024, tốc độ tăng trưởng GRDP ước đạt 7,2%, cao hơn năm 2023 (6,4%); thu ngân sách ước đạt 5.100 tỷ đồng.",
      { date: "2024-12-10" },
    );
    expect(b.map(labels)).toEqual([
      ["7,2", "growth", "estimate", "2024"],
      ["6,4", "growth", "actual", "2023"],
      ["5.100", "level", "estimate", "2024"],
    ]);
  });

  it("'đạt chỉ tiêu giảm 1-1,5% đề ra' quotes the plan's move", () => {
    const f = fact(
      "Tỷ lệ hộ nghèo ước còn 3,1%, giảm 1,2% so với cuối năm 2023, đạt chỉ tiêu giảm 1-1,5% đề ra.",
      "1-1,5",
      { date: "2024-12-10" },
    );
    expect([f.measure, f.kind]).toEqual(["change", "target"]);
  });

  it("a part reviewing a congress's resolution by its number covers the term the text gave it", () => {
    const text = [
      "BÁO CÁO",
      "Tổng kết năm 2025 và nhiệm kỳ",
      "Năm 2025 là năm cuối thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI, nhiệm kỳ 2020-2025.",
      "II. Kết quả thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI",
      "Có 17/19 chỉ tiêu chủ yếu đạt và vượt Nghị quyết; cả nhiệm kỳ kết nạp 1.420 đảng viên, bằng 101,4% chỉ tiêu (1.400 đảng viên).",
    ].join("\n");
    const r = read(text, { date: "2025-11-20", area: "huyện Yên Thành, tỉnh Nghệ An" });
    expect(r.facts.map(labels)).toEqual([
      ["17/19", "count_of_total", "actual", "2020/2025"],
      ["1.420", "level", "actual", "2020/2025"],
      ["101,4", "pct_of_target", "actual", "2020/2025"],
      ["1.400", "level", "target", "2020/2025"],
    ]);
  });
  it("the parts of a plan after 'trong đó' are the plan's; '2 tháng cuối năm' are the last two months; 'cùng kỳ năm 2023' in a report on months is those months", () => {
    const text = [
      "BÁO CÁO",
      "Tình hình xuất nhập khẩu 10 tháng năm 2024",
      "Kim ngạch xuất khẩu 10 tháng đạt 1.240 triệu USD, chiếm 58,2% tổng kim ngạch (cùng kỳ năm 2023 chiếm 55,9%).",
      "Chỉ tiêu thu ngân sách năm 2024 được giao là 2.600 tỷ đồng, trong đó dự toán pháp lệnh 2.400 tỷ đồng và chỉ tiêu phấn đấu 200 tỷ đồng.",
      "II. NHIỆM VỤ 2 THÁNG CUỐI NĂM",
      "Phấn đấu thu ngân sách 2 tháng cuối năm khoảng 410 tỷ đồng.",
    ].join("\n");
    const r = read(text, { date: "2024-11-05", area: "tỉnh Bình Dương" });
    expect(r.facts.map(labels)).toEqual([
      ["1.240", "level", "actual", "2024-01/2024-10"],
      ["58,2", "share", "actual", "2024-01/2024-10"],
      ["55,9", "share", "actual", "2023-01/2023-10"],
      ["2.600", "level", "target", "2024"],
      ["2.400", "level", "target", "2024"],
      ["200", "level", "target", "2024"],
      ["410", "level", "target", "2024-11/2024-12"],
    ]);
    expect(findPeriods("2 tháng cuối năm", { year: 2024, month: 11 }).map((p) => p.code)).toEqual([
      "2024-11/2024-12",
    ]);
  });
  it("moves set with 'ít nhất', 'kéo giảm', 'không quá' are moves; projects drawn in and capital added are amounts", () => {
    const a = fact("Phấn đấu năm 2025 số vụ phạm pháp hình sự giảm ít nhất 5% so với năm 2024.", "5", {
      date: "2024-12-10",
    });
    expect([a.measure, a.kind]).toEqual(["growth", "target"]);
    const b = fact("Năm 2024 đạt mục tiêu kéo giảm từ 5% trở lên số người chết vì tai nạn giao thông.", "5", {
      date: "2024-12-10",
    });
    expect([b.measure, b.kind]).toEqual(["growth", "target"]);
    const c = facts(
      "Năm 2024 khu công nghiệp thu hút thêm 7 dự án; điều chỉnh tăng vốn cho 9 lượt dự án, trong đó 5 lượt dự án FDI tăng thêm 61,2 triệu USD.",
      { date: "2024-12-20" },
    );
    expect(c.map((f) => [f.value_text, f.measure])).toEqual([
      ["7", "level"],
      ["9", "level"],
      ["5", "level"],
      ["61,2", "level"],
    ]);
  });
  it("what is expected of a period mostly ahead is a forecast, through its sentence; 'năm học trước' is the school year before", () => {
    const a = facts(
      "Dự kiến thu ngân sách tháng 7/2024 khoảng 640 tỷ đồng; lũy kế 7 tháng khoảng 4.980 tỷ đồng, đạt 61,2% dự toán.",
      { date: "2024-07-04", area: "tỉnh Phú Yên" },
    );
    expect(a.map(labels)).toEqual([
      ["640", "level", "forecast", "2024-07"],
      ["4.980", "level", "forecast", "2024-01/2024-07"],
      ["61,2", "pct_of_target", "forecast", "2024-01/2024-07"],
    ]);
    const ref = { year: 2024, month: 8 };
    expect(findPeriods("so với năm học trước", ref).map((p) => p.code)).toEqual(["2022/2023"]);
    expect(findPeriods("kết thúc năm học vừa qua", { year: 2024, month: 10 }).map((p) => p.code)).toEqual([
      "2023/2024",
    ]);
  });
  it("a cut-off line that names an hour dates the report's results and its estimates to the day", () => {
    const text = [
      "BÁO CÁO",
      "Tình hình thiệt hại do mưa lũ trên địa bàn tỉnh",
      "(Số liệu tính đến 16 giờ ngày 02/10/2024)",
      "I. THIỆT HẠI",
      "Mưa lũ làm 3 người chết, 27 ngôi nhà bị sập hoàn toàn. Tổng thiệt hại ước tính khoảng 412 tỷ đồng.",
    ].join("\n");
    const r = read(text, { date: "2024-10-03", area: "tỉnh Yên Bái" });
    expect(r.facts.map(labels)).toEqual([
      ["3", "level", "actual", "2024-10-02"],
      ["27", "level", "actual", "2024-10-02"],
      ["412", "level", "estimate", "2024-10-02"],
    ]);
  });
  it("a title that ends with the day counted to dates the results; what each source disbursed 'đạt' is of its plan", () => {
    const text = [
      "BÁO CÁO",
      "Tình hình giải ngân kế hoạch vốn đầu tư công năm 2024 tính đến ngày 20/11/2024",
      "I. KẾT QUẢ GIẢI NGÂN",
      "Vốn ngân sách địa phương giải ngân 812,4 tỷ đồng, đạt 58,1%; riêng nguồn thu tiền sử dụng đất giải ngân 201,7 tỷ đồng, đạt 39,5% do thu đạt thấp.",
      "Vốn các chương trình mục tiêu quốc gia giải ngân 96,2 tỷ đồng, đạt 51,4%, trong đó: Chương trình giảm nghèo bền vững đạt 62,3%.",
    ].join("\n");
    const r = read(text, { date: "2024-11-22", area: "tỉnh Lạng Sơn" });
    expect(r.facts.map(labels)).toEqual([
      ["812,4", "level", "actual", "2024-11-20"],
      ["58,1", "pct_of_target", "actual", "2024-11-20"],
      ["201,7", "level", "actual", "2024-11-20"],
      ["39,5", "pct_of_target", "actual", "2024-11-20"],
      ["96,2", "level", "actual", "2024-11-20"],
      ["51,4", "pct_of_target", "actual", "2024-11-20"],
      ["62,3", "pct_of_target", "actual", "2024-11-20"],
    ]);
  });
  it("a plan in brackets in larger units is still the plan; a month named without a year among next month's tasks is the coming one", () => {
    const a = facts(
      "Kim ngạch xuất khẩu 8 tháng ước đạt 3.912,4 triệu USD, bằng 65,2% kế hoạch năm (6 tỷ USD).",
      { date: "2024-08-26", area: "tỉnh Long An" },
    );
    expect(a.map(labels)).toEqual([
      ["3.912,4", "level", "estimate", "2024-01/2024-08"],
      ["65,2", "pct_of_target", "estimate", "2024-01/2024-08"],
      ["6", "level", "target", "2024"],
    ]);
    const text = [
      "BÁO CÁO",
      "Tình hình tháng 8 và nhiệm vụ tháng 9 năm 2024",
      "II. NHIỆM VỤ TRỌNG TÂM THÁNG 9/2024",
      "- Phấn đấu tổng mức bán lẻ hàng hóa tháng 9 đạt khoảng 7.400 tỷ đồng.",
    ].join("\n");
    expect(facts(text, { date: "2024-08-26", area: "tỉnh Long An" }).map(labels)).toEqual([
      ["7.400", "level", "target", "2024-09"],
    ]);
  });
  it("a news page's days written with dashes ('Ngày 4 và 5-7-2024') are days, and the half-year its report names dates it", () => {
    expect(
      findPeriods("Ngày 4 và 5-7-2024, HĐND thành phố họp", { year: 2024, month: 7 }).map((p) => p.code),
    ).toEqual(["2024-07-05"]);
    const text = [
      "Kỳ họp giữa năm của HĐND thành phố",
      "",
      "Ngày 4 và 5-7-2024, HĐND thành phố tổ chức kỳ họp thường lệ. Theo báo cáo, 6 tháng đầu năm 2024, tổng giá trị sản xuất ước tăng 8,1%.",
      "",
      "Tổng thu ngân sách trên địa bàn đạt 164,2 tỷ đồng, đạt 54,1% dự toán.",
    ].join("\n");
    const r = read(text, { date: "2024-07-05", area: "thành phố Sóc Trăng, tỉnh Sóc Trăng" });
    expect(r.document.period).toBe("2024-S1");
    expect(r.facts.map(labels)).toEqual([
      ["8,1", "growth", "estimate", "2024-S1"],
      ["164,2", "level", "actual", "2024-S1"],
      ["54,1", "pct_of_target", "actual", "2024-S1"],
    ]);
  });
  it("what was disbursed of a plan is a result, even under the plan's heading; whoever is told to strive sets a target", () => {
    const text = [
      "BÁO CÁO",
      "Tình hình giải ngân vốn đầu tư công năm 2024",
      "I. KẾ HOẠCH VỐN NĂM 2024",
      "Kế hoạch vốn năm 2023 kéo dài sang năm 2024 là 42,6 tỷ đồng; đã giải ngân 30,1 tỷ đồng, đạt 70,7%.",
      "II. KẾT QUẢ GIẢI NGÂN",
      "Tổng giá trị giải ngân kế hoạch vốn năm 2024 của huyện đạt 198,4 tỷ đồng.",
      "III. KIẾN NGHỊ",
      "Yêu cầu các chủ đầu tư phấn đấu đến ngày 31/12/2024 giải ngân đạt trên 95% kế hoạch.",
    ].join("\n");
    const r = read(text, { date: "2024-11-20", area: "huyện Văn Yên, tỉnh Yên Bái" });
    expect(r.facts.map((f) => [f.value_text, f.kind])).toEqual([
      ["42,6", "target"],
      ["30,1", "actual"],
      ["70,7", "actual"],
      ["198,4", "actual"],
      ["95", "target"],
    ]);
  });
});

describe("a weather bulletin and an election report", () => {
  it("a title that gives last month's readings and next month's outlook leaves each part to say which", () => {
    const text = [
      "ĐÀI KHÍ TƯỢNG THỦY VĂN TỈNH HÀ TĨNH",
      "THÔNG BÁO",
      "Đặc trưng khí tượng thủy văn tháng 9 năm 2026",
      "và dự báo xu thế tháng 10 năm 2026",
      "I. ĐẶC TRƯNG KHÍ TƯỢNG THÁNG 9/2026",
      "- Tổng lượng mưa tại Hương Khê 684 mm, cao hơn TBNN 22%.",
      "- Nhiệt độ trung bình tại Kỳ Anh 27,1°C, thấp hơn TBNN 0,4°C.",
      "II. DỰ BÁO XU THẾ THÁNG 10/2026",
      "- Tổng lượng mưa phổ biến 500 - 700 mm.",
    ].join("\n");
    const r = read(text, { date: "2026-10-03", area: "tỉnh Hà Tĩnh" });
    expect(r.facts.map((f) => [f.value_text, f.unit, f.measure, f.kind, f.period])).toEqual([
      ["684", "mm", "level", "actual", "2026-09"],
      ["22", "%", "growth", "actual", "2026-09"],
      ["27,1", "°C", "level", "actual", "2026-09"],
      ["0,4", "°C", "change", "actual", "2026-09"],
      ["500 - 700", "mm", "level", "forecast", "2026-10"],
    ]);
  });

  it("an elected body's term names the body: the results of its election are of the year held", () => {
    const text = [
      "ỦY BAN BẦU CỬ TỈNH ĐỒNG THÁP",
      "BÁO CÁO",
      "Kết quả bầu cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031",
      "1. Cử tri",
      "Có 1.204.377 cử tri đi bầu, đạt 99,21%, thấp hơn 0,12 điểm phần trăm so với cuộc bầu cử năm 2021 (99,33%).",
      "2. Tổ chức phụ trách bầu cử",
      "Toàn tỉnh thành lập 2.104 Tổ bầu cử và 102 Ban bầu cử đại biểu HĐND tỉnh.",
    ].join("\n");
    const r = read(text, { date: "2026-04-10", area: "tỉnh Đồng Tháp" });
    expect(r.document.period).toBe("2026");
    expect(r.facts.map((f) => [f.value_text, f.unit, f.measure, f.period])).toEqual([
      ["1.204.377", "cử tri", "level", "2026"],
      ["99,21", "%", "share", "2026"],
      ["0,12", "điểm phần trăm", "change", "2026"],
      ["99,33", "%", "share", "2021"],
      ["2.104", "tổ", "level", "2026"],
      ["102", "ban", "level", "2026"],
    ]);
  });

  it("the make-up planned beforehand is the target; the gap to it is in points", () => {
    const all = facts(
      "Đại biểu nữ 25 người, chiếm 35,71% (cơ cấu dự kiến từ 40% trở lên); ngoài Đảng 5 người, chiếm 7,14% (dự kiến tối thiểu 10%), thấp hơn cơ cấu dự kiến 2,86%; so với nhiệm kỳ 2021 - 2026 (6,02%) tăng 1,12 điểm phần trăm.",
      { date: "2026-04-10", area: "tỉnh Đồng Tháp" },
    );
    expect(all.map(labels)).toEqual([
      ["25", "level", "actual", "2026"],
      ["35,71", "share", "actual", "2026"],
      ["40", "share", "target", "2026"],
      ["5", "level", "actual", "2026"],
      ["7,14", "share", "actual", "2026"],
      ["10", "share", "target", "2026"],
      ["2,86", "change", "actual", "2026"],
      ["6,02", "share", "actual", "2021/2026"],
      ["1,12", "change", "actual", "2026"],
    ]);
  });

  it("a score out of five is a score, and so is last year's beside it", () => {
    const all = facts("Điểm chất lượng bệnh viện năm 2025 đạt 4,02/5 điểm (năm 2024: 3,91 điểm).", {
      date: "2026-01-10",
      area: "tỉnh Hà Tĩnh",
    });
    expect(all.map(labels)).toEqual([
      ["4,02/5", "score", "actual", "2025"],
      ["3,91", "score", "actual", "2024"],
    ]);
  });
  it("a part's title that notes its figures are estimated, or what its brackets hold, sets its kind and nothing else", () => {
    const text = [
      "BÁO CÁO",
      "Kết quả hoạt động năm 2025 của Trung tâm Y tế",
      "I. KẾT QUẢ NĂM 2025",
      "1. Chuyên môn (số liệu từ ngày 01/01/2025 đến ngày 31/12/2025; trong ngoặc là kế hoạch giao)",
      "- Lượt khám bệnh: 152.300 lượt (KH giao: 140.000 lượt), đạt 108,8% kế hoạch.",
      "- Quý IV (ước): 40.100 lượt.",
      "2. Tài chính (số liệu ước đến 31/12/2025)",
      "- Tổng thu: 96,4 tỷ đồng, tăng 5,2% so với năm 2024.",
      "II. ƯỚC THỰC HIỆN CẢ NĂM 2025",
      "1. Tổng thu ngân sách 28,5 tỷ đồng.",
    ].join("\n");
    const r = read(text, { date: "2025-12-20", area: "huyện Mai Sơn, tỉnh Sơn La" });
    expect(r.facts.map(labels)).toEqual([
      ["152.300", "level", "actual", "2025"],
      ["140.000", "level", "target", "2025"],
      ["108,8", "pct_of_target", "actual", "2025"],
      ["40.100", "level", "estimate", "2025-Q4"],
      ["96,4", "level", "estimate", "2025"],
      ["5,2", "growth", "estimate", "2025"],
      ["28,5", "level", "estimate", "2025"],
    ]);
  });
});

describe("market surveillance, land auctions and counts per thing", () => {
  const AT = { date: "2026-12-05", area: "tỉnh Cao Bằng" };

  it("a level in brackets after 'so với cùng kỳ' is of the same months a year before", () => {
    const all = facts(
      "Trong 11 tháng năm 2026, toàn tỉnh kiểm tra 1.530 vụ, giảm 4,8% so với cùng kỳ năm 2025 (1.607 vụ); tịch thu 21.300 bao thuốc lá, tăng 12,5% so với cùng kỳ (18.930 bao); giá trị hàng hóa gấp 1,2 lần cùng kỳ năm 2025 (3,4 tỷ đồng).",
      AT,
    );
    expect(all.map((f) => [f.value_text, f.unit, f.kind, f.period])).toEqual([
      ["1.530", "vụ", "actual", "2026-01/2026-11"],
      ["4,8", "%", "actual", "2026-01/2026-11"],
      ["1.607", "vụ", "actual", "2025-01/2025-11"],
      ["21.300", "bao", "actual", "2026-01/2026-11"],
      ["12,5", "%", "actual", "2026-01/2026-11"],
      ["18.930", "bao", "actual", "2025-01/2025-11"],
      ["1,2", "lần", "actual", "2026-01/2026-11"],
      ["3,4", "tỷ đồng", "actual", "2025-01/2025-11"],
    ]);
  });

  it("so much for each one of a kind is a rate in that kind; places of either kind are places", () => {
    const all = facts(
      "Mở 52 lớp dạy nghề, bình quân 28 học viên/lớp; có 9 xã/thị trấn hoàn thành; bình quân mỗi tổ có 455 cử tri; hỗ trợ 24 căn nhà, mỗi căn 50 triệu đồng.",
      AT,
    );
    expect(all.map((f) => [f.value_text, f.unit, f.measure])).toEqual([
      ["52", "lớp", "level"],
      ["28", "học viên/lớp", "rate"],
      ["9", "xã", "level"],
      ["455", "cử tri/tổ", "rate"],
      ["24", "căn nhà", "level"],
      ["50", "triệu đồng/căn", "rate"],
    ]);
  });

  it("a plan the sentence opens with measures each part; the starting price and the alarm level are bases", () => {
    const all = facts(
      "So với kế hoạch năm, số thửa đưa ra đấu giá đạt 61,3%, diện tích đạt 57,8%. Tổng giá trúng 412,5 tỷ đồng, cao hơn giá khởi điểm 38%. Đỉnh lũ sông Bằng 182,4 m, trên BĐ II 0,4 m.",
      AT,
    );
    expect(all.map((f) => [f.value_text, f.measure])).toEqual([
      ["61,3", "pct_of_target"],
      ["57,8", "pct_of_target"],
      ["412,5", "level"],
      ["38", "growth"],
      ["182,4", "level"],
      ["0,4", "change"],
    ]);
  });
  it("a plan in brackets after the body that set it and a colon is the plan, per head as the result is", () => {
    const all = facts(
      "Thu nhập bình quân đầu người ước đạt 68,4 triệu đồng/người/năm (Nghị quyết HĐND xã: 66 triệu đồng).",
      { date: "2026-09-24", area: "xã Tân Phú, tỉnh Đồng Nai" },
    );
    expect(all.map((f) => [f.value_text, f.unit, f.measure, f.kind])).toEqual([
      ["68,4", "triệu đồng/người/năm", "rate", "estimate"],
      ["66", "triệu đồng/người/năm", "rate", "target"],
    ]);
    const more = facts(
      "Tỷ lệ bao phủ bảo hiểm y tế 93,2% (Nghị quyết HĐND xã: 93%); trường đạt chuẩn quốc gia 8/11 trường (Nghị quyết HĐND xã: 8 trường).",
      { date: "2026-09-24", area: "xã Tân Phú, tỉnh Đồng Nai" },
    );
    expect(more.map((f) => [f.value_text, f.measure, f.kind])).toEqual([
      ["93,2", "share", "actual"],
      ["93", "share", "target"],
      ["8/11", "count_of_total", "actual"],
      ["8", "level", "target"],
    ]);
  });

  it("a plan beside a result does not end the run of figures a note calls estimates", () => {
    const text = [
      "BÁO CÁO",
      "Kết quả hoạt động năm 2025",
      "I. KẾT QUẢ",
      "1. Tài chính (số liệu ước đến 31/12/2025, chưa quyết toán)",
      "- Tổng thu: 388,2 tỷ đồng (dự toán thu: 370 tỷ đồng), đạt 104,9% dự toán, tăng 6,1% so với năm 2024.",
    ].join("\n");
    expect(facts(text, { date: "2026-01-12", area: "tỉnh Lào Cai" }).map(labels)).toEqual([
      ["388,2", "level", "estimate", "2025"],
      ["370", "level", "target", "2025"],
      ["104,9", "pct_of_target", "estimate", "2025"],
      ["6,1", "growth", "estimate", "2025"],
    ]);
  });
});

describe("a table the text leads into", () => {
  it("takes the period its lead-in names and counts in the noun its header names", () => {
    const text = [
      "Hội Nông dân tỉnh sơ kết 6 tháng đầu năm 2026",
      "",
      "Sáu tháng đầu năm có 21.400 hộ đăng ký thi đua. Kết quả bình xét năm 2025 toàn tỉnh có 19.870 hộ đạt danh hiệu, cụ thể:",
      "",
      "| Cấp | Số hộ đạt danh hiệu | Tỷ lệ (%) |",
      "|---|---|---|",
      "| Tỉnh | 2.310 | 11,6 |",
      "| Xã, phường | 17.560 | 88,4 |",
    ].join("\n");
    const r = read(text, { date: "2026-06-28", area: "tỉnh An Giang" });
    expect(r.facts.map((f) => [f.value_text, f.unit, f.period])).toEqual([
      ["21.400", "hộ", "2026-S1"],
      ["19.870", "hộ", "2025"],
      ["2.310", "hộ", "2025"],
      ["11,6", "%", "2025"],
      ["17.560", "hộ", "2025"],
      ["88,4", "%", "2025"],
    ]);
  });
});

describe("among the tasks ahead", () => {
  it("what is dated before them was done; a move against last year's average is a change", () => {
    const text = [
      "Hội Nông dân tỉnh sơ kết 6 tháng đầu năm 2026",
      "",
      "**Kết quả 6 tháng đầu năm**",
      "",
      "Sáu tháng đầu năm, toàn tỉnh kết nạp 1.200 hội viên mới.",
      "",
      "**Nhiệm vụ 6 tháng cuối năm**",
      "",
      "Hội nghị thống nhất các chỉ tiêu 6 tháng cuối năm:",
      "- Dạy nghề cho 900 nông dân;",
      "Dịp này, Hội tặng giấy khen cho 12 tập thể có thành tích xuất sắc trong 6 tháng đầu năm.",
    ].join("\n");
    expect(facts(text, { date: "2026-06-26", area: "tỉnh Gia Lai" }).map(labels)).toEqual([
      ["1.200", "level", "actual", "2026-S1"],
      ["900", "level", "target", "2026-S2"],
      ["12", "level", "actual", "2026-S1"],
    ]);
    const f = fact(
      "9 tháng năm 2026, giá trúng bình quân đạt 21,7 triệu đồng/m², cao hơn bình quân cùng kỳ 3,1 triệu đồng/m².",
      "3,1",
      { date: "2026-10-07", area: "tỉnh Gia Lai" },
    );
    expect([f.measure, f.period]).toEqual(["change", "2026-01/2026-09"]);
  });
});

describe("a reservoir's storage and a flood's rise", () => {
  it("a share's gap to last year is in points; so much an hour is a rate", () => {
    const all = facts(
      "Tính đến ngày 31/10/2026, hồ Kẻ Gỗ đạt 91,2% dung tích thiết kế, thấp hơn cùng kỳ năm 2025 là 4,8%; cường suất lũ lên lớn nhất 0,38 m/giờ.",
      { date: "2026-11-03", area: "tỉnh Hà Tĩnh" },
    );
    expect(all.map((f) => [f.value_text, f.unit, f.measure])).toEqual([
      ["91,2", "%", "share"],
      ["4,8", "%", "change"],
      ["0,38", "m/giờ", "rate"],
    ]);
  });
});

describe("a procuracy, a price release, a justice department and a fire page", () => {
  it("a target written with '≥' or '≤' in brackets is the target beside the result", () => {
    const all = facts(
      "Đã giải quyết 2.561 tin báo, đạt tỷ lệ 93,5% (chỉ tiêu ≥ 90%); tỷ lệ án trả hồ sơ 0,6% (chỉ tiêu ≤ 5%).",
      { date: "2026-12-08", area: "tỉnh Sơn La" },
    );
    expect(all.map((f) => [f.value_text, f.measure, f.kind])).toEqual([
      ["2.561", "level", "actual"],
      ["93,5", "share", "actual"],
      ["90", "share", "target"],
      ["0,6", "share", "actual"],
      ["5", "share", "target"],
    ]);
  });

  it("an index after the base it is taken on ('So với kỳ gốc năm 2024, CPI … bằng 107,12%') is a growth", () => {
    const f = fact("So với kỳ gốc năm 2024, CPI tháng 10/2026 bằng 106,85%.", "106,85", {
      date: "2026-11-05",
      area: "tỉnh Bình Định",
    });
    expect([f.measure, f.period]).toEqual(["growth", "2026-10"]);
    // (A plan said first is what a share reaches of it: not an index.)
    const g = fact("So với kế hoạch năm, thu ngân sách 10 tháng bằng 86,4%.", "86,4", {
      date: "2026-11-05",
      area: "tỉnh Bình Định",
    });
    expect(g.measure).toBe("pct_of_target");
  });

  it("a working year spelt out in brackets is those months, even when they start near the turn; funds given for a year are its plan", () => {
    const text = [
      "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027",
      "Năm công tác 2027 (từ ngày 01/12/2026 đến ngày 30/11/2027), ngành phấn đấu:",
      "- Tỷ lệ giải quyết tin báo về tội phạm đạt trên 91%.",
    ].join("\n");
    const all = facts(text, { date: "2026-12-08", area: "tỉnh Sơn La" });
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([["91", "target", "2026-12/2027-11"]]);
    const f = fact("Kinh phí năm 2026 được giao 96,4 tỷ đồng; đã giải ngân 88,1 tỷ đồng.", "96,4", {
      date: "2026-12-08",
      area: "tỉnh Sơn La",
    });
    expect([f.kind, f.period]).toEqual(["target", "2026"]);
  });

  it("drafts and offices are counted as such, kinds named in quotes in their noun; a gap 'so với' a base is a change", () => {
    const all = facts(
      'Năm 2026, Sở góp ý 186 dự thảo văn bản; toàn tỉnh có 9 Văn phòng công chứng, 1.380 "Điểm chữa cháy công cộng"; đấu giá thành 214 cuộc, tổng giá trúng 912,4 tỷ đồng, chênh lệch 233,1 tỷ đồng so với giá khởi điểm.',
      { date: "2026-12-15", area: "tỉnh Hà Tĩnh" },
    );
    expect(all.map((f) => [f.value_text, f.unit, f.measure])).toEqual([
      ["186", "dự thảo", "level"],
      ["9", "văn phòng", "level"],
      ["1.380", "điểm", "level"],
      ["214", "cuộc", "level"],
      ["912,4", "tỷ đồng", "level"],
      ["233,1", "tỷ đồng", "change"],
    ]);
  });

  it("a working year compared with is a base, not the period of what follows", () => {
    const all = facts(
      "Năm công tác 2026, tổng số việc phải thi hành 8.120 việc, tăng 4,1% so với năm công tác 2025; trong đó có điều kiện thi hành 6.930 việc.",
      { date: "2026-10-12", area: "tỉnh Quảng Trị" },
    );
    expect(all.map((f) => [f.value_text, f.period])).toEqual([
      ["8.120", "2026"],
      ["4,1", "2026"],
      ["6.930", "2026"],
    ]);
  });

  it("people guided to safety are counted; clubs a year and money a share are rates; a reason's period is not the figure's", () => {
    const all = facts(
      "Năm 2026, lực lượng cứu được 186 người, hướng dẫn 1.240 người thoát nạn; bình quân thành lập 64 câu lạc bộ/năm; lãi cơ bản 1.052 đồng/cổ phần. Nhóm giáo dục tăng cao nhất với 6,9% do học phí năm học 2026-2027 tăng.",
      { date: "2026-12-20", area: "tỉnh Ninh Bình" },
    );
    expect(all.map((f) => [f.value_text, f.unit, f.measure, f.period])).toEqual([
      ["186", "người", "level", "2026"],
      ["1.240", "người", "level", "2026"],
      ["64", "câu lạc bộ/năm", "rate", "2026"],
      ["1.052", "đồng/cổ phần", "rate", "2026"],
      ["6,9", "%", "growth", "2026"],
    ]);
    // (A guide written as a title is still a document's number.)
    expect(
      facts("Thực hiện Hướng dẫn 12 của Ban Tuyên giáo, năm 2026 tổ chức 45 hội nghị.", {
        date: "2026-12-20",
      }).map((f) => f.value_text),
    ).toEqual(["45"]);
  });

  it("a price index table: each column is the base the month's index is taken on", () => {
    const text = [
      "III. CHỈ SỐ GIÁ THÁNG 10 NĂM 2026 (%)",
      "",
      "| Chỉ tiêu | Kỳ gốc (2024) | Tháng 10/2025 | Tháng 12/2025 | Tháng 9/2026 |",
      "|---|---|---|---|---|",
      "| CPI chung | 106,74 | 103,05 | 102,51 | 100,22 |",
    ].join("\n");
    const all = facts(text, { date: "2026-11-04", area: "tỉnh Phú Yên" });
    expect(all.map((f) => [f.value_text, f.measure, f.period, f.base])).toEqual([
      ["106,74", "growth", "2026-10", "2024"],
      ["103,05", "growth", "2026-10", "2025-10"],
      ["102,51", "growth", "2026-10", "2025-12"],
      ["100,22", "growth", "2026-10", "2026-09"],
    ]);
  });

  it("a share's gap after the plan in brackets is in points; a reason's period dates nothing after it", () => {
    const all = facts(
      "Năm 2026, án trả hồ sơ chiếm 0,38% số vụ đã xét xử (chỉ tiêu ≤ 4%), thấp hơn 3,62% so với chỉ tiêu. Nhóm giáo dục tăng cao nhất với 6,9% do học phí năm học 2026-2027 tăng; nhóm nhà ở tăng 4,8%.",
      { date: "2026-12-10", area: "tỉnh Kon Tum" },
    );
    expect(all.map((f) => [f.value_text, f.measure, f.period])).toEqual([
      ["0,38", "share", "2026"],
      ["4", "share", "2026"],
      ["3,62", "change", "2026"],
      ["6,9", "growth", "2026"],
      ["4,8", "growth", "2026"],
    ]);
  });

  it("the country's figure in brackets after 'so với cùng kỳ' is of the same months, not of the base", () => {
    const f = fact(
      "Bình quân 10 tháng năm 2026, CPI tăng 3,12% so với cùng kỳ năm 2025 (cả nước tăng 3,05%).",
      "3,05",
      { date: "2026-11-05", area: "tỉnh Bình Định" },
    );
    expect([f.measure, f.period]).toEqual(["growth", "2026-01/2026-10"]);
  });

  it("what the year before carried over is counted in this year", () => {
    const all = facts(
      "Năm 2026, tổng số việc phải thi hành 7.215 việc (năm trước chuyển sang 2.140 việc, thụ lý mới 5.075 việc); số việc chuyển sang năm công tác 2027 là 1.960 việc.",
      { date: "2026-12-09", area: "tỉnh Nghệ An" },
    );
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["7.215", "actual", "2026"],
      ["2.140", "actual", "2026"],
      ["5.075", "actual", "2026"],
      ["1.960", "actual", "2026"],
    ]);
  });

  it("a cell that names its own unit under 'So với năm trước' is a change in that unit", () => {
    const text = [
      "Năm 2026, toàn tỉnh xảy ra 97 vụ cháy, theo nguyên nhân:",
      "",
      "| Nguyên nhân | Số vụ | So với năm trước |",
      "|---|---|---|",
      "| Chập điện | 58 | giảm 6 vụ |",
      "| Sơ suất dùng lửa | 21 | tăng 4 vụ |",
    ].join("\n");
    const r = read(text, { date: "2026-12-20", area: "tỉnh Bắc Ninh" });
    expect(r.facts.map((f) => [f.value_text, f.value, f.unit, f.measure])).toEqual([
      ["97", 97, "vụ", "level"],
      ["58", 58, "vụ", "level"],
      ["6", -6, "vụ", "change"],
      ["21", 21, "vụ", "level"],
      ["4", 4, "vụ", "change"],
    ]);
  });
});

describe("a growth named by its clause, a target beside a growth, a move dated at both ends", () => {
  it("a clause that opens on a growth rate names its first figure a growth, even with a comma in the name", () => {
    const f = fact("- Tốc độ tăng giá trị sản xuất nông, lâm nghiệp và thủy sản từ 4,5% trở lên.", "4,5", {
      date: "2026-11-20",
      area: "tỉnh Phú Yên",
    });
    expect([f.measure, f.qualifier]).toEqual(["growth", ">"]);
  });

  it("the target written beside a growth ('thấp hơn mục tiêu 8,5%') is a growth target", () => {
    const all = facts("Năm 2026, tăng trưởng kinh tế của tỉnh ước đạt 8,4%, thấp hơn mục tiêu 8,5%.", {
      date: "2026-12-02",
      area: "tỉnh Bình Phước",
    });
    expect(all.map(labels)).toEqual([
      ["8,4", "growth", "estimate", "2026"],
      ["8,5", "growth", "target", "2026"],
    ]);
  });

  it("moves written after one dated at both ends take its two years", () => {
    const all = facts(
      "Tỷ trọng nông nghiệp giảm từ 41,2% năm 2021 xuống còn 33,5% năm 2026; công nghiệp tăng từ 22,4% lên 27,1%; dịch vụ tăng từ 36,4% lên 39,4%.",
      { date: "2026-12-02", area: "xã Tam Hiệp" },
    );
    expect(all.map((f) => [f.value_text, f.period])).toEqual([
      ["41,2", "2021"],
      ["33,5", "2026"],
      ["22,4", "2021"],
      ["27,1", "2026"],
      ["36,4", "2021"],
      ["39,4", "2026"],
    ]);
  });
});

describe("an inspection commission and a forest protection office", () => {
  const GIVEN: DocumentHints = { date: "2026-11-20", area: "tỉnh Kon Tum" };

  it("'kết luận' and 'lập biên bản' before a counted noun count; before a document's number they name it", () => {
    const all = facts(
      "Kiểm tra 96 đảng viên; kết luận 88 đảng viên có vi phạm và 7/9 tổ chức đảng chưa thực hiện tốt. Lập biên bản 245 vụ vi phạm. Thực hiện Kết luận 21-KL/TW của Trung ương.",
      GIVEN,
    );
    expect(all.map((f) => [f.value_text, f.unit])).toEqual([
      ["96", "đảng viên"],
      ["88", "đảng viên"],
      ["7/9", "tổ chức đảng"],
      ["245", "vụ"],
    ]);
  });

  it("a table set against the same months a year before: its other columns are this period's, counted in the row's noun", () => {
    const all = facts(
      [
        "BÁO CÁO",
        "Kết quả kiểm tra, giám sát 10 tháng năm 2026",
        "| Nội dung | Cấp ủy | Ủy ban kiểm tra | Cộng | Cùng kỳ 2025 |",
        "|---|---|---|---|---|",
        "| Kiểm tra đảng viên | 2.104 | 315 | 2.419 | 2.287 |",
      ].join("\n"),
      { date: "2026-11-05", area: "tỉnh Kon Tum" },
    );
    expect(all.map((f) => [f.value_text, f.kind, f.period, f.unit])).toEqual([
      ["2.104", "actual", "2026-01/2026-10", "đảng viên"],
      ["315", "actual", "2026-01/2026-10", "đảng viên"],
      ["2.419", "actual", "2026-01/2026-10", "đảng viên"],
      ["2.287", "actual", "2025-01/2025-10", "đảng viên"],
    ]);
  });

  it("a dry season defined once gives its months to every dry season; a cell table headed by its own label column", () => {
    const all = facts(
      [
        "BÁO CÁO",
        "Tổng kết phòng cháy, chữa cháy rừng mùa khô 2025 - 2026",
        "Mùa khô 2025 - 2026 trên địa bàn tỉnh được tính từ ngày 01/11/2025 đến ngày 30/4/2026.",
        "Toàn tỉnh xảy ra 14 vụ cháy rừng. So với mùa khô 2024 - 2025 (19 vụ, 61,5 ha), giảm 5 vụ.",
        "Địa bàn",
        "Số vụ cháy",
        "Diện tích (ha)",
        "Mùa khô 2024 - 2025 (vụ)",
        "Khu vực phía Bắc",
        "9",
        "20,4",
        "11",
        "Khu vực phía Nam",
        "5",
        "12,6",
        "8",
        "II. NHIỆM VỤ",
      ].join("\n"),
      GIVEN,
    );
    expect(all.map((f) => [f.value_text, f.period])).toEqual([
      ["14", "2025-11/2026-04"],
      ["19", "2024-11/2025-04"],
      ["61,5", "2024-11/2025-04"],
      ["5", "2025-11/2026-04"],
      ["9", "2025-11/2026-04"],
      ["20,4", "2025-11/2026-04"],
      ["11", "2024-11/2025-04"],
      ["5", "2025-11/2026-04"],
      ["12,6", "2025-11/2026-04"],
      ["8", "2024-11/2025-04"],
    ]);
  });
});

describe("a commune's budget report", () => {
  const GIVEN: DocumentHints = { date: "2026-12-03", area: "xã Tân Hòa" };

  it("a numbered cell table whose first row is lettered 'A'; plan columns without a year are the estimated year's", () => {
    const all = facts(
      [
        "BÁO CÁO",
        "Tình hình thực hiện dự toán ngân sách năm 2026",
        "ĐVT: triệu đồng",
        "TT",
        "Nội dung",
        "Dự toán huyện giao",
        "Ước TH năm 2026",
        "Dự toán năm 2027",
        "A",
        "Tổng thu ngân sách xã",
        "41.200",
        "43.950",
        "44.100",
        "1",
        "Thu phí, lệ phí",
        "820",
        "865",
        "900",
        "II. NHIỆM VỤ",
      ].join("\n"),
      GIVEN,
    );
    expect(all.map((f) => [f.value_text, f.kind, f.period, f.unit, f.indicator.text])).toEqual([
      ["41.200", "target", "2026", "triệu đồng", "Tổng thu ngân sách xã"],
      ["43.950", "estimate", "2026", "triệu đồng", "Tổng thu ngân sách xã"],
      ["44.100", "target", "2027", "triệu đồng", "Tổng thu ngân sách xã"],
      ["820", "target", "2026", "triệu đồng", "Thu phí, lệ phí"],
      ["865", "estimate", "2026", "triệu đồng", "Thu phí, lệ phí"],
      ["900", "target", "2027", "triệu đồng", "Thu phí, lệ phí"],
    ]);
  });

  it("a lead-in whose paragraph turns from a day to the whole year lists the year's figures", () => {
    const all = facts(
      [
        "BÁO CÁO",
        "Tình hình ngân sách xã năm 2026",
        "I. THỰC HIỆN DỰ TOÁN NĂM 2026",
        "Lũy kế đến ngày 30/11/2026, thu ngân sách đạt 18,4 tỷ đồng. Ước thực hiện cả năm",
        "21,6 tỷ đồng, tăng 4,8% so với năm 2025. Có 5/6 khoản thu vượt dự toán; cụ thể:",
        "- Thu lệ phí trước bạ ước 3,15 tỷ đồng, tăng 6,1% so với cùng kỳ;",
      ].join("\n"),
      GIVEN,
    );
    expect(all.filter((f) => f.line === 6).map(labels)).toEqual([
      ["3,15", "level", "estimate", "2026"],
      ["6,1", "growth", "estimate", "2026"],
    ]);
  });

  it("'1.420 triệu đồng/1.900 triệu đồng dự toán' is what was spent over its plan", () => {
    const all = facts(
      "Năm 2026, chi từ nguồn dự phòng 640 triệu đồng/800 triệu đồng dự toán, chủ yếu khắc phục sạt lở.",
      GIVEN,
    );
    expect(all.map(labels)).toEqual([
      ["640", "level", "actual", "2026"],
      ["800", "level", "target", "2026"],
    ]);
  });
});

describe("a special zone's report on ten months", () => {
  const GIVEN: DocumentHints = { date: "2026-10-28", area: "đặc khu Côn Đảo" };

  it("a note that the month's figures are estimated makes the ten months' sums estimates too", () => {
    const all = facts(
      [
        "BÁO CÁO",
        "Tình hình du lịch 10 tháng năm 2026",
        "Đặc khu báo cáo như sau (số liệu tháng 10 là số ước thực hiện):",
        "I. KẾT QUẢ 10 THÁNG NĂM 2026",
        "- Lũy kế 10 tháng, tổng lượt khách đạt 512 nghìn lượt, tăng 9,4% so với cùng kỳ.",
      ].join("\n"),
      GIVEN,
    );
    expect(all.filter((f) => f.line === 5).map(labels)).toEqual([
      ["512", "level", "estimate", "2026-01/2026-10"],
      ["9,4", "growth", "estimate", "2026-01/2026-10"],
    ]);
  });

  it("a comparison column speaks of the result just left of it, not of the whole year's estimate after it", () => {
    const all = facts(
      [
        "BÁO CÁO",
        "Tình hình du lịch 10 tháng năm 2026",
        "| STT | Chỉ tiêu | ĐVT | KH 2026 | TH 10 tháng 2026 | So KH (%) | Ước cả năm 2026 |",
        "|---|---|---|---|---|---|---|",
        "| 1 | Doanh thu du lịch | tỷ đồng | 4.000 | 3.520 | 88,0 | 4.150 |",
      ].join("\n"),
      GIVEN,
    );
    expect(all.map(labels)).toEqual([
      ["4.000", "level", "target", "2026"],
      ["3.520", "level", "actual", "2026-01/2026-10"],
      ["88,0", "pct_of_target", "actual", "2026-01/2026-10"],
      ["4.150", "level", "estimate", "2026"],
    ]);
  });
});

describe("a labour survey page and a forest office's targets", () => {
  const GIVEN: DocumentHints = { date: "2026-10-06", area: "thành phố Huế" };

  it("what a worker earns is per head; a tax on incomes or a tourism income is not", () => {
    const all = facts(
      "Thu nhập bình quân tháng của người lao động quý III đạt 8,9 triệu đồng. Thu nhập của lao động nam 9,6 triệu đồng, gấp 1,17 lần lao động nữ (8,2 triệu đồng). Thuế thu nhập cá nhân 214 tỷ đồng; thu nhập xã hội từ du lịch 1.450 tỷ đồng.",
      GIVEN,
    );
    expect(all.map((f) => [f.value_text, f.measure])).toEqual([
      ["8,9", "rate"],
      ["9,6", "rate"],
      ["1,17", "multiple"],
      ["8,2", "rate"],
      ["214", "level"],
      ["1.450", "level"],
    ]);
  });

  it("a target to cut what a long name counts 'từ 5% trở lên' is a growth; so is a plan cell 'giảm ≥ 5%'", () => {
    const all = facts(
      [
        "BÁO CÁO",
        "Kết quả năm 2026 và kế hoạch năm 2027",
        "II. NHIỆM VỤ NĂM 2027",
        "- Giảm số vụ vi phạm pháp luật về quản lý, bảo vệ rừng từ 5% trở lên so với năm 2026;",
        "| TT | Chỉ tiêu | ĐVT | TH 2026 | KH 2027 |",
        "|---|---|---|---|---|",
        "| 1 | Số vụ cháy rừng | vụ | 21 | giảm ≥ 10% |",
      ].join("\n"),
      GIVEN,
    );
    expect(all.map((f) => [f.value_text, f.measure, f.kind])).toEqual([
      ["5", "growth", "target"],
      ["21", "level", "actual"],
      ["10", "growth", "target"],
    ]);
  });
});

describe("a count broken into kinds in brackets", () => {
  it("'214 đảng viên (khiển trách 131, cảnh cáo 54, …)': each kind is counted in the same noun", () => {
    const all = facts(
      "Năm 2026, thi hành kỷ luật 6 tổ chức đảng (khiển trách 4, cảnh cáo 2) và 187 đảng viên (khiển trách 112, cảnh cáo 49, cách chức 15, khai trừ 11).",
      { date: "2026-12-01", area: "tỉnh Quảng Trị" },
    );
    expect(all.map((f) => [f.value_text, f.unit])).toEqual([
      ["6", "tổ chức đảng"],
      ["4", "tổ chức đảng"],
      ["2", "tổ chức đảng"],
      ["187", "đảng viên"],
      ["112", "đảng viên"],
      ["49", "đảng viên"],
      ["15", "đảng viên"],
      ["11", "đảng viên"],
    ]);
  });
});

describe("a season compared with the one before", () => {
  it("'nhiều hơn mùa khô trước 12 ngày' is a change; the level in brackets of the season compared with was, even in a plan", () => {
    const all = facts(
      [
        "BÁO CÁO",
        "Phòng cháy rừng mùa khô 2025 - 2026 và phương án mùa khô 2026 - 2027",
        "Mùa khô 2025 - 2026 được tính từ ngày 01/12/2025 đến ngày 30/4/2026.",
        "Có 31 ngày nắng nóng gay gắt, nhiều hơn mùa khô trước 9 ngày.",
        "Tổng kinh phí dự kiến 18,2 tỷ đồng, tăng 8,3% so với mùa khô 2025 - 2026 (16,8 tỷ đồng).",
      ].join("\n"),
      { date: "2026-11-16", area: "tỉnh Gia Lai" },
    );
    const nine = all.find((f) => f.value_text === "9");
    const before = all.find((f) => f.value_text === "16,8");
    expect([nine?.measure, nine?.unit]).toEqual(["change", "ngày"]);
    expect([before?.kind, before?.period]).toEqual(["actual", "2025-12/2026-04"]);
  });
});

describe("a news page's subheadings between paragraphs", () => {
  it("a short line between two paragraphs, with no blank line, is a subheading; what a forecast opens says is all forecast", () => {
    const all = facts(
      [
        "Tỷ lệ thất nghiệp quý III giảm còn 2,4%, thấp hơn quý trước 0,1 điểm phần trăm.",
        "Quý IV cần 45.000 lao động",
        "Theo dự báo của Trung tâm Dịch vụ việc làm, quý IV nhu cầu tuyển dụng khoảng 45.000 chỗ làm việc, tăng 6% so với quý III; trong đó khoảng 60% là lao động đã qua đào tạo.",
      ].join("\n"),
      { date: "2026-10-06", area: "tỉnh Khánh Hòa" },
    );
    const body = all.filter((f) => f.line === 3);
    expect(body.map((f) => [f.value_text, f.kind])).toEqual([
      ["45.000", "forecast"],
      ["6", "forecast"],
      ["60", "forecast"],
    ]);
    expect(body[0].sentence.startsWith("Theo dự báo")).toBe(true);
  });
});

describe("a season's comparator in brackets", () => {
  it("'(mùa khô 2024 - 2025: 52 vụ)' restates the season before and dates nothing after it", () => {
    const all = facts(
      [
        "BÁO CÁO",
        "Kết quả phòng cháy rừng mùa khô 2025 - 2026",
        "Mùa khô 2025 - 2026 (từ ngày 01/12/2025 đến ngày 30/4/2026) toàn tỉnh xảy ra 29 vụ cháy rừng (mùa khô 2024 - 2025: 41 vụ), giảm 12 vụ.",
      ].join("\n"),
      { date: "2026-12-02", area: "tỉnh Gia Lai" },
    );
    expect(all.map((f) => [f.value_text, f.measure, f.period])).toEqual([
      ["29", "level", "2025-12/2026-04"],
      ["41", "level", "2024-12/2025-04"],
      ["12", "change", "2025-12/2026-04"],
    ]);
  });
});

describe("a count named by 'số …' before it", () => {
  it("'Tổng số tổ chức đảng được kiểm tra là 1.520' is counted in that noun", () => {
    const all = facts(
      "Năm 2026, tổng số tổ chức đảng được kiểm tra là 1.310; số đảng viên được giám sát là 2.045.",
      {
        date: "2026-11-27",
        area: "tỉnh An Giang",
      },
    );
    expect(all.map((f) => [f.value_text, f.unit])).toEqual([
      ["1.310", "tổ chức đảng"],
      ["2.045", "đảng viên"],
    ]);
  });
});

describe("a quarter of the year after", () => {
  it("'quý I năm sau', 'quý I năm tới' written in October 2026 are the first quarter of 2027", () => {
    const ref = { year: 2026, month: 10 };
    expect(findPeriods("từ quý I năm sau, cuộc điều tra mở rộng mẫu", ref).map((p) => p.code)).toEqual([
      "2027-Q1",
    ]);
    expect(findPeriods("đến quý II năm tới", ref).map((p) => p.code)).toEqual(["2027-Q2"]);
    expect(findPeriods("so với quý IV năm trước", ref).map((p) => p.code)).toEqual(["2025-Q4"]);
  });
});

describe("a verb's bare counts in a list", () => {
  it("'+ Dân sự: thụ lý 10.214, giải quyết 8.902' counts in the noun 'thụ lý' and 'giải quyết' counted in above", () => {
    const all = facts(
      [
        "1. Các vụ việc dân sự",
        "- Thụ lý 21.340 vụ, việc; đã giải quyết 19.102 vụ, việc, đạt 89,51%.",
        "Theo từng loại:",
        "+ Dân sự: thụ lý 7.408, giải quyết 6.377 (86,08%);",
        "2. Án hành chính",
        "- Tổng số 412 vụ; xét xử 380.",
      ].join("\n"),
      { date: "2025-10-10", area: "tỉnh Lâm Đồng" },
    );
    expect(all.map((f) => [f.value_text, f.unit])).toEqual([
      ["21.340", "vụ"],
      ["19.102", "vụ"],
      ["89,51", "%"],
      ["7.408", "vụ"],
      ["6.377", "vụ"],
      ["86,08", "%"],
      ["412", "vụ"],
      ["380", ""],
    ]);
  });
});

describe("a percent against a plan the figures name", () => {
  it("a count whose whole is called the plan, then 'đạt' its ratio, is the plan's achievement", () => {
    const all = facts(
      [
        "- Sở đã thẩm định 27/36 đồ án quy hoạch theo kế hoạch, đạt 75%.",
        "- Có 9/12 xã đạt chuẩn, đạt 75%.",
        "So với chỉ tiêu tỉnh giao năm 2026 (1.500 căn), đã hoàn thành 1.230/1.500 căn, bằng 82%.",
      ].join("\n"),
      { date: "2026-12-01", area: "tỉnh Nghệ An" },
    );
    expect(all.filter((f) => f.unit === "%").map((f) => [f.value_text, f.measure, f.kind])).toEqual([
      ["75", "pct_of_target", "actual"],
      ["75", "share", "actual"],
      ["82", "pct_of_target", "actual"],
    ]);
  });

  it("a result, its plan in brackets, then 'đạt' the ratio of the two", () => {
    const all = facts(
      "- Kiểm tra 132 cơ sở kinh doanh (kế hoạch 120, đạt 110%); tuyển sinh 315 học viên (kế hoạch 350 học viên), đạt 90%.",
      { date: "2026-12-01", area: "tỉnh Nghệ An" },
    );
    expect(all.filter((f) => f.unit === "%").map((f) => [f.value_text, f.measure, f.kind])).toEqual([
      ["110", "pct_of_target", "actual"],
      ["90", "pct_of_target", "actual"],
    ]);
  });

  it("a growth's scenario in brackets ('vượt kịch bản đề ra (9%)') is a growth target", () => {
    const all = facts("Tốc độ tăng trưởng GRDP năm 2026 ước đạt 9,3%, vượt kịch bản đề ra (9%).", {
      date: "2026-12-01",
      area: "tỉnh Nghệ An",
    });
    expect(all.map(labels)).toEqual([
      ["9,3", "growth", "estimate", "2026"],
      ["9", "growth", "target", "2026"],
    ]);
  });
});

describe("a gap to what a comparison names", () => {
  it("the figure after 'cao hơn'/'thấp hơn' and the thing compared with is a change", () => {
    const all = facts(
      [
        "- Số người làm việc được giao 12.400 người; có mặt 11.950 người, thấp hơn số giao 450 người.",
        "- Năng suất lúa 6,8 tấn/ha, cao hơn vụ Hè Thu năm trước 0,2 tấn/ha.",
        "- Mực nước sông lên 9,35 m, cao hơn đỉnh lũ năm 2020 là 0,12 m.",
        "- Chênh lệch thu lớn hơn chi 12,5 tỷ đồng.",
      ].join("\n"),
      { date: "2026-11-20", area: "tỉnh Quảng Ngãi" },
    );
    expect(all.map((f) => [f.value_text, f.measure])).toEqual([
      ["12.400", "level"],
      ["11.950", "level"],
      ["450", "change"],
      ["6,8", "rate"],
      ["0,2", "change"],
      ["9,35", "level"],
      ["0,12", "change"],
      ["12,5", "level"],
    ]);
  });

  it("short of a plan is a change, short of a norm a stock; 'chênh lệch' after a comparison is its gap", () => {
    const all = facts(
      [
        "- Có thêm 8 xã đạt chuẩn, thiếu 2 xã so với kế hoạch; trồng rừng chưa đạt kế hoạch (còn thiếu 35 ha).",
        "- Toàn tỉnh còn thiếu 640 giáo viên so với định mức.",
        "- Tổng giá trúng đấu giá 512,4 tỷ đồng, cao hơn giá khởi điểm 28,1%, chênh lệch 112,4 tỷ đồng.",
      ].join("\n"),
      { date: "2026-11-20", area: "tỉnh Quảng Ngãi" },
    );
    expect(all.map((f) => [f.value_text, f.measure])).toEqual([
      ["8", "change"],
      ["2", "change"],
      ["35", "change"],
      ["640", "level"],
      ["512,4", "level"],
      ["28,1", "growth"],
      ["112,4", "change"],
    ]);
  });
});

describe("a table against an earlier column, a disbursement column, plans counted to a day", () => {
  it("'Năm 2025 (CK)' is last year's column and 'So sánh (%)' beside it the index on it, in a working year", () => {
    const all = facts(
      [
        "CỤC THI HÀNH ÁN DÂN SỰ TỈNH AN GIANG",
        "BÁO CÁO",
        "Kết quả công tác năm 2026 (số liệu từ ngày 01/10/2025 đến ngày 30/9/2026)",
        "",
        "| TT | Chỉ tiêu | ĐVT | Năm 2025 (CK) | Năm 2026 | So sánh (%) |",
        "|---|---|---|---|---|---|",
        "| 1 | Số việc thụ lý | việc | 12.500 | 13.250 | 106,0 |",
      ].join("\n"),
      { date: "2026-10-15", area: "tỉnh An Giang" },
    );
    expect(all.map((f) => [f.value_text, f.measure, f.period, f.base ?? ""])).toEqual([
      ["12.500", "level", "2024-10/2025-09", ""],
      ["13.250", "level", "2025-10/2026-09", ""],
      ["106,0", "growth", "2025-10/2026-09", "2024-10/2025-09"],
    ]);
  });

  it("a year column left of the next with no plan: the comparison is an index, not a plan's achievement", () => {
    const all = facts(
      [
        "| Chỉ tiêu | Năm 2025 | Năm 2026 | So sánh (%) |",
        "|---|---|---|---|",
        "| Số hộ được vay vốn | 4.000 | 4.400 | 110,0 |",
      ].join("\n"),
      { date: "2026-12-01", area: "tỉnh An Giang" },
    );
    expect(all.map((f) => [f.value_text, f.measure, f.base ?? ""])).toEqual([
      ["4.000", "level", ""],
      ["4.400", "level", ""],
      ["110,0", "growth", "2025"],
    ]);
  });

  it("a 'Giải ngân' column holds results; plan columns counted to a day are the year's plans", () => {
    const all = facts(
      [
        "Biểu 1. Giải ngân vốn đầu tư công năm 2026 (đến ngày 15/11/2026)",
        "ĐVT: tỷ đồng",
        "| Nguồn vốn | KH giao | Giải ngân | % KH |",
        "|---|---|---|---|",
        "| Vốn ngân sách tỉnh | 2.000,0 | 1.300,0 | 65,0 |",
      ].join("\n"),
      { date: "2026-11-20", area: "tỉnh An Giang" },
    );
    expect(all.map((f) => [f.value_text, f.measure, f.kind, f.period])).toEqual([
      ["2.000,0", "level", "target", "2026"],
      ["1.300,0", "level", "actual", "2026-11-15"],
      ["65,0", "pct_of_target", "actual", "2026-11-15"],
    ]);
  });
});

describe("a table's share column and a comparison with a year", () => {
  it("'Tỷ trọng (%)' holds each row's share; 'So 2025 (%)' is an index on 2025", () => {
    const all = facts(
      [
        "Kim ngạch xuất khẩu một số mặt hàng 10 tháng như sau:",
        "",
        "| Mặt hàng | 10 tháng (triệu USD) | So 2025 (%) | Tỷ trọng (%) |",
        "|---|---|---|---|",
        "| Hàng dệt may | 1.250 | 108,0 | 25,0 |",
      ].join("\n"),
      { date: "2026-11-05", area: "tỉnh Long An" },
    );
    expect(all.map((f) => [f.value_text, f.measure, f.base ?? ""])).toEqual([
      ["1.250", "level", ""],
      ["108,0", "growth", "2025"],
      ["25,0", "share", ""],
    ]);
  });
});

describe("a plan set by two bodies, a PDF header broken over cells", () => {
  it("'Kế hoạch vốn … Thủ tướng giao A; HĐND tỉnh giao B': both are plans", () => {
    const all = facts(
      "Kế hoạch vốn đầu tư công năm 2026 Thủ tướng Chính phủ giao 9.500 tỷ đồng; HĐND tỉnh giao 10.200 tỷ đồng.",
      { date: "2026-11-10", area: "tỉnh Thái Nguyên" },
    );
    expect(all.map(labels)).toEqual([
      ["9.500", "level", "target", "2026"],
      ["10.200", "level", "target", "2026"],
    ]);
  });

  it("'Ước TH' over '2026' and 'So với' over 'năm 2025 (%)' are one column each", () => {
    const all = facts(
      [
        "PHỤ LỤC CHỈ TIÊU CHỦ YẾU",
        "TT",
        "Chỉ tiêu",
        "ĐVT",
        "KH 2026",
        "Ước TH",
        "2026",
        "So với",
        "năm 2025 (%)",
        "KH 2027",
        "1",
        "Khách du lịch",
        "Nghìn lượt",
        "900",
        "950",
        "110,5",
        "1.000",
        "2",
        "Giải quyết việc làm mới",
        "Lao động",
        "800",
        "820",
        "102,5",
        "850",
      ].join("\n"),
      { date: "2026-12-01", area: "phường Him Lam" },
    );
    expect(all.map((f) => [f.value_text, f.measure, f.kind, f.period])).toEqual([
      ["900", "level", "target", "2026"],
      ["950", "level", "estimate", "2026"],
      ["110,5", "growth", "estimate", "2026"],
      ["1.000", "level", "target", "2027"],
      ["800", "level", "target", "2026"],
      ["820", "level", "estimate", "2026"],
      ["102,5", "growth", "estimate", "2026"],
      ["850", "level", "target", "2027"],
    ]);
  });
});

describe("'CK', the same period last year in short", () => {
  it("a bracket after 'so với CK', '(CK: …)' and 'gấp … lần CK (…)' hold last year's figures", () => {
    const all = facts(
      [
        "- Từ chối thanh toán 95 món, số tiền 2.140 triệu đồng (CK: 120 món, 2.900 triệu đồng).",
        "- Tổ chức 84 cuộc cưỡng chế, tăng 20% so với CK (70 cuộc).",
        "- Ghi nhận 10 ổ dịch dại, gấp 2 lần CK (5 ổ dịch).",
      ].join("\n"),
      { date: "2026-11-12", area: "tỉnh Đồng Nai" },
    );
    expect(all.map((f) => [f.value_text, f.measure, f.period, f.base ?? ""])).toEqual([
      ["95", "level", "2026", ""],
      ["2.140", "level", "2026", ""],
      ["120", "level", "2025", ""],
      ["2.900", "level", "2025", ""],
      ["84", "level", "2026", ""],
      ["20", "growth", "2026", "2025"],
      ["70", "level", "2025", ""],
      ["10", "level", "2026", ""],
      ["2", "multiple", "2026", "2025"],
      ["5", "level", "2025", ""],
    ]);
  });
});

describe("a working year named in the head", () => {
  it("every year of the report is a working year, its budget aside", () => {
    const all = facts(
      [
        "BÁO CÁO",
        "Kết quả công tác năm 2026 và phương hướng năm 2027",
        "Số liệu trong báo cáo tính từ ngày 01/10/2025 đến hết ngày 30/9/2026 (năm công tác 2026).",
        "I. KẾT QUẢ",
        "Năm 2026, đơn vị hoàn thành 10/12 chỉ tiêu được giao.",
        "Kinh phí năm ngân sách 2026 được giao 40,5 tỷ đồng.",
        "II. PHƯƠNG HƯỚNG NĂM 2027",
        "Các chỉ tiêu chủ yếu năm 2027:",
        "1. Thi hành xong trên 85% về việc.",
      ].join("\n"),
      { date: "2026-10-20", area: "tỉnh Cà Mau" },
    );
    expect(all.map((f) => [f.value_text, f.period])).toEqual([
      ["10/12", "2025-10/2026-09"],
      ["40,5", "2026"],
      ["85", "2026-10/2027-09"],
    ]);
  });
});

describe("a crop season of one year", () => {
  it("'vụ Hè Thu 2026', 'vụ Mùa năm 2025' are second halves; 'vụ Xuân 2026' a first half", () => {
    const all = facts(
      "Vụ Hè Thu 2026 gieo sạ 1.500 ha. Vụ Mùa năm 2025 gieo cấy 1.200 ha. Vụ Xuân 2026 gieo cấy 3.100 ha.",
      { date: "2026-12-01", area: "xã Tân Hòa" },
    );
    expect(all.map((f) => [f.value_text, f.period])).toEqual([
      ["1.500", "2026-S2"],
      ["1.200", "2025-S2"],
      ["3.100", "2026-S1"],
    ]);
  });
});

describe("so much per one of a kind", () => {
  it("'bình quân 1 HTX' makes the figure after it a rate per cooperative, and the 1 no figure", () => {
    const all = facts(
      [
        "- Doanh thu bình quân 1 HTX ước đạt 3,2 tỷ đồng/năm, tăng 5% so với năm 2025.",
        "- Thời gian giải quyết bình quân một hồ sơ là 9 ngày.",
        "",
        "| TT | Chỉ tiêu | ĐVT | TH 2026 |",
        "|---|---|---|---|",
        "| 1 | Lãi bình quân 1 HTX | triệu đồng | 240 |",
      ].join("\n"),
      { date: "2026-12-03", area: "tỉnh Bắc Giang" },
    );
    expect(all.map((f) => [f.value_text, f.measure, f.unit])).toEqual([
      ["3,2", "rate", "tỷ đồng/HTX"],
      ["5", "growth", "%"],
      ["9", "level", "ngày"],
      ["240", "rate", "triệu đồng/HTX"],
    ]);
  });
});

describe("moves said 'lần lượt', a share of a whole in a table", () => {
  it("'tăng lần lượt 6% và 9%' are two growths", () => {
    const all = facts("Xuất khẩu và nhập khẩu 11 tháng tăng lần lượt 6,5% và 9,2% so với cùng kỳ.", {
      date: "2026-12-04",
      area: "tỉnh Đồng Nai",
    });
    expect(all.map((f) => [f.value_text, f.measure])).toEqual([
      ["6,5", "growth"],
      ["9,2", "growth"],
    ]);
  });

  it("'Tỷ lệ so với tổng đàn (%)' beside a plan column holds shares", () => {
    const all = facts(
      [
        "| TT | Loại vắc xin | ĐVT | KH năm 2026 | TH 11 tháng | % KH | Tỷ lệ so với tổng đàn (%) |",
        "|---|---|---|---|---|---|---|",
        "| 1 | Lở mồm long móng | liều | 200.000 | 170.000 | 85,0 | 78,5 |",
      ].join("\n"),
      { date: "2026-12-04", area: "tỉnh Đồng Nai" },
    );
    expect(all.filter((f) => f.unit === "%").map((f) => [f.value_text, f.measure])).toEqual([
      ["85,0", "pct_of_target"],
      ["78,5", "share"],
    ]);
  });
});

describe("'Năm sau' opening a sentence", () => {
  it("is the year after the one the page was written in", () => {
    const all = facts(
      [
        "Kim ngạch xuất khẩu 11 tháng ước đạt 88 tỷ USD.",
        "",
        "Năm sau, tỉnh đặt mục tiêu kim ngạch xuất khẩu tăng 8 - 10%.",
      ].join("\n"),
      { date: "2026-12-06", area: "tỉnh Bắc Ninh" },
    );
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["88", "estimate", "2026-01/2026-11"],
      ["8 - 10", "target", "2027"],
    ]);
  });
});

describe("a shortfall or a saving measured on a base", () => {
  it("'thiếu hụt 15 - 25% so với …', 'tiết kiệm 5% … so với năm 2026' are growths; a saving with no base a share", () => {
    const all = facts(
      [
        "Dự báo lượng mưa thiếu hụt 10 - 20% so với trung bình nhiều năm.",
        "- Tiết kiệm 5% điện năng bơm tưới so với năm 2026;",
        "- Tiết kiệm 10% chi thường xuyên.",
      ].join("\n"),
      { date: "2026-11-24", area: "thành phố Huế" },
    );
    expect(all.map((f) => [f.value_text, f.measure])).toEqual([
      ["10 - 20", "growth"],
      ["5", "growth"],
      ["10", "share"],
    ]);
  });
});

describe("a count broken into kinds after 'gồm'", () => {
  it("each kind named then counted is counted in the whole's noun", () => {
    const all = facts(
      "Có 520 HTX phi nông nghiệp (chiếm 40,1%), gồm thương mại - dịch vụ 210, vận tải 96, quỹ tín dụng nhân dân (QTDND) 64, môi trường 150.",
      { date: "2026-12-03", area: "tỉnh Hưng Yên" },
    );
    expect(all.map((f) => [f.value_text, f.unit])).toEqual([
      ["520", "HTX"],
      ["40,1", "%"],
      ["210", "HTX"],
      ["96", "HTX"],
      ["64", "HTX"],
      ["150", "HTX"],
    ]);
  });
});

describe("the earlier level beside a change", () => {
  it("a bracket after a change in things holds the earlier level, unless it moves itself", () => {
    const all = facts(
      [
        "Số HTX tăng 120 HTX so với cuối năm 2025 (1.980 HTX).",
        "Số vụ cháy giảm 9 vụ (cùng kỳ 40 vụ).",
        "Số vụ tai nạn giảm 6 vụ (năm 2025 giảm 4 vụ).",
      ].join("\n"),
      { date: "2026-12-03", area: "tỉnh Hà Nam" },
    );
    expect(all.map((f) => [f.value_text, f.measure, f.period])).toEqual([
      ["120", "change", "2026"],
      ["1.980", "level", "2025"],
      ["9", "change", "2026"],
      ["40", "level", "2025"],
      ["6", "change", "2026"],
      ["4", "change", "2025"],
    ]);
  });
});

describe("a growth clause with a bracket in its name", () => {
  it("'Tốc độ tăng giá trị sản xuất nông, lâm nghiệp … (giá so sánh 2010) ước đạt 4,1%' is a growth, its plan too", () => {
    const all = facts(
      "- Tốc độ tăng giá trị sản xuất nông, lâm nghiệp và thủy sản (giá so sánh 2010) ước\nđạt 4,1% (kế hoạch 4,0%); giá trị sản xuất ước đạt 8.126,4 tỷ đồng.",
      { date: "2024-12-10", area: "tỉnh Hà Giang" },
    );
    expect(all.map(labels)).toEqual([
      ["4,1", "growth", "estimate", "2024"],
      ["4,0", "growth", "target", "2024"],
      ["8.126,4", "level", "estimate", "2024"],
    ]);
  });
});

describe("a count out of a whole named after a comma or a bullet", () => {
  it("'Năm 2026, trong 20 chỉ tiêu …, có 17 chỉ tiêu đạt' and '- Trong 12 chỉ tiêu, có 9 …' are counts of the whole", () => {
    const all = facts(
      [
        "Năm 2026, trong 20 chỉ tiêu chủ yếu HĐND xã giao, ước có 17 chỉ tiêu đạt và vượt kế hoạch.",
        "- Trong 12 chỉ tiêu xã hội, có 9 chỉ tiêu đạt và vượt kế hoạch; 3 chỉ tiêu chưa đạt.",
      ].join("\n"),
      { date: "2026-12-01", area: "xã Tân Phú" },
    );
    expect(all.map((f) => [f.value_text, f.measure, f.total ?? ""])).toEqual([
      ["20", "level", ""],
      ["17", "count_of_total", 20],
      ["12", "level", ""],
      ["9", "count_of_total", 12],
      ["3", "level", ""],
    ]);
  });
});

describe("an official letter's subject line and a head note with two cut-off days", () => {
  it("'V/v …' is no part V; a topic's cut-off reaches the part named for it, an abbreviation aside", () => {
    const all = facts(
      [
        "KHO BẠC NHÀ NƯỚC KHU VỰC VII",
        "Số: 512/BC-KBKV.VII",
        "V/v báo cáo tình hình giải ngân vốn đầu tư công 10 tháng năm 2026",
        "Số liệu thu, chi NSNN tính đến hết ngày 31/10/2026; số liệu giải ngân vốn ĐTC tính đến ngày 06/11/2026.",
        "I. TÌNH HÌNH GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2026",
        "- Vốn ngân sách trung ương giải ngân 1.250 tỷ đồng, đạt 70,2%.",
      ].join("\n"),
      { date: "2026-11-10", area: "tỉnh Nghệ An" },
    );
    expect(all.map((f) => [f.value_text, f.period])).toEqual([
      ["1.250", "2026-11-06"],
      ["70,2", "2026-11-06"],
    ]);
  });
});

describe("'cùng thời điểm năm …', the same day a year before", () => {
  it("is the base of a stock's growth and dates nothing after it", () => {
    const all = facts(
      [
        "Tại thời điểm 01/10/2026, toàn tỉnh có:",
        "- Đàn lợn 1,85 triệu con, tăng 3,2% so với cùng thời điểm năm 2025 và tăng 1,4% so với đầu năm;",
      ].join("\n"),
      { date: "2026-12-04", area: "tỉnh Đồng Nai" },
    );
    expect(all.map((f) => [f.value_text, f.period, f.base ?? ""])).toEqual([
      ["1,85", "2026-10-01", ""],
      ["3,2", "2026-10-01", "2025-10-01"],
      ["1,4", "2026-10-01", ""],
    ]);
  });
});

describe("a request for a grant", () => {
  it("'Đề nghị … bố trí 2,4 tỷ đồng' asks for a target; a request already made and an inspector's 'kiến nghị thu hồi' are results", () => {
    const all = facts(
      [
        "III. KIẾN NGHỊ",
        "- Đề nghị UBND tỉnh bố trí 2,4 tỷ đồng để sửa chữa 06 trạm bơm xuống cấp.",
        "- Trung tâm đề xuất Sở Tài chính cấp bổ sung 850 triệu đồng kinh phí tiêm phòng.",
        "Năm 2026, Trung tâm đã đề nghị tỉnh hỗ trợ 1,2 tỷ đồng và được hỗ trợ 900 triệu đồng.",
        "Qua kiểm tra, kiến nghị thu hồi 315 triệu đồng chi sai chế độ.",
      ].join("\n"),
      { date: "2026-12-01", area: "tỉnh Quảng Trị" },
    );
    expect(all.map((f) => [f.value_text, f.kind])).toEqual([
      ["2,4", "target"],
      ["06", "target"],
      ["850", "target"],
      ["1,2", "actual"],
      ["900", "actual"],
      ["315", "actual"],
    ]);
  });
});

describe("disbursement rates named after the first", () => {
  it("the lowest and highest rates and the capital paid out of a named sum are % of the plan", () => {
    const all = facts(
      [
        "Có 9/12 xã đạt tỷ lệ giải ngân trên 70%; xã Tân Lập đạt tỷ lệ cao nhất (91,4%), thấp nhất là xã Yên Hòa (42,8%) và Dự án 3 (45,1%).",
        "- Vốn năm 2025 kéo dài sang năm 2026 là 640 tỷ đồng, đã giải ngân 412 tỷ đồng, đạt 64,4%.",
      ].join("\n"),
      { date: "2026-11-20", area: "tỉnh Phú Thọ" },
    );
    expect(all.filter((f) => f.unit.startsWith("%")).map((f) => [f.value_text, f.measure])).toEqual([
      ["70", "pct_of_target"],
      ["91,4", "pct_of_target"],
      ["42,8", "pct_of_target"],
      ["45,1", "pct_of_target"],
      ["64,4", "pct_of_target"],
    ]);
  });
});

describe("a rate per guest or per boat", () => {
  it("'2,9 ngày/khách' and '4,2 triệu đồng/tàu/năm' are rates; a price per kilogram stays a level", () => {
    const all = facts(
      [
        "Thời gian lưu trú bình quân đạt 2,9 ngày/khách.",
        "Hỗ trợ cước thuê bao cho 1.840 tàu cá, mức 4,2 triệu đồng/tàu/năm.",
        "Giá lợn hơi dao động 64.000 đồng/kg.",
      ].join("\n"),
      { date: "2026-11-20", area: "tỉnh Quảng Ngãi" },
    );
    expect(all.map((f) => [f.value_text, f.measure])).toEqual([
      ["2,9", "rate"],
      ["1.840", "level"],
      ["4,2", "rate"],
      ["64.000", "level"],
    ]);
  });
});

describe("a lead-in right before its part's subheadings", () => {
  it("'… ước cả năm như sau:' then 'a) Về kinh tế' makes the items of every subpart estimates, up to the next part", () => {
    const all = facts(
      [
        "2. Lãnh đạo phát triển kinh tế - xã hội",
        "Kết quả thực hiện các chỉ tiêu chủ yếu ước cả năm như sau:",
        "a) Về kinh tế",
        "- Thủy sản: tổng sản lượng 12.400 tấn, vượt 3% Nghị quyết.",
        "b) Về văn hóa - xã hội",
        "- Giáo dục: có 9/11 trường đạt chuẩn quốc gia.",
        "3. Công tác quốc phòng, an ninh",
        "- Giao 42 thanh niên nhập ngũ.",
      ].join("\n"),
      { date: "2026-12-02", area: "xã Hải Lộc" },
    );
    expect(all.map((f) => [f.value_text, f.kind])).toEqual([
      ["12.400", "estimate"],
      ["3", "estimate"],
      ["9/11", "estimate"],
      ["42", "actual"],
    ]);
  });
});

describe("a head note that the last months are estimated", () => {
  it("'số liệu chính thức 10 tháng, ước thực hiện tháng 11 và tháng 12' makes the year's results estimates, not the ten months'", () => {
    const all = facts(
      [
        "BÁO CÁO",
        "Tình hình kinh tế - xã hội năm 2026",
        "Báo cáo sử dụng số liệu chính thức 10 tháng, ước thực hiện tháng 11 và tháng 12 năm 2026.",
        "I. KẾT QUẢ ĐẠT ĐƯỢC",
        "Tăng trưởng GRDP đạt 6,85%. Sản lượng lúa 10 tháng đạt 1,46 triệu tấn.",
      ].join("\n"),
      { date: "2026-11-25", area: "tỉnh Vĩnh Long" },
    );
    expect(all.map((f) => [f.value_text, f.kind])).toEqual([
      ["6,85", "estimate"],
      ["1,46", "actual"],
    ]);
  });
});

describe("inflation and a share of GDP", () => {
  it("'mục tiêu kiểm soát lạm phát khoảng 4,5%' is a growth target; '3,8% GDP' is a share, not a % of plan", () => {
    const all = facts(
      [
        "CPI bình quân năm 2026 ước tăng 3,2%, thấp hơn mục tiêu kiểm soát lạm phát khoảng 4,5% Quốc hội đề ra.",
        "Bội chi ngân sách nhà nước bằng 3,6% GDP.",
      ].join("\n"),
      { date: "2026-12-06", area: "cả nước" },
    );
    expect(all.map((f) => [f.value_text, f.measure, f.kind])).toEqual([
      ["3,2", "growth", "estimate"],
      ["4,5", "growth", "target"],
      ["3,6", "share", "actual"],
    ]);
  });
});

describe("years named, then their figures 'lần lượt'", () => {
  it("each figure after 'các năm 2023, 2024, 2025 lần lượt là' takes its year in order, in the part of the year named", () => {
    const all = facts(
      "Tốc độ tăng chỉ số sản xuất công nghiệp 9 tháng so với cùng kỳ các năm 2023, 2024, 2025 lần lượt là: 2,3%; 7,9%; 8,8%.",
      { date: "2026-10-06", area: "tỉnh Bắc Ninh" },
    );
    expect(all.map((f) => [f.value_text, f.period])).toEqual([
      ["2,3", "2023-01/2023-09"],
      ["7,9", "2024-01/2024-09"],
      ["8,8", "2025-01/2025-09"],
    ]);
  });
});

describe("footnotes marked with superscript digits", () => {
  it("a body '¹ …' belongs where '¹' is glued, and a square metre is no marker", () => {
    const all = facts(
      [
        "I. TÌNH HÌNH KINH TẾ",
        "Diện tích nhà ở bình quân đạt 28,4 m²/người; chỉ số IIP 11 tháng tăng 8,7%¹ so với cùng kỳ.",
        "II. MỤC TIÊU NĂM 2027",
        "1. Tốc độ tăng GRDP từ 9% trở lên.",
        "___________",
        "¹ Riêng ngành chế biến, chế tạo tăng 10,2%.",
      ].join("\n"),
      { date: "2026-12-03", area: "tỉnh Hưng Yên" },
    );
    expect(all.map((f) => [f.value_text, f.unit, f.kind, f.period])).toEqual([
      ["28,4", "m²/người", "actual", "2026-01/2026-11"],
      ["8,7", "%", "actual", "2026-01/2026-11"],
      ["9", "%", "target", "2027"],
      ["10,2", "%", "actual", "2026-01/2026-11"],
    ]);
  });
});

describe("a column of the same months a year before, written 'TH cùng kỳ 2025' or 'CK 2025'", () => {
  it("holds the result's months of that year", () => {
    const all = facts(
      [
        "| TT | Chỉ tiêu | ĐVT | TH cùng kỳ 2025 | KH năm 2026 | Ước TH 11 tháng 2026 | CK 2025 |",
        "|---|---|---|---|---|---|---|",
        "| 1 | Sản lượng điện sản xuất | Triệu kWh | 3.850 | 4.500 | 4.120 | 3.850 |",
      ].join("\n"),
      { date: "2026-11-20", area: "tỉnh Lào Cai" },
    );
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["3.850", "actual", "2025-01/2025-11"],
      ["4.500", "target", "2026"],
      ["4.120", "estimate", "2026-01/2026-11"],
      ["3.850", "actual", "2025-01/2025-11"],
    ]);
  });
});

describe("a table typed without diacritics", () => {
  it("reads its unit column headed 'DVT'", () => {
    const all = facts(
      [
        "| TT | Chi tieu | DVT | KH 2026 | Uoc TH 2026 | KH 2027 |",
        "|---|---|---|---|---|---|",
        "| 1 | Thu NSNN tren dia ban | Ty dong | 38,0 | 40,2 | 43,0 |",
        "| 2 | Ty le ho ngheo | % | < 0,8 | 0,71 | < 0,6 |",
      ].join("\n"),
      { date: "2026-11-27", area: "phường Nùng Trí Cao" },
    );
    expect(all.map((f) => [f.value_text, f.unit, f.measure])).toEqual([
      ["38,0", "tỷ đồng", "level"],
      ["40,2", "tỷ đồng", "level"],
      ["43,0", "tỷ đồng", "level"],
      ["0,8", "%", "share"],
      ["0,71", "%", "share"],
      ["0,6", "%", "share"],
    ]);
  });
});

describe("a capital plan stated after who reports it, and next year's expected plan", () => {
  it("'Theo báo cáo …, tổng kế hoạch vốn … là …, gồm …' and 'Đối với năm sau, tổng kế hoạch vốn … dự kiến …, tăng …, trong đó bố trí …' are targets", () => {
    const all = facts(
      [
        "Kon Tum: giải ngân vốn đầu tư công 11 tháng đạt 61,5%",
        "",
        "[Ảnh: Công trường cầu vượt Quốc lộ 14 (đoạn 2). Ảnh: T.H.]",
        "",
        "Theo báo cáo của Sở Tài chính, tổng kế hoạch vốn đầu tư công năm nay của tỉnh là 9.420 tỷ đồng, gồm 8.610 tỷ đồng Trung ương giao và 810 tỷ đồng tỉnh giao bổ sung.",
        "Đối với năm sau, tổng kế hoạch vốn đầu tư công của tỉnh dự kiến 9.800 tỷ đồng, tăng 4% so với năm nay, trong đó bố trí khoảng 2.600 tỷ đồng cho giao thông.",
      ].join("\n"),
      { date: "2026-12-03", area: "tỉnh Kon Tum" },
    );
    expect(all.slice(1).map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["9.420", "target", "2026"],
      ["8.610", "target", "2026"],
      ["810", "target", "2026"],
      ["9.800", "target", "2027"],
      ["4", "target", "2027"],
      ["2.600", "target", "2027"],
    ]);
  });
});

describe("rates on a page about disbursement", () => {
  it("a ranking's rates with no whole named are % of the capital plan; an amount's bracketed share stays a share", () => {
    const all = facts(
      [
        "Trang chủ",
        "Kinh tế",
        "",
        "Quảng Trị: Giải ngân vốn đầu tư công 11 tháng đạt 58,7%",
        "",
        "Tính đến ngày 30/11, tỉnh đã giải ngân 5.120 tỷ đồng, đạt 58,7% kế hoạch.",
        "",
        "Dẫn đầu là Sở Giáo dục với tỷ lệ 92,3%; tiếp theo là UBND phường Đông Hà (87,5%) và UBND xã Cam Lộ (81,2%).",
        "",
        "Kế hoạch trung hạn giai đoạn 2026 - 2030 là 42.000 tỷ đồng, đến nay đã giao chi tiết 25.200 tỷ đồng (60,0%).",
      ].join("\n"),
      { date: "2026-12-02", area: "tỉnh Quảng Trị" },
    );
    const pct = (v: string) => all.find((f) => f.value_text === v)?.measure;
    expect([pct("92,3"), pct("87,5"), pct("81,2"), pct("60,0")]).toEqual([
      "pct_of_target",
      "pct_of_target",
      "pct_of_target",
      "share",
    ]);
  });
});

describe("the breakdown of an estimate just stated", () => {
  it("'… ước đạt …. Kết quả 10 tháng như sau:' makes the items under it estimates", () => {
    const all = facts(
      [
        "IV. THƯƠNG MẠI",
        "Tính chung 10 tháng năm 2026, tổng mức bán lẻ hàng hóa ước đạt 48.260 tỷ đồng, tăng 8,4%. Kết quả 10 tháng như sau:",
        "- Doanh thu bán lẻ hàng hóa đạt 36.120 tỷ đồng, chiếm 74,8%;",
        "- Doanh thu dịch vụ lưu trú, ăn uống đạt 6.950 tỷ đồng.",
      ].join("\n"),
      { date: "2026-11-06", area: "tỉnh Nghệ An" },
    );
    expect(all.map((f) => [f.value_text, f.kind])).toEqual([
      ["48.260", "estimate"],
      ["8,4", "estimate"],
      ["36.120", "estimate"],
      ["74,8", "estimate"],
      ["6.950", "estimate"],
    ]);
  });
});

describe("a target said to be the whole year's", () => {
  it("'vượt mục tiêu tăng 10% đề ra cho cả năm' in a sentence on ten months is the year's", () => {
    const all = facts(
      "10 tháng, kim ngạch xuất khẩu ước đạt 1.240 triệu USD, tăng 11,5%, vượt mục tiêu tăng 10% đề ra cho cả năm.",
      { date: "2026-11-05", area: "tỉnh Bình Dương" },
    );
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["1.240", "estimate", "2026-01/2026-10"],
      ["11,5", "estimate", "2026-01/2026-10"],
      ["10", "target", "2026"],
    ]);
  });
});

describe("the count of targets set, and a plan met closing its clause", () => {
  it("'Trong 22 chỉ tiêu chủ yếu HĐND tỉnh giao, ước có 18 chỉ tiêu đạt và vượt kế hoạch, 04 chỉ tiêu không đạt'", () => {
    const all = facts(
      [
        "Trong 22 chỉ tiêu chủ yếu Hội đồng nhân dân tỉnh giao, ước cả năm có 18 chỉ tiêu đạt và vượt kế hoạch, 04 chỉ tiêu không đạt.",
        "- Kinh phí khuyến công địa phương năm 2026 được giao 3,8 tỷ đồng; đến ngày 15/11/2026 đã giải ngân 2,9 tỷ đồng.",
      ].join("\n"),
      { date: "2026-11-23", area: "tỉnh An Giang" },
    );
    expect(all.map((f) => [f.value_text, f.kind])).toEqual([
      ["22", "target"],
      ["18", "estimate"],
      ["04", "estimate"],
      ["3,8", "target"],
      ["2,9", "actual"],
    ]);
  });
});

describe("a plan beside a stock counted to a day", () => {
  it("'Tính đến ngày 31/10/2026, … đạt 11,3 bác sĩ/vạn dân (KH 11,5 bác sĩ/vạn dân)' sets it against the year's plan", () => {
    const all = facts(
      "Tính đến ngày 31/10/2026, toàn ngành đạt 11,3 bác sĩ/vạn dân (KH 11,5 bác sĩ/vạn dân).",
      { date: "2026-12-03", area: "tỉnh Sơn La" },
    );
    expect(all.map((f) => [f.value_text, f.kind, f.period])).toEqual([
      ["11,3", "actual", "2026-10-31"],
      ["11,5", "target", "2026"],
    ]);
  });
});

describe("what has been done up to now, under a list of estimates", () => {
  it("'… đến nay đã gieo trồng 380 ha, đạt 76% kế hoạch' stays counted under '… ước cả năm như sau:'", () => {
    const all = facts(
      [
        "Kết quả thực hiện các chỉ tiêu ước cả năm như sau:",
        "- Sản lượng lương thực đạt 31.200 tấn. Vụ đông 2026 - 2027 đến nay đã gieo trồng 380 ha, đạt 76% kế hoạch.",
      ].join("\n"),
      { date: "2026-12-02", area: "xã Nam Trực" },
    );
    expect(all.map((f) => [f.value_text, f.kind])).toEqual([
      ["31.200", "estimate"],
      ["380", "actual"],
      ["76", "actual"],
    ]);
  });
});

describe("million đồng abbreviated in a unit column", () => {
  it("'Tr.đồng' and 'trđ' read as triệu đồng", () => {
    const all = facts(
      [
        "| TT | Chỉ tiêu | ĐVT | NQ 2026 | Ước TH 2026 |",
        "|---|---|---|---|---|",
        "| 1 | Thu nhập bình quân đầu người | Tr.đồng | 72,0 | 73,5 |",
        "| 2 | Giá trị sản phẩm trên 1 ha đất trồng trọt | trđ | 160 | 165 |",
      ].join("\n"),
      { date: "2026-12-02", area: "xã Hải Hậu" },
    );
    expect(all.map((f) => f.unit)).toEqual(["triệu đồng", "triệu đồng", "triệu đồng", "triệu đồng"]);
  });
});

describe("a table by district of two years' rates and the fall between them", () => {
  const table = [
    "Kết quả rà soát cuối năm theo từng huyện:",
    "",
    "| TT | Đơn vị | Số hộ nghèo cuối năm 2024 | Tỷ lệ cuối năm 2023 (%) | Tỷ lệ cuối năm 2024 (%) | Giảm (điểm %) |",
    "|---|---|---|---|---|---|",
    "| 1 | Huyện Đông Sơn | 318 | 2,46 | 1,87 | 0,59 |",
  ].join("\n");
  const hints = { date: "2025-01-15", area: "tỉnh Thanh Hóa" };

  it("'Số hộ nghèo cuối năm 2024' counts households of 2024, whatever period the header names", () => {
    const f = fact(table, "318", hints);
    expect([f.measure, f.kind, f.period, f.unit]).toEqual(["level", "actual", "2024", "hộ nghèo"]);
  });

  it("'Tỷ lệ cuối năm 2023 (%)' holds shares of its year, not ratios to a plan", () => {
    expect(labels(fact(table, "2,46", hints))).toEqual(["2,46", "share", "actual", "2023"]);
    expect(labels(fact(table, "1,87", hints))).toEqual(["1,87", "share", "actual", "2024"]);
  });

  it("'Giảm (điểm %)' is a fall in points from the older year", () => {
    const f = fact(table, "0,59", hints);
    expect([f.measure, f.value, f.unit, f.base]).toEqual(["change", -0.59, "điểm phần trăm", "2023"]);
  });

  it("of three years and a change, the change runs from the year before the latest", () => {
    const f = fact(
      [
        "Chỉ tiêu | Năm 2022 | Năm 2023 | Năm 2024 | Tăng/giảm (%)",
        "Lượt khách (nghìn lượt) | 410 | 452 | 497 | 10,0",
      ].join("\n"),
      "10,0",
      hints,
    );
    expect([f.measure, f.base]).toEqual(["growth", "2023"]);
  });
});

describe("a plan's parts listed after its subject", () => {
  it("'2.2. Vốn NSTW năm 2022 giao cho tỉnh gồm vốn đầu tư phát triển 318,6 tỷ đồng và vốn sự nghiệp 93,9 tỷ đồng'", () => {
    const text =
      "2.2. Vốn ngân sách trung ương năm 2024 giao cho huyện gồm vốn đầu tư phát triển 52,4 tỷ đồng và vốn sự nghiệp 11,8 tỷ đồng.";
    const hints = { date: "2024-12-10", area: "huyện Tĩnh Gia" };
    expect(labels(fact(text, "52,4", hints))).toEqual(["52,4", "level", "target", "2024"]);
    expect(labels(fact(text, "11,8", hints))).toEqual(["11,8", "level", "target", "2024"]);
  });

  it("'trong 14 chỉ tiêu Kế hoạch năm 2024 giao, có 11 chỉ tiêu đạt' counts the targets set", () => {
    const text = "Đánh giá chung: trong 14 chỉ tiêu Kế hoạch năm 2024 giao, có 11 chỉ tiêu đạt và vượt.";
    expect(fact(text, "14", { date: "2024-12-10", area: "huyện Tĩnh Gia" }).kind).toBe("target");
  });
});

describe("a term's review table", () => {
  const table = [
    "BÁO CÁO",
    "tổng kết thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025",
    "",
    "| TT | Chỉ tiêu | ĐVT | NQ Đại hội XX | Ước TH nhiệm kỳ |",
    "|---|---|---|---|---|",
    "| 1 | Thu ngân sách trên địa bàn tăng bình quân | %/năm | 12 | 10,4 |",
    "| 2 | Tổng vốn đầu tư phát triển (5 năm) | tỷ đồng | 6.500 | 6.910 |",
    "| 3 | Tỷ lệ hộ dùng nước hợp vệ sinh | % | 98 | 98,6 |",
  ].join("\n");
  const hints = { date: "2025-06-10", area: "huyện Nga Sơn" };

  it("a yearly rise is a growth over the five plan years", () => {
    expect(labels(fact(table, "10,4", hints))).toEqual(["10,4", "growth", "estimate", "2021/2025"]);
  });

  it("a row summed '(5 năm)' runs over the five plan years", () => {
    expect(fact(table, "6.910", hints).period).toBe("2021/2025");
    expect(fact(table, "6.500", hints).period).toBe("2021/2025");
  });

  it("a share reached is where the term ends", () => {
    expect(labels(fact(table, "98,6", hints))).toEqual(["98,6", "share", "estimate", "2025"]);
  });
});

describe("the year reviewed in a resolution on the next year's tasks", () => {
  const text = [
    "NGHỊ QUYẾT",
    "Về nhiệm vụ phát triển kinh tế - xã hội năm 2025",
    "",
    "Hội đồng nhân dân xã đánh giá: Năm 2024, dù mưa lũ kéo dài, kinh tế của xã tiếp tục tăng trưởng; ước thực hiện cả năm có 11/14 chỉ tiêu đạt và vượt Nghị quyết, 03 chỉ tiêu không đạt. Cụ thể:",
    "- Cây lúa 1.240 ha, sản lượng 7.450 tấn; cây ngô 310 ha.",
    "- Thu ngân sách trên địa bàn 3.215 triệu đồng, đạt 118,4% dự toán.",
    "",
    "QUYẾT NGHỊ:",
    "Điều 1. Chỉ tiêu chủ yếu năm 2025: thu ngân sách trên địa bàn 3.400 triệu đồng trở lên.",
  ].join("\n");
  const hints = { date: "2024-12-18", area: "xã Yên Lạc" };

  it("'Năm 2024, …; ước thực hiện cả năm có 11/14 chỉ tiêu đạt' is of 2024, not the plan's year", () => {
    expect(labels(fact(text, "11/14", hints))).toEqual(["11/14", "count_of_total", "estimate", "2024"]);
    expect(fact(text, "03", hints).kind).not.toBe("target");
  });

  it("the list under that lead-in is the year's estimated results, not targets", () => {
    expect(labels(fact(text, "1.240", hints))).toEqual(["1.240", "level", "estimate", "2024"]);
    expect(labels(fact(text, "3.215", hints))).toEqual(["3.215", "level", "estimate", "2024"]);
  });

  it("the resolution's own targets stay targets", () => {
    expect(labels(fact(text, "3.400", hints))).toEqual(["3.400", "level", "target", "2025"]);
  });
});

describe("a cell-per-line table whose headers break over two lines", () => {
  it("'Ước TH' over '6 tháng', 'So KH' over '(%)' are one header each", () => {
    const text = [
      "Biểu: Một số chỉ tiêu chủ yếu 6 tháng đầu năm 2024",
      "TT",
      "Chỉ tiêu",
      "ĐVT",
      "KH năm",
      "2024",
      "Ước TH",
      "6 tháng",
      "So KH",
      "(%)",
      "So CK",
      "(%)",
      "1",
      "Giá trị sản xuất nông nghiệp",
      "Tỷ đồng",
      "3.120",
      "1.498,2",
      "48,0",
      "104,3",
      "2",
      "Thu ngân sách trên địa bàn",
      "Tỷ đồng",
      "96,5",
      "52,1",
      "54,0",
      "109,2",
    ].join("\n");
    const hints = { date: "2024-06-20", area: "huyện Kỳ Anh" };
    expect(labels(fact(text, "3.120", hints))).toEqual(["3.120", "level", "target", "2024"]);
    expect(labels(fact(text, "1.498,2", hints))).toEqual(["1.498,2", "level", "estimate", "2024-S1"]);
    expect(labels(fact(text, "48,0", hints))).toEqual(["48,0", "pct_of_target", "estimate", "2024-S1"]);
    expect(labels(fact(text, "109,2", hints))).toEqual(["109,2", "growth", "estimate", "2024-S1"]);
  });
});

describe("the year in progress estimated among the last quarter's tasks", () => {
  it("'III. ƯỚC THỰC HIỆN CẢ NĂM 2024 VÀ GIẢI PHÁP QUÝ IV' in a report on nine months keeps its estimates", () => {
    const text = [
      "BÁO CÁO",
      "Kết quả thu ngân sách 9 tháng năm 2024; nhiệm vụ, giải pháp quý IV năm 2024",
      "",
      "I. KẾT QUẢ THU 9 THÁNG",
      "Thu nội địa 9 tháng đạt 8.240 tỷ đồng, bằng 71,2% dự toán.",
      "II. ƯỚC THỰC HIỆN CẢ NĂM 2024 VÀ GIẢI PHÁP QUÝ IV",
      "Căn cứ tiến độ thu 9 tháng, ước thực hiện cả năm 2024 như sau:",
      "- Thu nội địa 11.650 tỷ đồng, bằng 100,7% dự toán.",
    ].join("\n");
    const hints = { date: "2024-10-08", area: "tỉnh Hà Nam" };
    expect(labels(fact(text, "11.650", hints))).toEqual(["11.650", "level", "estimate", "2024"]);
    expect(labels(fact(text, "100,7", hints))).toEqual(["100,7", "pct_of_target", "estimate", "2024"]);
  });
});

describe("moves of a rate and of counts, written with the verb first", () => {
  const plan = (line: string) => ["KẾ HOẠCH NĂM 2025", "Các chỉ tiêu chủ yếu năm 2025:", line].join("\n");
  const hints = { date: "2024-12-05", area: "huyện Quỳnh Lưu" };

  it("'Giảm tỷ lệ hộ nghèo từ 1,0 - 1,3%' is a range of the fall, not where it starts", () => {
    expect(labels(fact(plan("- Giảm tỷ lệ hộ nghèo từ 1,0 - 1,3%."), "1,0 - 1,3", hints))).toEqual([
      "1,0 - 1,3",
      "change",
      "target",
      "2025",
    ]);
    expect(fact(plan("- Giảm tỷ lệ hộ nghèo từ 3,9 - 4% xuống còn 3%."), "3,9 - 4", hints).measure).toBe(
      "share",
    );
  });

  it("'Kéo giảm tai nạn giao thông trên cả 3 tiêu chí (…) từ 5% trở lên' is a fall of the counts", () => {
    const line =
      "- Kéo giảm tai nạn giao thông trên cả 3 tiêu chí (số vụ, số người chết, số người bị thương) từ 6% trở lên.";
    expect(fact(plan(line), "6", hints).measure).toBe("growth");
  });

  it("'giảm 1,64% so với cuối năm 2022 (6,46%)': the bracket holds the rate it fell from", () => {
    const text =
      "Tỷ lệ hộ nghèo ước còn 3,71% (1.205 hộ), giảm 1,12% so với cuối năm 2023 (4,83%), giảm 362 hộ.";
    expect(labels(fact(text, "4,83", hints))).toEqual(["4,83", "share", "actual", "2023"]);
  });
});

describe("a table of this school year's counts against last year's rates", () => {
  it("'Số trường đạt CQG/tổng số' counts schools; 'NH 2023 - 2024 (%)' holds that year's rates", () => {
    const text = [
      "Bảng 2. Trường đạt chuẩn quốc gia đến ngày 31/5/2025",
      "",
      "| Cấp học | Số trường đạt CQG/tổng số | Tỷ lệ (%) | NH 2023 - 2024 (%) |",
      "|---|---|---|---|",
      "| Tiểu học | 131/150 | 87,3 | 85,1 |",
    ].join("\n");
    const hints = { date: "2025-08-12", area: "tỉnh Tây Ninh" };
    const count = fact(text, "131/150", hints);
    expect([count.measure, count.unit]).toEqual(["count_of_total", "trường"]);
    expect(labels(fact(text, "85,1", hints))).toEqual(["85,1", "share", "actual", "2023/2024"]);
  });
});

describe("a term's review that ends on the next term's targets", () => {
  it("'V. ĐỊNH HƯỚNG GIAI ĐOẠN 2025 - 2030' after the review of 2020-2025 sets targets to its last item", () => {
    const text = [
      "BÁO CÁO",
      "tổng kết thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI, nhiệm kỳ 2020 - 2025",
      "",
      "I. KẾT QUẢ THỰC HIỆN",
      "Tỷ lệ dân số tham gia bảo hiểm y tế ước đạt 93,1%.",
      "",
      "II. ĐỊNH HƯỚNG GIAI ĐOẠN 2025 - 2030",
      "1. Tốc độ tăng giá trị sản xuất bình quân 7 - 8%/năm.",
      "2. Tỷ lệ dân số tham gia bảo hiểm y tế từ 97% trở lên; tỷ lệ lao động qua đào tạo đạt 78%.",
    ].join("\n");
    const hints = { date: "2025-04-22", area: "huyện Hậu Lộc" };
    expect(fact(text, "97", hints).kind).toBe("target");
    expect(fact(text, "78", hints).kind).toBe("target");
    expect(fact(text, "93,1", hints).kind).toBe("estimate");
  });
});

describe("what must be reached, and an index on the same months abbreviated", () => {
  const hints = { date: "2024-10-09", area: "tỉnh Hà Nam" };
  it("'số thu quý IV phải đạt 3.102,5 tỷ đồng' is a target; 'số còn phải thu' an amount", () => {
    const text =
      "Ước cả năm thu 11.650 tỷ đồng; trong đó số thu quý IV phải đạt 3.102,5 tỷ đồng; số còn phải thu 640,2 tỷ đồng.";
    expect(fact(text, "3.102,5", hints).kind).toBe("target");
    expect(fact(text, "640,2", hints).kind).not.toBe("target");
  });
  it("'chỉ bằng 98,7% so với CK' is an index on the same months, a growth", () => {
    expect(fact("Thu nội địa đạt 8.240 tỷ đồng, chỉ bằng 98,7% so với CK.", "98,7", hints).measure).toBe(
      "growth",
    );
  });
});

describe("so much a month", () => {
  it("'bình quân đạt 1.120,5 tỷ đồng/tháng' and '9,8 triệu đồng/tháng' are rates", () => {
    const hints = { date: "2024-10-09", area: "tỉnh Hà Nam" };
    const text =
      "Thu nội địa bình quân đạt 1.120,5 tỷ đồng/tháng; thu nhập bình quân của lao động 9,8 triệu đồng/tháng.";
    expect(fact(text, "1.120,5", hints).measure).toBe("rate");
    expect(fact(text, "9,8", hints).measure).toBe("rate");
  });
});

describe("the school year's target in brackets", () => {
  it("'vượt 1,5% so với chỉ tiêu NH (80%)': the bracket holds the school year's target", () => {
    const text =
      "Toàn tỉnh có 212/260 trường đạt chuẩn quốc gia, tỷ lệ 81,5%, vượt 1,5% so với chỉ tiêu NH (80%).";
    expect(fact(text, "80", { date: "2024-08-16", area: "tỉnh Long An" }).kind).toBe("target");
  });
});

describe("a stock at the start of a year", () => {
  const hints = { date: "2024-12-18", area: "xã Phú Lễ" };
  it("'Đầu năm 2024 … còn 146 hộ nghèo' is the end of 2023; 'cuối năm' in the same sentence is 2024", () => {
    const text =
      "Đầu năm 2024 toàn xã còn 146 hộ nghèo (tỷ lệ 3,1%); qua rà soát cuối năm còn 98 hộ nghèo, chiếm 2,1%.";
    expect(labels(fact(text, "146", hints))).toEqual(["146", "level", "actual", "2023"]);
    expect(fact(text, "3,1", hints).period).toBe("2023");
    expect(fact(text, "98", hints).period).toBe("2024");
    expect(fact(text, "2,1", hints).period).toBe("2024");
  });
  it("'Đầu năm, …' with no year is the end of the year before the one written in", () => {
    const text =
      "Đầu năm, toàn xã còn 88 hộ nghèo (4,2%). Trong năm giúp 31 hộ thoát nghèo; cuối năm còn 57 hộ nghèo, giảm 31 hộ so với đầu năm.";
    const all = facts(text, { date: "2026-12-09", area: "xã Tân Hòa" });
    expect(all.map((f) => [f.value_text, f.period])).toEqual([
      ["88", "2025"],
      ["4,2", "2025"],
      ["31", "2026"],
      ["57", "2026"],
      ["31", "2026"],
    ]);
  });

  it("dates nothing in the sentences after it, and 'từ đầu năm 2024' is no stock", () => {
    const text = "Đầu năm 2024, toàn xã còn 146 hộ nghèo. Hỗ trợ xây dựng 12 căn nhà đại đoàn kết.";
    expect(fact(text, "12", hints).period).toBe("2024");
    expect(fact("Từ đầu năm 2024, toàn xã đã tiếp nhận 1.250 hồ sơ.", "1.250", hints).period).not.toBe(
      "2023",
    );
  });
});

/**
 * A land-clearance report's opening: a first part long enough that the lead-in of its second
 * ("Kết quả đến ngày 15/6/2023 như sau:") is no line under the title.
 */
const CLEARANCE_HEAD = [
  "Thạch Thất, ngày 20 tháng 6 năm 2023",
  "",
  "BÁO CÁO",
  "Tiến độ giải phóng mặt bằng dự án đường vành đai",
  "",
  "I. KHÁI QUÁT",
  "1. Tuyến đường đi qua 6 xã, dài 12,4 km.",
  "2. Số hộ bị ảnh hưởng 1.462 hộ và 14 tổ chức.",
  "3. Công trình phải di dời: 14,6 km đường dây điện; 386 ngôi mộ.",
  "4. Tổng kinh phí bồi thường theo dự toán là 612,8 tỷ đồng.",
  "5. Diện tích thu hồi 286,5 ha.",
  "",
  "II. KẾT QUẢ THỰC HIỆN",
  "Kết quả đến ngày 15/6/2023 như sau:",
  "",
];

describe("a lead-in's day under numbered subheadings", () => {
  it("'Kết quả đến ngày 15/6/2023 như sau:' dates the items under '1. …' that name no period", () => {
    const text = [
      ...CLEARANCE_HEAD,
      "1. Kiểm đếm và phê duyệt phương án",
      "- Đã phê duyệt phương án bồi thường cho 1.318 hộ với kinh phí 486,92 tỷ đồng.",
      "2. Bàn giao mặt bằng",
      "- Đã bàn giao 24,16 km, đạt 84,9% chiều dài tuyến.",
    ].join("\n");
    const hints = { date: "2023-06-20", area: "huyện Thạch Thất" };
    expect(fact(text, "1.318", hints).period).toBe("2023-06-15");
    expect(fact(text, "24,16", hints).period).toBe("2023-06-15");
  });
});

describe("a table's caption among the items of a lead-in", () => {
  it("'Bảng tổng hợp …' between two subheadings does not end 'Kết quả đến ngày 15/6/2023 như sau:'", () => {
    const text = [
      ...CLEARANCE_HEAD,
      "1. Bàn giao mặt bằng",
      "- Đã bàn giao 24,16 km, đạt 84,9% chiều dài tuyến.",
      "",
      "Bảng tổng hợp tiến độ bàn giao mặt bằng theo xã",
      "",
      "| TT | Xã | Đã bàn giao (km) |",
      "|---|---|---|",
      "| 1 | Yên Bình | 2,16 |",
      "",
      "2. Tái định cư",
      "- Huyện bố trí 3 khu tái định cư với tổng số 168 lô đất ở.",
    ].join("\n");
    expect(fact(text, "168", { date: "2023-06-20", area: "huyện Thạch Thất" }).period).toBe("2023-06-15");
  });
});

describe("plots and what was approved", () => {
  const hints = { date: "2023-06-20", area: "huyện Thạch Thất" };
  it("'khu thị trấn Đông Khê 62 lô' counts plots; the name before it does not swallow the number", () => {
    const out = facts(
      "Huyện bố trí 168 lô đất ở: khu thị trấn Đông Khê 62 lô, khu xã Đức Long 74 lô.",
      hints,
    );
    expect(out.map((f) => [f.value_text, f.unit])).toEqual([
      ["168", "lô đất"],
      ["62", "lô"],
      ["74", "lô"],
    ]);
  });
  it("'đạt 72,6% kinh phí bồi thường, hỗ trợ được duyệt' is reached of a plan; 'chiếm 81,1% tổng số hộ' a share", () => {
    const text =
      "Đã chi trả cho 1.186 hộ, chiếm 81,1% tổng số hộ bị ảnh hưởng, với số tiền 412,68 tỷ đồng, đạt 72,6% kinh phí bồi thường, hỗ trợ được duyệt.";
    expect(fact(text, "72,6", hints).measure).toBe("pct_of_target");
    expect(fact(text, "81,1", hints).measure).toBe("share");
  });
});

describe("a plan of so many years", () => {
  const hints = { date: "2023-10-16", area: "tỉnh Kiên Giang" };
  it("'bằng 66,2% mục tiêu 5 năm (55.000 tỷ đồng)': reached of the five years' target, which the bracket holds", () => {
    const text =
      "Tổng thu ngân sách 3 năm ước đạt 36.406 tỷ đồng, bằng 66,2% mục tiêu 5 năm (55.000 tỷ đồng).";
    expect(fact(text, "66,2", hints).measure).toBe("pct_of_target");
    expect(fact(text, "55.000", hints).kind).toBe("target");
  });
  it("'đã giao kế hoạch 3 năm 12.384 tỷ đồng' is what was assigned, not a target", () => {
    const text =
      "Kế hoạch vốn trung hạn là 19.846 tỷ đồng; đã giao kế hoạch 3 năm 12.384 tỷ đồng, đạt 62,4%.";
    expect(fact(text, "12.384", hints).kind).not.toBe("target");
  });
});

describe("an index of an earlier year's level", () => {
  it("'mới bằng 8,0% năm 2019' is set against 2019, which dates neither it nor what follows", () => {
    const hints = { date: "2022-12-12", area: "tỉnh Bình Thuận" };
    const text =
      "Năm 2022, khách quốc tế đạt 64.850 lượt, gấp 30,2 lần năm 2021 nhưng mới bằng 8,0% năm 2019; khách nội địa khoảng 6,06 triệu lượt.";
    const f = fact(text, "8,0", hints);
    expect([f.measure, f.period, f.base]).toEqual(["growth", "2022", "2019"]);
    expect(fact(text, "6,06", hints).period).toBe("2022");
  });
});

describe("a move set against the figure before it", () => {
  const hints = { date: "2022-12-14", area: "tỉnh Hải Dương" };
  it("'chiếm 17,84%, giảm 0,62% so với CK (18,46%)': the gap between two shares is in points", () => {
    const text = "Số trẻ là con thứ 3 trở lên 4.712 trẻ, chiếm 17,84%, giảm 0,62% so với CK (18,46%).";
    expect(fact(text, "0,62", hints).measure).toBe("change");
    const amount = "Thu nội địa 5.000 tỷ đồng, chiếm 80% tổng thu, tăng 12% so với cùng kỳ (4.464 tỷ đồng).";
    expect(fact(amount, "12", hints).measure).toBe("growth");
  });
  it("'116,9 bé trai/100 bé gái, giảm 1,3 so với CK (118,2); đạt chỉ tiêu KH (dưới 117)': bare figures in its unit", () => {
    const text =
      "Tỷ số giới tính khi sinh là 116,9 bé trai/100 bé gái, giảm 1,3 so với CK (118,2); đạt chỉ tiêu KH (dưới 117).";
    expect(fact(text, "1,3", hints).unit).toBe("bé trai/100 bé gái");
    expect(fact(text, "118,2", hints).unit).toBe("bé trai/100 bé gái");
    const plan = fact(text, "117", hints);
    expect([plan.unit, plan.kind]).toEqual(["bé trai/100 bé gái", "target"]);
    expect(fact("Diện tích rừng trồng đạt 16.170,1 ha, tăng 9,5.", "9,5", hints).unit).not.toBe("ha");
  });
});

describe("a project's total investment in a capital plan's table", () => {
  it("'TMĐT' is planned over the years in 'Thời gian KC - HT'; a group's total over the plan's year", () => {
    const text = [
      "DANH MỤC DỰ ÁN BỐ TRÍ KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2024",
      "ĐVT: triệu đồng",
      "",
      "| TT | Danh mục dự án | Thời gian KC - HT | TMĐT | Lũy kế vốn đã bố trí đến hết năm 2023 | KH vốn năm 2024 |",
      "|---|---|---|---|---|---|",
      "| A | Dự án chuyển tiếp | | 41.200 | 20.500 | 16.700 |",
      "| 1 | Đường ĐH.04 nối Quốc lộ 1 (Km0+000 - Km3+250) | 2023 - 2025 | 28.600 | 12.000 | 10.500 |",
      "| 2 | Trạm bơm Phước Hậu 2 | 2024 | 5.600 | - | 5.600 |",
    ].join("\n");
    const hints = { date: "2023-12-20", area: "huyện Ninh Phước" };
    expect(labels(fact(text, "28.600", hints))).toEqual(["28.600", "level", "target", "2023/2025"]);
    expect(fact(text, "5.600", hints).period).toBe("2024");
    expect(labels(fact(text, "41.200", hints))).toEqual(["41.200", "level", "target", "2024"]);
    expect(labels(fact(text, "12.000", hints))).toEqual(["12.000", "level", "actual", "2023"]);
  });
});

describe("so much a draw", () => {
  it("'bình quân 12,5 triệu vé/kỳ' is a rate in tickets a draw; '650 triệu vé' a count of tickets", () => {
    const hints = { date: "2024-01-12", area: "tỉnh Bạc Liêu" };
    const text = "Công ty phát hành 52 kỳ vé, bình quân 12,5 triệu vé/kỳ; tổng số vé phát hành 650 triệu vé.";
    const f = fact(text, "12,5", hints);
    expect([f.measure, f.unit]).toEqual(["rate", "triệu vé/kỳ"]);
    expect(fact(text, "650", hints).unit).toBe("triệu vé");
  });
});

describe("a forecast column", () => {
  it("'Dự báo 2025' holds what is expected of 2025; 'KH dự kiến 2024' is still a plan", () => {
    const text = [
      "Phụ lục. Khả năng thực hiện một số chỉ tiêu chủ yếu",
      "",
      "| TT | Chỉ tiêu | ĐVT | Ước TH 2023 | KH dự kiến 2024 | Dự báo 2025 |",
      "|---|---|---|---|---|---|",
      "| 1 | Số xã đạt chuẩn nông thôn mới | xã | 94 | 96 | 98 |",
    ].join("\n");
    const hints = { date: "2023-10-16", area: "tỉnh Kiên Giang" };
    expect(labels(fact(text, "98", hints))).toEqual(["98", "level", "forecast", "2025"]);
    expect(fact(text, "96", hints).kind).toBe("target");
  });
});

describe("six months named in a first quarter's tasks", () => {
  it("'phấn đấu sản lượng 6 tháng đạt 3.400 tấn' written in March is this year's half", () => {
    const text = "Phấn đấu sản lượng thủy sản 6 tháng đạt 3.400 tấn (50% KH năm).";
    expect(fact(text, "3.400", { date: "2023-03-24", area: "xã Vĩnh Phú Tây" }).period).toBe("2023-S1");
    // (Written in January, the six months just reported are last year's.)
    expect(
      fact("Kết quả 6 tháng đạt 293,8 triệu vé.", "293,8", { date: "2024-01-12", area: "tỉnh Bạc Liêu" })
        .period,
    ).toBe("2023-S1");
  });
  it("'đầu năm 2023 … 96 hộ nghèo, chiếm 2,41%; 138 hộ cận nghèo' dates the whole sentence", () => {
    const text = "Đầu năm 2023 toàn xã có 96 hộ nghèo, chiếm 2,41%; 138 hộ cận nghèo, chiếm 3,46%.";
    expect(fact(text, "138", { date: "2023-03-24", area: "xã Vĩnh Phú Tây" }).period).toBe("2022");
  });
});

describe("plans beside results listed under months", () => {
  const hints = { date: "2022-12-14", area: "tỉnh Hải Dương" };
  const text = [
    "Kết quả 11 tháng như sau:",
    "- Tỷ số giới tính khi sinh là 116,9 bé trai/100 bé gái; đạt chỉ tiêu KH (dưới 117).",
    "- Tỷ suất sinh thô 14,82‰, giảm 0,25‰, đạt chỉ tiêu KH giao (giảm 0,2‰).",
    "- Đào tạo nghề cho 9.137 người, vượt 5,5% so với kế hoạch (tăng 9,9% so với cùng kỳ).",
  ].join("\n");
  it("the plan in a bracket is the year's, and 'chỉ tiêu KH giao (giảm 0,2‰)' sets a move", () => {
    expect(labels(fact(text, "117", hints))).toEqual(["117", "rate", "target", "2022"]);
    expect(labels(fact(text, "0,2", hints))).toEqual(["0,2", "change", "target", "2022"]);
    expect(fact(text, "116,9", hints).period).toBe("2022-01/2022-11");
  });
  it("a result's own move in a bracket after its plan is no plan", () => {
    expect(fact(text, "9,9", hints).kind).not.toBe("target");
  });
});

describe("reached so much of an earlier level", () => {
  it("'mới phục hồi 8,0% so với năm 2019', 'đạt 105,2% so với cùng kỳ' are indices; of a plan or of a rate they are not", () => {
    const hints = { date: "2022-12-12", area: "tỉnh Bình Thuận" };
    const text =
      "Khách quốc tế mới phục hồi 8,0% so với năm 2019. Doanh thu đạt 105,2% so với cùng kỳ. Tổng thu đạt 95% so với kế hoạch. Tỷ lệ hộ dùng nước sạch đạt 96% so với cùng kỳ.";
    expect(fact(text, "8,0", hints).measure).toBe("growth");
    expect(fact(text, "8,0", hints).base).toBe("2019");
    expect(fact(text, "105,2", hints).measure).toBe("growth");
    expect(fact(text, "95", hints).measure).toBe("pct_of_target");
    expect(fact(text, "96", hints).measure).not.toBe("growth");
  });
});

describe("places listed with their figures", () => {
  it("'huyện Thanh Miện 124,6; huyện Tứ Kỳ 121,8; thị xã Kinh Môn 120,3 bé trai/100 bé gái': one unit for all", () => {
    const hints = { date: "2022-12-14", area: "tỉnh Hải Dương" };
    const text =
      "Tỷ số giới tính khi sinh còn cao ở: huyện Thanh Miện 124,6; huyện Tứ Kỳ 121,8; thị xã Kinh Môn 120,3 bé trai/100 bé gái.";
    for (const v of ["124,6", "121,8", "120,3"]) expect(fact(text, v, hints).unit).toBe("bé trai/100 bé gái");
    const norm = "Tỷ lệ điều dưỡng/bác sĩ đạt 1,92; vẫn thấp so với định mức 3 điều dưỡng/1 bác sĩ.";
    expect(fact(norm, "1,92", hints).unit).toBe("");
  });
});
