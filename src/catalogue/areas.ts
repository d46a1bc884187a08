import { fold } from "../text/fold.js";

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

const NAME = String.raw`(?:\p{Lu}[\p{L}]*(?:[\s-]+\p{Lu}[\p{L}]*){0,3})`;
const UNIT_RE = new RegExp(String.raw`(?<![\p{L}])(tỉnh|thành phố|thị xã|huyện|quận|xã|phường|thị trấn|Tỉnh|Thành phố|Thị xã|Huyện|Xã|Phường|Thị trấn)\s+(${NAME})`, "gu");

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

export function findAreas(text: string): AreaMention[] {
  const out: AreaMention[] = [];
  UNIT_RE.lastIndex = 0;
  for (let m = UNIT_RE.exec(text); m; m = UNIT_RE.exec(text)) {
    const name = m[2].replace(/\s+(?:Đông|Tây|Nam|Bắc)$/u, (x) => x); // keep compass words: Điện Biên Đông
    out.push({ start: m.index, end: m.index + m[0].length, area: normaliseArea(m[1], name), level: m[1].toLowerCase() });
  }
  const re = /(?<![\p{L}])(cả nước|toàn quốc)(?![\p{L}])/giu;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, area: "cả nước", level: "quốc gia" });
  return out.sort((a, b) => a.start - b.start);
}
