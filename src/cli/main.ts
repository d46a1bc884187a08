import { Command, CommanderError } from "commander";
import type { AskCommandOptions } from "./ask.js";
import type { BackupCommandOptions, RestoreCommandOptions } from "./backup.js";
import type { ExportOptions } from "./export.js";
import type { ExtractCommandOptions } from "./extract.js";
import { withHintOptions } from "./hints.js";
import type { ImportOptions } from "./import.js";
import type { IngestCommandOptions } from "./ingest.js";
import type { QueryOptions } from "./query.js";
import type { ReportCommandOptions } from "./report.js";
import type { SearchCommandOptions } from "./search.js";
import type { ServeCommandOptions } from "./serve.js";
import type { StatusCommandOptions } from "./status.js";
import { PASSWORD_HELP, type UserAddOptions, type UserListOptions } from "./user-help.js";

// Each command's module is loaded when the command runs: `solieu extract` need not load the
// store, the server or the spreadsheet writer (half a second of start-up between them).
/** The `solieu` command. Returns the exit code; errors go to stderr as one line each. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  let code = 0;
  program
    .name("solieu")
    .description("Số liệu: đọc báo cáo, trích xuất chỉ tiêu và số liệu (Vietnamese report figures)")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  withHintOptions(
    program
      .command("extract")
      .description("Trích xuất số liệu từ tệp báo cáo (.txt .md .docx .pdf), không dùng cơ sở dữ liệu")
      .argument("<files...>", "tệp báo cáo")
      .option("-f, --format <format>", "table | json | jsonl", "table")
      .option(
        "--workers <n>",
        "số luồng đọc các phần của một tệp lớn (mặc định: theo số nhân CPU; 0: chỉ một luồng)",
      ),
  ).action(async (files: string[], opts: ExtractCommandOptions) => {
    code = await (await import("./extract.js")).extractCommand(files, opts);
  });
  withHintOptions(
    program
      .command("ingest")
      .description("Đọc, trích xuất và lưu số liệu vào cơ sở dữ liệu; tệp đã lưu thì bỏ qua")
      .argument("<files...>", "tệp báo cáo")
      .option("--db <db>", "tệp SQLite hoặc URL postgres:// (mặc định SOLIEU_DB hoặc ./solieu.db)")
      .option("-f, --format <format>", "table | json", "table"),
  ).action(async (files: string[], opts: IngestCommandOptions) => {
    code = await (await import("./ingest.js")).ingestCommand(files, opts);
  });
  program
    .command("query")
    .description("Số liệu đã lưu: mọi phiên bản của một chỉ tiêu, tài liệu cũ trước")
    .option("--indicator <code>", "mã chỉ tiêu (grdp_growth) hoặc tên chỉ tiêu, có dấu hoặc không")
    .option("--area <text>", "địa bàn, có dấu hoặc không (huyện Điện Biên, Thanh Chan)")
    .option("--period <code>", "kỳ: 2023, 2023-S1, 2021/2025")
    .option("--kind <kind>", "actual | estimate | target | forecast")
    .option("--doc <name>", "tên tệp tài liệu")
    .option("--limit <n>", "số dòng tối đa")
    .option("--db <db>", "tệp SQLite hoặc URL postgres:// (mặc định SOLIEU_DB hoặc ./solieu.db)")
    .option("-f, --format <format>", "table | json | jsonl", "table")
    .action(async (opts: QueryOptions) => {
      code = await (await import("./query.js")).queryCommand(opts);
    });
  program
    .command("search")
    .description(
      'Tìm câu và dòng bảng trong các báo cáo đã lưu, gõ có dấu hoặc không; "cụm từ" trong ngoặc kép',
    )
    .argument("<text...>", "từ cần tìm")
    .option("--doc <name>", "chỉ trong tài liệu này (tên tệp)")
    .option("--limit <n>", "số kết quả tối đa (mặc định 10)")
    .option("--db <db>", "tệp SQLite hoặc URL postgres:// (mặc định SOLIEU_DB hoặc ./solieu.db)")
    .option("-f, --format <format>", "table | json", "table")
    .action(async (text: string[], opts: SearchCommandOptions) => {
      code = await (await import("./search.js")).searchCommand(text, opts);
    });
  program
    .command("ask")
    .description("Hỏi bằng tiếng Việt, có dấu hoặc không: trả lời một câu, dẫn tài liệu và dòng của số liệu")
    .argument("<question...>", "câu hỏi")
    .option("--limit <n>", "số số liệu tối đa (mặc định 10)")
    .option("--db <db>", "tệp SQLite hoặc URL postgres:// (mặc định SOLIEU_DB hoặc ./solieu.db)")
    .option("-f, --format <format>", "table | json", "table")
    .action(async (question: string[], opts: AskCommandOptions) => {
      code = await (await import("./ask.js")).askCommand(question, opts);
    });
  program
    .command("status")
    .description("Kế hoạch và thực hiện theo chỉ tiêu, địa bàn và kỳ: vượt, đạt, không đạt, chưa có kết quả")
    .option("--period <code>", "kỳ: 2020, 2023-S1, 2021/2025 (một năm gồm cả giai đoạn kết thúc năm đó)")
    .option("--area <text>", "địa bàn, có dấu hoặc không (tỉnh Điện Biên)")
    .option("--all", "bảng: liệt kê cả chỉ tiêu không có kế hoạch")
    .option("--db <db>", "tệp SQLite hoặc URL postgres:// (mặc định SOLIEU_DB hoặc ./solieu.db)")
    .option("-f, --format <format>", "table | json", "table")
    .action(async (opts: StatusCommandOptions) => {
      code = await (await import("./status.js")).statusCommand(opts);
    });
  program
    .command("check")
    .description(
      "Kiểm tra tính nhất quán: tỷ lệ ghi sai, số liệu vênh nhau, thành phần và tổng, chỉ tiêu bỏ sót",
    )
    .option("--db <db>", "tệp SQLite hoặc URL postgres:// (mặc định SOLIEU_DB hoặc ./solieu.db)")
    .option("-f, --format <format>", "table | json", "table")
    .action(async (opts: { db?: string; format: string }) => {
      code = await (await import("./check.js")).checkCommand(opts);
    });
  program
    .command("report")
    .description("Báo cáo kết quả thực hiện các chỉ tiêu kế hoạch của một kỳ (DOCX hoặc Markdown)")
    .option("--period <code>", "kỳ báo cáo (bắt buộc): 2023, 2023-S1, 2021/2025")
    .option("--area <text>", "địa bàn, có dấu hoặc không (tỉnh Điện Biên, huyen Dien Bien)")
    .option("-f, --format <format>", "docx | md (mặc định theo đuôi tệp --out, không có thì docx)")
    .option("--out <file>", "tệp kết quả (.docx hoặc .md); md không có --out thì in ra màn hình")
    .option("--db <db>", "tệp SQLite hoặc URL postgres:// (mặc định SOLIEU_DB hoặc ./solieu.db)")
    .action(async (opts: ReportCommandOptions) => {
      code = await (await import("./report.js")).reportCommand(opts);
    });
  program
    .command("export")
    .description("Xuất số liệu đã lưu ra tệp CSV, Excel, SDMX-CSV hoặc DHIS2 JSON")
    .requiredOption("-f, --format <format>", "csv | xlsx | sdmx-csv | dhis2-json")
    .requiredOption("-o, --out <file>", "tệp kết quả")
    .option("--indicator <code>", "mã chỉ tiêu (grdp_growth) hoặc tên chỉ tiêu, có dấu hoặc không")
    .option("--area <text>", "địa bàn, có dấu hoặc không (huyện Điện Biên, Thanh Chan)")
    .option("--period <code>", "kỳ: 2023, 2023-S1, 2021/2025")
    .option("--kind <kind>", "actual | estimate | target | forecast")
    .option(
      "--mapping <file>",
      "dhis2-json: tệp JSON ánh xạ mã chỉ tiêu, địa bàn sang id DHIS2 (xem docs/dhis2.md)",
    )
    .option("--db <db>", "tệp SQLite hoặc URL postgres:// (mặc định SOLIEU_DB hoặc ./solieu.db)")
    .action(async (opts: ExportOptions) => {
      code = await (await import("./export.js")).exportCommand(opts);
    });
  program
    .command("import")
    .description(
      "Nhập số liệu nhập tay từ tệp CSV hoặc Excel (các cột như tệp xuất); có lỗi thì không lưu gì",
    )
    .argument("<file>", "tệp .csv hoặc .xlsx")
    .option("--partial", "lưu các dòng đúng, bỏ qua và liệt kê các dòng lỗi")
    .option("--db <db>", "tệp SQLite hoặc URL postgres:// (mặc định SOLIEU_DB hoặc ./solieu.db)")
    .action(async (file: string, opts: ImportOptions) => {
      code = await (await import("./import.js")).importCommand(file, opts);
    });
  program
    .command("serve")
    .description("Chạy API HTTP (JSON) trên cơ sở dữ liệu; tài liệu API tại /api/docs")
    .option("--port <n>", "cổng (mặc định 8080)")
    .option("--host <host>", "địa chỉ lắng nghe (mặc định 127.0.0.1, chỉ máy này; 0.0.0.0 cho mọi máy)")
    .option(
      "--read <access>",
      "open: ai cũng xem được | signed-in: phải đăng nhập mới xem (mặc định open); sửa số liệu, tải tệp lên luôn cần đăng nhập",
      "open",
    )
    .option("--db <db>", "tệp SQLite hoặc URL postgres:// (mặc định SOLIEU_DB hoặc ./solieu.db)")
    .action(async (opts: ServeCommandOptions) => {
      code = await (await import("./serve.js")).serveCommand(opts);
    });
  program
    .command("backup")
    .description(
      "Sao lưu cơ sở dữ liệu SQLite vào một tệp, ngay cả khi đang dùng (sao lưu trực tuyến); PostgreSQL: in lệnh pg_dump",
    )
    .requiredOption("-o, --out <file>", "tệp sao lưu (ghi đè khi bản mới đã toàn vẹn)")
    .option("--db <db>", "tệp SQLite hoặc URL postgres:// (mặc định SOLIEU_DB hoặc ./solieu.db)")
    .option("-f, --format <format>", "table | json", "table")
    .action(async (opts: BackupCommandOptions) => {
      code = await (await import("./backup.js")).backupCommand(opts);
    });
  program
    .command("restore")
    .description(
      "Khôi phục tệp sao lưu (của solieu backup) vào một kho trống, SQLite hoặc PostgreSQL: tài liệu, số liệu, lượt duyệt, người dùng",
    )
    .argument("<file>", "tệp sao lưu")
    .option("--db <db>", "kho đích: tệp SQLite hoặc URL postgres:// (mặc định SOLIEU_DB hoặc ./solieu.db)")
    .option("-f, --format <format>", "table | json", "table")
    .action(async (file: string, opts: RestoreCommandOptions) => {
      code = await (await import("./backup.js")).restoreCommand(file, opts);
    });
  const user = program
    .command("user")
    .description(
      "Tài khoản đăng nhập API và ứng dụng web: viewer chỉ xem; editor xác nhận, sửa, loại số liệu và tải báo cáo lên; admin như editor",
    );
  user
    .command("add")
    .description("Thêm người dùng")
    .argument("<name>", "tên đăng nhập (chữ, số và . _ @ -, tối đa 64 ký tự)")
    .option("--role <role>", "viewer | editor | admin", "viewer")
    .option("--db <db>", "tệp SQLite hoặc URL postgres:// (mặc định SOLIEU_DB hoặc ./solieu.db)")
    .addHelpText("after", PASSWORD_HELP)
    .action(async (name: string, opts: UserAddOptions) => {
      code = await (await import("./user.js")).userAddCommand(name, opts);
    });
  user
    .command("remove")
    .description("Xoá người dùng và các phiên đăng nhập của họ (lịch sử duyệt số liệu vẫn giữ tên)")
    .argument("<name>", "tên đăng nhập")
    .option("--db <db>", "tệp SQLite hoặc URL postgres:// (mặc định SOLIEU_DB hoặc ./solieu.db)")
    .action(async (name: string, opts: { db?: string }) => {
      code = await (await import("./user.js")).userRemoveCommand(name, opts);
    });
  user
    .command("list")
    .description("Liệt kê người dùng")
    .option("--db <db>", "tệp SQLite hoặc URL postgres:// (mặc định SOLIEU_DB hoặc ./solieu.db)")
    .option("-f, --format <format>", "table | json", "table")
    .action(async (opts: UserListOptions) => {
      code = await (await import("./user.js")).userListCommand(opts);
    });
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return code;
}
