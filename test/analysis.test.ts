/**
 * Plan against result and consistency findings: the rules on small hand-made facts, then the
 * bars of the issue on the shared corpus (skipped with a message where it is absent).
 *
 * Runs on the built library (`npm run build` first; `npm test` does it).
 */

import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { checkFacts, extractFile, type Fact, statusRows } from "../dist/index.js";
import { ANNEX_2020, findingKey, REVIEWED_FINDINGS, TARGETS_2024 } from "./helpers/expected.js";

function fact(over: Partial<Fact> & Pick<Fact, "value_text" | "value">): Fact {
  return {
    doc: "a.txt",
    line: 1,
    column: 0,
    unit: "%",
    measure: "share",
    kind: "actual",
    period: "2020",
    indicator: { code: null, text: "tỷ lệ trường đạt chuẩn quốc gia" },
    area: "tỉnh Điện Biên",
    qualifier: "",
    sentence: "",
    ...over,
  };
}

describe("status", () => {
  const pair = (
    target: Partial<Fact> & Pick<Fact, "value_text" | "value">,
    result: typeof target,
    code: string | null = null,
  ) =>
    statusRows([
      fact({
        ...target,
        kind: "target",
        line: 1,
        indicator: { code, text: target.indicator?.text ?? "chỉ tiêu x" },
      }),
      fact({
        ...result,
        kind: "actual",
        line: 2,
        indicator: { code, text: result.indicator?.text ?? "chỉ tiêu x" },
      }),
    ]);

  it("judges higher-is-better rows at the precision written", () => {
    expect(pair({ value_text: "60", value: 60 }, { value_text: "69,9", value: 69.9 })[0].status).toBe(
      "exceeded",
    );
    expect(pair({ value_text: "70,00", value: 70 }, { value_text: "70", value: 70 })[0].status).toBe("met");
    expect(pair({ value_text: "98", value: 98 }, { value_text: "92", value: 92 })[0].status).toBe("not_met");
    // Not rounded up to the target's precision.
    expect(pair({ value_text: "8", value: 8 }, { value_text: "7,5", value: 7.5 })[0].status).toBe("not_met");
    const row = pair({ value_text: "60", value: 60 }, { value_text: "69,9", value: 69.9 })[0];
    expect(row.pct_of_target).toBeCloseTo(116.5, 1);
  });

  it("turns the comparison round for lower-is-better indicators", () => {
    const poverty = pair(
      { value_text: "33", value: 33 },
      { value_text: "30,67", value: 30.67 },
      "poverty_rate",
    )[0];
    expect(poverty.direction).toBe("down");
    expect(poverty.status).toBe("exceeded");
    const stunting = pair(
      { value_text: "10", value: 10, indicator: { code: null, text: "Tỷ lệ trẻ em suy dinh dưỡng" } },
      { value_text: "16", value: 16, indicator: { code: null, text: "Tỷ lệ trẻ em suy dinh dưỡng" } },
    )[0];
    expect(stunting.status).toBe("not_met");
  });

  it("honours ranges and bounds", () => {
    const range = {
      value_text: "8.000-8.500",
      value: 8000,
      value_max: 8500,
      unit: "lao động",
      measure: "level" as const,
    };
    const inside = { value_text: "8.130", value: 8130, unit: "lao động", measure: "level" as const };
    const above = { value_text: "9.006", value: 9006, unit: "lao động", measure: "level" as const };
    expect(pair(range, inside)[0].status).toBe("met");
    expect(pair(range, above)[0].status).toBe("exceeded");
    // "dưới 16%" is a ceiling: lower is better whatever the indicator.
    const ceiling = pair({ value_text: "16", value: 16, qualifier: "<" }, { value_text: "12", value: 12 })[0];
    expect(ceiling.status).toBe("exceeded");
    // Equal to "trên 98%" is not beyond it.
    expect(
      pair({ value_text: "98", value: 98, qualifier: ">" }, { value_text: "98", value: 98 })[0].status,
    ).toBe("not_met");
  });

  it("compares amounts across magnitudes and refuses unlike units", () => {
    const scaled = pair(
      { value_text: "1.200", value: 1200, unit: "tỷ đồng", measure: "level" },
      { value_text: "1.249.940", value: 1249940, unit: "triệu đồng", measure: "level" },
    )[0];
    expect(scaled.status).toBe("exceeded");
    expect(scaled.pct_of_target).toBeCloseTo(104.16, 1);
  });

  it("says no_result for a target without a result, and derives a plan from 'đạt x% kế hoạch'", () => {
    const PAID_OUT = "Giải ngân vốn đến cuối năm được 2.305.129 triệu đồng, mới đạt 49,85% kế hoạch.";
    const rows = statusRows([
      fact({
        value_text: "282.918",
        value: 282918,
        unit: "tấn",
        measure: "level",
        kind: "target",
        period: "2024",
      }),
      fact({
        value_text: "2.305.129",
        value: 2305129,
        unit: "triệu đồng",
        measure: "level",
        line: 5,
        indicator: { code: null, text: "giải ngân vốn" },
        sentence: PAID_OUT,
      }),
      // The sentence says the "% of plan" is that figure's: it follows it.
      fact({
        value_text: "49,85",
        value: 49.85,
        measure: "pct_of_target",
        line: 5,
        column: 60,
        indicator: { code: null, text: "giải ngân vốn" },
        sentence: PAID_OUT,
      }),
    ]);
    const plan = rows.find((r) => r.period === "2024");
    expect(plan?.status).toBe("no_result");
    const derived = rows.find((r) => r.indicator.text === "giải ngân vốn");
    expect(derived?.target && "derived" in derived.target).toBe(true);
    expect(derived?.target?.value).toBeCloseTo(2305129 / 0.4985, 0);
    expect(derived?.stated_pct_of_target).toBe(49.85);
    // Half of the plan is not the plan.
    expect(derived?.status).toBe("not_met");
    expect(derived?.pct_of_target).toBeCloseTo(49.85, 2);
  });

  it("meets a term's target with the results written for its last year", () => {
    const rows = statusRows(
      [
        fact({
          value_text: "44,5",
          value: 44.5,
          kind: "target",
          period: "2021/2025",
          indicator: { code: "forest_cover", text: "che phủ rừng" },
        }),
        fact({
          value_text: "45,1",
          value: 45.1,
          line: 9,
          period: "2025",
          indicator: { code: "forest_cover", text: "che phủ rừng" },
        }),
      ],
      { period: "2025" },
    );
    const term = rows.find((r) => r.period === "2021/2025");
    expect(term?.result?.value).toBe(45.1);
    expect(term?.status).toBe("exceeded");
  });
});

