import { indicatorByCode } from "../catalogue/link.js";
import { fold } from "../text/fold.js";

/**
 * Which way is better for an indicator: from the catalogue, else from its words (rates of
 * poverty, malnutrition, mortality, unemployment… are better lower).
 */
const LOWER_IS_BETTER =
  /(?:ho ngheo|ngheo da chieu|suy dinh duong|tu vong|that nghiep|tang dan so|phat trien dan so|ty suat sinh|no xau|o nhiem|tai nan|vi pham|toi pham|ma tuy|chay rung|yeu kem|khong hoan thanh|thon, ban trang|chua co chi bo|lay nhiem|nhiem hiv|benh|chi phi|thoi gian giai quyet|quy mo dan so|ty trong nong)/;

export function directionOf(code: string | null, text: string, targetQualifier = ""): "up" | "down" {
  // A ceiling ("dưới 16%", "<60") says lower is better; a floor ("trên 98%") higher.
  if (targetQualifier === "<") return "down";
  if (targetQualifier === ">") return "up";
  const known = code ? indicatorByCode(code)?.direction : undefined;
  if (known === "up" || known === "down") return known;
  const t = fold(text);
  // "xóa thôn, bản chưa có chi bộ", "khắc phục …", "cai nghiện …": doing away with a bad thing
  // is better higher.
  if (/(?:^|\s)(?:xoa|khac phuc|day lui|cai nghien|triet pha|bat giu|thu giu)\s/.test(` ${t} `)) return "up";
  return LOWER_IS_BETTER.test(t) ? "down" : "up";
}
