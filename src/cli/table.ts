import type { Fact } from "../facts/types.js";

/** The human table of `extract`: Vietnamese column names, one fact a line. */
export const TABLE_HEADER = ["Dòng", "Giá trị", "Đơn vị", "Loại số", "Loại", "Kỳ", "Chỉ tiêu"].join("\t");

const MEASURE_VI: Record<string, string> = {
  level: "mức",
  growth: "tăng trưởng",
  change: "thay đổi",
  share: "tỷ lệ",
  pct_of_target: "% kế hoạch",
  count_of_total: "x/tổng",
  rank: "xếp hạng",
  rate: "bình quân",
  multiple: "lần",
  score: "điểm",
};
const KIND_VI: Record<string, string> = {
  actual: "thực hiện",
  estimate: "ước",
  target: "kế hoạch",
  forecast: "dự báo",
};

export function factRow(f: Fact): string {
  const ind = f.indicator.code ? `[${f.indicator.code}] ${f.indicator.text}` : f.indicator.text;
  return [
    `${f.line}:${f.column}`,
    f.value_text,
    f.unit,
    MEASURE_VI[f.measure] ?? f.measure,
    KIND_VI[f.kind] ?? f.kind,
    f.period,
    ind.length > 70 ? `${ind.slice(0, 69)}…` : ind,
  ].join("\t");
}
