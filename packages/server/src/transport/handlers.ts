/**
 * Typed handler shapes for our method tables, and the one place a handler's outcome becomes a gRPC answer:
 * a unary handler is an async function; its result or thrown error is sent exactly once.
 */
import type { handleServerStreamingCall, handleUnaryCall, ServerUnaryCall } from "@grpc/grpc-js";
import type { Decoded, Encodable } from "@tertulia/protocol";
import type { Logger } from "@tertulia/runtime";
import { toStatus } from "./status.ts";

interface Spec {
  readonly request: unknown;
  readonly response: unknown;
}

export type RequestOf<S extends Spec> = Decoded<S["request"]>;
export type ResponseOf<S extends Spec> = Encodable<S["response"]>;
export type UnaryCallOf<S extends Spec> = ServerUnaryCall<RequestOf<S>, ResponseOf<S>>;
export type StreamHandlerOf<S extends Spec> = handleServerStreamingCall<RequestOf<S>, ResponseOf<S>>;

export function unaryHandler<S extends Spec>(
  log: Logger,
  method: string,
  handle: (call: UnaryCallOf<S>) => Promise<ResponseOf<S>>,
): handleUnaryCall<RequestOf<S>, ResponseOf<S>> {
  return (call, callback) => {
    handle(call).then(
      (response) => callback(null, response),
      (error: unknown) => callback(toStatus(error, log, method)),
    );
  };
}
