import type { Kysely } from "kysely";
import { bareAreaKey as bareKey, codeOf, areaKey as key, levelOf } from "../catalogue/area-names.js";
import type { Store } from "./connect.js";
import type { StoreDialect } from "./dialect.js";
import type { Database } from "./schema.js";

/**
 * Area names in the store. Facts keep the area as their document spells it ("xã Thanh Chân");
 * the areas table knows every spelling seen, as a unit's name or one of its aliases, so a query
 * for one spelling, with or without diacritics, finds the figures written under all of them.
 */
export interface KnownArea {
  code: string;
  name: string;
  level: string;
  aliases: string[];
}

/** Levels from the top: "Điện Biên" alone names the province before the district. */
const RANK: Record<string, number> = {
  "quốc gia": 0,
  tỉnh: 1,
  "thành phố": 2,
  "thị xã": 2,
  huyện: 2,
  quận: 2,
  xã: 3,
  phường: 3,
  "thị trấn": 3,
};

export const spellingsOf = (a: KnownArea): string[] => [a.name, ...a.aliases];

/** The units the store knows, with their spellings. */
export async function knownAreas(store: Store): Promise<KnownArea[]> {
  return loadAreas(store.db);
}

export async function loadAreas(db: Kysely<Database>): Promise<KnownArea[]> {
  const rows = await db.selectFrom("areas").select(["code", "name", "level", "aliases"]).execute();
  return rows.map((r) => ({ ...r, aliases: JSON.parse(r.aliases) as string[] }));
}

/**
 * The units a reader's text names: a code, or a name or alias with or without diacritics, with
 * or without its level word. A full name wins over a bare one; among bare matches the highest
 * level wins ("Điện Biên" is the province, "huyện Điện Biên" the district).
 */
export function resolveArea(areas: KnownArea[], text: string): KnownArea[] {
  const q = key(text);
  const exact = areas.filter((a) => a.code === text.trim() || spellingsOf(a).some((s) => key(s) === q));
  if (exact.length) return exact;
  const bare = areas.filter((a) => spellingsOf(a).some((s) => bareKey(s) === q));
  const rank = (a: KnownArea) => RANK[a.level] ?? 9;
  const top = Math.min(...bare.map(rank));
  return bare.filter((a) => rank(a) === top);
}

/**
 * The units a question names, as whole words, with or without diacritics: a name with its level
 * word ("huyện Nam Giang") wins; else a bare name of two words or more ("Nghệ An", "Nam Giang"),
 * the longest, and of those the highest level ("Điện Biên" is the province).
 */
export function areasNamedIn(areas: KnownArea[], text: string): KnownArea[] {
  const words = (t: string) =>
    key(t)
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  const q = ` ${words(text)} `;
  const has = (k: string) => k.length > 0 && q.includes(` ${words(k)} `);
  const full = areas.filter((a) => spellingsOf(a).some((s) => levelOf(s) && has(key(s))));
  if (full.length) return full;
  const named = areas
    .map((a) => ({
      a,
      length: Math.max(
        0,
        ...spellingsOf(a)
          .map((s) => bareKey(s).trim())
          .filter((k) => /\s/.test(k) && has(k))
          .map((k) => k.length),
      ),
    }))
    .filter((x) => x.length > 0);
  if (!named.length) return [];
  const longest = Math.max(...named.map((x) => x.length));
  const rank = (a: KnownArea) => RANK[a.level] ?? 9;
  const top = Math.min(...named.filter((x) => x.length === longest).map((x) => rank(x.a)));
  return named.filter((x) => x.length === longest && rank(x.a) === top).map((x) => x.a);
}

/**
 * Record the area spellings of a document being stored (inside its transaction): a spelling
 * that folds like a known unit becomes one of its aliases, any other a unit of its own.
 */
export async function registerSpellings(
  trx: Kysely<Database>,
  dialect: StoreDialect,
  spellings: Iterable<string>,
): Promise<void> {
  const known = await loadAreas(trx);
  const seen = new Set(known.flatMap(spellingsOf));
  const byKey = new Map<string, KnownArea>();
  for (const a of known) for (const s of spellingsOf(a)) if (!byKey.has(key(s))) byKey.set(key(s), a);
  const added: KnownArea[] = [];
  const grown = new Map<string, string[]>();
  for (const s of spellings) {
    if (!s.trim() || seen.has(s)) continue;
    seen.add(s);
    const unit = byKey.get(key(s));
    if (unit) grown.set(unit.code, [...(grown.get(unit.code) ?? []), s]);
    else {
      const a = { code: codeOf(s) || key(s), name: s, level: levelOf(s), aliases: [] };
      added.push(a);
      byKey.set(key(s), a);
    }
  }
  if (added.length)
    await trx
      .insertInto("areas")
      .values(
        added.map((a) => ({
          ...a,
          parent: null,
          valid_from: null,
          valid_to: null,
          successor: null,
          aliases: "[]",
        })),
      )
      .onConflict((oc) => oc.column("code").doNothing())
      .execute();
  for (const [code, more] of grown) {
    // Two ingests may grow one unit at once on PostgreSQL: lock its row, then merge.
    const row = await trx
      .selectFrom("areas")
      .select("aliases")
      .where("code", "=", code)
      .$call(dialect.forUpdate)
      .executeTakeFirstOrThrow();
    const aliases = [...new Set([...(JSON.parse(row.aliases) as string[]), ...more])];
    await trx
      .updateTable("areas")
      .set({ aliases: JSON.stringify(aliases) })
      .where("code", "=", code)
      .execute();
  }
}
