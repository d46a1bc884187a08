import type { Kysely } from "kysely";
import { codeOf, levelOf } from "../catalogue/area-names.js";
import { COUNTRY, PROVINCES, type UnitData } from "../catalogue/areas-data.js";
import { INDICATORS } from "../catalogue/indicators.js";
import type { AreasTable, Database, IndicatorsTable } from "./schema.js";

/**
 * Fill the catalogue and the known administrative units. Idempotent: only missing codes are
 * inserted, and a row already there is left as it is (its aliases may have grown since).
 * Reads first, so opening a seeded store writes nothing.
 */
export async function seedStore(db: Kysely<Database>): Promise<void> {
  const have = async (table: "indicators" | "areas") =>
    new Set((await db.selectFrom(table).select("code").execute()).map((r) => r.code));
  const [indicators, areas] = await Promise.all([have("indicators"), have("areas")]);
  const newIndicators = indicatorRows().filter((r) => !indicators.has(r.code));
  const newAreas = areaRows().filter((r) => !areas.has(r.code));
  if (!newIndicators.length && !newAreas.length) return;
  await db.transaction().execute(async (trx) => {
    if (newIndicators.length)
      await trx
        .insertInto("indicators")
        .values(newIndicators)
        .onConflict((oc) => oc.column("code").doNothing())
        .execute();
    if (newAreas.length)
      await trx
        .insertInto("areas")
        .values(newAreas)
        .onConflict((oc) => oc.column("code").doNothing())
        .execute();
  });
}

function indicatorRows(): IndicatorsTable[] {
  return INDICATORS.map((i) => ({
    code: i.code,
    name_vi: i.name_vi,
    name_en: i.name_en,
    unit: i.unit,
    direction: i.direction,
    sector: i.sector,
    aliases: JSON.stringify(i.aliases),
  }));
}

export function areaRows(): AreasTable[] {
  const rows: AreasTable[] = [];
  const walk = (u: UnitData, parent: string | null) => {
    const code = u.code ?? codeOf(u.name);
    rows.push({
      code,
      name: u.name,
      level: levelOf(u.name),
      parent,
      valid_from: null,
      valid_to: u.valid_to ?? null,
      successor: null,
      aliases: JSON.stringify(u.aliases ?? []),
    });
    for (const c of u.units ?? []) walk(c, code);
  };
  walk(COUNTRY, null);
  for (const p of PROVINCES) walk(p, null);
  return rows;
}
