/** Every rule the tiers and the page share, written once. Browser-safe: no Node or gRPC imports. */

export { findMentions, type MentionSpan, parseMentions } from "./mentions.ts";
export {
  DEFAULT_MAX_MESSAGE_CHARS,
  MAX_CLIENT_ID_LENGTH,
  MAX_EPOCH_LENGTH,
  MAX_MESSAGE_CHARS_CEILING,
  messageLength,
} from "./messages.ts";
export {
  DEFAULT_ROOM,
  DIRECT_ROOM_PREFIX,
  normalizeRoomName,
  ROOM_LIMITS,
  ROOM_NAME_PATTERN,
  ROOM_NAME_RULE,
  suggestRoomName,
} from "./rooms.ts";
export { TYPING_INTERVAL_MS, TYPING_SHOWN_MS } from "./typing.ts";
