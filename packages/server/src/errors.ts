/**
 * One error type for the server's services. They throw `ChatError` with a code and a message safe to show
 * the caller, and know nothing of gRPC: transport/status.ts maps each code to a gRPC status in one place.
 */

export type ChatErrorCode =
  | "unauthenticated"
  | "permission_denied"
  | "invalid_argument"
  | "not_found"
  | "already_exists"
  | "resource_exhausted"
  | "unavailable";

export class ChatError extends Error {
  override readonly name = "ChatError";
  constructor(
    readonly code: ChatErrorCode,
    message: string,
  ) {
    super(message);
  }
}
