/**
 * The one place a service's outcome becomes a gRPC status: a `ChatError` answers its code's status with
 * its message; anything else is logged and answered as a bare INTERNAL.
 */
import { type ServiceError, type StatusObject, status } from "@grpc/grpc-js";
import type { Logger } from "@tertulia/runtime";
import { ChatError, type ChatErrorCode } from "../errors.ts";

const STATUS: Record<ChatErrorCode, status> = {
  unauthenticated: status.UNAUTHENTICATED,
  permission_denied: status.PERMISSION_DENIED,
  invalid_argument: status.INVALID_ARGUMENT,
  not_found: status.NOT_FOUND,
  already_exists: status.ALREADY_EXISTS,
  resource_exhausted: status.RESOURCE_EXHAUSTED,
  unavailable: status.UNAVAILABLE,
};

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
