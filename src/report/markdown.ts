/** The report as Markdown: the same content as the DOCX, the table as a pipe table. */
import type { Report, ReportCell } from "./rows.js";

const esc = (s: string) =>
  s
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/\s*\n\s*/g, " ");
const cell = (c: ReportCell) =>
  c.text ? `${esc(c.text)}${c.notes.length ? `<sup>(${c.notes.join(", ")})</sup>` : ""}` : "";
const upper = (s: string) => s.toLocaleUpperCase("vi");

export function reportMarkdown(r: Report): string {
  const out: string[] = [];
  out.push(
    "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  ",
    "**Độc lập - Tự do - Hạnh phúc**",
    "",
    "*…, ngày … tháng … năm …*",
    "",
    `# ${r.title}`,
    "",
    `**${r.subtitle}**`,
    "",
    `Địa bàn: ${r.area ?? "tất cả địa bàn"}`,
    "",
  );
  out.push(
    `| ${r.columns.join(" | ")} |`,
    `|${r.columns.map((_, i) => (i === 1 ? " --- " : " :-: ")).join("|")}|`,
  );
  for (const g of r.groups) {
    out.push(`| **${g.numeral}** | **${esc(upper(g.heading))}** |${" |".repeat(r.columns.length - 2)}`);
    for (const row of g.rows) {
      out.push(
        `| ${[
          String(row.stt),
          esc(row.indicator),
          esc(row.unit),
          cell(row.target),
          cell(row.result),
          row.pct,
          cell(row.compare),
          row.assessment,
        ].join(" | ")} |`,
      );
    }
  }
  if (!r.groups.length)
    out.push(
      `| | Không có chỉ tiêu nào có kế hoạch hoặc kết quả cho ${r.periodLabel} |${" |".repeat(r.columns.length - 2)}`,
    );
  out.push("", "## Ghi chú nguồn số liệu", "");
  if (r.notes.length) for (const n of r.notes) out.push(`(${n.n}) ${esc(n.text)}  `);
  else out.push("Không có số liệu nào được trích dẫn.");
  out.push("", "## Kết quả kiểm tra tính nhất quán của số liệu", "");
  if (r.findings.length) r.findings.forEach((f, i) => void out.push(`${i + 1}. ${esc(f.message)}`));
  else out.push("Không phát hiện số liệu nào không nhất quán.");
  out.push("");
  return out.join("\n");
}