describe("checks", () => {
  it("flags a stated percentage that its fraction does not give, and passes one that it does", () => {
    const sentence = "có 18/18 = 100% người đạt, trong đó 15/18 = 72% người có phiếu cao";
    const facts = [
      fact({
        value_text: "18/18",
        value: 18,
        total: 18,
        measure: "count_of_total",
        unit: "người",
        column: 4,
        sentence,
      }),
      fact({ value_text: "100", value: 100, column: 12, sentence }),
      fact({
        value_text: "15/18",
        value: 15,
        total: 18,
        measure: "count_of_total",
        unit: "người",
        column: 36,
        sentence,
      }),
      fact({ value_text: "72", value: 72, column: 44, sentence }),
    ];
    const found = checkFacts(facts);
    expect(found).toHaveLength(1);
    expect(found[0].type).toBe("stated_ratio");
    expect(found[0].message).toContain("83,33");
    expect(found[0].facts.map((f) => f.value_text)).toEqual(["15/18", "72"]);
  });

  it("checks a share against the total it names", () => {
    const sentence =
      "Cấp tỉnh, tổng số 49 tập thể; kết quả, 11 tập thể HTXSNV (đạt 24,4%); 38 tập thể HTTNV (đạt 77,6%).";
    const at = (t: string) => sentence.indexOf(t);
    const facts = [
      fact({ value_text: "49", value: 49, unit: "tập thể", measure: "level", column: at("49"), sentence }),
      fact({ value_text: "11", value: 11, unit: "tập thể", measure: "level", column: at("11"), sentence }),
      fact({ value_text: "24,4", value: 24.4, column: at("24,4"), sentence }),
      fact({ value_text: "38", value: 38, unit: "tập thể", measure: "level", column: at("38"), sentence }),
      fact({ value_text: "77,6", value: 77.6, column: at("77,6"), sentence }),
    ];
    const found = checkFacts(facts);
    expect(found.map((f) => f.facts.map((x) => x.value_text))).toEqual([["49", "11", "24,4"]]);
  });

  it("flags one figure stated twice with two values, and not a rounding of it", () => {
    const grad = (line: number, value_text: string) =>
      fact({
        line,
        value_text,
        value: Number(value_text.replace(",", ".")),
        indicator: { code: null, text: "tỷ lệ đỗ tốt nghiệp THPT năm học" },
        sentence: `s${line}`,
      });
    expect(checkFacts([grad(297, "99,81"), grad(469, "99,51")]).map((f) => f.type)).toEqual([
      "conflicting_values",
    ]);
    const output = (line: number, value_text: string, value: number) =>
      fact({
        line,
        value_text,
        value,
        unit: "tỷ đồng",
        measure: "level",
        indicator: { code: "industrial_output", text: "Giá trị sản xuất công nghiệp" },
        sentence: `s${line}`,
      });
    expect(checkFacts([output(10, "1.924", 1924), output(90, "1.924,6", 1924.6)])).toEqual([]);
    expect(checkFacts([output(10, "3.250", 3250), output(90, "3.400,0", 3400)])).toHaveLength(1);
    // Neighbouring lines of one list reuse a subject for different things.
    expect(checkFacts([grad(10, "99,81"), grad(12, "99,51")])).toEqual([]);
  });

  it("adds up shares of the economy and checks a growth against its two levels", () => {
    const share = (code: string, value_text: string) =>
      fact({
        value_text,
        value: Number(value_text.replace(",", ".")),
        indicator: { code, text: code },
        sentence: code,
      });
    const sectors = [
      share("grdp_share_agriculture", "20,5"),
      share("grdp_share_industry", "30,2"),
      share("grdp_share_services", "52,1"),
    ];
    expect(checkFacts(sectors).map((f) => f.type)).toEqual(["parts_total"]);
    const fine = [
      share("grdp_share_agriculture", "18,22"),
      share("grdp_share_industry", "22,65"),
      share("grdp_share_services", "54,19"),
      share("grdp_share_taxes", "4,94"),
    ];
    expect(checkFacts(fine)).toEqual([]);

    const food = { code: "food_output", text: "sản lượng lương thực" };
    const level = (period: string, value_text: string, value: number) =>
      fact({ period, value_text, value, unit: "tấn", measure: "level", indicator: food, sentence: period });
    const growth = (value_text: string) =>
      fact({
        period: "2023",
        base: "2022",
        value_text,
        value: Number(value_text.replace(",", ".")),
        measure: "growth",
        indicator: food,
        sentence: "g",
      });
    expect(
      checkFacts([level("2022", "270.000", 270000), level("2023", "285.519", 285519), growth("5,75")]),
    ).toEqual([]);
    const wrong = checkFacts([
      level("2022", "270.000", 270000),
      level("2023", "285.519", 285519),
      growth("8,2"),
    ]);
    expect(wrong.map((f) => f.type)).toEqual(["growth_levels"]);
  });

  it("counts a term's target as reported on by a result for the term's last year", () => {
    // Enough results for the area and the term that a target without one is worth a finding.
    const others = Array.from({ length: 20 }, (_, i) =>
      fact({ value_text: String(i + 1), value: i + 1, period: "2020/2025", line: i + 2, sentence: `r${i}` }),
    );
    const canals = { code: "solid_canals", text: "tỷ lệ kênh mương được kiên cố hóa" };
    const target = fact({
      value_text: "35",
      value: 35,
      kind: "target",
      period: "2020/2025",
      indicator: canals,
    });
    const result = fact({ value_text: "48", value: 48, kind: "estimate", period: "2025", indicator: canals });
    expect(checkFacts([...others, target, result]).map((f) => f.type)).toEqual([]);
    expect(checkFacts([...others, target]).map((f) => f.type)).toEqual(["unreported_target"]);
  });
});

