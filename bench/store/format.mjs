// How the store bench prints its figures.

export const MB = 1024 * 1024; // every "MB" printed is 2^20 bytes

/** Nearest-rank quantile of sorted numbers. */
export function quantile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function fmtMs(ms) {
  return ms.toFixed(2);
}

export function fmtMB(bytes) {
  return (bytes / MB).toFixed(2);
}

export function fmtInt(n) {
  return Math.round(n).toLocaleString("en-US");
}

export function oneLine(e) {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split("\n")[0].slice(0, 200);
}
