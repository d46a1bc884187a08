import { findAreas } from "../../catalogue/areas.js";
import * as cue from "../cues.js";
import type { Figure, Scope } from "../figure.js";

/** Area: the document's, unless the clause names another unit right before the number. */
export function area(f: Figure, s: Scope): void {
  const home = s.doc.info.area;
  let area = home;
  const seg = f.local.split(/[;(]/).pop() ?? "";
  const mentions = cue.AREA_WORD.test(seg) ? findAreas(seg) : [];
  const last = mentions[mentions.length - 1];
  if (last && last.area !== home && seg.length - last.end < 40) area = last.area;
  if (/(?:cả nước|toàn quốc)[^,;]{0,30}$/iu.test(f.local)) area = "cả nước";
  f.area = area;
}
