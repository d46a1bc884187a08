import { findAreas } from "../../catalogue/areas.js";
import * as cue from "../cues.js";
import type { Figure, Scope } from "../figure.js";

/** Area: the document's, unless the clause names another unit right before the number. */
export function area(f: Figure, s: Scope): void {
  const home = s.paragraph.area ?? s.doc.info.area;
  let area = home;
  const seg = f.local.split(/[;(]/).pop() ?? "";
  // ("… cao nhất cả nước", "so với cả nước": the country as a yardstick, not the unit spoken of.)
  const mentions = (cue.AREA_WORD.test(seg) ? findAreas(seg) : []).filter(
    (m) => m.area !== "cả nước" || !/(?:nhất|so với|bình quân|của|trong)\s*$/iu.test(seg.slice(0, m.start)),
  );
  const last = mentions[mentions.length - 1];
  // The unit named right before the figure, or the one its clause opens with ("Tỉnh Bắc Giang
  // có tốc độ tăng trưởng cao nhất cả nước, đạt 14,3%").
  if (last && last.area !== home && (seg.length - last.end < 40 || (!f.prev && last.start <= 3)))
    area = last.area;
  if (/(?:cả nước|toàn quốc)[^,;]{0,30}$/iu.test(f.local)) area = "cả nước";
  f.area = area;
}
