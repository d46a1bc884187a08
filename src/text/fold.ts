/**
 * Folding for matching Vietnamese text with or without diacritics: lower case, tone and vowel
 * marks removed, đ → d. On NFC text it is one UTF-16 unit in, one out, so offsets survive.
 */
const cache = new Map<number, string>();

function foldChar(code: number): string {
  let v = cache.get(code);
  if (v === undefined) {
    const ch = String.fromCharCode(code);
    const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    v = base === "đ" || base === "Đ" ? "d" : base.length === 1 ? base.toLowerCase() : ch.toLowerCase();
    if (v.length !== 1) v = ch;
    cache.set(code, v);
  }
  return v;
}

export function fold(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i];
    else if (c >= 0x300 && c <= 0x36f)
      out += ""; // stray combining mark (text not NFC)
    else out += foldChar(c);
  }
  return out;
}
