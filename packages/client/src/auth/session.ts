/**
 * The session cookie: a JWT (HS256, jose) signed with SESSION_SECRET, holding the session id, the user and
 * their chat token. HttpOnly (page scripts never see the token), SameSite=Lax, Secure over HTTPS, and it
 * expires with the token. Stateless, so any web pod can read it; and since a cookie cannot be taken back,
 * the chat token inside is checked with the server (`stillValid`), so a session whose token was revoked
 * (logout, password change, account deleted) opens nowhere: not the page, not the WebSocket.
 */
import { jwtVerify, SignJWT } from "jose";

export const SESSION_COOKIE = "tertulia_session";

export interface Session {
  readonly sid: string;
  readonly username: string;
  readonly token: string;
  readonly expiresAtMs: number;
}

export interface SessionCodecOptions {
  readonly now?: () => number;
  /** Whether the chat server still honours a token (see token-check.ts). @default every token is */
  readonly stillValid?: (token: string) => Promise<boolean>;
}

export class SessionCodec {
  readonly #key: Uint8Array;
  readonly #now: () => number;
  readonly #stillValid: (token: string) => Promise<boolean>;

  constructor(secret: string, options: SessionCodecOptions = {}) {
    this.#key = new TextEncoder().encode(secret);
    this.#now = options.now ?? Date.now;
    this.#stillValid = options.stillValid ?? (async () => true);
  }

  seal(session: Session): Promise<string> {
    return new SignJWT({ tok: session.token, sid: session.sid })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(session.username)
      .setIssuedAt(Math.floor(this.#now() / 1000))
      .setExpirationTime(Math.floor(session.expiresAtMs / 1000))
      .sign(this.#key);
  }

  /** The session in a cookie value, or null when it is absent, tampered with, expired or revoked. */
  async open(value: unknown): Promise<Session | null> {
    const session = await this.#read(value);
    return session && (await this.#stillValid(session.token)) ? session : null;
  }

  async #read(value: unknown): Promise<Session | null> {
    if (typeof value !== "string" || value === "") return null;
    try {
      const { payload } = await jwtVerify(value, this.#key, {
        algorithms: ["HS256"],
        currentDate: new Date(this.#now()),
      });
      if (typeof payload.tok !== "string" || typeof payload.sid !== "string" || !payload.sub || !payload.exp)
        return null;
      return { sid: payload.sid, username: payload.sub, token: payload.tok, expiresAtMs: payload.exp * 1000 };
    } catch {
      return null;
    }
  }
}

/** True when the browser reached us over HTTPS, directly or through a proxy that says so. */
export function isSecureRequest(request: Request): boolean {
  return (
    new URL(request.url).protocol === "https:" ||
    request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https"
  );
}
