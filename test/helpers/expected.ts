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

/**
 * 001's results for 2023 against the year's plan (tỉnh Điện Biên), each checked by hand against
 * the report's line: code, the result as written, the "% of plan" the report states beside it
 * (a "vượt x%" read as 100 + x), the status, and the line. Only GRDP growth has its plan
 * written, in 000 (the six-month report: "tối thiểu 10,0%"); every other plan is the result
 * divided by its stated "% of plan".
 */
export const STATUS_2023: [string, string, number | null, string, number][] = [
  ["grdp_growth", "7,86", null, "not_met", 19],
  ["grdp_per_capita", "43,09", 93.91, "not_met", 21],
  ["food_output", "285.519", 101.34, "exceeded", 29],
  ["livestock_herd", "562.129", 100.81, "exceeded", 53],
  ["buffalo_herd", "139.116", 100.17, "exceeded", 53],
  ["cattle_herd", "101.937", 101.05, "exceeded", 53],
  ["pig_herd", "321.076", 101.01, "exceeded", 53],
  ["poultry_flock", "4.817", 99.92, "not_met", 53],
  ["aquaculture_area", "2.761,58", 100.14, "exceeded", 55],
  ["fishery_output", "4.737,52", 100.14, "exceeded", 55],
  ["afforestation", "505,42", 121.79, "exceeded", 59],
  ["industrial_output", "3.447,58", 98.76, "not_met", 87],
  // "vượt 4,41% kế hoạch năm"
  ["retail_sales", "21.925,28", 104.41, "exceeded", 99],
  ["tourist_arrivals", "1", 107.35, "exceeded", 101],
  ["international_tourists", "7.500", 75, "not_met", 101],
  ["tourism_revenue", "1.750", 109.37, "exceeded", 101],
  // "vượt 48,77% kế hoạch", "vượt 43,96% kế hoạch"
  ["passenger_traffic", "459,61", 148.77, "exceeded", 103],
  ["freight_traffic", "359,55", 143.96, "exceeded", 103],
  ["post_telecom_revenue", "897.72", 94.7, "not_met", 105],
  ["trade_turnover", "129,33", 107.78, "exceeded", 113],
  ["exports", "104,33", 130.41, "exceeded", 113],
  ["imports", "25", 62.5, "not_met", 113],
  ["total_investment", "18.330", 91.01, "not_met", 117],
  ["budget_revenue_total", "13.805,469", 96.73, "not_met", 119],
  ["budget_revenue_local", "1.640,421", 67.23, "not_met", 119],
  ["budget_expenditure", "13.657,997", 95.24, "not_met", 119],
  ["budget_expenditure_recurrent", "9.026,38", 103.99, "exceeded", 119],
  ["budget_expenditure_investment", "4.626,35", 87.8, "not_met", 119],
  ["new_enterprises", "120", 100, "met", 127],
  ["new_cooperatives", "29", 131.82, "exceeded", 129],
  ["vocational_training", "9.137", 110.08, "exceeded", 233],
  // "vượt 24,27% kế hoạch"
  ["new_jobs", "11.309", 124.27, "exceeded", 233],
  ["social_insurance_compulsory", "42.184", 83.44, "not_met", 249],
  ["social_insurance_voluntary", "324.469", 105, "exceeded", 249],
  // "vượt 3,91% so với kế hoạch"
  ["health_insurance_participants", "621.653", 103.91, "exceeded", 249],
  // Against the plan of the People's Committee (101,63%), not the Council's (113,03%).
  ["drug_rehabilitation", "1.119", 101.63, "exceeded", 261],
];
