/**
 * The PostgreSQL side of `RoomStore` (room-store.ts), shared by every replica. Bounds are checked in the
 * statement that inserts; two replicas adding the last free place at the same instant can overshoot a bound
 * by one (READ COMMITTED), never grow it without limit. Room creation and its members are one transaction.
 */
import type { PostgresConnection } from "./postgres-connection.ts";
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
import type { RoomRecord, StoredMessage } from "./store.ts";

/** BIGINT columns come back as strings; every value here fits a JS number. */
type Int = string | number;

export interface PostgresRoomRow {
  name: string;
  epoch: string;
  last_seq: Int;
  last_activity: Int;
  kind: number;
  created_by: string;
}

export interface PostgresMessageRow {
  room: string;
  seq: Int;
  author: string;
  body: string;
  kind: number;
  client_message_id: string;
  sent_at: Int;
  edited_at: Int;
  deleted_at: Int;
}

interface MemberRoomRow extends PostgresRoomRow {
  member_count: Int;
  last_read_seq: Int;
  unread_count: Int;
  mention_count: Int;
  peer: string | null;
}

export class PostgresRooms implements RoomStore {
  readonly #sql: PostgresConnection;

  constructor(sql: PostgresConnection) {
    this.#sql = sql;
  }

  async createRoom(room: NewRoom, bounds: MembershipBounds): Promise<CreateRoomResult> {
    return this.#sql.begin(async (tx) => {
      const at = room.createdAtMs;
      const inserted = await tx`
        INSERT INTO rooms (name, epoch, created_at, last_activity, kind, created_by)
        VALUES (${room.name}, ${crypto.randomUUID()}, ${at}::int8, ${at}::int8, ${room.kind}::int, ${room.createdBy})
        ON CONFLICT DO NOTHING`;
      if (inserted.count === 0) return { outcome: "exists" } as const;
      for (const username of room.members) {
        const [row] = await tx<{ n: Int }[]>`SELECT count(*) AS n FROM room_members WHERE username = ${username}`;
        if (Number(row!.n) >= bounds.maxRoomsPerUser) {
          // Undo the room: nothing is written unless every member fits.
          await tx`DELETE FROM room_members WHERE room = ${room.name}`;
          await tx`DELETE FROM rooms WHERE name = ${room.name}`;
          return { outcome: "user_full", username } as const;
        }
        await tx`INSERT INTO room_members (room, username, joined_at) VALUES (${room.name}, ${username}, ${at}::int8)
                 ON CONFLICT DO NOTHING`;
      }
      return { outcome: "created" } as const;
    });
  }

  async addMember(room: string, username: string, atMs: number, bounds: MembershipBounds): Promise<AddMemberResult> {
    const inserted = await this.#sql`
      INSERT INTO room_members (room, username, joined_at)
      SELECT ${room}, ${username}, ${atMs}::int8
      WHERE (SELECT count(*) FROM room_members WHERE room = ${room}) < ${bounds.maxMembers}::int
        AND (SELECT count(*) FROM room_members WHERE username = ${username}) < ${bounds.maxRoomsPerUser}::int
      ON CONFLICT DO NOTHING`;
    if (inserted.count === 1) return "added";
    if (await this.membership(room, username)) return "exists";
    return (await this.countMembers(room)) >= bounds.maxMembers ? "room_full" : "user_full";
  }

  async removeMember(room: string, username: string): Promise<boolean> {
    const result = await this.#sql`DELETE FROM room_members WHERE room = ${room} AND username = ${username}`;
    return result.count === 1;
  }

  async membership(room: string, username: string): Promise<Membership | null> {
    const [row] = await this.#sql<{ last_read_seq: Int }[]>`
      SELECT last_read_seq FROM room_members WHERE room = ${room} AND username = ${username}`;
    return row ? { room, username, lastReadSeq: Number(row.last_read_seq) } : null;
  }

  async listMembers(room: string, limit: number): Promise<string[]> {
    const rows = await this.#sql<{ username: string }[]>`
      SELECT username FROM room_members WHERE room = ${room} ORDER BY username LIMIT ${limit}::int`;
    return rows.map((row) => row.username);
  }

  async countMembers(room: string): Promise<number> {
    const [row] = await this.#sql<{ n: Int }[]>`SELECT count(*) AS n FROM room_members WHERE room = ${room}`;
    return Number(row!.n);
  }

  async browseRooms(query: DirectoryQuery): Promise<DirectoryRoom[]> {
    // strpos, not LIKE: '_' is a LIKE wildcard and a room-name character. COLLATE "C": the same byte order as
    // SQLite, so `after` pages the same way on both.
    const rows = await this.#sql<(PostgresRoomRow & { member_count: Int })[]>`
      SELECT r.name, r.epoch, r.last_seq, r.last_activity, r.kind, r.created_by,
             (SELECT count(*) FROM room_members m WHERE m.room = r.name) AS member_count
      FROM rooms r
      WHERE r.kind = 0 AND r.name COLLATE "C" > ${query.after} AND strpos(r.name, ${query.contains}) > 0
      ORDER BY r.name COLLATE "C" LIMIT ${query.limit}::int`;
    return rows.map((row) => ({ ...toPostgresRoom(row), memberCount: Number(row.member_count) }));
  }

  async memberRooms(username: string, limit: number): Promise<MemberRoom[]> {
    const rows = await this.#sql<MemberRoomRow[]>`
      SELECT r.name, r.epoch, r.last_seq, r.last_activity, r.kind, r.created_by, rm.last_read_seq,
        (SELECT count(*) FROM room_members m WHERE m.room = r.name) AS member_count,
        (SELECT count(*) FROM messages g WHERE g.room = r.name AND g.seq > rm.last_read_seq
           AND g.author <> rm.username AND g.kind = 0 AND g.deleted_at = 0) AS unread_count,
        (SELECT count(*) FROM mentions n JOIN messages g ON g.room = n.room AND g.seq = n.seq
           WHERE n.username = rm.username AND n.room = r.name AND n.seq > rm.last_read_seq
           AND g.deleted_at = 0) AS mention_count,
        CASE WHEN r.kind = 2 THEN (SELECT p.username FROM room_members p WHERE p.room = r.name
           AND p.username <> rm.username LIMIT 1) END AS peer
      FROM room_members rm JOIN rooms r ON r.name = rm.room
      WHERE rm.username = ${username}
      ORDER BY r.last_activity DESC, r.name LIMIT ${limit}::int`;
    return rows.map((row) => ({
      ...toPostgresRoom(row),
      memberCount: Number(row.member_count),
      lastReadSeq: Number(row.last_read_seq),
      unreadCount: Number(row.unread_count),
      mentionCount: Number(row.mention_count),
      peer: row.peer ?? "",
    }));
  }

  async markRead(room: string, username: string, seq: number): Promise<number | null> {
    const [row] = await this.#sql<{ last_read_seq: Int }[]>`
      UPDATE room_members SET last_read_seq = GREATEST(last_read_seq,
        LEAST(${seq}::int8, (SELECT last_seq FROM rooms WHERE name = ${room})))
      WHERE room = ${room} AND username = ${username} RETURNING last_read_seq`;
    return row ? Number(row.last_read_seq) : null;
  }

  async editMessage(room: string, seq: number, author: string, body: string, atMs: number): Promise<ChangeResult> {
    const [row] = await this.#sql<PostgresMessageRow[]>`
      UPDATE messages SET body = ${body}, edited_at = ${atMs}::int8
      WHERE room = ${room} AND seq = ${seq}::int8 AND author = ${author} AND kind = 0 AND deleted_at = 0
      RETURNING *`;
    return row ? { outcome: "changed", message: toPostgresMessage(row) } : this.#whyUnchanged(room, seq);
  }

  async deleteMessage(room: string, seq: number, author: string, atMs: number): Promise<ChangeResult> {
    const [row] = await this.#sql<PostgresMessageRow[]>`
      UPDATE messages SET body = '', deleted_at = ${atMs}::int8
      WHERE room = ${room} AND seq = ${seq}::int8 AND author = ${author} AND kind = 0 AND deleted_at = 0
      RETURNING *`;
    if (!row) return this.#whyUnchanged(room, seq);
    await this.#sql`DELETE FROM mentions WHERE room = ${room} AND seq = ${seq}::int8`;
    return { outcome: "changed", message: toPostgresMessage(row) };
  }

  async setMentions(room: string, seq: number, usernames: readonly string[]): Promise<void> {
    await this.#sql.begin(async (tx) => {
      await tx`DELETE FROM mentions WHERE room = ${room} AND seq = ${seq}::int8`;
      for (const username of usernames) {
        await tx`INSERT INTO mentions (room, seq, username) VALUES (${room}, ${seq}::int8, ${username})
                 ON CONFLICT DO NOTHING`;
      }
      await tx`DELETE FROM mentions WHERE room = ${room}
               AND seq < (SELECT coalesce(min(seq), 0) FROM messages WHERE room = ${room})`;
    });
  }

  async #whyUnchanged(room: string, seq: number): Promise<ChangeResult> {
    const [row] = await this.#sql<{ kind: number; deleted_at: Int }[]>`
      SELECT kind, deleted_at FROM messages WHERE room = ${room} AND seq = ${seq}::int8`;
    if (row?.kind !== 0) return { outcome: "not_found" };
    return Number(row.deleted_at) > 0 ? { outcome: "deleted" } : { outcome: "not_author" };
  }
}

export function toPostgresRoom(row: PostgresRoomRow): RoomRecord {
  return {
    name: row.name,
    epoch: row.epoch,
    lastSeq: Number(row.last_seq),
    lastActivityMs: Number(row.last_activity),
    kind: row.kind,
    createdBy: row.created_by,
  };
}

export function toPostgresMessage(row: PostgresMessageRow): StoredMessage {
  const editedAtMs = Number(row.edited_at);
  return {
    room: row.room,
    seq: Number(row.seq),
    author: row.author,
    body: row.body,
    kind: row.kind,
    clientMessageId: row.client_message_id,
    sentAtMs: Number(row.sent_at),
    // Only when set, so a message never changed reads as it was appended.
    ...(editedAtMs > 0 && { editedAtMs }),
    ...(Number(row.deleted_at) > 0 && { deleted: true }),
  };
}
