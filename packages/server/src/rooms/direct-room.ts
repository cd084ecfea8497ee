/**
 * Direct messages are private rooms of two found by the pair. The room's name is derived from the two
 * usernames, so either side opening it reaches the same room without a look-up table, and it passes the
 * room-name rule (usernames may hold '.', room names may not): `dm-` and the first 40 hex digits of
 * SHA-256 over the sorted pair. Nobody can create a room with the `dm-` prefix any other way (validation.ts),
 * so the name cannot be taken first; pages show `RoomInfo.peer`, never this name.
 */
import { createHash } from "node:crypto";
import { DIRECT_ROOM_PREFIX } from "@tertulia/protocol";

export function directRoomName(a: string, b: string): string {
  const [first, second] = [a, b].sort();
  // A newline cannot be part of a username, so ("ab", "c") and ("a", "bc") never hash alike.
  const digest = createHash("sha256").update(`${first}\n${second}`).digest("hex");
  return `${DIRECT_ROOM_PREFIX}${digest.slice(0, 40)}`;
}
