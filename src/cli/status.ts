import { storeStatus } from "../analysis/load.js";
import type { StatusRow } from "../api/types.js";
import { defaultDb } from "../store/connect.js";
import { openForCommand } from "./open-store.js";
import { exitOnClosedPipe, Writer } from "./output.js";

export interface StatusCommandOptions {
  period?: string;
  area?: string;
  all?: boolean;
  db?: string;
  format: string;
}

export const STATUS_VI: Record<StatusRow["status"], string> = {
  exceeded: "Vượt",
  met: "Đạt",
  not_met: "Không đạt",
  no_result: "Chưa có kết quả",
  no_target: "Không có kế hoạch",
};

const HEADER = ["Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "% KH", "Đánh giá", "Nguồn"].join("\t");

/** `solieu status`: plan against result per indicator, area and period. */
export async function statusCommand(opts: StatusCommandOptions): Promise<number> {
  exitOnClosedPipe();
  if (!["table", "json"].includes(opts.format)) {
    process.stderr.write(`solieu status: unknown format "${opts.format}" (table or json)\n`);
    return 2;
  }
  const store = await openForCommand(defaultDb(opts.db), { mustExist: true });
  if (!store) return 2;
  let rows: StatusRow[];
  try {
    rows = await storeStatus(store, { period: opts.period, area: opts.area });
  } finally {
    await store.close();
  }
  const out = new Writer();
  if (opts.format === "json") {
    out.write(`{"rows":[${rows.map((r) => `\n${JSON.stringify(r)}`).join(",")}\n]}\n`);
  } else {
    // Rows without a target are plain results: listed on request only.
    const shown = opts.all ? rows : rows.filter((r) => r.status !== "no_target");
    out.write(`${HEADER}\n`);
    for (const r of shown) out.write(`${tableRow(r, opts)}\n`);
    if (!shown.length) out.write("(không có chỉ tiêu nào có kế hoạch cho kỳ và địa bàn này)\n");
  }
  await out.drain();
  return 0;
}

function tableRow(r: StatusRow, opts: StatusCommandOptions): string {
  let name = r.name.length > 60 ? `${r.name.slice(0, 59)}…` : r.name;
  // Without a period or an area asked, each row says which it is about.
  const scope = [opts.period ? "" : r.period, opts.area ? "" : r.area].filter(Boolean).join(", ");
  if (scope) name = `${name} (${scope})`;
  const target = r.target
    ? `${"derived" in r.target ? "≈" : (r.target.qualifier ?? "")}${r.target.value_text}`
    : "";
  const pct = [
    r.pct_of_target === null ? "" : r.pct_of_target.toLocaleString("vi-VN", { maximumFractionDigits: 1 }),
    r.stated_pct_of_target === null ? "" : `(BC: ${r.stated_pct_of_target.toLocaleString("vi-VN")})`,
  ]
    .filter(Boolean)
    .join(" ");
  const source = r.result ?? r.target;
  return [
    name,
    r.unit,
    target,
    r.result ? `${r.result.qualifier ?? ""}${r.result.value_text}` : "",
    pct,
    STATUS_VI[r.status],
    source ? `${source.doc} L${source.line}` : "",
  ].join("\t");
}
