/** Vietnamese text without its marks, for filtering as you type: "Tỷ lệ hộ nghèo" → "ty le ho ngheo". */
export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}
