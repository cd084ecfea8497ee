/**
 * Asks the chat server whether a session's token is still honoured (`CheckToken`), remembering each answer
 * for a moment so a page and its assets and socket cost one call, not several. A token the server refuses
 * (revoked, expired, account gone) is refused here; a server that cannot be reached does not log anyone
 * out (the page loads, and the chat itself reports the outage).
 */
import { GrpcStatus, type ServiceError, type TertuliaClient } from "@tertulia/protocol";

export interface TokenCheckOptions {
  /** How long an answer is reused. @default 2_000 (the server's own revocation cache is as long) */
  readonly maxAgeMs?: number;
  /** @default 10_000 */
  readonly maxEntries?: number;
  readonly now?: () => number;
}

export class TokenCheck {
  readonly #client: TertuliaClient;
  readonly #maxAgeMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;
  readonly #answers = new Map<string, { readonly valid: boolean; readonly at: number }>();

  constructor(client: TertuliaClient, options: TokenCheckOptions = {}) {
    this.#client = client;
    this.#maxAgeMs = options.maxAgeMs ?? 2_000;
    this.#maxEntries = options.maxEntries ?? 10_000;
    this.#now = options.now ?? Date.now;
  }

  async stillValid(token: string): Promise<boolean> {
    const known = this.#answers.get(token);
    if (known && this.#now() - known.at < this.#maxAgeMs) return known.valid;
    let valid: boolean;
    try {
      await this.#client.auth.checkToken({}, { token, timeoutMs: 2_000 });
      valid = true;
    } catch (error) {
      const code = (error as ServiceError).code;
      valid = code !== GrpcStatus.UNAUTHENTICATED && code !== GrpcStatus.PERMISSION_DENIED;
      if (valid) return true; // unreachable: not remembered, asked again next time
    }
    this.#remember(token, valid);
    return valid;
  }

  /** This pod just revoked the token: refuse it here at once. */
  forget(token: string): void {
    this.#remember(token, false);
  }

  #remember(token: string, valid: boolean): void {
    this.#answers.delete(token);
    if (this.#answers.size >= this.#maxEntries) this.#answers.delete(this.#answers.keys().next().value!);
    this.#answers.set(token, { valid, at: this.#now() });
  }
}
