import type { Metadata } from "@grpc/grpc-js";
import { ChatError } from "../errors.ts";
import type { Principal } from "./principal.ts";
import type { TokenService } from "./tokens.ts";

const BEARER = /^Bearer +([^\s]+)$/i;

/**
 * The principal behind a call's `authorization: Bearer <token>` metadata.
 * @throws {ChatError} `unauthenticated` naming what is wrong: missing, malformed, expired, bad signature.
 */
export async function authenticateCall(metadata: Metadata, tokens: TokenService): Promise<Principal> {
  return tokens.verify(bearerToken(metadata));
}

/** The token in the call's metadata, without verifying it. */
export function bearerToken(metadata: Metadata): string {
  const values = metadata.get("authorization");
  if (values.length === 0)
    throw new ChatError("unauthenticated", "missing authorization metadata: send 'authorization: Bearer <token>'");
  if (values.length > 1)
    throw new ChatError("unauthenticated", "malformed authorization metadata: more than one value");
  const match = BEARER.exec(String(values[0]));
  if (!match) throw new ChatError("unauthenticated", "malformed authorization metadata: expected 'Bearer <token>'");
  return match[1]!;
}

/**
 * The user a call acts for.
 * @throws {ChatError} `permission_denied` for service principals: only people send, join and type.
 */
export function requireUser(principal: Principal, action: string): string {
  if (principal.kind !== "user")
    throw new ChatError("permission_denied", `${action} needs a user's token, not a service token`);
  return principal.username;
}
