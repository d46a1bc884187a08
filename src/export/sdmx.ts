import { seriesCode } from "../catalogue/link.js";
import type { Fact } from "../facts/types.js";
import { fold } from "../text/fold.js";
import { numberText } from "./columns.js";
import { csvLine } from "./csv.js";

/** The dataflow the rows belong to, as SDMX-CSV 2.0 names it in STRUCTURE / STRUCTURE_ID. */
export const SDMX_STRUCTURE_ID = "SOLIEU:DF_FACTS(1.0)";

export const SDMX_HEADER = [
  "STRUCTURE",
  "STRUCTURE_ID",
  "ACTION",
  "INDICATOR",
  "REF_AREA",
  "TIME_PERIOD",
  "VALUE_TYPE",
  "OBS_VALUE",
  "UNIT_MEASURE",
  "OBS_STATUS",
  "SOURCE_DOC",
  "SOURCE_LINE",
];

/**
 * A period code as an SDMX time period. Ours already are for years (2023), half-years
 * (2023-S1), quarters (2023-Q3), months (2023-06), days (2023-06-19) and spans of years
 * (2021/2025) or months (2023-01/2023-10), which are ISO 8601 intervals; anything else is null.
 */
export function sdmxPeriod(code: string): string | null {
  const one = /^\d{4}(?:-(?:S[12]|Q[1-4]|(?:0[1-9]|1[0-2])(?:-\d{2})?))?$/;
  const parts = code.split("/");
  if (parts.length === 1) return one.test(code) ? code : null;
  if (parts.length === 2 && parts.every((p) => one.test(p))) return code;
  return null;
}

/** SDMX CL_OBS_STATUS: A normal, E estimated, F forecast; a target is the normal value of its series. */
const OBS_STATUS: Record<Fact["kind"], string> = { actual: "A", estimate: "E", forecast: "F", target: "A" };

/** Units as short codes (SDMX CL_UNIT style); any other unit as its folded, upper-case name. */
const UNITS: Record<string, string> = {
  "%": "PT",
  "‰": "PER_MILLE",
  đồng: "VND",
  "nghìn đồng": "VND_TH",
  "triệu đồng": "VND_MN",
  "tỷ đồng": "VND_BN",
  USD: "USD",
  "triệu USD": "USD_MN",
  ha: "HA",
  tấn: "T",
  người: "PS",
  hộ: "HH",
};

export function sdmxUnit(unit: string): string {
  return (
    UNITS[unit] ??
    fold(unit)
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, "_")
      .replace(/^_|_$/g, "")
  );
}

export interface SdmxResult {
  text: string;
  rows: number;
  /** Facts left out: without an indicator code, or with a period SDMX cannot say. */
  noCode: number;
  badPeriod: number;
}

/** SDMX-CSV 2.0 (UTF-8, no byte order mark): one observation per fact with an indicator code. */
export function factsSdmx(facts: Fact[], areaCode: (area: string) => string): SdmxResult {
  const out = [csvLine(SDMX_HEADER)];
  let noCode = 0;
  let badPeriod = 0;
  for (const f of facts) {
    if (!f.indicator.code) {
      noCode++;
      continue;
    }
    const time = sdmxPeriod(f.period);
    if (!time) {
      badPeriod++;
      continue;
    }
    out.push(
      csvLine([
        "dataflow",
        SDMX_STRUCTURE_ID,
        "I",
        seriesCode(f.indicator.code, f.measure),
        areaCode(f.area),
        time,
        f.kind,
        numberText(f.value),
        sdmxUnit(f.unit),
        OBS_STATUS[f.kind],
        f.doc,
        String(f.line),
      ]),
    );
  }
  return { text: out.join(""), rows: out.length - 1, noCode, badPeriod };
}
