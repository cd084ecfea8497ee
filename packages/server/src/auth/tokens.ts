/**
 * JWTs (HS256, via jose): user tokens signed with JWT_SECRET, and the web tier's service tokens signed with
 * RELAY_SECRET. Each key has its own `kid`, so a token signed by one is never checked against the other.
 * A user token names the account's id (`uid`) and token generation (`gen`) besides its name, and is
 * checked against the store's current ones (token-generations.ts) on every use, so logout, a password
 * change or deleting the account ends it on every replica.
 */
import { RELAY_TOKEN } from "@tertulia/protocol";
import { decodeProtectedHeader, errors, type JWTPayload, jwtVerify, SignJWT } from "jose";
import { ChatError } from "../errors.ts";
import type { Principal } from "./principal.ts";
import type { TokenGenerations } from "./token-generations.ts";

/**
 * User tokens are signed and issued as the web tier's service tokens are (RELAY_TOKEN, the one place both
 * tiers read those settings), so one algorithm and one issuer are accepted for every token.
 */
const ALGORITHM = RELAY_TOKEN.algorithm;
const ISSUER = RELAY_TOKEN.issuer;

export interface IssuedToken {
  readonly token: string;
  readonly expiresAtMs: number;
}

export interface TokenServiceOptions {
  readonly secret: string;
  readonly ttlMs: number;
  readonly relaySecret: string | null;
  /** Where a user token's account and generation are checked (the store, through a short cache). */
  readonly generations: TokenGenerations;
  readonly now?: () => number;
  /** Tokens whose signature was checked, kept so a token sent again is not verified again. @default 4096 */
  readonly verifiedCacheSize?: number;
}

/**
 * A token whose signature and claims were checked. The time claims are kept, and checked again on every
 * use exactly as jose checks them (`exp` and `nbf` in whole seconds, no tolerance), so a cached token
 * is refused the second it expires.
 */
interface VerifiedToken {
  readonly principal: Principal;
  readonly expS: number;
  readonly nbfS: number;
}

export class TokenService {
  readonly #userKey: Promise<CryptoKey>;
  readonly #relayKey: Promise<CryptoKey> | null;
  readonly #userKeyId: string;
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #generations: TokenGenerations;
  /**
   * Verified tokens by their full text (signature included, so no other token can match an entry),
   * oldest first. Verifying a JWT costs an HMAC through WebCrypto on every chat RPC; a user's token is
   * the same on each of their sends. Bounded: past the limit the oldest entry goes.
   */
  readonly #verified = new Map<string, VerifiedToken>();
  readonly #verifiedCacheSize: number;

  constructor(options: TokenServiceOptions) {
    this.#userKey = importHmacKey(options.secret);
    this.#relayKey = options.relaySecret === null ? null : importHmacKey(options.relaySecret);
    // Names the key without revealing it, so a rotated secret is told apart from a forged token.
    this.#userKeyId = `u-${new Bun.CryptoHasher("sha256").update(options.secret).digest("hex").slice(0, 12)}`;
    this.#ttlMs = options.ttlMs;
    this.#generations = options.generations;
    this.#now = options.now ?? Date.now;
    this.#verifiedCacheSize = options.verifiedCacheSize ?? 4096;
  }

