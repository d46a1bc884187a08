/**
 * `solieu ask`: a question read (indicator, period, kind), answered from a small stored report
 * with a cited sentence, and measured against the gold questions of ../shared/gold/qa when they
 * are there. Runs the built code (`npm run build` first; `npm test` does it).
 */

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask, NO_ANSWER } from "../dist/ask/answer.js";
import { understand } from "../dist/ask/understand.js";
import { openStore, type Store } from "../dist/store/connect.js";
import { ingestFile } from "../dist/store/ingest.js";

const shared = process.env.SOLIEU_SHARED ?? fileURLToPath(new URL("../../shared", import.meta.url));
const haveShared = existsSync(join(shared, "corpus")) && existsSync(join(shared, "gold", "qa"));
const SCORE = fileURLToPath(new URL("../scripts/score-qa.mjs", import.meta.url));

const REPORT = `UỶ BAN NHÂN DÂN TỈNH ĐIỆN BIÊN

BÁO CÁO
Tình hình kinh tế - xã hội năm 2023 và kế hoạch năm 2024

Ngày 05 tháng 12 năm 2023

I. KẾT QUẢ THỰC HIỆN NĂM 2023

Tổng sản phẩm trên địa bàn (GRDP) theo giá so sánh ước đạt 14.955,28 tỷ đồng, tăng 7,86% so với năm 2022.

Tỷ lệ che phủ rừng đạt 44%, bằng 98,5% kế hoạch.

Thu ngân sách nhà nước trên địa bàn ước đạt 1.640 tỷ đồng, bằng 67,23% dự toán.

II. KẾ HOẠCH NĂM 2024

Phấn đấu tốc độ tăng trưởng kinh tế (GRDP) năm 2024 đạt 10,5%; tỷ lệ che phủ rừng đạt 44,5%.

III. TỔ CHỨC THỰC HIỆN

Tiếp tục thực hiện Nghị quyết số 45/NQ-HĐND ngày 08/12/2022 của HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2023.

Hoàn thiện đề án sắp xếp đơn vị hành chính cấp xã, trình Ủy ban Thường vụ Quốc hội trong tháng 10/2024.
`;

describe("reading a question", () => {
  it("finds the indicator, period and kind, with or without diacritics", () => {
    for (const text of [
      "Chỉ tiêu tăng trưởng kinh tế năm 2024 là bao nhiêu?",
      "Chi tieu tang truong kinh te nam 2024 la bao nhieu?",
    ]) {
      const q = understand(text, 2023);
      expect(q.indicators).toContain("grdp_growth");
      expect(q.periods).toContain("2024");
      expect(q.type).toBe("target");
    }
    expect(understand("GRDP 6 tháng đầu năm 2023 đạt bao nhiêu?", 2023).periods).toContain("2023-S1");
    expect(understand("Thu ngân sách năm nay đạt bao nhiêu phần trăm dự toán?", 2023)).toMatchObject({
      periods: ["2023"],
      type: "against_plan",
    });
    expect(understand("Nhiệm kỳ 2020-2025 những chỉ tiêu nào không đạt?", 2025).type).toBe("list");
    expect(understand("Tỷ lệ che phủ rừng có đạt kế hoạch không?", 2025).type).toBe("status");
    // "so với năm trước" is the base of the comparison, not a year asked; alone, "năm trước" is.
    expect(understand("Thu nhập năm 2023 tăng bao nhiêu so với năm trước?", 2025).periods).toEqual(["2023"]);
    expect(understand("Năm trước đón bao nhiêu khách du lịch?", 2025).periods).toEqual(["2024"]);
    // "Tăng trưởng …" and "tốc độ tăng …" ask a growth; "đạt bao nhiêu so với dự toán" a % of plan.
    expect(understand("Tăng trưởng kinh tế năm 2024 của Thái Bình là bao nhiêu?", 2025).measures).toContain(
      "growth",
    );
    expect(understand("Thu ngân sách đạt bao nhiêu so với dự toán?", 2025).levelFirst).toBe(false);
    // Counting the plan's targets met is a result asked, of a total.
    expect(understand("Huyện có bao nhiêu chỉ tiêu đạt và vượt kế hoạch năm 2024?", 2025)).toMatchObject({
      type: "lookup",
      measures: ["count_of_total"],
    });
  });

  it("reads a level named without a name as the area meant, not 'ước tính'", () => {
    expect(understand("Tỷ lệ che phủ rừng của huyện có đạt nghị quyết không?", 2025).levels).toEqual([
      "huyện",
    ]);
    expect(understand("Ty le ho ngheo toan tinh nam 2023?", 2025).levels).toEqual(["tỉnh"]);
    expect(understand("Dân số ước tính năm 2023 là bao nhiêu?", 2025).levels).toEqual([]);
    expect(understand("Tỷ lệ hộ nghèo của huyện Điện Biên?", 2025)).toMatchObject({
      areas: ["huyện Điện Biên"],
      levels: [],
    });
  });
});

