/**
 * How long a message may be. The server's MAX_MESSAGE_CHARS is the one setting; the web tier learns it
 * through `AuthService/GetSettings` and pages through the `hello` frame.
 */

/** The server's default, in characters (code points, so an emoji counts once). */
export const DEFAULT_MAX_MESSAGE_CHARS = 4_000;
/** The most MAX_MESSAGE_CHARS may be set to: one frame of text must stay well inside every buffer. */
export const MAX_MESSAGE_CHARS_CEILING = 65_536;

/**
 * A send's `clientId` (the page's idempotency key, stored as the Note's client_message_id): a resend
 * after a reconnect carries the same one and is stored once.
 */
export const MAX_CLIENT_ID_LENGTH = 64;

/** A room's history epoch as pages echo it back when they resume. */
export const MAX_EPOCH_LENGTH = 64;

/** The message's length in characters (code points), the unit every limit above counts in. */
export function messageLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
