/**
 * Folding for matching Vietnamese text with or without diacritics: lower case, tone and vowel
 * marks removed, đ → d. On NFC text it is one UTF-16 unit in, one out, so offsets survive.
 */
/** The folded code of every UTF-16 unit met so far (0: not yet worked out). */
const FOLDED = new Uint16Array(0x10000);

function foldCode(code: number): number {
  let v = FOLDED[code];
  if (v === 0) {
    const ch = String.fromCharCode(code);
    const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    let s = base === "đ" || base === "Đ" ? "d" : base.length === 1 ? base.toLowerCase() : ch.toLowerCase();
    if (s.length !== 1) s = ch;
    v = s.charCodeAt(0);
    FOLDED[code] = v;
  }
  return v;
}

export function fold(s: string): string {
  // Codes gathered, then made a string in slices: cheaper than adding one character at a time.
  const codes: number[] = new Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) codes[n++] = c >= 65 && c <= 90 ? c + 32 : c;
    // (A stray combining mark — text not NFC — is dropped.)
    else if (c >= 0x300 && c <= 0x36f) continue;
    else codes[n++] = foldCode(c);
  }
  codes.length = n;
  let out = "";
  for (let i = 0; i < n; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return out;
}