describe("answering from a small store", () => {
  let dir: string;
  let store: Store;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "solieu-ask-"));
    writeFileSync(join(dir, "bao-cao.txt"), REPORT);
    store = await openStore(join(dir, "store.db"));
    const r = await ingestFile(store, join(dir, "bao-cao.txt"));
    expect(r.status).toBe("added");
  });
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("looks a figure up and cites its line", async () => {
    for (const text of ["GRDP năm 2023 đạt bao nhiêu tỷ đồng?", "GRDP nam 2023 dat bao nhieu ty dong?"]) {
      const a = await ask(store, text);
      expect(a.facts[0]).toMatchObject({ doc: "bao-cao.txt", line: 10, value: 14955.28 });
      expect(a.answer).toBe(
        "Theo bao-cao.txt (dòng 10), tổng sản phẩm trên địa bàn theo giá so sánh (ước) năm 2023 là 14.955,28 tỷ đồng.",
      );
    }
  });

  it("answers a target with the plan's figure", async () => {
    const a = await ask(store, "Chỉ tiêu tăng trưởng kinh tế năm 2024 là bao nhiêu?");
    expect(a.facts[0]).toMatchObject({ line: 18, value: 10.5, kind: "target" });
    expect(a.answer).toContain("10,5 %");
  });

  it("answers a share of the plan with the percentage", async () => {
    const a = await ask(store, "Thu ngan sach tren dia ban nam 2023 dat bao nhieu phan tram du toan?");
    expect(a.facts[0]).toMatchObject({ line: 14, value: 67.23, measure: "pct_of_target" });
  });

  it("answers a status question with the verdict and both figures, the result first", async () => {
    for (const text of [
      "Tỷ lệ che phủ rừng năm 2023 có đạt kế hoạch không?",
      "Ty le che phu rung nam 2023 co dat ke hoach khong?",
    ]) {
      const a = await ask(store, text);
      expect(a.facts[0]).toMatchObject({ line: 12, value: 44, measure: "share" });
      expect(a.facts[1]).toMatchObject({ line: 12, value: 98.5, measure: "pct_of_target" });
      expect(a.answer).toMatch(
        /^Theo bao-cao\.txt \(dòng 12\), tỷ lệ che phủ rừng năm 2023 là 44 %, kế hoạch khoảng 44,7 %/,
      );
      expect(a.answer).toMatch(/không đạt kế hoạch \(98,5% kế hoạch\)\.$/);
    }
  });

  it("puts first the figure of the period and kind asked, not its neighbours", async () => {
    const plan = await ask(store, "Tỷ lệ che phủ rừng năm 2024 phấn đấu đạt bao nhiêu?");
    expect(plan.facts[0]).toMatchObject({ line: 18, value: 44.5, kind: "target", period: "2024" });
    const result = await ask(store, "Tỷ lệ che phủ rừng năm 2023 đạt bao nhiêu?");
    expect(result.facts[0]).toMatchObject({ line: 12, value: 44, period: "2023" });
    const growth = await ask(store, "GRDP năm 2023 tăng bao nhiêu phần trăm so với năm 2022?");
    expect(growth.facts[0]).toMatchObject({ line: 10, value: 7.86, measure: "growth" });
  });

  it("asked when, or which resolution, quotes the date or the number where it is said", async () => {
    for (const text of [
      "Khi nào phải trình đề án sắp xếp đơn vị hành chính cấp xã?",
      "Khi nao phai trinh de an sap xep don vi hanh chinh cap xa?",
    ]) {
      const a = await ask(store, text);
      expect(a.passages[0]).toMatchObject({
        doc: "bao-cao.txt",
        line: 24,
        text: "tháng 10/2024",
        kind: "date",
      });
      expect(a.answer).toMatch(/^Theo bao-cao\.txt \(dòng 24\): tháng 10\/2024 — «.*trình Ủy ban Thường vụ/);
    }
    const which = await ask(
      store,
      "Nghị quyết nào của HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2023?",
    );
    expect(which.passages[0]).toMatchObject({ line: 22, text: "45/NQ-HĐND", kind: "document" });
    // ("… so với nghị quyết thế nào?" asks how, not which; a figure asked first is answered by figures.)
    expect((await ask(store, "Thu ngân sách năm 2023 so với chỉ tiêu nghị quyết thế nào?")).passages).toEqual(
      [],
    );
    expect(
      (await ask(store, "Tỷ lệ che phủ rừng năm 2024 phấn đấu bao nhiêu, đến khi nào?")).passages,
    ).toEqual([]);
  });

  it("says so when nothing fits", async () => {
    for (const text of ["Sản lượng cà phê năm 2030 là bao nhiêu?", "Số học sinh bỏ học là bao nhiêu?"]) {
      const a = await ask(store, text);
      expect(a.answer).toBe(`${NO_ANSWER}.`);
    }
  });
});

