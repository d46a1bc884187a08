import type { Kind } from "../facts/types.js";
import type { Store } from "../store/connect.js";
import { queryFacts } from "../store/query.js";
import { areaCoder } from "./area-codes.js";
import { factsCsv } from "./csv.js";
import { type Dhis2Mapping, factsDhis2 } from "./dhis2.js";
import { factsSdmx } from "./sdmx.js";
import { factsXlsx } from "./xlsx.js";

export const EXPORT_FORMATS = ["csv", "xlsx", "sdmx-csv", "dhis2-json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How each format is served and named. */
export const EXPORT_MEDIA: Record<ExportFormat, { type: string; extension: string }> = {
  csv: { type: "text/csv; charset=utf-8", extension: "csv" },
  xlsx: { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" },
  "sdmx-csv": { type: "application/vnd.sdmx.data+csv; version=2.0.0; charset=utf-8", extension: "csv" },
  "dhis2-json": { type: "application/json; charset=utf-8", extension: "json" },
};

export interface ExportFilter {
  indicator?: string;
  area?: string;
  period?: string;
  kind?: Kind;
}

export interface Exported {
  data: string | Buffer;
  /** Facts (or values, rows) written. */
  count: number;
  /** What was left out and why, in Vietnamese, one line each. */
  notes: string[];
}

/** The stored facts, filtered like `solieu query`, in one of the export formats (CLI and API alike). */
export async function exportFacts(
  store: Store,
  format: ExportFormat,
  filter: ExportFilter = {},
  mapping: Dhis2Mapping | null = null,
): Promise<Exported> {
  const facts = await queryFacts(store, filter);
  const notes: string[] = [];
  if (format === "csv") return { data: factsCsv(facts), count: facts.length, notes };
  if (format === "xlsx") return { data: await factsXlsx(facts), count: facts.length, notes };
  if (format === "sdmx-csv") {
    const r = factsSdmx(facts, await areaCoder(store));
    if (r.noCode) notes.push(`${r.noCode} số liệu không có mã chỉ tiêu, không xuất`);
    if (r.badPeriod) notes.push(`${r.badPeriod} số liệu có kỳ không theo mã SDMX, không xuất`);
    return { data: r.text, count: r.rows, notes };
  }
  if (!mapping) notes.push("không có --mapping: dùng mã chỉ tiêu và mã địa bàn của solieu làm id DHIS2");
  const r = factsDhis2(facts, await areaCoder(store), mapping);
  if (r.noCode) notes.push(`${r.noCode} số liệu không có mã chỉ tiêu, không xuất`);
  if (r.badPeriod) notes.push(`${r.badPeriod} số liệu có kỳ không theo kỳ DHIS2, không xuất`);
  if (r.unmappedIndicators.length)
    notes.push(`chỉ tiêu chưa có trong tệp ánh xạ, không xuất: ${r.unmappedIndicators.join(", ")}`);
  if (r.unmappedAreas.length)
    notes.push(`địa bàn chưa có trong tệp ánh xạ, không xuất: ${r.unmappedAreas.join(", ")}`);
  if (r.replaced) notes.push(`${r.replaced} giá trị trùng khóa được thay bằng bản mới hơn`);
  return { data: r.json, count: r.values, notes };
}
