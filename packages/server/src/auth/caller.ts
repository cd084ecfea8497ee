/**
 * What the services know of a call: the credential it carries and where it comes from, read off the wire
 * by transport/caller.ts. Services authenticate through it without seeing gRPC metadata.
 */
import { ChatError } from "../errors.ts";
import type { Principal } from "./principal.ts";
import type { TokenService } from "./tokens.ts";

export interface Caller {
  /**
   * The call's bearer token, unverified.
   * @throws {ChatError} `unauthenticated` naming what is wrong: missing or malformed.
   */
  bearerToken(): string;
  /** The connection's host address (`127.0.0.1`, `::1`). */
  readonly peer: string;
  /** The address the call says it acts for (the first `x-forwarded-for` value), or null. */
  readonly forwardedFor: string | null;
}

/**
 * The principal behind the caller's token.
 * @throws {ChatError} `unauthenticated` naming what is wrong: missing, malformed, expired, bad signature.
 */
export async function authenticate(caller: Caller, tokens: TokenService): Promise<Principal> {
  return tokens.verify(caller.bearerToken());
}

/**
 * The user a call acts for.
 * @throws {ChatError} `permission_denied` for service principals: only people send, join and type.
 */
export function requireUser(principal: Principal, action: string): Extract<Principal, { kind: "user" }> {
  if (principal.kind !== "user")
    throw new ChatError("permission_denied", `${action} needs a user's token, not a service token`);
  return principal;
}
