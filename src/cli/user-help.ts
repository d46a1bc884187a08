/** What `solieu user …` takes and says in its help, without loading the accounts store. */

export interface UserAddOptions {
  role: string;
  db?: string;
}

export interface UserListOptions {
  format: string;
  db?: string;
}

/** How `solieu user add` gets the password, said in its help. */
export const PASSWORD_HELP = `
Mật khẩu (ít nhất 8 ký tự) lấy từ biến môi trường SOLIEU_PASSWORD nếu có, nếu không thì đọc
một dòng từ đầu vào chuẩn (gõ vào, không hiện lên màn hình; hoặc qua ống: echo "$MK" | solieu user add lan).
(The password comes from SOLIEU_PASSWORD when set, else one line of standard input.)`;