/** Two pages of other provinces, stored side by side with the date and area a user gives. */
const PAGES = [
  {
    file: "ha-tinh.txt",
    hints: { date: "2024-10-08", area: "tỉnh Hà Tĩnh" },
    text: `Kinh tế 9 tháng năm 2024 tiếp tục phục hồi

Tăng trưởng GRDP 9 tháng ước đạt 6,1%. Tổng vốn đầu tư toàn xã hội ước đạt 41.300 tỷ đồng, tăng 7,2%.
Quy mô kinh tế của Hà Tĩnh 9 tháng ước đạt 98.500 tỷ đồng, tăng 6,1%.
Về quy mô, tỉnh xếp thứ 25/63 tỉnh, thành phố. Đến hết tháng 9/2024, dư nợ tín dụng trên địa bàn đạt 118.400 tỷ đồng, tăng 5,6% so với đầu năm.
`,
  },
  {
    file: "ba-ria.txt",
    hints: { date: "2024-10-09", area: "tỉnh Bà Rịa - Vũng Tàu" },
    text: `Kết quả kinh tế 9 tháng năm 2024

Tăng trưởng GRDP không kể dầu thô và khí đốt 9 tháng ước đạt 8,3%. Tổng vốn đầu tư toàn xã hội ước đạt 52.800 tỷ đồng, tăng 9,4%.
`,
  },
  {
    file: "yen-bai.txt",
    hints: { date: "2025-01-10", area: "tỉnh Yên Bái" },
    text: `Kết quả phát triển kinh tế - xã hội năm 2024

Tốc độ tăng trưởng kinh tế (GRDP) năm 2024 đạt 6,2%, chưa đạt kế hoạch đề ra (kế hoạch 7,5%), thấp hơn kế hoạch 1,3 điểm %.
`,
  },
];

describe("answering from a store of several provinces", () => {
  let dir: string;
  let store: Store;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "solieu-ask-places-"));
    store = await openStore(join(dir, "store.db"));
    for (const p of PAGES) {
      writeFileSync(join(dir, p.file), p.text);
      expect((await ingestFile(store, join(dir, p.file), { hints: p.hints })).status).toBe("added");
    }
  });
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("takes a province named without its level word, with or without diacritics", async () => {
    for (const [text, area, value] of [
      ["Vốn đầu tư toàn xã hội 9 tháng năm 2024 của Hà Tĩnh?", "tỉnh Hà Tĩnh", 41300],
      ["Von dau tu toan xa hoi 9 thang nam 2024 cua Ba Ria - Vung Tau?", "tỉnh Bà Rịa - Vũng Tàu", 52800],
    ] as const) {
      const a = await ask(store, text);
      expect(a.question.areas).toContain(area);
      expect(a.facts[0]).toMatchObject({ area, value });
    }
  });

  it("reads 'tăng trưởng' as a growth asked, and a stock at a month's end as of that month", async () => {
    const growth = await ask(store, "Tăng trưởng GRDP 9 tháng năm 2024 của Hà Tĩnh là bao nhiêu?");
    expect(growth.facts[0]).toMatchObject({ area: "tỉnh Hà Tĩnh", value: 6.1, measure: "growth" });
    const stock = await ask(store, "Dư nợ tín dụng của Hà Tĩnh đến cuối tháng 9/2024 là bao nhiêu?");
    expect(stock.facts[0]).toMatchObject({ value: 118400, unit: "tỷ đồng" });
    expect(stock.answer).not.toBe(`${NO_ANSWER}.`);
  });

  it("answers a rank asked with the rank, not the size it ranks nor its growth", async () => {
    const a = await ask(store, "Hà Tĩnh xếp thứ mấy về quy mô kinh tế?");
    expect(a.facts[0]).toMatchObject({ value_text: "25/63", measure: "rank" });
  });

  it("answers 'có đạt kế hoạch không, hụt bao nhiêu' with the shortfall first, then both figures", async () => {
    const a = await ask(
      store,
      "Tăng trưởng kinh tế năm 2024 của Yên Bái có đạt kế hoạch không, hụt bao nhiêu?",
    );
    expect(a.facts.slice(0, 3).map((f) => [f.value, f.measure, f.kind])).toEqual([
      [-1.3, "change", "actual"],
      [6.2, "growth", "actual"],
      [7.5, "growth", "target"],
    ]);
    expect(a.answer).toMatch(/không đạt kế hoạch/);
  });
});

describe.skipIf(!haveShared)("gold questions of ../shared/gold/qa", () => {
  it("gives an expected fact first for ≥ 70% and among the first 10 for ≥ 95%, with and without diacritics", () => {
    const r = spawnSync(process.execPath, [SCORE], { encoding: "utf8" });
    const corpus = [
      ...r.stdout.matchAll(/ask corpus .*?first fact right ([\d.]+)%.*?among the first 10 ([\d.]+)%/g),
    ].map((m) => [Number(m[1]), Number(m[2])]);
    expect(corpus).toHaveLength(2);
    for (const [first, top] of corpus) {
      expect(first).toBeGreaterThanOrEqual(70);
      expect(top).toBeGreaterThanOrEqual(95);
    }
  }, 300_000);
});

if (!haveShared)
  console.log(`ask.test: ../shared is absent (looked in ${shared}); the gold question bars are skipped.`);
