/**
 * One error type for the server, mapped to a gRPC status in one place. Services throw `ChatError` with a
 * code and a message safe to show the caller; anything else is logged and answered as a bare INTERNAL.
 */
import { type ServiceError, type StatusObject, status } from "@grpc/grpc-js";
import type { Logger } from "@tertulia/runtime";

export type ChatErrorCode =
  | "unauthenticated"
  | "permission_denied"
  | "invalid_argument"
  | "not_found"
  | "already_exists"
  | "resource_exhausted"
  | "unavailable";

const STATUS: Record<ChatErrorCode, status> = {
  unauthenticated: status.UNAUTHENTICATED,
  permission_denied: status.PERMISSION_DENIED,
  invalid_argument: status.INVALID_ARGUMENT,
  not_found: status.NOT_FOUND,
  already_exists: status.ALREADY_EXISTS,
  resource_exhausted: status.RESOURCE_EXHAUSTED,
  unavailable: status.UNAVAILABLE,
};

export class ChatError extends Error {
  override readonly name = "ChatError";
  constructor(
    readonly code: ChatErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The status a call ends with for `error`; unexpected errors are logged here and never shown to the caller. */
export function toStatus(
  error: unknown,
  log: Logger,
  method: string,
): Partial<StatusObject> & Pick<ServiceError, "code" | "details"> {
  if (error instanceof ChatError) return { code: STATUS[error.code], details: error.message };
  log.error("unexpected error", { method, error });
  return { code: status.INTERNAL, details: "internal error" };
}
