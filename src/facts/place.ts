import type { Mapped } from "../text/mapped.js";
import { positionAt, type Source } from "../text/source.js";

/**
 * Raw text and position of a span of mapped text. A figure is written on one line: a span that
 * the joining of wrapped lines let run onto the next one is cut at the line's end.
 */
export function place(source: Source, m: Mapped, start: number, end: number) {
  const a = m.map[start];
  let b = m.map[end - 1] + 1;
  const nl = source.text.indexOf("\n", a);
  const cut = nl !== -1 && nl < b;
  if (cut) b = nl;
  const pos = positionAt(source, a);
  return {
    value_text: source.text.slice(a, b).replace(/[\s\-–÷/%]+$/u, (x) => (cut ? "" : x)),
    line: pos.line,
    column: pos.column,
    page: pos.page,
    cut,
  };
}
