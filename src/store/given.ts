import { HINT_FIELDS } from "../api/vocabulary.js";
import type { DocumentHints } from "../facts/types.js";

/**
 * What a user says of a document when storing it (DocumentHints, its fields HINT_FIELDS): the
 * stored form (documents.given, a JSON object).
 */

/** The hints actually given, in a fixed order: no empty or absent field. */
export function givenOf(hints: DocumentHints = {}): DocumentHints {
  const out: DocumentHints = {};
  for (const key of HINT_FIELDS) {
    const v = hints[key];
    if (typeof v === "string" && v.trim()) out[key] = v.trim();
  }
  return out;
}

/** The stored `given` back as hints; anything but an object of texts counts as nothing given. */
export function givenFromJson(json: string): DocumentHints {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return {};
  }
  if (!v || typeof v !== "object" || Array.isArray(v)) return {};
  const texts: DocumentHints = {};
  for (const key of HINT_FIELDS) {
    const x = (v as Record<string, unknown>)[key];
    if (typeof x === "string") texts[key] = x;
  }
  return givenOf(texts);
}
