/**
 * Plan against result that never pairs two different things: a target and a result meet only
 * when indicator, area, period, measure and unit agree (magnitudes aside); two figures of one
 * sentence only when the sentence measures one against the other; a plan worked out from a
 * "% of plan" only from the figure that percentage is said of. Rows are named by the catalogue,
 * else by words that read as a name, else by their clause. Then the bars on ../shared/corpus
 * for 2023 (skipped with a message where it is absent).
 *
 * Runs on the built library (`npm run build` first; `npm test` does it).
 */

import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { unitBase } from "../dist/analysis/status.js";
import { indicatorByCode } from "../dist/catalogue/link.js";
import { extractFile, type Fact, statusRows } from "../dist/index.js";
import { STATUS_2023 } from "./helpers/expected.js";

/**
 * The facts of a sentence: each figure as [value_text, what it is], placed in order. `kind`
 * and `measure` default to an actual level.
 */
function sentence(
  text: string,
  figures: (Partial<Fact> & { value_text: string })[],
  over: Partial<Fact> = {},
): Fact[] {
  let from = 0;
  return figures.map((f) => {
    const column = text.indexOf(f.value_text, from);
    if (column < 0) throw new Error(`${f.value_text} is not in the sentence`);
    from = column + f.value_text.length;
    return {
      doc: "bc.txt",
      line: 1,
      column,
      value: Number(f.value_text.replace(/\./g, "").replace(",", ".")),
      unit: "",
      measure: "level",
      kind: "actual",
      period: "2024",
      indicator: { code: null, text: "" },
      area: "tỉnh Lai Châu",
      qualifier: "",
      sentence: text,
      ...over,
      ...f,
    } as Fact;
  });
}

const byText = (rows: ReturnType<typeof statusRows>, text: string) =>
  rows.filter((r) => r.indicator.text === text);

