/**
 * Whether a user's token is still current: its account must still exist under the same id and at the
 * token's generation. The store is the source of truth shared by every replica; each replica keeps what it
 * read for `maxAgeMs`, so a send does not cost a query, and a revocation made on another replica takes
 * effect here within that time. A revocation made here takes effect here at once.
 */
import { ChatError } from "../errors.ts";
import type { Principal } from "./principal.ts";

export interface AccountState {
  readonly id: string;
  readonly generation: number;
}

export interface TokenGenerationsOptions {
  /** The account as the store has it now, or null when there is none. */
  readonly lookup: (username: string) => Promise<AccountState | null>;
  /** @default 2_000 */
  readonly maxAgeMs?: number;
  /** @default 10_000 */
  readonly maxEntries?: number;
  readonly now?: () => number;
}

interface Entry {
  readonly state: AccountState | null;
  readonly readAt: number;
}

export class TokenGenerations {
  readonly #lookup: TokenGenerationsOptions["lookup"];
  readonly #maxAgeMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;
  readonly #entries = new Map<string, Entry>();
  /** One store read per user at a time, however many calls arrive together. */
  readonly #reading = new Map<string, Promise<AccountState | null>>();

  constructor(options: TokenGenerationsOptions) {
    this.#lookup = options.lookup;
    this.#maxAgeMs = options.maxAgeMs ?? 2_000;
    this.#maxEntries = options.maxEntries ?? 10_000;
    this.#now = options.now ?? Date.now;
  }

  /**
   * @throws {ChatError} `unauthenticated` when the account is gone, was registered again, or revoked
   * the token's generation.
   */
  async check(principal: Extract<Principal, { kind: "user" }>): Promise<void> {
    const state = await this.#current(principal.username);
    if (state === null || state.id !== principal.userId) {
      throw new ChatError("unauthenticated", "token revoked: the account no longer exists; log in again");
    }
    if (state.generation !== principal.generation) {
      throw new ChatError("unauthenticated", "token revoked (logged out or password changed): log in again");
    }
  }

  /** What this replica just wrote, so it holds here without waiting for the cache to age. */
  remember(username: string, state: AccountState | null): void {
    this.#entries.delete(username);
    this.#put(username, state);
  }

  async #current(username: string): Promise<AccountState | null> {
    const entry = this.#entries.get(username);
    const started = this.#now();
    if (entry && started - entry.readAt < this.#maxAgeMs) return entry.state;
    let reading = this.#reading.get(username);
    if (!reading) {
      reading = this.#lookup(username).finally(() => this.#reading.delete(username));
      this.#reading.set(username, reading);
    }
    const state = await reading;
    // A revocation remembered while the read was under way is newer than what the read saw.
    const newer = this.#entries.get(username);
    if (newer && newer.readAt >= started) return newer.state;
    this.#put(username, state);
    return state;
  }

  #put(username: string, state: AccountState | null): void {
    this.#entries.delete(username);
    if (this.#entries.size >= this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(username, { state, readAt: this.#now() });
  }
}
