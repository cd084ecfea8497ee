/** A row of the SQLite `messages` table and the record it becomes; read by the store, written by the batch. */
import type { StoredMessage } from "./store.ts";

export interface MessageRow {
  room: string;
  seq: number;
  author: string;
  body: string;
  kind: number;
  client_message_id: string;
  sent_at: number;
  edited_at: number;
  deleted_at: number;
}

export function toMessage(row: MessageRow): StoredMessage {
  return {
    room: row.room,
    seq: row.seq,
    author: row.author,
    body: row.body,
    kind: row.kind,
    clientMessageId: row.client_message_id,
    sentAtMs: row.sent_at,
    // Only when set, so a message never changed reads as it was appended.
    ...(row.edited_at > 0 && { editedAtMs: row.edited_at }),
    ...(row.deleted_at > 0 && { deleted: true }),
  };
}
