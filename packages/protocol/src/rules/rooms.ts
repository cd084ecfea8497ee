/** The room old clients talk in, and the room a Note without one belongs to. */
export const DEFAULT_ROOM = "general";

/** Room names: 1-64 characters of lowercase letters, digits, `_` and `-`. */
export const ROOM_NAME_PATTERN = /^[a-z0-9_-]{1,64}$/;
export const ROOM_NAME_RULE = "room names are 1-64 characters of a-z, 0-9, '_' and '-'";

/**
 * Direct-message rooms are named `dm-` + 40 hex digits derived from the pair; nobody else may create a room
 * with this prefix, so a direct room's name cannot be taken first.
 */
export const DIRECT_ROOM_PREFIX = "dm-";

/** The room a request names, or the default room for an empty name; `null` when the name breaks the rule. */
export function normalizeRoomName(name: string | null | undefined): string | null {
  const room = name === undefined || name === null || name === "" ? DEFAULT_ROOM : name;
  return ROOM_NAME_PATTERN.test(room) ? room : null;
}

/**
 * A name that passes the rule, close to what someone typed ("Team Chat!" → "team-chat"), to offer beside the
 * rule when a name is refused; null when nothing usable is left.
 */
export function suggestRoomName(input: string): string | null {
  const suggestion = input
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 64)
    .replace(/-+$/, "");
  if (suggestion === "" || suggestion.startsWith(DIRECT_ROOM_PREFIX)) return null;
  return suggestion;
}

/** The server's bounds on rooms (it enforces them; pages use them to explain before asking). */
export const ROOM_LIMITS = {
  /** Members of one private room, creator included. */
  maxMembers: 100,
  /** Rooms one person can be in (joined public, private and direct together). */
  maxRoomsPerUser: 500,
  /** Rooms per BrowseRooms page; 0 asks for the default. */
  maxDirectoryPage: 100,
  defaultDirectoryPage: 50,
  /** Longest BrowseRooms query, in characters. */
  maxDirectoryQuery: 64,
  /** Distinct `@name` mentions counted per message; further ones are plain text. */
  maxMentionsPerMessage: 10,
} as const;
