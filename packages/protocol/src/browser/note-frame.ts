/**
 * The one conversion from a stored Note to what a page is sent. Nested and decoded Notes have every field
 * set at runtime, but their generated type marks them optional, hence the defaults.
 */
import type { Note } from "../generated/proto.js";
import type { MessageFrame } from "./server-frames.ts";

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
