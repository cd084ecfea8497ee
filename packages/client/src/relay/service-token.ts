/**
 * The web tier's own credential for its shared room streams (and its GetSettings and login calls):
 * short-lived JWTs as RELAY_TOKEN describes them, which the server checks by the same constant. Never a
 * user's token, never unauthenticated; renewed well before expiry.
 */
import { RELAY_TOKEN } from "@tertulia/protocol";
import { SignJWT } from "jose";

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
    if (this.#current && this.#current.expiresAtS - RELAY_TOKEN.renewBeforeS > nowS) return this.#current.token;
    const expiresAtS = nowS + RELAY_TOKEN.lifetimeS;
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: RELAY_TOKEN.algorithm, typ: "JWT", kid: RELAY_TOKEN.keyId })
      .setSubject(this.#subject)
      .setIssuer(RELAY_TOKEN.issuer)
      .setIssuedAt(nowS)
      .setExpirationTime(expiresAtS)
      .sign(this.#key);
    this.#current = { token, expiresAtS };
    return token;
  }
}
