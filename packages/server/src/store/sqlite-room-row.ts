/** A row of the SQLite `rooms` table and the record it becomes. */
import type { RoomRecord } from "./store.ts";

export interface RoomRow {
  name: string;
  epoch: string;
  last_seq: number;
  last_activity: number;
  kind: number;
  created_by: string;
}

export function toRoom(row: RoomRow): RoomRecord {
  return {
    name: row.name,
    epoch: row.epoch,
    lastSeq: row.last_seq,
    lastActivityMs: row.last_activity,
    kind: row.kind,
    createdBy: row.created_by,
  };
}
