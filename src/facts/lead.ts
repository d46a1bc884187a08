import { wordsFirst } from "../text/words-first.js";
import * as cue from "./cues.js";
import type { LeadScope } from "./figure.js";

const LEAD_KINDS: [RegExp, LeadScope["kind"]][] = [
  [cue.ESTIMATE, "estimate"],
  [
    /(?<![\p{L}])(?:phấn đấu|mục tiêu(?! quốc gia)|chỉ tiêu kế hoạch|chỉ tiêu(?:\s+[\p{L}-]+){0,6}\s+chủ yếu|kế hoạch năm)(?![\p{L}])/giu,
    "target",
  ],
  [wordsFirst(/(?<![\p{L}])(?:kết quả|đạt được|thực hiện được|đã đạt|đã thực hiện)(?![\p{L}])/giu), "actual"],
  // ("có 9/10 chỉ tiêu chủ yếu đạt và vượt kế hoạch, cụ thể như sau:": how the targets came out.)
  [
    /(?<![\p{L}])(?<!(?:phấn đấu|bảo đảm|đảm bảo|cố gắng|quyết tâm)\s+)(?:đạt và vượt|đạt, vượt)(?![\p{L}])/giu,
    "actual",
  ],
];

/**
 * What a lead-in ("… như sau:", "Các chỉ tiêu chủ yếu năm 2024:") says the list after it
 * holds. The last word that says so decides: "các mục tiêu … đã đề ra và đạt được những kết
 * quả quan trọng, nổi bật là:" lists results.
 */
export function leadKind(text: string): LeadScope["kind"] {
  let kind: LeadScope["kind"] = null;
  let at = -1;
  for (const [re, k] of LEAD_KINDS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) if (m.index > at) [at, kind] = [m.index, k];
  }
  return kind;
}
