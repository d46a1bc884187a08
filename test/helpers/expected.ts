/**
 * What the issue's bars expect of the shared corpus, shared by the library and store tests.
 * Every entry was checked by hand against the report lines it cites.
 */

/** 004's annex for 2020 (tỉnh Điện Biên): code, target, result and the status they imply. */
export const ANNEX_2020: [string, string, string, string][] = [
  // code, target, result, status
  ["poverty_rate", "33", "30,67", "exceeded"],
  ["child_malnutrition", "10,0", "16,0", "not_met"],
  ["budget_revenue_local", "1.200,0", "1.249,94", "exceeded"],
  ["budget_revenue_total", "12.000,0", "12.199,3", "exceeded"],
  ["commune_health_standard", "80,0", "80,6", "exceeded"],
  ["cultural_households", "70,00", "70,00", "met"],
  ["doctors_per_10k", "11,00", "12,33", "exceeded"],
  ["electricity_access", "98", "92", "not_met"],
  ["exports", "55,0", "57,0", "exceeded"],
  ["imports", "45,0", "45,0", "met"],
  ["food_output", "260,00", "270,52", "exceeded"],
  ["forest_cover", "42", "42,50", "exceeded"],
  ["grdp_growth", "6,80", "6,83", "exceeded"],
  ["grdp_per_capita", "38-40", "38,25", "met"],
  ["industrial_output", "5.042,0", "3.400,0", "not_met"],
  ["new_jobs", "8.000-8.500", "9.006", "exceeded"],
  ["population_growth", "1,63", "1,77", "not_met"],
  ["schools_national_standard", "60", "69,9", "exceeded"],
  ["total_investment", "50.000-55.000", "50.276,99", "met"],
  ["tourism_revenue", "1.500,0", "1.500,0", "met"],
  ["tourist_arrivals", "870,00", "910,00", "exceeded"],
  ["trained_labour_share", "58,6", "57", "not_met"],
];

/** 001's targets for 2024 (tỉnh Điện Biên), none reported on yet. */
export const TARGETS_2024: [string, string][] = [
  ["grdp_growth", "10,5"],
  ["grdp_per_capita", "49,05"],
  ["poverty_rate", "22,03"],
  ["forest_cover", "44,5"],
  ["food_output", "282.918"],
  ["total_investment", "20.951"],
];

/** Every consistency finding over the four reports, as "type doc:Lline:value …". */
export const REVIEWED_FINDINGS: string[] = [
  // 11 of 49 collectives is 22,4 %, written 24,4 %.
  "stated_ratio 000:L720:49 000:L720:11 000:L720:24,4",
  // 2.305.129 of 4.704.465 triệu đồng is 49,0 %, written 49,85 % of plan.
  "stated_ratio 001:L155:4.704.465/4.704.465 001:L155:2.305.129 001:L155:49,85",
  // 5.087,56/14.762,74 ha is 34,46 %; 34,58 % is of another total (14.709,89 ha).
  "stated_ratio 003:L139:5.087,56/14.762,74 003:L139:34,58",
  // 15/18 is 83,3 %, written 72 %.
  "stated_ratio 003:L483:15/18 003:L483:72",
  // Upper-secondary graduation 2023: 99,81 % in one place, 99,51 % in another.
  "conflicting_values 001:L297:99,81 001:L469:99,51",
  // Industrial output 2020: 3.250 tỷ đồng in the text, 3.400,0 in the annex.
  "conflicting_values 004:L90:3.250 004:L1117:3.400,0",
  // Population growth over 2016-2020: 1,73 %/year in the text, 1,77 in the annex.
  "conflicting_values 004:L145:1,73 004:L1315:1,77",
  // Commune health stations built this term: 12 in one place, 11 in another.
  "conflicting_values 003:L109:12 003:L199:11",
  // The annex's party-admission target for 2016-2020 has no result anywhere.
  "unreported_target 004:L2293:2.000",
];

export const findingKey = (f: { type: string; facts: { doc: string; line: number; value_text: string }[] }) =>
  `${f.type} ${f.facts.map((x) => `${x.doc.slice(0, 3)}:L${x.line}:${x.value_text}`).join(" ")}`;
