import { deleteUser, findUser, insertUser, userRows } from "../store/accounts.js";
import type { Store } from "../store/connect.js";
import { decoyHash, hashPassword, MAX_PASSWORD, MIN_PASSWORD, verifyPassword } from "./password.js";
import { isRole, ROLES, type Role } from "./roles.js";

export { atLeast, isRole, ROLES, type Role } from "./roles.js";

export interface User {
  name: string;
  role: Role;
}

export interface ListedUser extends User {
  created_at: string;
}

/** An account operation refused, said in one line; `usage` for what the caller got wrong. */
export class AccountError extends Error {
  override name = "AccountError";
  constructor(
    message: string,
    readonly kind: "exists" | "missing" | "usage",
  ) {
    super(message);
  }
}

/** Letters (any script), digits and . _ @ -, at most 64: a name that prints and types alike. */
const NAME = /^[\p{L}\p{N}._@-]{1,64}$/u;

const normal = (name: string) => name.normalize("NFC");

/** Make an account. Throws AccountError: a bad name, role or password, or the name taken. */
export async function addUser(store: Store, name: string, role: string, password: string): Promise<User> {
  name = normal(name);
  if (!NAME.test(name))
    throw new AccountError(
      `tên người dùng không hợp lệ "${name}" (chữ, số và . _ @ -, tối đa 64 ký tự)`,
      "usage",
    );
  if (!isRole(role)) throw new AccountError(`vai trò không hợp lệ "${role}" (${ROLES.join(", ")})`, "usage");
  if ([...password].length < MIN_PASSWORD)
    throw new AccountError(`mật khẩu quá ngắn (ít nhất ${MIN_PASSWORD} ký tự)`, "usage");
  if (password.length > MAX_PASSWORD)
    throw new AccountError(`mật khẩu quá dài (tối đa ${MAX_PASSWORD} ký tự)`, "usage");
  const exists = () => findUser(store, name).then((r) => !!r);
  const taken = new AccountError(`người dùng "${name}" đã có`, "exists");
  if (await exists()) throw taken;
  const password_hash = await hashPassword(password);
  try {
    await insertUser(store, { name, role, password_hash, created_at: new Date().toISOString() });
  } catch (e) {
    // Made meanwhile by another process: the primary key refused the second.
    if (await exists().catch(() => false)) throw taken;
    throw e;
  }
  return { name, role };
}

/** Remove an account and end its sessions (its reviews keep its name). Throws when there is none. */
export async function removeUser(store: Store, name: string): Promise<void> {
  name = normal(name);
  if (!(await deleteUser(store, name))) throw new AccountError(`không có người dùng "${name}"`, "missing");
}

/** Every account, by name. */
export async function listUsers(store: Store): Promise<ListedUser[]> {
  const rows = await userRows(store);
  return rows.map((r) => ({ name: r.name, role: r.role as Role, created_at: r.created_at }));
}

/**
 * The user these credentials sign in, or null: a wrong name takes as long as a wrong password,
 * so the answer does not tell which names exist.
 */
export async function verifyUser(store: Store, name: string, password: string): Promise<User | null> {
  const row = name.length <= 64 ? await findUser(store, normal(name)) : undefined;
  if (!row) {
    await verifyPassword(password, await decoyHash());
    return null;
  }
  if (!(await verifyPassword(password, row.password_hash)) || !isRole(row.role)) return null;
  return { name: row.name, role: row.role };
}
