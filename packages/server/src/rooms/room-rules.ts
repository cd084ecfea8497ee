/** What RoomService requests must hold, each failing with INVALID_ARGUMENT that names the rule. */
import { DEFAULT_ROOM, DIRECT_ROOM_PREFIX, ROOM_LIMITS } from "@tertulia/protocol";
import { isValidUsername, normalizeUsername, USERNAME_RULE } from "../auth/credential-rules.ts";
import { parseRoom } from "../chat/validation.ts";
import { ChatError } from "../errors.ts";

/**
 * A name for a room someone creates: the room-name rule, not the default room, not the direct-message prefix.
 * @throws {ChatError} `invalid_argument`
 */
export function parseNewRoom(name: string): string {
  if (name === "") throw new ChatError("invalid_argument", "room is required");
  const room = parseRoom(name);
  if (room === DEFAULT_ROOM) throw new ChatError("already_exists", `room ${DEFAULT_ROOM} exists and is public`);
  refuseDirectPrefix(room);
  return room;
}

/** @throws {ChatError} `invalid_argument` for a name only direct messages may have. */
export function refuseDirectPrefix(room: string): void {
  if (room.startsWith(DIRECT_ROOM_PREFIX)) {
    throw new ChatError(
      "invalid_argument",
      `room names starting with "${DIRECT_ROOM_PREFIX}" are kept for direct messages (OpenDirect)`,
    );
  }
}

/** @throws {ChatError} `invalid_argument` naming the username rule. */
export function parseUsername(name: string, field = "username"): string {
  const username = normalizeUsername(name);
  if (!isValidUsername(username)) throw new ChatError("invalid_argument", `${field}: ${USERNAME_RULE}`);
  return username;
}

const QUERY_ALPHABET = /^[a-z0-9_-]*$/;

/**
 * A directory search: lower-cased, at most ROOM_LIMITS.maxDirectoryQuery characters of the room alphabet
 * (room names hold nothing else, so anything more could never match).
 * @throws {ChatError} `invalid_argument`
 */
export function parseDirectoryQuery(query: string): string {
  if (query.length > ROOM_LIMITS.maxDirectoryQuery) {
    throw new ChatError("invalid_argument", `query is longer than ${ROOM_LIMITS.maxDirectoryQuery} characters`);
  }
  const lower = query.trim().toLowerCase();
  if (!QUERY_ALPHABET.test(lower)) {
    throw new ChatError("invalid_argument", "query: room names hold only a-z, 0-9, '_' and '-'; search for those");
  }
  return lower;
}

/** @throws {ChatError} `invalid_argument` past the directory's page bound. */
export function parseDirectoryLimit(limit: number): number {
  if (limit > ROOM_LIMITS.maxDirectoryPage) {
    throw new ChatError("invalid_argument", `limit must be at most ${ROOM_LIMITS.maxDirectoryPage}`);
  }
  return limit === 0 ? ROOM_LIMITS.defaultDirectoryPage : limit;
}
