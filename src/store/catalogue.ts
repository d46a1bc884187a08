import type { Area, Indicator } from "../api/types.js";
import type { Store } from "./connect.js";

/** The indicator catalogue the store holds, by code. */
export async function listIndicators(store: Store): Promise<Indicator[]> {
  const rows = await store.db
    .selectFrom("indicators")
    .select(["code", "name_vi", "name_en", "unit", "direction", "sector", "aliases"])
    .orderBy("code")
    .execute();
  return rows.map((r) => ({
    ...r,
    direction: r.direction as Indicator["direction"],
    aliases: JSON.parse(r.aliases) as string[],
  }));
}

/** The administrative units the store knows, with their other spellings, by code. */
export async function listAreas(store: Store): Promise<Area[]> {
  const rows = await store.db
    .selectFrom("areas")
    .select(["code", "name", "level", "parent", "valid_from", "valid_to", "successor", "aliases"])
    .orderBy("code")
    .execute();
  return rows.map((r) => ({ ...r, aliases: JSON.parse(r.aliases) as string[] }));
}
