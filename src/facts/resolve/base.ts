import { endYear, samePeriodLastYear } from "../../periods/codes.js";
import * as cue from "../cues.js";
import type { Figure, Scope } from "../figure.js";
import type { Measure } from "../types.js";

/** Base: what a growth, a change or a % of target is compared with. */
export function base(f: Figure, _s: Scope): void {
  const m = f.measure;
  if (m === "growth" || m === "change" || m === "multiple" || m === "pct_of_target")
    f.base = baseOf(f.after, f.period, m);
  // ("bằng 90,5% năm 2019": an index of that year's level.)
  if (m === "growth" && !f.base && /(?<![\p{L}])bằng\s*(?:khoảng\s*)?$/iu.test(f.local))
    f.base = /^\s*(?:năm|giai đoạn)\s+((?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)(?![\d/])/iu
      .exec(f.after)?.[1]
      .replace(/\s*[-–]\s*/u, "/");
  // "thấp hơn kế hoạch 1,3 điểm %", "vượt dự toán 120 tỷ đồng": a gap to the plan named before it.
  if (m === "change" && !f.base) {
    const w = PLAN_BEFORE.exec(f.local)?.[1]?.toLowerCase();
    if (w)
      f.base = /dự toán/.test(w)
        ? "budget_estimate"
        : /nghị quyết|nq|chỉ tiêu|mục tiêu/.test(w)
          ? "resolution"
          : "plan";
  }
}

const PLAN_BEFORE =
  /(?<![\p{L}])(?:vượt|hụt|thấp hơn|cao hơn)\s+(?:so với\s+)?(kế hoạch|KH|dự toán|nghị quyết|NQ|chỉ tiêu|mục tiêu|kịch bản)(?![\p{L}])[^,;()\d]{0,20}$/iu;

/** "so với tháng trước" of a month's figure: the month before ("2024-10" → "2024-09"). */
function previousMonth(period: string): string | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) return undefined;
  const [y, mo] = [Number(m[1]), Number(m[2])];
  return mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, "0")}`;
}

function baseOf(after: string, period: string, measure: Measure): string | undefined {
  if (measure === "pct_of_target") {
    const m =
      /^\s*(?:\(\s*)?(?:so với\s+|so\s+)?(?:mức\s+)?(kế hoạch|KH|nghị quyết|NQ|NQĐH|dự toán|chỉ tiêu|mục tiêu|kịch bản|yêu cầu|số vốn)/iu.exec(
        after,
      );
    const w = (m?.[1] ?? "").toLowerCase();
    if (/dự toán/.test(w)) return "budget_estimate";
    if (/nghị quyết|nq|chỉ tiêu|mục tiêu/.test(w)) return "resolution";
    return "plan";
  }
  // "gấp 1,5 lần năm 2020", "gấp 1,8 lần giai đoạn 2016-2020": a multiple of that period's level.
  const of =
    measure === "multiple"
      ? /^\s*(?:so với\s+)?(?:năm\s+((?:19|20)\d\d)|(?:giai đoạn|nhiệm kỳ|thời kỳ)\s+((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d))(?!\d)/iu.exec(
          after,
        )
      : null;
  if (of) return of[1] ?? `${of[2]}/${of[3]}`;
  // ("gấp 1,5 lần cùng kỳ", "gấp 1,5 lần CK (6 ổ dịch)": the same months a year before.)
  if (measure === "multiple" && /^\s*(?:lần\s+)?(?:so với\s+)?(?:cùng kỳ|CK(?![\p{L}]))/iu.test(after))
    return period ? samePeriodLastYear(period) : "same_period_last_year";
  const m = cue.BASE_AFTER.exec(after);
  if (!m) return undefined;
  const w = m[1];
  const month = /tháng\s*(\d{1,2})\s*(?:\/|năm)\s*(\d{4})/iu.exec(w);
  if (month) return `${month[2]}-${month[1].padStart(2, "0")}`;
  const y = /(\d{4})\s*[-–]\s*(\d{4})/.exec(w);
  if (y) return `${y[1]}/${y[2]}`;
  const one = /\d{4}/.exec(w);
  // ("so với cùng thời điểm năm 2025" of a stock on 01/10/2026: the same day a year before.)
  if (/cùng thời điểm/iu.test(w) && period) return samePeriodLastYear(period);
  // ("so với CK": the abbreviation tables and notes use for the same period last year.)
  if (/cùng (?:kỳ|tháng|quý)|^CK$/iu.test(w))
    return period ? samePeriodLastYear(period) : "same_period_last_year";
  if (one) return one[0];
  if (/năm trước/iu.test(w)) return period ? String(endYear(period) - 1) : "same_period_last_year";
  if (/tháng trước/iu.test(w)) return previousMonth(period);
  if (/kế hoạch|KH/iu.test(w)) return "plan";
  if (/nghị quyết|NQ|chỉ tiêu|mục tiêu/iu.test(w)) return "resolution";
  if (/dự toán/iu.test(w)) return "budget_estimate";
  return undefined;
}
