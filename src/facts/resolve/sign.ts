import * as cue from "../cues.js";
import type { Figure, Scope } from "../figure.js";

/** A decrease ("giảm 0,25%") is a negative growth or change. */
export function sign(f: Figure, _s: Scope): void {
  if (
    (f.measure === "growth" || f.measure === "change") &&
    (cue.DECREASE.test(f.local.slice(-40)) || /(?<![\p{L}])âm\s*$/iu.test(f.local)) &&
    f.value > 0
  )
    f.value = -f.value;
}
