/**
 * Membership changes travel as ephemeral room events (seq 0) on the bus, so every replica hears them: a
 * removed member's own streams end PERMISSION_DENIED (room-stream.ts re-checks access on each such event),
 * other members and the web tier's shared streams see who came and went. A lost bus delivery is covered by
 * the periodic access sweep (server.ts).
 */
import { NoteKind } from "@tertulia/protocol";
import type { RoomNote } from "../bus/bus.ts";

export function memberEvent(
  room: string,
  username: string,
  by: string,
  change: "added" | "removed",
  atMs: number,
): RoomNote {
  return {
    room,
    name: username,
    message: by,
    seq: 0,
    sentAtMs: atMs,
    clientMessageId: "",
    kind: change === "added" ? NoteKind.NOTE_KIND_MEMBER_ADDED : NoteKind.NOTE_KIND_MEMBER_REMOVED,
  };
}

export function isMembershipEvent(note: Pick<RoomNote, "kind">): boolean {
  return note.kind === NoteKind.NOTE_KIND_MEMBER_ADDED || note.kind === NoteKind.NOTE_KIND_MEMBER_REMOVED;
}
