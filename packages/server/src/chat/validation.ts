/** Rules for what clients send, each failing with INVALID_ARGUMENT that names the rule. */
import {
  MAX_CLIENT_ID_LENGTH,
  messageLength,
  normalizeRoomName,
  ROOM_NAME_RULE,
  suggestRoomName,
} from "@tertulia/protocol";
import { ChatError } from "../errors.ts";

export const MAX_HOLDER_ID = 128;
export const MAX_PAGE = 200;
export const DEFAULT_PAGE = 50;

/** @throws {ChatError} `invalid_argument` when the name breaks the room-name rule. */
export function parseRoom(name: string): string {
  const room = normalizeRoomName(name);
  if (room === null) {
    const suggestion = suggestRoomName(name);
    throw new ChatError(
      "invalid_argument",
      `invalid room name: ${ROOM_NAME_RULE}${suggestion ? `; try "${suggestion}"` : ""}`,
    );
  }
  return room;
}

/** Combining marks allowed on one character: enough for any script's accents, not for "Zalgo" towers. */
export const MAX_COMBINING_MARKS = 6;

/** Control characters other than tab, line feed and carriage return (NUL, escape, DEL, C1 controls). */
const CONTROL = /[\p{Cc}--[\t\n\r]]/v;
/**
 * A character someone can see: not white space, not a control or format character (zero-width space,
 * joiners, bidi controls), not a default-ignorable (Hangul filler), not a combining mark on its own.
 */
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{M}\p{Default_Ignorable_Code_Point}]/v;
const STACKED_MARKS = new RegExp(`\\p{M}{${MAX_COMBINING_MARKS + 1},}`, "v");

/**
 * The message as stored: trimmed, 1 to `maxChars` characters (code points, so an emoji counts once), with
 * at least one visible character, no control characters, and at most MAX_COMBINING_MARKS marks stacked on
 * one character (taller stacks draw over the messages around them).
 * @throws {ChatError} `invalid_argument` naming the rule broken.
 */
export function parseMessageBody(text: string, maxChars: number): string {
  const body = text.trim();
  if (body.length === 0) throw new ChatError("invalid_argument", "message is empty");
  // UTF-16 length bounds the count from above: only a text that long is counted.
  if (body.length > maxChars && messageLength(body) > maxChars) {
    throw new ChatError("invalid_argument", `message is longer than ${maxChars} characters`);
  }
  if (CONTROL.test(body)) throw new ChatError("invalid_argument", "message contains control characters (such as NUL)");
  if (!VISIBLE.test(body)) {
    throw new ChatError("invalid_argument", "message has no visible characters (only spaces, marks or invisible ones)");
  }
  if (STACKED_MARKS.test(body)) {
    throw new ChatError(
      "invalid_argument",
      `message stacks more than ${MAX_COMBINING_MARKS} combining marks on one character`,
    );
  }
  return body;
}

/**
 * The send's idempotency key, held to the rule the page's `clientId` follows (it is the same value).
 * @throws {ChatError} `invalid_argument` past MAX_CLIENT_ID_LENGTH.
 */
export function parseClientMessageId(id: string): string {
  if (id.length > MAX_CLIENT_ID_LENGTH) {
    throw new ChatError("invalid_argument", `client_message_id is longer than ${MAX_CLIENT_ID_LENGTH} characters`);
  }
  return id;
}

export function parsePageLimit(limit: number): number {
  if (limit > MAX_PAGE) throw new ChatError("invalid_argument", `limit must be at most ${MAX_PAGE}`);
  return limit === 0 ? DEFAULT_PAGE : limit;
}
