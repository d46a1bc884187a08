import type { Figure, Scope } from "../figure.js";

/**
 * A bare figure in a list under a lead-in that names the unit ("Điểm trung bình từng môn như
 * sau:" over "- Toán: 6,12;") is in that unit. A figure that carries its own keeps it.
 */
export function unit(f: Figure, s: Scope): void {
  if (f.unit || !s.lead?.unit || f.tok.form === "fraction" || /%|‰/.test(f.after.slice(0, 2))) return;
  f.unit = s.lead.unit;
}
