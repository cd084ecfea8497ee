/**
 * The one conversion from a stored Note to what a page is sent. Nested and decoded Notes have every field
 * set at runtime, but their generated type marks them optional, hence the defaults.
 */
import type { Note } from "../generated/proto.js";
import type { MemberChangeFrame, MessageChangedFrame, MessageFrame, StoredMessageFrame } from "./server-frames.ts";

// Note kinds as numbers, not the generated enum: this module is bundled into the page, which must not load
// protobufjs. The values are proto/messaging.proto's NoteKind.
const NOTE_KIND_EDIT = 5;
const NOTE_KIND_DELETE = 6;
const NOTE_KIND_MEMBER_ADDED = 7;
const NOTE_KIND_MEMBER_REMOVED = 8;

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
  if (note.kind !== NOTE_KIND_EDIT && note.kind !== NOTE_KIND_DELETE) return null;
  return {
    type: "message-changed",
    room,
    seq: Number(note.targetSeq ?? 0),
    change: note.kind === NOTE_KIND_EDIT ? "edited" : "deleted",
    text: note.message ?? "",
    author: note.name ?? "",
    editedAt: Number(note.editedAtMs ?? 0),
  };
}

/**
 * A membership change of a private room (NOTE_KIND_MEMBER_ADDED = 7, NOTE_KIND_MEMBER_REMOVED = 8: `name` is
 * the member, `message` who added or removed them), or null for any other kind.
 */
export function noteToMemberChangeFrame(room: string, note: Note.$Properties): MemberChangeFrame | null {
  if (note.kind !== NOTE_KIND_MEMBER_ADDED && note.kind !== NOTE_KIND_MEMBER_REMOVED) return null;
  if (!note.name) return null;
  return {
    type: "member",
    room,
    user: note.name,
    event: note.kind === NOTE_KIND_MEMBER_ADDED ? "added" : "removed",
    by: note.message ?? "",
  };
}