describe("pairing a result with its plan", () => {
  it("works out a plan only from the figure its '% of plan' follows, passing over its growth", () => {
    const text =
      "Sản lượng chè búp tươi ước đạt 1.250 tấn, tăng 3,2% so với năm trước, đạt 104,2% kế hoạch; diện tích chè 610 ha, đạt 99,5% kế hoạch.";
    const tea = { code: null, text: "sản lượng chè búp tươi" };
    const area = { code: null, text: "diện tích chè" };
    const rows = statusRows(
      sentence(text, [
        { value_text: "1.250", unit: "tấn", indicator: tea, kind: "estimate" },
        { value_text: "3,2", unit: "%", measure: "growth", indicator: tea, base: "2023" },
        { value_text: "104,2", unit: "%", measure: "pct_of_target", indicator: tea, base: "plan" },
        { value_text: "610", unit: "ha", indicator: area },
        { value_text: "99,5", unit: "%", measure: "pct_of_target", indicator: area, base: "plan" },
      ]),
    );
    const [output] = byText(rows, "sản lượng chè búp tươi").filter((r) => r.measure === "level");
    expect(output.result?.value_text).toBe("1.250");
    expect(output.target?.value).toBeCloseTo(1250 / 1.042, 3);
    expect(output.target && "derived" in output.target && output.target.from.value_text).toBe("104,2");
    expect([output.stated_pct_of_target, output.status]).toEqual([104.2, "exceeded"]);
    const [planted] = byText(rows, "diện tích chè");
    expect(planted.target?.value).toBeCloseTo(610 / 0.995, 3);
    expect(planted.status).toBe("not_met");
    // A growth is no result of a plan: its row has none.
    expect(byText(rows, "sản lượng chè búp tươi").find((r) => r.measure === "growth")?.target).toBeNull();
  });

  it("reads 'vượt x% kế hoạch' as 100 + x of the plan", () => {
    const text = "Kim ngạch xuất khẩu ước đạt 52 triệu USD, vượt 4% kế hoạch năm.";
    const exports = { code: "exports", text: "Kim ngạch xuất khẩu" };
    const rows = statusRows(
      sentence(text, [
        { value_text: "52", unit: "triệu USD", indicator: exports, kind: "estimate" },
        { value_text: "4", unit: "%", measure: "pct_of_target", indicator: exports, base: "plan" },
      ]),
    );
    expect(rows[0].stated_pct_of_target).toBe(104);
    expect(rows[0].target?.value).toBeCloseTo(50, 6);
    expect(rows[0].status).toBe("exceeded");
  });

  it("pairs a plan of one document with a result of another across magnitudes, not across things counted", () => {
    const tourists = { code: "tourist_arrivals", text: "khách du lịch" };
    const plan = sentence(
      "Năm 2024 phấn đấu đón 900 nghìn lượt khách du lịch.",
      [{ value_text: "900", unit: "nghìn lượt", kind: "target", indicator: tourists }],
      { doc: "kh.txt" },
    );
    const visits = sentence("Cả năm đón 1,1 triệu lượt khách du lịch.", [
      { value_text: "1,1", unit: "triệu lượt", indicator: tourists },
    ]);
    const people = sentence("Các khu điểm đón 1.050.000 người đến tham quan.", [
      { value_text: "1.050.000", unit: "người", indicator: tourists },
    ]);
    const rows = statusRows([...plan, ...visits, ...people]);
    const judged = rows.find((r) => r.target);
    expect(judged?.result?.value_text).toBe("1,1");
    expect(judged?.status).toBe("exceeded");
    expect(judged?.pct_of_target).toBeCloseTo(122.2, 1);
    // People are not visits: a row of their own, with no plan.
    expect(rows.find((r) => r.unit === "người")?.target).toBeNull();
    expect(unitBase("Nghìn lượt người")).toBe(unitBase("lượt người"));
    expect(unitBase("%/năm")).toBe(unitBase("%"));
    expect(unitBase("tỷ đồng")).toBe(unitBase("triệu đồng"));
    expect(unitBase("lượt")).not.toBe(unitBase("người"));
  });

  it("pairs two figures of one sentence only where it measures one against the other", () => {
    const pupils = { code: null, text: "học sinh" };
    // Last year's figure beside this year's: no plan.
    const lastYear = statusRows(
      sentence("Số học sinh tăng 5% so với năm học trước (8.400/8.000 học sinh).", [
        { value_text: "5", unit: "%", measure: "growth", indicator: pupils },
        { value_text: "8.400", unit: "học sinh", indicator: pupils },
        { value_text: "8.000", unit: "học sinh", indicator: pupils, kind: "target" },
      ]),
    );
    const row = lastYear.find((r) => r.target);
    expect(row?.result).toBeNull();
    expect(row?.status).toBe("no_result");
    // The plan named in the same clause: paired.
    const plan = statusRows(
      sentence("So với kế hoạch giao, số học sinh đạt 8.400/8.000 học sinh.", [
        { value_text: "8.400", unit: "học sinh", indicator: pupils },
        { value_text: "8.000", unit: "học sinh", indicator: pupils, kind: "target" },
      ]),
    );
    expect(plan[0].result?.value_text).toBe("8.400");
    expect(plan[0].status).toBe("exceeded");
  });

  it("takes no excess over a plan for a result, nor a plan named far from its figures", () => {
    const poor = { code: null, text: "số hộ thoát nghèo" };
    const excess = statusRows(
      sentence("Trong năm số hộ thoát nghèo tăng 520 hộ, vượt 210 hộ và đạt 167,7% chỉ tiêu giao.", [
        { value_text: "520", unit: "hộ", measure: "change", indicator: poor },
        { value_text: "210", unit: "hộ", indicator: poor },
        { value_text: "167,7", unit: "%", measure: "pct_of_target", indicator: poor, base: "plan" },
      ]),
    );
    expect(excess.every((r) => r.target === null)).toBe(true);
    const dated = statusRows(
      sentence(
        "Sáng 12/3, đồng chí Chủ tịch UBND huyện chủ trì phiên họp thường kỳ để cho ý kiến về dự thảo báo cáo tổng kết Nghị quyết Đại hội.",
        [
          { value_text: "12", indicator: { code: null, text: "Sáng" } },
          { value_text: "3", kind: "target", indicator: { code: null, text: "Sáng" } },
        ],
      ),
    );
    expect(dated.find((r) => r.target)?.result).toBeNull();
  });

  it("names a row by the catalogue, else by words that read as a name, else by the figure's clause", () => {
    const text =
      "Trồng rừng đạt 1.200 ha, đạt 96% kế hoạch; chăm sóc 640 ha, đạt 102% kế hoạch; thi đấu giải khu vực được 12 huy chương, đạt 120% kế hoạch.";
    const rows = statusRows(
      sentence(text, [
        { value_text: "1.200", unit: "ha", indicator: { code: "afforestation", text: "Trồng rừng" } },
        {
          value_text: "96",
          unit: "%",
          measure: "pct_of_target",
          indicator: { code: null, text: "Trồng rừng" },
        },
        { value_text: "640", unit: "ha", indicator: { code: null, text: "chăm sóc" } },
        {
          value_text: "102",
          unit: "%",
          measure: "pct_of_target",
          indicator: { code: null, text: "chăm sóc" },
        },
        { value_text: "12", unit: "huy chương", indicator: { code: null, text: "đấu giải khu vực được" } },
        {
          value_text: "120",
          unit: "%",
          measure: "pct_of_target",
          indicator: { code: null, text: "đấu giải khu vực được" },
        },
      ]),
    );
    const names = rows.map((r) => r.name);
    expect(names).toContain(indicatorByCode("afforestation")?.name_vi);
    expect(names).toContain("Chăm sóc 640 ha, đạt 102% kế hoạch");
    expect(names).toContain("Thi đấu giải khu vực được 12 huy chương, đạt 120% kế hoạch");
    // Every plan here is worked out from its own clause's "% of plan".
    for (const r of rows) expect(r.target && "derived" in r.target && r.target.line).toBe(1);
  });

  it("puts a list item's label before words that only say what is measured", () => {
    const text =
      "- Cây cà phê: Diện tích 3.100 ha, đạt 101% kế hoạch; sản lượng 4.500 tấn, đạt 97% kế hoạch.";
    const area = { code: null, text: "Diện tích" };
    const output = { code: null, text: "sản lượng" };
    const rows = statusRows(
      sentence(text, [
        { value_text: "3.100", unit: "ha", indicator: area },
        { value_text: "101", unit: "%", measure: "pct_of_target", indicator: area },
        { value_text: "4.500", unit: "tấn", indicator: output },
        { value_text: "97", unit: "%", measure: "pct_of_target", indicator: output },
      ]),
    );
    expect(rows.map((r) => [r.name, r.status]).sort()).toEqual([
      ["Cây cà phê: diện tích", "exceeded"],
      ["Cây cà phê: sản lượng", "not_met"],
    ]);
  });

  it("gives a stated plan the place of one worked out", () => {
    const budget = { code: "budget_revenue_local", text: "Thu ngân sách nhà nước trên địa bàn" };
    const plan = sentence(
      "Dự toán thu ngân sách nhà nước trên địa bàn năm 2024 là 2.100 tỷ đồng.",
      [{ value_text: "2.100", unit: "tỷ đồng", kind: "target", indicator: budget }],
      { doc: "dt.txt" },
    );
    const result = sentence(
      "Thu ngân sách nhà nước trên địa bàn đạt 2.226.000 triệu đồng, bằng 106% dự toán.",
      [
        { value_text: "2.226.000", unit: "triệu đồng", indicator: budget, kind: "estimate" },
        {
          value_text: "106",
          unit: "%",
          measure: "pct_of_target",
          indicator: budget,
          base: "budget_estimate",
        },
      ],
    );
    const [row] = statusRows([...plan, ...result]).filter((r) => r.target);
    expect(row.target && "derived" in row.target).toBe(false);
    expect(row.target?.value_text).toBe("2.100");
    expect(row.stated_pct_of_target).toBe(106);
    expect(row.pct_of_target).toBeCloseTo(106, 6);
    expect(row.name).toBe("Thu ngân sách nhà nước trên địa bàn");
  });
});

