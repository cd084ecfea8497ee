/**
 * The SQLite side of `RoomStore` (room-store.ts): members, the directory, read markers, edits and mentions.
 * Each bound is checked inside the statement or transaction that writes, so it holds however calls interleave
 * (SQLite serializes writers).
 */
import type { Database, Statement } from "bun:sqlite";
import type {
  AddMemberResult,
  ChangeResult,
  CreateRoomResult,
  DirectoryQuery,
  DirectoryRoom,
  MemberRoom,
  Membership,
  MembershipBounds,
  NewRoom,
  RoomStore,
} from "./room-store.ts";
import { type MessageRow, toMessage } from "./sqlite-message-row.ts";
import { type RoomRow, toRoom } from "./sqlite-room-row.ts";

interface MemberRoomRow extends RoomRow {
  member_count: number;
  last_read_seq: number;
  unread_count: number;
  mention_count: number;
  peer: string | null;
}

export class SqliteRooms implements RoomStore {
  readonly #q: ReturnType<typeof prepare>;
  readonly #createRoom: (room: NewRoom, bounds: MembershipBounds) => CreateRoomResult;

  constructor(db: Database) {
    this.#q = prepare(db);
    this.#createRoom = db.transaction((room: NewRoom, bounds: MembershipBounds): CreateRoomResult => {
      const epoch = crypto.randomUUID();
      const at = room.createdAtMs;
      if (this.#q.insertRoom.run(room.name, epoch, at, at, room.kind, room.createdBy).changes === 0) {
        return { outcome: "exists" };
      }
      for (const username of room.members) {
        if (this.#q.countUserRooms.get(username)!.n >= bounds.maxRoomsPerUser) {
          // Throwing rolls the transaction back: no room without its members.
          throw new UserFull(username);
        }
        this.#q.insertMember.run(room.name, username, at);
      }
      return { outcome: "created" };
    });
  }

  async createRoom(room: NewRoom, bounds: MembershipBounds): Promise<CreateRoomResult> {
    try {
      return this.#createRoom(room, bounds);
    } catch (error) {
      if (error instanceof UserFull) return { outcome: "user_full", username: error.username };
      throw error;
    }
  }

  async addMember(room: string, username: string, atMs: number, bounds: MembershipBounds): Promise<AddMemberResult> {
    if (this.#q.findMember.get(room, username)) return "exists";
    if (this.#q.countMembers.get(room)!.n >= bounds.maxMembers) return "room_full";
    if (this.#q.countUserRooms.get(username)!.n >= bounds.maxRoomsPerUser) return "user_full";
    return this.#q.insertMember.run(room, username, atMs).changes === 1 ? "added" : "exists";
  }

  async removeMember(room: string, username: string): Promise<boolean> {
    return this.#q.deleteMember.run(room, username).changes === 1;
  }

  async membership(room: string, username: string): Promise<Membership | null> {
    const row = this.#q.findMember.get(room, username);
    return row ? { room, username, lastReadSeq: row.last_read_seq } : null;
  }

  async listMembers(room: string, limit: number): Promise<string[]> {
    return this.#q.listMembers.all(room, limit).map((row) => row.username);
  }

  async countMembers(room: string): Promise<number> {
    return this.#q.countMembers.get(room)!.n;
  }

  async browseRooms(query: DirectoryQuery): Promise<DirectoryRoom[]> {
    return this.#q.browse
      .all(query.after, query.contains, query.limit)
      .map((row) => ({ ...toRoom(row), memberCount: row.member_count }));
  }

  async memberRooms(username: string, limit: number): Promise<MemberRoom[]> {
    return this.#q.memberRooms.all(username, limit).map((row) => ({
      ...toRoom(row),
      memberCount: row.member_count,
      lastReadSeq: row.last_read_seq,
      unreadCount: row.unread_count,
      mentionCount: row.mention_count,
      peer: row.peer ?? "",
    }));
  }

  async markRead(room: string, username: string, seq: number): Promise<number | null> {
    return this.#q.markRead.get(seq, room, username)?.last_read_seq ?? null;
  }

  async editMessage(room: string, seq: number, author: string, body: string, atMs: number): Promise<ChangeResult> {
    const row = this.#q.edit.get(body, atMs, room, seq, author);
    return row ? { outcome: "changed", message: toMessage(row) } : this.#whyUnchanged(room, seq);
  }

  async deleteMessage(room: string, seq: number, author: string, atMs: number): Promise<ChangeResult> {
    const row = this.#q.delete.get(atMs, room, seq, author);
    if (!row) return this.#whyUnchanged(room, seq);
    this.#q.clearMentions.run(room, seq);
    return { outcome: "changed", message: toMessage(row) };
  }

  async setMentions(room: string, seq: number, usernames: readonly string[]): Promise<void> {
    this.#q.clearMentions.run(room, seq);
    for (const username of usernames) this.#q.insertMention.run(room, seq, username);
    this.#q.pruneMentions.run(room, room);
  }

  #whyUnchanged(room: string, seq: number): ChangeResult {
    const row = this.#q.findMessage.get(room, seq);
    if (row?.kind !== 0) return { outcome: "not_found" };
    return row.deleted_at > 0 ? { outcome: "deleted" } : { outcome: "not_author" };
  }
}

