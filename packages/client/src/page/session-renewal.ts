/**
 * Keeps an open page's session alive: well before the token expires the page asks the web tier for a fresh
 * one (`POST /session/renew`, CSRF token in a header), which comes back as a new session cookie; the socket
 * then reconnects so it carries the new token too (a socket's token is the one it was opened with). If the
 * session is gone anyway, the page goes to the login form; what was pending stays in the outbox
 * (outbox-storage.ts) and goes once after the person logs in again.
 */

/** Renew once this share of the token's remaining lifetime has passed. */
const RENEW_AT_SHARE = 0.8;
const MIN_DELAY_MS = 1_000;
/** setTimeout's longest delay (a signed 32-bit number of ms); a longer lifetime renews in steps. */
const MAX_DELAY_MS = 2 ** 31 - 1;
/** A renewal that could not reach the web tier is tried again this often while the token lasts. */
const RETRY_MS = 5_000;

export interface SessionRenewalDeps {
  /** When the current token expires, ms since the epoch (the page's `data-session-expires`). */
  readonly expiresAtMs: number;
  /** The CSRF token the page was rendered with. */
  readonly csrf: string;
  /** A fresh session cookie is set: reopen the socket with it. */
  readonly renewed: () => void;
  /** The web tier refused: the session is over. */
  readonly ended: () => void;
}

export class SessionRenewal {
  readonly #deps: SessionRenewalDeps;
  #expiresAtMs: number;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(deps: SessionRenewalDeps) {
    this.#deps = deps;
    this.#expiresAtMs = deps.expiresAtMs;
  }

  start(): void {
    if (!Number.isFinite(this.#expiresAtMs) || this.#expiresAtMs <= 0) return;
    const left = this.#expiresAtMs - Date.now();
    this.#after(Math.max(MIN_DELAY_MS, left * RENEW_AT_SHARE));
  }

  #after(delayMs: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#renew(), Math.min(delayMs, MAX_DELAY_MS));
  }

  async #renew(): Promise<void> {
    let response: Response;
    try {
      response = await fetch("/session/renew", {
        method: "POST",
        headers: { "x-csrf-token": this.#deps.csrf },
        cache: "no-store",
      });
    } catch {
      // Offline or the web tier is restarting: try again while the token still lasts.
      if (Date.now() < this.#expiresAtMs) this.#after(RETRY_MS);
      return;
    }
    if (response.status === 401 || response.status === 403) {
      this.#deps.ended();
      return;
    }
    const body: unknown = response.ok ? await response.json().catch(() => null) : null;
    const expiresAtMs = (body as { expiresAtMs?: unknown } | null)?.expiresAtMs;
    if (typeof expiresAtMs !== "number") {
      if (Date.now() < this.#expiresAtMs) this.#after(RETRY_MS);
      return;
    }
    this.#expiresAtMs = expiresAtMs;
    this.#deps.renewed();
    this.start();
  }
}
