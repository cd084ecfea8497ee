import type { Principal } from "../auth/principal.ts";
import { ChatError } from "../errors.ts";

type UserPrincipal = Extract<Principal, { kind: "user" }>;

/**
 * Every open room stream, so shutdown can end them all, revoked tokens lose the streams they opened, and
 * tests can see that none is left behind.
 */
export interface ClosableStream {
  /** Who opened the stream (a person, or the web tier's service credential). */
  readonly principal: Principal;
  /** Ends the stream with UNAVAILABLE, so its client reconnects (to another replica). */
  endUnavailable(reason: string): void;
  /** Ends the stream with UNAUTHENTICATED: its token no longer speaks for anyone. */
  endUnauthenticated(reason: string): void;
  /** Ends the stream with PERMISSION_DENIED if its caller may no longer read its room; false when it did. */
  recheckAccess(): Promise<boolean>;
}

export class StreamRegistry {
  readonly #streams = new Set<ClosableStream>();

  add(stream: ClosableStream): void {
    this.#streams.add(stream);
  }

  delete(stream: ClosableStream): void {
    this.#streams.delete(stream);
  }

  get size(): number {
    return this.#streams.size;
  }

  endAll(reason: string): void {
    for (const stream of [...this.#streams]) stream.endUnavailable(reason);
  }

  /**
   * Ends the streams of people no longer allowed in their room (removed from or left a private room): the
   * backstop for a membership event the bus lost. @returns how many streams were ended.
   */
  async endDenied(): Promise<number> {
    let ended = 0;
    for (const stream of [...this.#streams]) {
      if (stream.principal.kind === "user" && !(await stream.recheckAccess())) ended += 1;
    }
    return ended;
  }

  /**
   * Ends the streams whose person's token was revoked (logout everywhere, password change, account deleted)
   * since the stream opened: a token is checked when a call starts, and a stream is one call that can last
   * for days. `check` is the token service's generation check (cached, so one look-up per user).
   * @returns how many streams were ended.
   */
  async endRevoked(check: (principal: UserPrincipal) => Promise<void>): Promise<number> {
    let ended = 0;
    for (const stream of [...this.#streams]) {
      const { principal } = stream;
      if (principal.kind !== "user") continue;
      try {
        await check(principal);
      } catch (error) {
        if (!(error instanceof ChatError) || error.code !== "unauthenticated") continue;
        stream.endUnauthenticated(error.message);
        ended += 1;
      }
    }
    return ended;
  }
}
