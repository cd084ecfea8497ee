/** The rooms a user had open and the one they were in, kept in localStorage per user. */
import { ROOM_NAME_PATTERN } from "@tertulia/protocol/browser";

interface SavedRooms {
  readonly rooms: string[];
  readonly active: string;
}

function key(user: string): string {
  return `tertulia:${user}:rooms`;
}

function read(user: string): Partial<SavedRooms> {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(key(user)) ?? "{}");
    return typeof saved === "object" && saved !== null ? (saved as Partial<SavedRooms>) : {};
  } catch {
    return {};
  }
}

/** Saved room names that still follow the room-name rule (storage is input like any other). */
export function savedRooms(user: string): string[] {
  const { rooms } = read(user);
  return Array.isArray(rooms)
    ? rooms.filter((r): r is string => typeof r === "string" && ROOM_NAME_PATTERN.test(r))
    : [];
}

export function savedActiveRoom(user: string): string {
  const { active } = read(user);
  return typeof active === "string" && ROOM_NAME_PATTERN.test(active) ? active : "";
}

export function saveRooms(user: string, rooms: Iterable<string>, active: string): void {
  const saved: SavedRooms = { rooms: [...rooms], active };
  localStorage.setItem(key(user), JSON.stringify(saved));
}
