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
  // ("đạt 55,3% kế hoạch (bình quân chung của tỉnh đạt 52,8%)" in a district's report: the
  // province the district belongs to, as its own area names it.)
  const above = WIDER.exec(f.local.slice(-80));
  if (above && (f.comparator || /bình quân|trung bình/iu.test(above[0]))) {
    const level = (above[1] ?? above[2]).toLowerCase();
    const parts = home.split(/\s*,\s*/);
    const part = parts.find((p) => p.toLowerCase().startsWith(`${level} `));
    if (part && part !== parts[0]) area = part;
  }
  f.area = area;
}

const WIDER =
  /(?:(?:bình quân|trung bình)(?:\s+chung)?(?:\s+của)?\s+(?:toàn\s+|cả\s+)?(tỉnh|huyện|thành phố)|(?:toàn|cả)\s+(tỉnh|huyện))(?![\p{L}])(?![^()]*\))[^,;]{0,30}$/iu;
