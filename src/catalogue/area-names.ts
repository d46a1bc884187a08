import { fold } from "../text/fold.js";
import { LEVELS } from "./areas.js";

/**
 * How area names compare and what code and level a name gives, whatever spells it: pure
 * functions over the catalogue's level words, used by the store, the exports and the seed.
 */

const FOLDED_LEVELS = LEVELS.map((l) => `${fold(l)} `);

/** What spellings are compared by: folded, white space collapsed. */
export function areaKey(name: string): string {
  return fold(name).replace(/\s+/g, " ").trim();
}

/** The key without its level word: "huyen dien bien" → "dien bien". */
export function bareAreaKey(name: string): string {
  const k = areaKey(name);
  const level = FOLDED_LEVELS.find((l) => k.startsWith(l));
  return level ? k.slice(level.length) : k;
}

/** The level word a name starts with ("huyện"), "quốc gia" for the country, else "". */
export function levelOf(name: string): string {
  if (areaKey(name) === "ca nuoc") return "quốc gia";
  const lower = name.toLowerCase();
  return LEVELS.find((l) => lower.startsWith(`${l} `)) ?? "";
}

/** A code derived from the name: "xã Thanh Chăn" → "xa-thanh-chan". */
export function codeOf(name: string): string {
  return areaKey(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
