/**
 * Limits on guessing passwords: after `maxFailures` failed sign-ins for one name, or from one
 * address, within `windowMs`, every further attempt for that name or from that address is
 * refused until the window has moved past enough of them — the right password too, so that a
 * guesser cannot tell a hit. Names are counted whether or not they exist, so the limit says
 * nothing about which do. Refused attempts are not counted: the lock lifts `windowMs` after the
 * failures that set it, however often the guesser knocks meanwhile.
 *
 * Counted in this process's memory: a server restarted starts afresh, and several servers over
 * one database each count their own.
 */

export interface SignInLimitOptions {
  /** Failures allowed within the window; the next attempt is refused (5). */
  maxFailures?: number;
  /** How far back failures count (15 minutes). */
  windowMs?: number;
  /** The clock, in milliseconds (Date.now); tests move it. */
  now?: () => number;
  /** Names and addresses remembered at most: a flood of made-up names cannot grow memory without end. */
  maxKeys?: number;
}

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_MAX_FAILURES = 5;

export class SignInLimits {
  readonly maxFailures: number;
  readonly windowMs: number;
  readonly now: () => number;
  private readonly maxKeys: number;
  /** Failure times by key ("name:…" or "addr:…"), oldest first; a Map keeps the oldest key first. */
  private readonly failures = new Map<string, number[]>();

  constructor(opts: SignInLimitOptions = {}) {
    this.maxFailures = opts.maxFailures ?? SIGN_IN_MAX_FAILURES;
    this.windowMs = opts.windowMs ?? SIGN_IN_WINDOW_MS;
    this.now = opts.now ?? Date.now;
    this.maxKeys = opts.maxKeys ?? 100_000;
  }

  /** Seconds until an attempt for this name from this address is allowed; 0 when it is now. */
  retryAfter(name: string, address: string): number {
    const now = this.now();
    let until = 0;
    for (const key of keys(name, address)) {
      const times = this.recent(key, now);
      // Locked while maxFailures of them are in the window: until the oldest of the last ones leaves.
      if (times.length >= this.maxFailures)
        until = Math.max(until, times[times.length - this.maxFailures] + this.windowMs);
    }
    return until > now ? Math.ceil((until - now) / 1000) : 0;
  }

  /** A failed sign-in for this name from this address. */
  failed(name: string, address: string): void {
    const now = this.now();
    for (const key of keys(name, address)) {
      const times = this.recent(key, now);
      times.push(now);
      // Re-inserted, so the Map's first key is the one failed longest ago.
      this.failures.delete(key);
      this.failures.set(key, times);
    }
    while (this.failures.size > this.maxKeys) {
      const oldest = this.failures.keys().next().value;
      if (oldest === undefined) break;
      this.failures.delete(oldest);
    }
  }

  /** A sign-in that succeeded: the name's own failures are forgotten (its address's are not). */
  succeeded(name: string): void {
    this.failures.delete(nameKey(name));
  }

  /** The key's failures still in the window (older ones dropped). */
  private recent(key: string, now: number): number[] {
    const times = this.failures.get(key);
    if (!times) return [];
    const from = times.findIndex((t) => t > now - this.windowMs);
    if (from === -1) {
      this.failures.delete(key);
      return [];
    }
    if (from > 0) times.splice(0, from);
    return times;
  }
}

/** One name however it is typed: NFC, any case ("Admin" and "admin" share a count). */
const nameKey = (name: string) => `name:${name.normalize("NFC").toLowerCase()}`;
const keys = (name: string, address: string) => [nameKey(name), `addr:${address}`];
