/** The room old clients talk in, and the room a Note without one belongs to. */
export const DEFAULT_ROOM = "general";

/** Room names: 1-64 characters of lowercase letters, digits, `_` and `-`. */
export const ROOM_NAME_PATTERN = /^[a-z0-9_-]{1,64}$/;
export const ROOM_NAME_RULE = "room names are 1-64 characters of a-z, 0-9, '_' and '-'";

/** The room a request names, or the default room for an empty name; `null` when the name breaks the rule. */
export function normalizeRoomName(name: string | null | undefined): string | null {
  const room = name === undefined || name === null || name === "" ? DEFAULT_ROOM : name;
  return ROOM_NAME_PATTERN.test(room) ? room : null;
}
