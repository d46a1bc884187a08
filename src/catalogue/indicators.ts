import { readFileSync } from "node:fs";
import { z } from "zod";
import { MEASURES, type Measure } from "../facts/types.js";
import { parseCsv } from "./csv.js";

/**
 * The indicator catalogue: one data file, `data/indicators.csv` (shipped with the package),
 * read and checked once when this module loads. Codes are a public interface (API, exports,
 * --indicator). Aliases are matched on folded text (no diacritics, lower case), longest first;
 * `measures` says which kinds of number an indicator names itself (the growth of GRDP is
 * grdp_growth, its level is grdp). A growth, change, multiple or "% of plan" of an indicator
 * that has no code of its own for it takes the indicator's code (src/catalogue/link.ts).
 *
 * Columns: code, name_vi, name_en, unit, direction (up: higher is better, down: lower is
 * better, empty: neither), sector, aliases (separated by "|"; an alias may require words of
 * its own in its sentence: "tăng trưởng{kinh tế;GRDP}"), measures ("|"), parent (the code of
 * the whole this indicator is a part of: a sector of GRDP, a source of revenue), context
 * (words, "|", one of which must stand in the sentence for any alias to count).
 */
export interface Indicator {
  code: string;
  name_vi: string;
  name_en: string;
  unit: string;
  /** up: higher is better; down: lower is better; "": neither. */
  direction: "up" | "down" | "";
  sector: string;
  /** An alias may name context words in braces: "tốc độ tăng trưởng{kinh tế;GRDP}". */
  aliases: string[];
  measures: Measure[];
  /** The whole this indicator is a part of ("grdp" for a sector's value added), if any. */
  parent?: string;
  /** Words one of which must stand in the sentence too (e.g. a share of GRDP needs "cơ cấu"). */
  context?: string[];
}

export const CATALOGUE_COLUMNS = [
  "code",
  "name_vi",
  "name_en",
  "unit",
  "direction",
  "sector",
  "aliases",
  "measures",
  "parent",
  "context",
] as const;

/** "a|b{c;d}|e" → ["a", "b{c;d}", "e"]: bars inside braces do not split. */
function splitList(field: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of field) {
    if (ch === "{") depth++;
    if (ch === "}") depth--;
    if (ch === "|" && depth === 0) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter(Boolean);
}

const text = z.string().trim().min(1);
const ROW = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/, "a code is lower-case letters, digits and _"),
  name_vi: text,
  name_en: text,
  unit: z.string().trim(),
  direction: z.enum(["up", "down", ""]),
  sector: text,
  aliases: z
    .array(
      z
        .string()
        .regex(/^[^{}]+(?:\{[^{}]+\})?$/, "an alias is words, then at most one {context;words}")
        .refine((a) => /[\p{L}\d]/u.test(a.replace(/\{.*\}$/, "")), "an alias needs a word"),
    )
    .min(1),
  measures: z.array(z.enum(MEASURES)).min(1),
  parent: z.string().trim(),
  context: z.array(z.string().trim().min(1)),
});

/** A catalogue file that does not hold: which row and field, and why. */
export class CatalogueError extends Error {
  override name = "CatalogueError";
}

/** The indicators of a catalogue CSV, checked: every row whole, codes unique, parents known. */
export function parseCatalogue(csv: string, source = "indicators.csv"): Indicator[] {
  const records = parseCsv(csv.replace(/^\uFEFF/, "")).filter((r) => r.some((f) => f.trim()));
  const [header, ...rows] = records;
  const missing = CATALOGUE_COLUMNS.filter((c) => !header?.includes(c));
  if (!header || missing.length) throw new CatalogueError(`${source}: missing columns ${missing.join(", ")}`);
  const col = (r: string[], c: (typeof CATALOGUE_COLUMNS)[number]) => r[header.indexOf(c)] ?? "";
  const out: Indicator[] = [];
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    const parsed = ROW.safeParse({
      code: col(r, "code").trim(),
      name_vi: col(r, "name_vi"),
      name_en: col(r, "name_en"),
      unit: col(r, "unit"),
      direction: col(r, "direction").trim(),
      sector: col(r, "sector"),
      aliases: splitList(col(r, "aliases")),
      measures: splitList(col(r, "measures")),
      parent: col(r, "parent"),
      context: splitList(col(r, "context")),
    });
    const where = `${source}, line ${i + 2}`;
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CatalogueError(`${where}: ${issue.path.join(".")}: ${issue.message}`);
    }
    const row = parsed.data;
    if (seen.has(row.code)) throw new CatalogueError(`${where}: code ${row.code} twice`);
    seen.add(row.code);
    const ind: Indicator = {
      code: row.code,
      name_vi: row.name_vi,
      name_en: row.name_en,
      unit: row.unit,
      direction: row.direction,
      sector: row.sector,
      aliases: row.aliases,
      measures: row.measures,
    };
    if (row.parent) ind.parent = row.parent;
    if (row.context.length) ind.context = row.context;
    out.push(ind);
  });
  for (const ind of out) {
    if (ind.parent && !seen.has(ind.parent))
      throw new CatalogueError(`${source}: ${ind.code} names parent ${ind.parent}, which is not in it`);
    if (ind.parent === ind.code) throw new CatalogueError(`${source}: ${ind.code} is its own parent`);
  }
  if (!out.length) throw new CatalogueError(`${source}: no indicators`);
  return out;
}

/** Where the catalogue is: data/indicators.csv at the package's root (beside dist/ and src/). */
export const CATALOGUE_PATH = new URL("../../data/indicators.csv", import.meta.url);

export const INDICATORS: Indicator[] = parseCatalogue(readFileSync(CATALOGUE_PATH, "utf8"));
