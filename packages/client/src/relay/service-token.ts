/**
 * The web tier's own credential for its shared room streams: short-lived JWTs signed with RELAY_SECRET
 * under key id "relay". Never a user's token, never unauthenticated; renewed well before expiry.
 */
import { SignJWT } from "jose";

const LIFETIME_S = 600;
const RENEW_BEFORE_S = 120;

export class ServiceToken {
  readonly #key: Uint8Array;
  readonly #subject: string;
  readonly #now: () => number;
  #current: { token: string; expiresAtS: number } | null = null;

  constructor(secret: string, subject = "web", now: () => number = Date.now) {
    this.#key = new TextEncoder().encode(secret);
    this.#subject = subject;
    this.#now = now;
  }

  async get(): Promise<string> {
    const nowS = Math.floor(this.#now() / 1000);
    if (this.#current && this.#current.expiresAtS - RENEW_BEFORE_S > nowS) return this.#current.token;
    const expiresAtS = nowS + LIFETIME_S;
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256", typ: "JWT", kid: "relay" })
      .setSubject(this.#subject)
      .setIssuer("tertulia")
      .setIssuedAt(nowS)
      .setExpirationTime(expiresAtS)
      .sign(this.#key);
    this.#current = { token, expiresAtS };
    return token;
  }
}
