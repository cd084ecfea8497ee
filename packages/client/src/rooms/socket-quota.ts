/**
 * How many WebSockets one session and one user may hold open on this pod. A page needs one socket; a person
 * with several tabs a few. Without a cap one session opened 1,000 (issue 15), each holding buffers and room
 * memberships. A granted place is a lease released at most once, so a close that runs twice cannot free a
 * place someone else holds.
 */
export interface SocketQuotaLimits {
  readonly perSession: number;
  readonly perUser: number;
}

export interface SocketLease {
  release(): void;
}

export type SocketGrant =
  | { readonly ok: true; readonly lease: SocketLease }
  | { readonly ok: false; readonly reason: string };

export class SocketQuota {
  readonly #limits: SocketQuotaLimits;
  readonly #bySession = new Map<string, number>();
  readonly #byUser = new Map<string, number>();

  constructor(limits: SocketQuotaLimits) {
    this.#limits = limits;
  }

  /** Why a new socket would be refused right now, or null. Reserves nothing: a cheap check before upgrading. */
  refusal(sessionId: string, username: string): string | null {
    if ((this.#bySession.get(sessionId) ?? 0) >= this.#limits.perSession)
      return `Too many open chat windows for this session (at most ${this.#limits.perSession}); close one`;
    if ((this.#byUser.get(username) ?? 0) >= this.#limits.perUser)
      return `Too many open chat windows for this user (at most ${this.#limits.perUser}); close one`;
    return null;
  }

  /** Takes a place for a socket, or says why not. */
  reserve(sessionId: string, username: string): SocketGrant {
    const reason = this.refusal(sessionId, username);
    if (reason) return { ok: false, reason };
    bump(this.#bySession, sessionId, 1);
    bump(this.#byUser, username, 1);
    let released = false;
    return {
      ok: true,
      lease: {
        release: () => {
          if (released) return;
          released = true;
          bump(this.#bySession, sessionId, -1);
          bump(this.#byUser, username, -1);
        },
      },
    };
  }

  /** Sessions holding sockets: what a leak would grow. */
  get sessions(): number {
    return this.#bySession.size;
  }
}

/** Counts kept only while positive, so the maps hold exactly the sessions and users with open sockets. */
function bump(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
}