class UserFull extends Error {
  constructor(readonly username: string) {
    super(`${username} is in too many rooms`);
  }
}

const ROOM_COLUMNS = "r.name, r.epoch, r.last_seq, r.last_activity, r.kind, r.created_by";

function prepare(db: Database) {
  return {
    insertRoom: db.prepare<never, [string, string, number, number, number, string]>(
      "INSERT INTO rooms (name, epoch, created_at, last_activity, kind, created_by) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
    ),
    insertMember: db.prepare<never, [string, string, number]>(
      "INSERT INTO room_members (room, username, joined_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
    ),
    deleteMember: db.prepare<never, [string, string]>("DELETE FROM room_members WHERE room = ? AND username = ?"),
    findMember: db.prepare<{ last_read_seq: number }, [string, string]>(
      "SELECT last_read_seq FROM room_members WHERE room = ? AND username = ?",
    ),
    countMembers: db.prepare<{ n: number }, [string]>("SELECT count(*) AS n FROM room_members WHERE room = ?"),
    countUserRooms: db.prepare<{ n: number }, [string]>("SELECT count(*) AS n FROM room_members WHERE username = ?"),
    listMembers: db.prepare<{ username: string }, [string, number]>(
      "SELECT username FROM room_members WHERE room = ? ORDER BY username LIMIT ?",
    ),
    // instr, not LIKE: '_' is a LIKE wildcard and a room-name character.
    browse: db.prepare<RoomRow & { member_count: number }, [string, string, number]>(
      `SELECT ${ROOM_COLUMNS}, (SELECT count(*) FROM room_members m WHERE m.room = r.name) AS member_count
       FROM rooms r WHERE r.kind = 0 AND r.name > ?1 AND instr(r.name, ?2) > 0 ORDER BY r.name LIMIT ?3`,
    ),
    memberRooms: db.prepare<MemberRoomRow, [string, number]>(
      `SELECT ${ROOM_COLUMNS}, rm.last_read_seq,
         (SELECT count(*) FROM room_members m WHERE m.room = r.name) AS member_count,
         (SELECT count(*) FROM messages g WHERE g.room = r.name AND g.seq > rm.last_read_seq
            AND g.author <> rm.username AND g.kind = 0 AND g.deleted_at = 0) AS unread_count,
         (SELECT count(*) FROM mentions n JOIN messages g ON g.room = n.room AND g.seq = n.seq
            WHERE n.username = rm.username AND n.room = r.name AND n.seq > rm.last_read_seq
            AND g.deleted_at = 0) AS mention_count,
         CASE WHEN r.kind = 2 THEN (SELECT p.username FROM room_members p WHERE p.room = r.name
            AND p.username <> rm.username LIMIT 1) END AS peer
       FROM room_members rm JOIN rooms r ON r.name = rm.room
       WHERE rm.username = ?1 ORDER BY r.last_activity DESC, r.name LIMIT ?2`,
    ),
    markRead: db.prepare<{ last_read_seq: number }, [number, string, string]>(
      `UPDATE room_members SET last_read_seq = max(last_read_seq,
         min(?1, (SELECT last_seq FROM rooms WHERE name = room_members.room)))
       WHERE room = ?2 AND username = ?3 RETURNING last_read_seq`,
    ),
    edit: db.prepare<MessageRow, [string, number, string, number, string]>(
      `UPDATE messages SET body = ?1, edited_at = ?2
       WHERE room = ?3 AND seq = ?4 AND author = ?5 AND kind = 0 AND deleted_at = 0 RETURNING *`,
    ),
    delete: db.prepare<MessageRow, [number, string, number, string]>(
      `UPDATE messages SET body = '', deleted_at = ?1
       WHERE room = ?2 AND seq = ?3 AND author = ?4 AND kind = 0 AND deleted_at = 0 RETURNING *`,
    ),
    findMessage: db.prepare<{ kind: number; deleted_at: number }, [string, number]>(
      "SELECT kind, deleted_at FROM messages WHERE room = ? AND seq = ?",
    ),
    clearMentions: db.prepare<never, [string, number]>("DELETE FROM mentions WHERE room = ? AND seq = ?"),
    insertMention: db.prepare<never, [string, number, string]>(
      "INSERT INTO mentions (room, seq, username) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
    ),
    pruneMentions: db.prepare<never, [string, string]>(
      "DELETE FROM mentions WHERE room = ? AND seq < (SELECT coalesce(min(seq), 0) FROM messages WHERE room = ?)",
    ),
  } satisfies Record<string, Statement<unknown, never>>;
}
