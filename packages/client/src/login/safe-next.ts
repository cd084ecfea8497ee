import { ROOM_NAME_PATTERN } from "@tertulia/protocol";

/** Where to land after login: `/chat` or `/chat/<room>` only (never `//evil.example` or a full URL). */
export function safeNext(value: unknown): string {
  if (typeof value !== "string") return "/chat";
  if (value === "/chat") return value;
  const room = value.startsWith("/chat/") ? value.slice("/chat/".length) : null;
  return room !== null && ROOM_NAME_PATTERN.test(room) ? value : "/chat";
}
