/**
 * The indicator catalogue (data/indicators.csv): read and checked at start, every code the code
 * and the tests use is in it, and indicators are linked from what a figure measures — with or
 * without diacritics, its growth and its "% of plan" to the indicator itself, a sector's share
 * only where the sentence speaks of the economy's structure.
 *
 * Runs on the built library (`npm run build` first; `npm test` does it).
 */

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { INDICATORS, parseCatalogue } from "../dist/catalogue/indicators.js";
import { indicatorByCode, linkIndicator, seriesCode } from "../dist/catalogue/link.js";
import { MEASURES } from "../dist/facts/types.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const HEADER = "code,name_vi,name_en,unit,direction,sector,aliases,measures,parent,context";

describe("the catalogue file", () => {
  it("holds the province's indicators of every field, each whole", () => {
    expect(INDICATORS.length).toBeGreaterThanOrEqual(150);
    const sectors = new Set(INDICATORS.map((i) => i.sector));
    for (const s of [
      "kinh tế",
      "tài chính",
      "nông nghiệp",
      "công nghiệp",
      "thương mại",
      "du lịch",
      "đầu tư",
      "xã hội",
      "lao động",
      "giáo dục",
      "y tế",
      "văn hóa",
      "môi trường",
      "hạ tầng",
      "xây dựng Đảng",
      "quốc phòng - an ninh",
    ])
      expect(sectors, s).toContain(s);
    const codes = new Set(INDICATORS.map((i) => i.code));
    expect(codes.size).toBe(INDICATORS.length);
    for (const i of INDICATORS) {
      expect(i.name_vi && i.name_en && i.aliases.length, i.code).toBeTruthy();
      expect(
        i.measures.every((m) => (MEASURES as readonly string[]).includes(m)),
        i.code,
      ).toBe(true);
      if (i.parent) expect(codes.has(i.parent), `${i.code} → ${i.parent}`).toBe(true);
    }
    // Parts of a whole: GRDP by sector, revenue by source, trade by direction.
    expect(indicatorByCode("va_services")?.parent).toBe("grdp");
    expect(indicatorByCode("budget_revenue_land")?.parent).toBe("budget_revenue_domestic");
    expect(indicatorByCode("exports")?.parent).toBe("trade_turnover");
  });

  it("names every sector of the catalogue in the web app's English", () => {
    const i18n = readFileSync(join(root, "src", "web", "src", "i18n.ts"), "utf8");
    const table = i18n.slice(i18n.indexOf("const SECTORS_EN"));
    for (const s of new Set(INDICATORS.map((i) => i.sector))) expect(table, s).toContain(`"${s}":`);
  });

  it("refuses a file that does not hold, saying the line and the field", () => {
    const row = (fields: string) => `${HEADER}\n${fields}\n`;
    const good = "x_rate,Tỷ lệ x,X rate,%,up,xã hội,tỷ lệ x|tỷ lệ x{tỉnh},share,,";
    expect(parseCatalogue(row(good))[0]).toMatchObject({
      code: "x_rate",
      aliases: ["tỷ lệ x", "tỷ lệ x{tỉnh}"],
    });
    expect(() => parseCatalogue("code,name_vi\nx,y\n")).toThrow(/missing columns/);
    expect(() => parseCatalogue(row(good.replace(",up,", ",higher,")))).toThrow(/line 2: direction/);
    expect(() => parseCatalogue(row(good.replace(",share,", ",ratio,")))).toThrow(/line 2: measures/);
    expect(() => parseCatalogue(row(good.replace("x_rate", "X Rate")))).toThrow(/line 2: code/);
    expect(() => parseCatalogue(`${HEADER}\n${good}\n${good}\n`)).toThrow(/line 3: code x_rate twice/);
    expect(() => parseCatalogue(row(good.replace(",share,,", ",share,nowhere,")))).toThrow(/parent nowhere/);
  });

  it("knows every indicator code the code and the tests use", () => {
    // Snake-case strings that are not indicator codes: fields, statuses, enums, rule ids.
    const NOT_CODES = new Set([
      ...MEASURES,
      "not_met",
      "no_target",
      "no_result",
      "budget_estimate",
      "same_period_last_year",
      "against_plan",
      "stated_ratio",
      "parts_total",
      "growth_levels",
      "conflicting_values",
      "unreported_target",
      "document_id",
      "value_text",
      "value_max",
      "indicator_text",
      "indicator_code",
      "name_vi",
      "name_en",
      "why_period",
      "why_kind",
      "raw_text",
      "line_end",
      "valid_to",
      "valid_from",
      "user_name",
      "password_hash",
      "review_state",
      "fact_id",
      "expires_at",
      "created_at",
      "content_hash",
      "solieu_session",
      "solieu_migrations",
      "solieu_test",
      "indicator_folded",
      "unrecognized_keys",
      "question_ascii",
      "khong_co",
      "code_target",
      "code_forecast",
      // Programs and a pragma named by the backup code and the PostgreSQL tests.
      "quick_check",
      "pg_dump",
      "pg_restore",
      "pg_lsclusters",
      "pg_ctlcluster",
      "pg_isready",
      // A test's code that is deliberately not in the catalogue.
      "no_such_code",
    ]);
    const codes = new Set(INDICATORS.map((i) => i.code));
    // An export's series of a code: "total_investment_growth", "grdp_growth_target".
    const series = (s: string) =>
      [...codes].some(
        (c) =>
          s.startsWith(`${c}_`) &&
          /^(?:target|forecast|[a-z_]+)$/.test(s.slice(c.length + 1)) &&
          ([...MEASURES, "target", "forecast"] as string[]).includes(s.slice(c.length + 1)),
      );
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => {
        const p = join(dir, n);
        return statSync(p).isDirectory() ? files(p) : /\.(?:ts|tsx|mjs)$/.test(n) ? [p] : [];
      });
    const unknown = new Set<string>();
    // This file's own codes are checked by what it links them to.
    const self = fileURLToPath(import.meta.url);
    const sources = [
      ...files(join(root, "src")),
      ...files(join(root, "test")),
      ...files(join(root, "scripts")),
    ];
    for (const file of sources.filter((f) => f !== self)) {
      const text = readFileSync(file, "utf8");
      // Any snake_case string, and any word given as a code: { code: "x", text }, indicator.code
      // === "x", indicator: "x", --indicator x, indicatorByCode("x").
      const found = [
        ...text.matchAll(/["'`]([a-z][a-z0-9]*(?:_[a-z0-9]+)+)["'`:]/g),
        ...text.matchAll(/\bcode:\s*"([a-z][a-z0-9_]*)",\s*text:/g),
        ...text.matchAll(/(?<!typeof [\w.]*)indicator\.code\s*===\s*"([a-z][a-z0-9_]*)"/g),
        ...text.matchAll(/\bindicator(?:Code)?:\s*"([a-z][a-z0-9_]*)"/g),
        ...text.matchAll(/--indicator[",\s]+"?([a-z][a-z0-9_]*)/g),
        ...text.matchAll(/indicatorByCode\("([a-z][a-z0-9_]*)"\)/g),
      ].map((m) => m[1]);
      for (const s of found)
        if (!codes.has(s) && !NOT_CODES.has(s) && !series(s))
          unknown.add(`${s} (${file.slice(root.length)})`);
    }
    expect([...unknown]).toEqual([]);
  });
});

describe("linking a figure to its indicator", () => {
  const S =
    "Năm 2024, tổng vốn đầu tư toàn xã hội trên địa bàn ước đạt 9.100 tỷ đồng, tăng 8% so với năm trước.";

  it("reads the indicator with or without diacritics", () => {
    expect(linkIndicator("tổng vốn đầu tư toàn xã hội trên địa bàn", "level", S)).toBe("total_investment");
    expect(linkIndicator("tong von dau tu toan xa hoi tren dia ban", "level", S)).toBe("total_investment");
    expect(linkIndicator("TỶ LỆ HỘ NGHÈO", "share", "TỶ LỆ HỘ NGHÈO CÒN 12%")).toBe("poverty_rate");
  });

  it("gives a growth, a change and a '% of plan' the code of the indicator they are said of", () => {
    expect(linkIndicator("tổng vốn đầu tư toàn xã hội trên địa bàn", "growth", S)).toBe("total_investment");
    expect(
      linkIndicator(
        "kim ngạch xuất khẩu",
        "pct_of_target",
        "Kim ngạch xuất khẩu đạt 61 triệu USD, bằng 92% kế hoạch.",
      ),
    ).toBe("exports");
    expect(
      linkIndicator(
        "tỷ lệ che phủ rừng",
        "change",
        "Tỷ lệ che phủ rừng đạt 47,2%, tăng 0,4% so với năm trước.",
      ),
    ).toBe("forest_cover");
    // …unless the catalogue has a code for that measure: GRDP's growth is grdp_growth.
    const g = "Tổng sản phẩm trên địa bàn năm 2024 ước đạt 21.300 tỷ đồng, tăng 6,9%.";
    expect(linkIndicator("tổng sản phẩm trên địa bàn", "level", g)).toBe("grdp");
    expect(linkIndicator("tổng sản phẩm trên địa bàn", "growth", g)).toBe("grdp_growth");
    // A rank is no growth of anything: only an indicator that is a rank takes it.
    expect(linkIndicator("tổng vốn đầu tư toàn xã hội", "rank", S)).toBeNull();
  });

  it("takes a sector's share only where the sentence speaks of the economy's structure", () => {
    const structure = "Cơ cấu kinh tế: dịch vụ chiếm 48,1%, công nghiệp - xây dựng chiếm 30,2%.";
    expect(linkIndicator("dịch vụ", "share", structure)).toBe("grdp_share_services");
    expect(linkIndicator("công nghiệp - xây dựng", "share", structure)).toBe("grdp_share_industry");
    expect(linkIndicator("dịch vụ", "share", "Các hộ làm dịch vụ được 35% số vốn vay.")).toBeNull();
    // The growth of a sector in a sentence about GRDP is its value added's.
    const growth = "GRDP tăng 6,1%, trong đó khu vực dịch vụ tăng 7,3%.";
    expect(linkIndicator("khu vực dịch vụ", "growth", growth)).toBe("va_services");
  });

  it("prefers the longer name, and the more particular of two as long", () => {
    expect(linkIndicator("khách du lịch quốc tế", "level", "Đón 4.200 lượt khách du lịch quốc tế.")).toBe(
      "international_tourists",
    );
    const coop = "Trong năm có 14 hợp tác xã thành lập mới, đạt 116% kế hoạch.";
    expect(linkIndicator("thành lập mới", "level", coop)).toBe("new_cooperatives");
    expect(linkIndicator("thành lập mới", "level", "Có 95 doanh nghiệp thành lập mới.")).toBe(
      "new_enterprises",
    );
  });

  it("reads a subject cut at a comma as the longer name it was cut from, only where it is never alone", () => {
    const whole = "Tổng kim ngạch xuất, nhập khẩu năm 2024 ước đạt 75 triệu USD.";
    expect(linkIndicator("nhập khẩu", "level", whole)).toBe("trade_turnover");
    const part = "Tổng kim ngạch xuất, nhập khẩu đạt 75 triệu USD, trong đó nhập khẩu 20 triệu USD.";
    expect(linkIndicator("nhập khẩu", "level", part)).toBe("imports");
    // A bracket left open names the figure: "(BHXH tự nguyện 5.100 người".
    const open = "Các chính sách an sinh được bảo đảm (BHXH tự nguyện 5.100 người, tăng 3%).";
    expect(linkIndicator("Các chính sách an sinh được bảo đảm (BHXH tự nguyện", "level", open)).toBe(
      "social_insurance_voluntary",
    );
  });

  it("leaves a name inside the name of a place, and what is no indicator", () => {
    const s = "Trong đó: tại Trung tâm Cai nghiện ma túy tỉnh 412 người.";
    expect(linkIndicator("tại Trung tâm Cai nghiện ma túy tỉnh", "level", s)).toBeNull();
    expect(
      linkIndicator("tổ chức cai nghiện ma túy", "level", "Đã tổ chức cai nghiện ma túy cho 980 người."),
    ).toBe("drug_rehabilitation");
    expect(linkIndicator("số cuộc họp", "level", "Tổ chức 12 cuộc họp.")).toBeNull();
  });

  it("names an export's series by the indicator and, for another measure, the measure", () => {
    expect(seriesCode("total_investment", "level")).toBe("total_investment");
    expect(seriesCode("total_investment", "growth")).toBe("total_investment_growth");
    expect(seriesCode("grdp_per_capita", "level")).toBe("grdp_per_capita");
    expect(seriesCode("grdp_growth", "multiple")).toBe("grdp_growth");
    expect(seriesCode("exports", "pct_of_target")).toBe("exports_pct_of_target");
  });
});
