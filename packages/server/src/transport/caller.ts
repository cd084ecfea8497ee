/** Reads a call's credential and origin off grpc-js metadata and peer, as the services' `Caller`. */
import type { Metadata } from "@grpc/grpc-js";
import type { Caller } from "../auth/caller.ts";
import { ChatError } from "../errors.ts";

const BEARER = /^Bearer +([^\s]+)$/i;

/** The caller behind a unary or streaming call. */
export function callerOf(call: { readonly metadata: Metadata; getPeer(): string }): Caller {
  const forwarded = call.metadata.get("x-forwarded-for");
  return {
    bearerToken: () => bearerToken(call.metadata),
    peer: hostOf(call.getPeer()),
    forwardedFor: forwarded.length === 0 ? null : String(forwarded[0]),
  };
}

/**
 * The caller behind one message of a SendStream: the token the message carries, not the stream's metadata,
 * so a stream sends as each author only with that author's own token.
 */
export function messageCallerOf(call: { getPeer(): string }, token: string): Caller {
  return {
    bearerToken: () => {
      if (token === "")
        throw new ChatError("unauthenticated", "missing token: each SendStream request carries its author's token");
      return token;
    },
    peer: hostOf(call.getPeer()),
    forwardedFor: null,
  };
}

/**
 * The token in `authorization: Bearer <token>` metadata, without verifying it.
 * @throws {ChatError} `unauthenticated` when it is missing, repeated or malformed.
 */
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

/** `127.0.0.1:5000` → `127.0.0.1`; `[::1]:5000` → `::1`. */
function hostOf(peer: string): string {
  const bracketed = /^\[([^\]]+)\]:\d+$/.exec(peer);
  if (bracketed) return bracketed[1]!;
  const index = peer.lastIndexOf(":");
  return index > 0 && peer.indexOf(":") === index ? peer.slice(0, index) : peer;
}
