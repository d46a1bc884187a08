/**
 * Shared by the export and import tests: a small report of our own, and the commands run in
 * process with what they print captured.
 */

import { vi } from "vitest";

export const REPORT = [
  "BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI NĂM 2023",
  "",
  "Điện Biên, ngày 15 tháng 12 năm 2023",
  "",
  "Năm 2023, tốc độ tăng trưởng kinh tế (GRDP) của tỉnh Điện Biên ước đạt 7,5%. Tỷ lệ hộ nghèo của tỉnh Điện Biên giảm còn 25,1%.",
  "",
  "Tổng thu ngân sách nhà nước trên địa bàn đạt 1.530,5 tỷ đồng, bằng 102,3% dự toán. Kế hoạch năm 2024, phấn đấu tốc độ tăng trưởng kinh tế đạt 8,0-8,5%.",
  "",
  'Trong 6 tháng đầu năm 2023, toàn tỉnh có 389/460 trường đạt chuẩn quốc gia, chiếm 84,57%; đón 1,2 triệu lượt khách du lịch, "tăng 15%", so với cùng kỳ.',
  "",
  "Bình quân giai đoạn 2021-2025, tốc độ tăng trưởng kinh tế của tỉnh Điện Biên phấn đấu đạt 7,0%.",
  "",
].join("\n");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run a command function with stdout and stderr captured. */
export async function captured(fn: () => Promise<number>): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => {
    stdout += String(s);
    return true;
  });
  const err = vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => {
    stderr += String(s);
    return true;
  });
  try {
    const code = await fn();
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