  /** A token for the account, under its current generation. */
  async issue(account: {
    readonly username: string;
    readonly id: string;
    readonly tokenGeneration: number;
  }): Promise<IssuedToken> {
    const nowS = Math.floor(this.#now() / 1000);
    const expS = nowS + Math.ceil(this.#ttlMs / 1000);
    const token = await new SignJWT({ uid: account.id, gen: account.tokenGeneration })
      .setProtectedHeader({ alg: ALGORITHM, typ: "JWT", kid: this.#userKeyId })
      .setSubject(account.username)
      .setIssuer(ISSUER)
      .setIssuedAt(nowS)
      .setExpirationTime(expS)
      .setJti(crypto.randomUUID())
      .sign(await this.#userKey);
    return { token, expiresAtMs: expS * 1000 };
  }

  /**
   * The principal a token speaks for.
   * @throws {ChatError} `unauthenticated`, saying whether the token is malformed, expired, badly signed or
   * uses an algorithm other than HS256, or was revoked.
   */
  /**
   * Whether a principal verified earlier still speaks for its account (for calls that outlive the check
   * at their start, such as streams).
   * @throws {ChatError} `unauthenticated` when the token was revoked or the account is gone.
   */
  checkCurrent(principal: Extract<Principal, { kind: "user" }>): Promise<void> {
    return this.#generations.check(principal);
  }

  async verify(token: string): Promise<Principal> {
    const principal = await this.#verifySignature(token);
    if (principal.kind === "user") await this.#generations.check(principal);
    return principal;
  }

  async #verifySignature(token: string): Promise<Principal> {
    const cached = this.#verified.get(token);
    if (cached) {
      const nowS = Math.floor(this.#now() / 1000);
      if (cached.expS > nowS && cached.nbfS <= nowS) return cached.principal;
      // Expired (or not yet valid on this clock): verify in full, for jose's exact reason.
      this.#verified.delete(token);
    }
    const verified = await this.#verifyFully(token);
    if (this.#verified.size >= this.#verifiedCacheSize) this.#verified.delete(this.#verified.keys().next().value!);
    this.#verified.set(token, verified);
    return verified.principal;
  }

  async #verifyFully(token: string): Promise<VerifiedToken> {
    const kid = keyIdOf(token);
    const relay = kid === RELAY_TOKEN.keyId;
    const key = relay ? this.#relayKey : kid === this.#userKeyId ? this.#userKey : null;
    if (key === null) {
      throw new ChatError(
        "unauthenticated",
        relay ? "service tokens are not accepted: RELAY_SECRET is not set" : "token signature is invalid (unknown key)",
      );
    }
    try {
      const { payload } = await jwtVerify(token, await key, {
        algorithms: [ALGORITHM],
        issuer: ISSUER,
        currentDate: new Date(this.#now()),
        requiredClaims: ["sub", "exp", "iat"],
      });
      const subject = payload.sub ?? "";
      const principal: Principal = relay ? { kind: "service", name: subject } : userPrincipal(subject, payload);
      // requiredClaims guarantees a numeric exp; nbf is optional (ours carry none).
      return { principal, expS: payload.exp ?? 0, nbfS: payload.nbf ?? Number.NEGATIVE_INFINITY };
    } catch (error) {
      if (error instanceof ChatError) throw error;
      throw new ChatError("unauthenticated", describeJoseError(error));
    }
  }
}

function userPrincipal(username: string, payload: JWTPayload): Principal {
  const { uid, gen } = payload;
  if (typeof uid !== "string" || typeof gen !== "number") {
    // Tokens from before revocation existed cannot be revoked: they are not accepted.
    throw new ChatError("unauthenticated", "token predates revocation (no account id): log in again");
  }
  return { kind: "user", username, userId: uid, generation: gen };
}

function keyIdOf(token: string): string | undefined {
  try {
    const header = decodeProtectedHeader(token);
    if (header.alg !== ALGORITHM)
      throw new ChatError(
        "unauthenticated",
        `token algorithm ${String(header.alg)} is not accepted (only ${ALGORITHM})`,
      );
    return header.kid;
  } catch (error) {
    if (error instanceof ChatError) throw error;
    throw new ChatError("unauthenticated", "malformed token: not a JWT");
  }
}

function describeJoseError(error: unknown): string {
  if (error instanceof errors.JWTExpired) return "token expired: log in again";
  if (error instanceof errors.JWSSignatureVerificationFailed) return "token signature is invalid";
  if (error instanceof errors.JOSEAlgNotAllowed) return `token algorithm is not accepted (only ${ALGORITHM})`;
  if (error instanceof errors.JWTClaimValidationFailed)
    return `token claim "${error.claim}" is invalid: ${error.reason}`;
  return "malformed token";
}

function importHmacKey(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
    "verify",
  ]);
}
