import { type ErrorFrame, GrpcStatus, type ServiceError } from "@tertulia/protocol";

/** Where a failure happened, echoed in its error frame so the page can mark the room or the send. */
export interface FailureContext {
  readonly room?: string;
  readonly clientId?: string;
}

/**
 * The one mapping from a failed gRPC call to what the page is told. `endSession` is true for
 * UNAUTHENTICATED: the token was revoked or expired, and the socket must close so the page logs in again.
 */
export function failureFrame(error: unknown, context: FailureContext): { frame: ErrorFrame; endSession: boolean } {
  const code = (error as Partial<ServiceError>).code;
  const details = (error as Partial<ServiceError>).details ?? "";
  switch (code) {
    case GrpcStatus.UNAUTHENTICATED:
      return {
        frame: {
          type: "error",
          code: "session_expired",
          message: "Your session has expired; log in again",
          ...context,
        },
        endSession: true,
      };
    case GrpcStatus.RESOURCE_EXHAUSTED:
      // A quota of our server: its details name the limit and when to retry.
      return { frame: { type: "error", code: "quota_exceeded", message: details, ...context }, endSession: false };
    case GrpcStatus.INVALID_ARGUMENT:
      // Our server's INVALID_ARGUMENT details are written for people ("message is empty", the room rule).
      return { frame: { type: "error", code: "invalid", message: details, ...context }, endSession: false };
    // RoomService's and EditNote's refusals: their details too are written for people ("room x is private and
    // you are not a member", "no user named y", "room z exists already").
    case GrpcStatus.PERMISSION_DENIED:
      return { frame: { type: "error", code: "forbidden", message: details, ...context }, endSession: false };
    case GrpcStatus.NOT_FOUND:
      return { frame: { type: "error", code: "not_found", message: details, ...context }, endSession: false };
    case GrpcStatus.ALREADY_EXISTS:
      return { frame: { type: "error", code: "already_exists", message: details, ...context }, endSession: false };
    default:
      return {
        frame: {
          type: "error",
          code: "unavailable",
          message: "The chat server is not answering; try again",
          ...context,
        },
        endSession: false,
      };
  }
}

/** Whether an error frame came from an answer we expected (anything else is worth a warning in the log). */
export function isExpectedFailure(error: unknown): boolean {
  return EXPECTED.has((error as Partial<ServiceError>).code as GrpcStatus);
}

const EXPECTED = new Set<GrpcStatus>([
  GrpcStatus.UNAUTHENTICATED,
  GrpcStatus.RESOURCE_EXHAUSTED,
  GrpcStatus.INVALID_ARGUMENT,
  GrpcStatus.PERMISSION_DENIED,
  GrpcStatus.NOT_FOUND,
  GrpcStatus.ALREADY_EXISTS,
]);
