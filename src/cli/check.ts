import { storeFindings } from "../analysis/load.js";
import type { Finding } from "../api/types.js";
import { defaultDb } from "../store/connect.js";
import { openForCommand } from "./open-store.js";
import { exitOnClosedPipe, Writer } from "./output.js";

export const FINDING_VI: Record<Finding["type"], string> = {
  stated_ratio: "Tỷ lệ ghi không khớp số liệu",
  conflicting_values: "Số liệu vênh nhau",
  parts_total: "Thành phần không khớp tổng",
  growth_levels: "Tốc độ tăng không khớp hai mức",
  unreported_target: "Chỉ tiêu không được báo cáo kết quả",
};

/** `solieu check`: consistency findings over the stored figures, flagged and never fixed. */
export async function checkCommand(opts: { db?: string; format: string }): Promise<number> {
  exitOnClosedPipe();
  if (!["table", "json"].includes(opts.format)) {
    process.stderr.write(`solieu check: unknown format "${opts.format}" (table or json)\n`);
    return 2;
  }
  const store = await openForCommand(defaultDb(opts.db), { mustExist: true });
  if (!store) return 2;
  let findings: Finding[];
  try {
    findings = await storeFindings(store);
  } finally {
    await store.close();
  }
  const out = new Writer();
  if (opts.format === "json") {
    out.write(`{"findings":[${findings.map((f) => `\n${JSON.stringify(f)}`).join(",")}\n]}\n`);
  } else {
    out.write(`${["Loại", "Nội dung", "Nguồn"].join("\t")}\n`);
    for (const f of findings) {
      const where = [...new Set(f.facts.map((x) => `${x.doc} L${x.line}`))].join("; ");
      out.write(`${[FINDING_VI[f.type], f.message, where].join("\t")}\n`);
    }
    if (!findings.length) out.write("(không phát hiện điểm vênh nào)\n");
  }
  await out.drain();
  return 0;
}
