/**
 * Unread and mention counts per room, kept equal to the server's: the `rooms` frame gives each room's counts
 * up to its `lastSeq`; live messages after that add to them; a `read-state` frame (this tab, another tab or
 * another device) takes them back down. A mention is the shared `parseMentions` rule naming this person.
 */
import { parseMentions, ROOM_LIMITS, type RoomSummary, type StoredMessageFrame } from "@tertulia/protocol/browser";
import type { PageState, RoomState } from "./room-state.ts";

export function mentionsMe(text: string, me: string): boolean {
  return parseMentions(text, ROOM_LIMITS.maxMentionsPerMessage).includes(me.toLowerCase());
}

/** Takes the server's view of a room (kind, read marker, counts), then counts what this page holds beyond it. */
export function applySummary(room: RoomState, summary: RoomSummary, me: string): void {
  room.kind = summary.kind;
  room.peer = summary.peer;
  room.lastReadSeq = Math.max(room.lastReadSeq, summary.lastReadSeq);
  room.unread = summary.unread;
  room.mentions = summary.mentions;
  room.countedThrough = summary.lastSeq;
  for (const message of room.messages.values()) countMessage(room, message, me);
}

/**
 * One message more in the room: new (after the read marker) when someone else wrote it. Counted once:
 * anything at or below `countedThrough` is already in the counts. A room whose counts the server has not
 * given yet counts nothing here (the caller counts live messages the old way).
 */
export function countMessage(room: RoomState, message: StoredMessageFrame, me: string): boolean {
  if (room.countedThrough < 0 || message.seq <= room.countedThrough) return false;
  room.countedThrough = message.seq;
  if (message.author === me || message.seq <= room.lastReadSeq || message.deleted) return false;
  room.unread += 1;
  if (mentionsMe(message.text, me)) room.mentions += 1;
  return true;
}

/**
 * The read marker moved to `lastReadSeq` (never back). Counts are recomputed from the messages held when
 * they cover everything after the marker; otherwise the answer is false and the caller asks the server.
 */
export function applyReadMarker(room: RoomState, lastReadSeq: number, me: string): boolean {
  room.lastReadSeq = Math.max(room.lastReadSeq, lastReadSeq);
  const through = Math.max(room.countedThrough, room.lastSeq);
  if (room.lastReadSeq >= through) {
    room.unread = 0;
    room.mentions = 0;
    return true;
  }
  const oldestHeld = room.messages.keys().next().value;
  if (oldestHeld === undefined || oldestHeld > room.lastReadSeq + 1) return false;
  let unread = 0;
  let mentions = 0;
  for (const message of room.messages.values()) {
    if (message.seq <= room.lastReadSeq || message.author === me || message.deleted) continue;
    unread += 1;
    if (mentionsMe(message.text, me)) mentions += 1;
  }
  room.unread = unread;
  room.mentions = mentions;
  return true;
}

/** Unread messages over every room: the tab title and the drawer button show it. */
export function unreadTotal(state: PageState): { unread: number; mentions: number } {
  let unread = 0;
  let mentions = 0;
  for (const room of state.rooms.values()) {
    unread += room.unread;
    mentions += room.mentions;
  }
  return { unread, mentions };
}