// --- the corpus ------------------------------------------------------------------------

const root = fileURLToPath(new URL("..", import.meta.url));
const corpus = join(root, "..", "shared", "corpus");
const present = existsSync(corpus);
if (!present) console.warn(`SKIPPED: status and check bars need the shared corpus at ${corpus}`);

describe.skipIf(!present)("status and checks on ../shared/corpus", () => {
  let facts: Fact[] = [];
  beforeAll(async () => {
    const docs: { order: string; facts: Fact[] }[] = [];
    for (const name of readdirSync(corpus)
      .filter((f) => f.endsWith(".txt"))
      .sort()) {
      const r = await extractFile(join(corpus, name));
      // Oldest document first, as the store gives them.
      docs.push({ order: r.document?.date ?? r.document?.period ?? "", facts: r.facts });
    }
    facts = docs.sort((a, b) => a.order.localeCompare(b.order)).flatMap((d) => d.facts);
  });

  it("gives 004's annex rows for 2020 the status their numbers imply", () => {
    const rows = statusRows(facts, { period: "2020", area: "tỉnh Điện Biên" });
    const byCode = (code: string) => rows.find((r) => r.indicator.code === code && r.target && r.result);
    const expected = ANNEX_2020;
    for (const [code, target, result, status] of expected) {
      const row = byCode(code);
      expect(row, code).toBeDefined();
      expect([code, row?.target?.value_text, row?.result?.value_text, row?.status]).toEqual([
        code,
        target,
        result,
        status,
      ]);
      expect(row?.result?.doc.startsWith("004")).toBe(true);
    }
  });

  it("lists 001's 2024 targets as no_result without figures of huyện Điện Biên", () => {
    const rows = statusRows(facts, { period: "2024", area: "tỉnh Điện Biên" });
    expect(rows.every((r) => r.area === "tỉnh Điện Biên")).toBe(true);
    const expected = TARGETS_2024;
    for (const [code, target] of expected) {
      const row = rows.find((r) => r.indicator.code === code && r.target?.value_text === target);
      expect(row, `${code} ${target}`).toBeDefined();
      expect(row?.status).toBe("no_result");
      expect(row?.target?.doc.startsWith("001")).toBe(true);
    }
  });

  it("reports the findings reviewed by hand, each once, and no others", () => {
    const found = checkFacts(facts);
    expect(found.map(findingKey).sort()).toEqual([...REVIEWED_FINDINGS].sort());
    const perDoc = new Map<string, number>();
    for (const f of found) perDoc.set(f.facts[0].doc, (perDoc.get(f.facts[0].doc) ?? 0) + 1);
    for (const n of perDoc.values()) expect(n).toBeLessThanOrEqual(30);
  });
});
