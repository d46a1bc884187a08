/**
 * A line that is only a place and a date ("Điện Biên, ngày 20 tháng 12 năm 2023") or a page's
 * date and time ("Thứ Năm, 15/10/2020, 16:21 (GMT+7)", "20:03 11-12-2023 | :155", "08/04 - 15:20"), or
 * a web page's picture caption in square brackets ("[Ảnh: Thi công nút giao … Ảnh: Minh Khoa]"):
 * no part of the text around it, and no figures of its own.
 */
export const STANDALONE =
  /^(?:[\p{L} .-]{2,40},\s*ngày\s*[\d.…\s]*tháng\s*[\d.…\s]*năm\s*\d{4}\.?|(?:(?:Thứ\s+\p{L}+|Chủ nhật|Ngày)[,\s]+)?(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?[\s,|-]*)?\d{1,2}[/-]\d{1,2}[/-]\d{4}(?:[\s,|-]+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?)?(?:\s*\(GMT[+-]\d+\))?(?:\s*\|\s*:?\d*)?|\d{1,2}\/\d{1,2}\s*[-–|,]\s*\d{1,2}:\d{2}|\d{1,2}:\d{2}\s*[-–|,]?\s*\d{1,2}\/\d{1,2}|\[[^[\]]{3,}\])$/iu;

/** The date a standalone dateline gives, ISO; null when the line is none. */
export function datelineDate(line: string): string | null {
  const t = line.trim();
  if (!STANDALONE.test(t) || t.startsWith("[")) return null;
  const pad = (n: string) => n.padStart(2, "0");
  const words = /ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/iu.exec(t);
  if (words) return `${words[3]}-${pad(words[2])}-${pad(words[1])}`;
  const digits = /(\d{1,2})[/-](\d{1,2})[/-]((?:19|20)\d\d)/.exec(t);
  if (!digits || Number(digits[2]) > 12 || Number(digits[1]) > 31) return null;
  return `${digits[3]}-${pad(digits[2])}-${pad(digits[1])}`;
}
