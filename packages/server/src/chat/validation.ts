/** Rules for what clients send, each failing with INVALID_ARGUMENT that names the rule. */
import { normalizeRoomName, ROOM_NAME_RULE } from "@tertulia/protocol";
import { ChatError } from "../errors.ts";

export const MAX_CLIENT_MESSAGE_ID = 128;
export const MAX_HOLDER_ID = 128;
export const MAX_PAGE = 200;
export const DEFAULT_PAGE = 50;

/** @throws {ChatError} `invalid_argument` when the name breaks the room-name rule. */
export function parseRoom(name: string): string {
  const room = normalizeRoomName(name);
  if (room === null) throw new ChatError("invalid_argument", `invalid room name: ${ROOM_NAME_RULE}`);
  return room;
}

/** The message as stored: trimmed, 1 to `maxChars` characters (code points, so an emoji counts once). */
export function parseMessageBody(text: string, maxChars: number): string {
  const body = text.trim();
  if (body.length === 0) throw new ChatError("invalid_argument", "message is empty");
  if (body.length > maxChars && [...body].length > maxChars) {
    throw new ChatError("invalid_argument", `message is longer than ${maxChars} characters`);
  }
  return body;
}

export function parseClientMessageId(id: string): string {
  if (id.length > MAX_CLIENT_MESSAGE_ID) {
    throw new ChatError("invalid_argument", `client_message_id is longer than ${MAX_CLIENT_MESSAGE_ID} characters`);
  }
  return id;
}

export function parsePageLimit(limit: number): number {
  if (limit > MAX_PAGE) throw new ChatError("invalid_argument", `limit must be at most ${MAX_PAGE}`);
  return limit === 0 ? DEFAULT_PAGE : limit;
}
