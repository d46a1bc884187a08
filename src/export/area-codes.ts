import { codeOf } from "../catalogue/area-names.js";
import { knownAreas, resolveArea } from "../store/areas.js";
import type { Store } from "../store/connect.js";

/**
 * The code of the unit a fact's area names, as the areas table knows it ("tỉnh Điện Biên" →
 * "dien-bien"); for a name it does not know, the code derived from the name.
 */
export async function areaCoder(store: Store): Promise<(area: string) => string> {
  const areas = await knownAreas(store);
  const cache = new Map<string, string>();
  return (area) => {
    let code = cache.get(area);
    if (code === undefined) {
      const units = resolveArea(areas, area);
      code = units.length === 1 ? units[0].code : codeOf(area);
      cache.set(area, code);
    }
    return code;
  };
}
