import { z } from "zod";
import { seriesCode } from "../catalogue/link.js";
import type { Fact, Kind } from "../facts/types.js";
import { numberText } from "./columns.js";

/**
 * DHIS2 dataValueSets JSON (docs/dhis2.md). A mapping file says which DHIS2 ids our codes are:
 * data elements by indicator code (or "code:kind" for targets and forecasts), organisation
 * units by area code or area name, attribute option combos by kind.
 */
export const Dhis2MappingSchema = z.object({
  dataElements: z.record(z.string(), z.string().min(1)).default({}),
  orgUnits: z.record(z.string(), z.string().min(1)).default({}),
  attributeOptionCombos: z.record(z.string(), z.string().min(1)).optional(),
});
export type Dhis2Mapping = z.infer<typeof Dhis2MappingSchema>;

export interface DataValue {
  dataElement: string;
  period: string;
  orgUnit: string;
  attributeOptionCombo?: string;
  value: string;
  comment: string;
}

const KIND_VI: Record<Kind, string> = {
  actual: "thực hiện",
  estimate: "ước tính",
  target: "kế hoạch",
  forecast: "dự báo",
};

/**
 * A period code as a DHIS2 period: 2023, 2023S1, 2023Q3, 202306, 20230619. A span has no DHIS2
 * period: it is given its last part (2021/2025 → 2025) and a note saying so. Null when unknown.
 */
export function dhis2Period(code: string): { period: string; note?: string } | null {
  const one = (c: string): string | null => {
    const m = /^(\d{4})(?:-(S[12]|Q[1-4]|(0[1-9]|1[0-2]))(?:-(\d{2}))?)?$/.exec(c);
    if (!m) return null;
    const [, y, part, month, day] = m;
    if (day) return month ? `${y}${month}${day}` : null;
    if (month) return `${y}${month}`;
    return part ? `${y}${part}` : y;
  };
  const parts = code.split("/");
  if (parts.length === 1) {
    const p = one(code);
    return p ? { period: p } : null;
  }
  if (parts.length !== 2 || !one(parts[0])) return null;
  const last = one(parts[1]);
  if (!last) return null;
  const note = /^\d{4}$/.test(parts[1]) ? `giai đoạn ${code}` : `lũy kế ${code}`;
  return { period: last, note: `${note}, ghi vào kỳ cuối ${last}` };
}

export interface Dhis2Result {
  json: string;
  values: number;
  noCode: number;
  badPeriod: number;
  /** Indicator codes and areas the mapping does not name (their facts are left out). */
  unmappedIndicators: string[];
  unmappedAreas: string[];
  /** Values replaced by a later version with the same key (the newest document wins). */
  replaced: number;
}

/**
 * The facts with an indicator code as DHIS2 data values. Without a mapping our codes are the
 * ids (a target or forecast gets "code_target", "code_forecast"). Facts are oldest document
 * first, so for one key (data element, period, org unit, attribute option combo) the newest wins.
 */
export function factsDhis2(
  facts: Fact[],
  areaCode: (area: string) => string,
  mapping: Dhis2Mapping | null,
): Dhis2Result {
  const byKey = new Map<string, DataValue>();
  let noCode = 0;
  let badPeriod = 0;
  let replaced = 0;
  const unmappedIndicators = new Set<string>();
  const unmappedAreas = new Set<string>();
  for (const f of facts) {
    const code = f.indicator.code ? seriesCode(f.indicator.code, f.measure) : null;
    if (!code) {
      noCode++;
      continue;
    }
    const p = dhis2Period(f.period);
    if (!p) {
      badPeriod++;
      continue;
    }
    const area = areaCode(f.area);
    const aoc = mapping?.attributeOptionCombos?.[f.kind];
    let dataElement: string | undefined;
    let orgUnit: string | undefined;
    if (mapping) {
      dataElement =
        mapping.dataElements[`${code}:${f.kind}`] ??
        // Results share the indicator's element; targets and forecasts only when told apart.
        (f.kind === "actual" || f.kind === "estimate" || aoc ? mapping.dataElements[code] : undefined);
      orgUnit = mapping.orgUnits[area] ?? mapping.orgUnits[f.area];
      if (!dataElement) unmappedIndicators.add(`${code}:${f.kind}`);
      if (!orgUnit) unmappedAreas.add(f.area);
      if (!dataElement || !orgUnit) continue;
    } else {
      dataElement = f.kind === "actual" || f.kind === "estimate" ? code : `${code}_${f.kind}`;
      orgUnit = area;
    }
    const unit = f.unit ? ` ${f.unit}` : "";
    const comment = [`${KIND_VI[f.kind]}: ${f.value_text}${unit}`, p.note, `nguồn: ${f.doc}, dòng ${f.line}`]
      .filter(Boolean)
      .join("; ");
    const v: DataValue = { dataElement, period: p.period, orgUnit, value: numberText(f.value), comment };
    if (aoc) v.attributeOptionCombo = aoc;
    const key = [dataElement, p.period, orgUnit, aoc ?? ""].join("\u0000");
    if (byKey.has(key)) replaced++;
    byKey.delete(key);
    byKey.set(key, v);
  }
  const dataValues = [...byKey.values()];
  return {
    json: `${JSON.stringify({ dataValues }, null, 2)}\n`,
    values: dataValues.length,
    noCode,
    badPeriod,
    unmappedIndicators: [...unmappedIndicators].sort(),
    unmappedAreas: [...unmappedAreas].sort(),
    replaced,
  };
}