// --- the corpus ------------------------------------------------------------------------

const root = fileURLToPath(new URL("..", import.meta.url));
const corpus = join(root, "..", "shared", "corpus");
const present = existsSync(corpus);
if (!present) console.warn(`SKIPPED: the 2023 status bars need the shared corpus at ${corpus}`);

describe.skipIf(!present)("2023 on ../shared/corpus, tỉnh Điện Biên", () => {
  let facts: Fact[] = [];
  beforeAll(async () => {
    const docs: { order: string; facts: Fact[] }[] = [];
    for (const name of readdirSync(corpus)
      .filter((f) => f.endsWith(".txt"))
      .sort()) {
      const r = await extractFile(join(corpus, name));
      docs.push({ order: r.document?.date ?? r.document?.period ?? "", facts: r.facts });
    }
    facts = docs.sort((a, b) => a.order.localeCompare(b.order)).flatMap((d) => d.facts);
  });

  it("sets each of the report's results against its plan, as checked by hand", () => {
    const rows = statusRows(facts, { period: "2023", area: "tỉnh Điện Biên" });
    for (const [code, result, pct, status, line] of STATUS_2023) {
      const row = rows.find((r) => r.indicator.code === code && r.target && r.result);
      expect(
        [code, row?.result?.value_text, row?.result?.line, row?.stated_pct_of_target, row?.status],
        code,
      ).toEqual([code, result, line, pct, status]);
      expect(row?.result?.doc.startsWith("001")).toBe(true);
      const target = row?.target;
      if (pct !== null) {
        // Worked out from the "% of plan" written beside the result.
        expect(target && "derived" in target && target.line).toBe(line);
        expect(row?.pct_of_target).toBeCloseTo(pct, 1);
      }
    }
    const grdp = rows.find((r) => r.indicator.code === "grdp_growth" && r.target);
    expect([grdp?.target?.doc.slice(0, 3), grdp?.target?.value_text]).toEqual(["000", "10,0"]);
    const catalogued = rows.filter((r) => r.indicator.code && r.target && r.result);
    expect(catalogued.length).toBeGreaterThanOrEqual(STATUS_2023.length);
  });

  it("pairs no figures of different units and names no row by a fragment, in any period", () => {
    for (const period of ["2020", "2023", "2023-S1", "2024", "2025", undefined]) {
      for (const r of statusRows(facts, { period })) {
        if (r.target && r.result && !("derived" in r.target))
          expect(unitBase(r.target.unit), `${r.name}: ${r.target.unit} / ${r.result.unit}`).toBe(
            unitBase(r.result.unit),
          );
        const catalogueName =
          r.indicator.code && r.name.startsWith(indicatorByCode(r.indicator.code)?.name_vi ?? "-");
        if (!catalogueName) expect(r.name.split(/\s+/).length, r.name).toBeGreaterThanOrEqual(2);
      }
    }
  });
});
