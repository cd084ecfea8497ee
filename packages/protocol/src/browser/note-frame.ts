/**
 * The one conversion from a stored Note to what a page is sent. Nested and decoded Notes have every field
 * set at runtime, but their generated type marks them optional, hence the defaults.
 */
import type { Note } from "../generated/proto.js";
import type { MessageChangedFrame, MessageFrame, StoredMessageFrame } from "./server-frames.ts";

export function noteToMessageFrame(room: string, note: Note.$Properties): MessageFrame {
  return {
    type: "message",
    room,
    seq: Number(note.seq ?? 0),
    author: note.name ?? "",
    text: note.message ?? "",
    sentAt: Number(note.sentAtMs ?? 0),
    clientId: note.clientMessageId ?? "",
  };
}

/** A stored message with its edit state (`editedAt`, `deleted` only when set). */
export function noteToStoredMessageFrame(room: string, note: Note.$Properties): StoredMessageFrame {
  const editedAt = Number(note.editedAtMs ?? 0);
  return {
    ...noteToMessageFrame(room, note),
    ...(editedAt > 0 && { editedAt }),
    ...(note.deleted && { deleted: true }),
  };
}

/** An edit or delete event (NOTE_KIND_EDIT = 5, NOTE_KIND_DELETE = 6), or null for any other kind. */
export function noteToChangeFrame(room: string, note: Note.$Properties): MessageChangedFrame | null {
  // Numbers, not the generated enum: this module is bundled into the page, which must not load protobufjs.
  if (note.kind !== 5 && note.kind !== 6) return null;
  return {
    type: "message-changed",
    room,
    seq: Number(note.targetSeq ?? 0),
    change: note.kind === 5 ? "edited" : "deleted",
    text: note.message ?? "",
    author: note.name ?? "",
    editedAt: Number(note.editedAtMs ?? 0),
  };
}
