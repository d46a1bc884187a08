import type { DocumentHints } from "../facts/types.js";

/**
 * What a user says of a document when storing it (DocumentHints): the fields, the forms the
 * CLI and the API take them in, and their stored form (documents.given, a JSON object).
 */

export const HINT_FIELDS = ["date", "period", "area", "title", "issuer"] as const;

/** The forms of a date taken (src/periods/codes.ts isoDate), as said in error messages. */
export const DATE_FORMS = "2023-12-11, 2023-12, 2023, 11/12/2023";

/** The period codes taken (src/periods/codes.ts isPeriodCode), as said in error messages. */
export const PERIOD_FORMS = "2023, 2023-S1, 2023-Q3, 2023-06, 2023-06-19, 2023-01/2023-10, 2021/2025";

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
