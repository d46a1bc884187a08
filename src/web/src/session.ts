import { useEffect, useState } from "preact/hooks";
import { ApiError, apiGet, apiSend, setCsrf } from "./api";
import type { Session, User } from "./types";

/**
 * Who is signed in: GET /api/session once at start, POST to sign in, DELETE to sign out.
 * The CSRF token stays in memory (api.ts), never in storage.
 */

export interface SessionState extends Session {
  /** False until the first answer (or its failure) arrived. */
  loaded: boolean;
}

let state: SessionState = { user: null, csrf: null, read: "open", loaded: false };
const listeners = new Set<(s: SessionState) => void>();

function set(next: SessionState): void {
  state = next;
  setCsrf(next.csrf);
  for (const l of listeners) l(state);
}

export function currentSession(): SessionState {
  return state;
}

export async function loadSession(): Promise<void> {
  try {
    const s = await apiGet<Session>("/api/session");
    set({ user: s.user ?? null, csrf: s.csrf ?? null, read: s.read ?? "open", loaded: true });
  } catch (err) {
    // A server without sessions (404) reads openly and has nobody to sign in.
    if (!(err instanceof ApiError)) console.warn(err);
    set({ ...state, user: null, csrf: null, loaded: true });
  }
}

export async function signIn(name: string, password: string): Promise<User | null> {
  const s = await apiSend<{ user: User | null; csrf: string | null }>("POST", "/api/session", {
    name,
    password,
  });
  set({ ...state, user: s.user, csrf: s.csrf, loaded: true });
  return s.user;
}

export async function signOut(): Promise<void> {
  try {
    await apiSend<unknown>("DELETE", "/api/session");
  } finally {
    set({ ...state, user: null, csrf: null });
    // A server may hand out a new token to the signed-out visitor.
    await loadSession();
  }
}

/** Roles that may only read; any other signed-in role may review and upload (the server decides). */
const READ_ONLY_ROLES = new Set(["viewer", "reader", "guest"]);

export function canEdit(s: SessionState): boolean {
  return !!s.user && !READ_ONLY_ROLES.has(s.user.role);
}

export function useSession(): SessionState {
  const [s, setS] = useState(state);
  useEffect(() => {
    listeners.add(setS);
    setS(state);
    return () => {
      listeners.delete(setS);
    };
  }, []);
  return s;
}
