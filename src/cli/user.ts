import { AccountError, addUser, listUsers, ROLES, removeUser } from "../accounts/users.js";
import { defaultDb } from "../store/connect.js";
import { openForCommand } from "./open-store.js";
import { exitOnClosedPipe, Writer } from "./output.js";
import type { UserAddOptions, UserListOptions } from "./user-help.js";

const fail = (cmd: string, e: AccountError) => {
  process.stderr.write(`solieu user ${cmd}: ${e.message}\n`);
  return e.kind === "usage" ? 2 : 1;
};

/** `solieu user add NAME`: an account for the HTTP API. */
export async function userAddCommand(name: string, opts: UserAddOptions): Promise<number> {
  if (!(ROLES as readonly string[]).includes(opts.role)) {
    process.stderr.write(`solieu user add: vai trò không hợp lệ "${opts.role}" (${ROLES.join(", ")})\n`);
    return 2;
  }
  let password: string | null;
  try {
    password = process.env.SOLIEU_PASSWORD ?? (await readPassword());
  } catch (e) {
    process.stderr.write(`solieu user add: không đọc được mật khẩu (${(e as Error).message})\n`);
    return 2;
  }
  if (password === null) {
    process.stderr.write(
      "solieu user add: không có mật khẩu (đặt SOLIEU_PASSWORD hoặc gõ một dòng vào đầu vào chuẩn)\n",
    );
    return 2;
  }
  const store = await openForCommand(defaultDb(opts.db));
  if (!store) return 2;
  try {
    const user = await addUser(store, name, opts.role, password);
    process.stdout.write(`đã thêm người dùng "${user.name}" (${user.role})\n`);
    return 0;
  } catch (e) {
    if (e instanceof AccountError) return fail("add", e);
    throw e;
  } finally {
    await store.close();
  }
}

/** `solieu user remove NAME`: the account and its sessions go; its reviews keep its name. */
export async function userRemoveCommand(name: string, opts: { db?: string }): Promise<number> {
  const store = await openForCommand(defaultDb(opts.db), { mustExist: true });
  if (!store) return 2;
  try {
    await removeUser(store, name);
    process.stdout.write(`đã xoá người dùng "${name.normalize("NFC")}"\n`);
    return 0;
  } catch (e) {
    if (e instanceof AccountError) return fail("remove", e);
    throw e;
  } finally {
    await store.close();
  }
}

/** `solieu user list`: the accounts, by name. */
export async function userListCommand(opts: UserListOptions): Promise<number> {
  exitOnClosedPipe();
  if (!["table", "json"].includes(opts.format)) {
    process.stderr.write(`solieu user list: unknown format "${opts.format}" (table or json)\n`);
    return 2;
  }
  const store = await openForCommand(defaultDb(opts.db), { mustExist: true });
  if (!store) return 2;
  let users: Awaited<ReturnType<typeof listUsers>>;
  try {
    users = await listUsers(store);
  } finally {
    await store.close();
  }
  const out = new Writer();
  if (opts.format === "json") out.write(`${JSON.stringify({ users })}\n`);
  else {
    out.write(`${["Tên", "Vai trò", "Tạo lúc"].join("\t")}\n`);
    for (const u of users) out.write(`${[u.name, u.role, u.created_at].join("\t")}\n`);
    if (!users.length) out.write("(chưa có người dùng nào)\n");
  }
  await out.drain();
  return 0;
}

/**
 * One line of standard input, without its line end; null when there is none. At a terminal the
 * password is asked for on stderr and not echoed.
 */
async function readPassword(): Promise<string | null> {
  const stdin = process.stdin;
  if (stdin.isTTY) return readHidden();
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) {
    chunks.push(chunk as Buffer);
    if ((chunk as Buffer).includes(10)) break;
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return null;
  return text.split("\n")[0].replace(/\r$/, "");
}

function readHidden(): Promise<string | null> {
  const stdin = process.stdin;
  process.stderr.write("Mật khẩu: ");
  return new Promise((resolve, reject) => {
    let typed = "";
    const done = (value: string | null, error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      process.stderr.write("\n");
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (buf: Buffer) => {
      for (const ch of buf.toString("utf8")) {
        if (ch === "\r" || ch === "\n") return done(typed);
        if (ch === "\u0003") return done(null, new Error("đã huỷ"));
        if (ch === "\u0004") return done(typed || null);
        if (ch === "\u007f" || ch === "\b") typed = [...typed].slice(0, -1).join("");
        else if (ch >= " ") typed += ch;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on("data", onData);
  });
}
