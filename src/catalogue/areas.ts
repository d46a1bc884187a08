import { fold } from "../text/fold.js";
import { PROVINCE_NAMES } from "./provinces.js";

/**
 * Administrative units: a level word and a name ("tỉnh Điện Biên", "huyện Mường Ảng",
 * "thành phố Điện Biên Phủ", "xã Mường Pồn", "cả nước"). Names keep their document spelling;
 * known variants are mapped to one spelling so that figures of one unit meet.
 */
export const LEVELS = ["tỉnh", "thành phố", "thị xã", "huyện", "quận", "xã", "phường", "thị trấn"] as const;

const VARIANTS: Record<string, string> = {
  "muong ang": "Mường Ảng",
  "nam po": "Nậm Pồ",
  "nam pò": "Nậm Pồ",
  "dien bien phu": "Điện Biên Phủ",
};

/**
 * A name: up to four capitalised words on one line, not a Roman numeral ("tỉnh III" is a
 * list), and not running on into a capitalised time word ("huyện Tuần Giáo Năm 2024").
 */
// (A name is written in title case: "tỉnh GRDP", "tỉnh PCI" are an acronym after a level word.)
const NAME = String.raw`(?:(?![IVXLC]+(?![\p{L}]))\p{Lu}\p{Ll}[\p{L}]*(?:[ \t-]+(?!(?:Năm|Tháng|Quý|Ngày|Giai|Nhiệm|Đến|Trong|Về|Theo|Tại|Và|Với)(?![\p{L}]))\p{Lu}\p{Ll}*[\p{L}]*){0,3})`;
const UNIT_RE = new RegExp(
  String.raw`(?<![\p{L}])(tỉnh|thành phố|thị xã|huyện|quận|xã|phường|thị trấn|Tỉnh|Thành phố|Thị xã|Huyện|Xã|Phường|Thị trấn)\s+(${NAME})|(?<![\p{L}])(TỈNH|THÀNH PHỐ|THỊ XÃ|HUYỆN|XÃ|PHƯỜNG|THỊ TRẤN)\s+(\p{Lu}+(?:[\s-]+\p{Lu}+){0,3})(?![\p{L}])`,
  "gu",
);

/** "ĐIỆN BIÊN" → "Điện Biên". */
function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

export interface AreaMention {
  start: number;
  end: number;
  area: string;
  level: string;
}

export function normaliseArea(level: string, name: string): string {
  const n = VARIANTS[fold(name)] ?? name.replace(/\s+/g, " ").trim();
  return `${level.toLowerCase()} ${n}`;
}

const words = (s: string) =>
  fold(s)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
const PROVINCES = new Set(PROVINCE_NAMES.map(words));
/** The centrally run cities: "thành phố Hà Nội", not "tỉnh Hà Nội". */
const CITIES = new Set(["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"].map(words));

/** The province a name starts with, as written ("Lào Cai Năm" → "Lào Cai"), or null. */
function provinceIn(name: string): string | null {
  const parts = name.split(/(?<=\S)(?=[ \t]+)/u);
  for (let n = parts.length; n > 0; n--) {
    const head = parts.slice(0, n).join("");
    if (PROVINCES.has(words(head))) return head;
  }
  return null;
}

export function findAreas(text: string): AreaMention[] {
  const out: AreaMention[] = [];
  UNIT_RE.lastIndex = 0;
  for (let m = UNIT_RE.exec(text); m; m = UNIT_RE.exec(text)) {
    const level = (m[1] ?? m[3]).toLowerCase();
    let name = m[2];
    if (!name) {
      // Upper-case titles: the name ends where the next level word or a period word starts.
      const words = m[4].split(/[\s]+/);
      const stop = words.findIndex(
        (w, i) =>
          i > 0 &&
          // …or where a title block goes on with the document's type or another body:
          // "TỈNH ĐIỆN BIÊN / BÁO CÁO", "HUYỆN ĐIỆN BIÊN / ĐẢNG BỘ …", "SỐ: 12/BC-UBND".
          /^(?:TỈNH|HUYỆN|XÃ|THÀNH|THỊ|PHƯỜNG|NĂM|GIAI|NHIỆM|KỲ|LẦN|KHÓA|KHOÁ|VỀ|TRONG|ĐẾN|BÁO|KẾ|NGHỊ|TỜ|QUYẾT|CHƯƠNG|ĐỀ|CÔNG|SỐ|THÔNG|HỘI|ỦY|UBND|HĐND|ĐẢNG|BAN|CỘNG|DỰ|ĐỘC)$/u.test(
            w,
          ),
      );
      const kept = stop > 0 ? words.slice(0, stop) : words;
      // Look again right after what was kept: "XÃ HỘI TỈNH ĐIỆN BIÊN" holds a province.
      UNIT_RE.lastIndex =
        m.index + m[3].length + 1 + (level === "xã" && kept[0] === "HỘI" ? 0 : kept.join(" ").length);
      if (level === "xã" && kept[0] === "HỘI") continue; // "XÃ HỘI" is society
      name = titleCase(kept.join(" "));
    }
    let end = m[2] ? m.index + m[0].length : UNIT_RE.lastIndex;
    // "huyện Phôn-thoong", "tỉnh Bo-kéo": a neighbour country's unit, transliterated; not ours.
    if (/^-\p{Ll}/u.test(text.slice(end))) continue;
    // "thành phố Điện Biên Phủ - Nút giao …": a spaced dash ends a unit's name (a province's
    // own dash, "Bà Rịa - Vũng Tàu", is known below).
    const dash = level === "tỉnh" ? -1 : name.search(/\s+-\s+/u);
    if (dash > 0) {
      end -= name.length - dash;
      name = name.slice(0, dash);
    }
    if (level === "tỉnh") {
      // Only a province follows "tỉnh": the longest run of its words that is one.
      const province = provinceIn(name);
      if (!province) continue;
      end -= name.length - province.length;
      name = province;
    }
    out.push({ start: m.index, end, area: normaliseArea(level, name), level });
  }
  const re = /(?<![\p{L}])(cả nước|toàn quốc)(?![\p{L}])/giu;
  for (let m = re.exec(text); m; m = re.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length, area: "cả nước", level: "quốc gia" });
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A table column named by a unit alone: "Huyện Mường Chà", "Xã Tân Lập", or a province by its
 * bare name, "An Giang (cũ)" (a former province of a merger keeps its "(cũ)" so that it is not
 * taken for the new province of the same name). Null when the header says more than a place.
 */
export function headerArea(header: string): string | null {
  const h = header.replace(/\s+/g, " ").trim();
  const former = /\s*\((cũ|mới|trước sắp xếp|sau sắp xếp)\)$/iu.exec(h);
  const name = former ? h.slice(0, former.index) : h;
  const tag = former && /cũ|trước/iu.test(former[1]) ? " (cũ)" : "";
  const m = findAreas(name).find((a) => a.area !== "cả nước");
  if (m && m.start === 0 && name.length - m.end <= 1) return m.area + tag;
  const province = provinceIn(name);
  if (province && province.length === name.length)
    return `${CITIES.has(words(province)) ? "thành phố" : "tỉnh"} ${province}${tag}`;
  return null;
}
