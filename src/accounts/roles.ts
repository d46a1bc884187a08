import { ROLES, type Role } from "../api/vocabulary.js";

export { ROLES, type Role };

export const isRole = (s: string): s is Role => (ROLES as readonly string[]).includes(s);

/** Whether a user of this role may do what `needed` may. */
export function atLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
