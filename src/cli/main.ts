import { Command, CommanderError } from "commander";
import { extractCommand } from "./extract.js";

/** The `solieu` command. Returns the exit code; errors go to stderr as one line each. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  let code = 0;
  program
    .name("solieu")
    .description("Số liệu: đọc báo cáo, trích xuất chỉ tiêu và số liệu (Vietnamese report figures)")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  program
    .command("extract")
    .description("Trích xuất số liệu từ tệp báo cáo (.txt .md .docx .pdf), không dùng cơ sở dữ liệu")
    .argument("<files...>", "tệp báo cáo")
    .option("-f, --format <format>", "table | json | jsonl", "table")
    .action(async (files: string[], opts: { format: string }) => {
      code = await extractCommand(files, opts.format);
    });
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return code;
}
