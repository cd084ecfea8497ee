/**
 * The scale-out store: PostgreSQL through Bun's built-in SQL client (a connection pool), shared by every
 * server replica. The room's seq is taken with `UPDATE rooms ... RETURNING` (a row lock held to the end of
 * the statement's transaction) in the same statement as the message's insert, so two replicas never hand
 * out the same seq and a failed insert never leaves a hole.
 */
import { SQL } from "bun";
import {
  connectPostgres,
  describeEndpoint,
  isRefusedLogin,
  type PostgresConnection,
  type PostgresPoolOptions,
  type PostgresTarget,
} from "./postgres-connection.ts";
import { POSTGRES_MIGRATIONS } from "./postgres-migrations.ts";
import {
  type PostgresMessageRow,
  type PostgresRoomRow,
  PostgresRooms,
  toPostgresMessage,
  toPostgresRoom,
} from "./postgres-rooms.ts";
import {
  type AppendResult,
  type ChatStore,
  type NewMessage,
  type NewUser,
  newUserId,
  type RoomRecord,
  type SeqBounds,
  type StoredMessage,
  StoreOpenError,
  type UserRecord,
} from "./store.ts";

/**
 * Where the database is and how to log in: `url` (`postgres://user:password@host:port/database`, never
 * logged), or `endpoint` plus `credentials` read at run time and read again when refused (postgres-connection.ts).
 */
export type PostgresStoreOptions = PostgresTarget &
  PostgresPoolOptions & {
    /** Messages kept per room; older ones are pruned. */
    readonly retainPerRoom: number;
    readonly now?: () => number;
    /** Told which migrations this process applied (none when another replica did it first). */
    readonly onMigrated?: (versions: number[]) => void;
  };

/** Any fixed 64-bit number: the advisory lock replicas take to apply migrations one at a time. */
const MIGRATION_LOCK = 7_402_611_203;
/** How often (in a room's seqs) pruning runs. */
const PRUNE_EVERY = 256;
const UNIQUE_VIOLATION = "23505";

type RoomRow = PostgresRoomRow;
type MessageRow = PostgresMessageRow;

/**
 * Connects, applies pending migrations under an advisory lock, and returns the store.
 * @throws {StoreOpenError} `unreachable` when no connection can be made; `credentials_refused` when the login
 *   is still refused after the credentials were read again; `schema_too_new` when the database was migrated by
 *   a newer binary.
 * @throws {DatabaseSecretError} when an endpoint's credentials cannot be read at all.
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<ChatStore> {
  const sql = await connectPostgres(options, options);
  const where = options.endpoint ? describeEndpoint(options.endpoint) : describe(options.url);
  try {
    const applied = await migrate(sql);
    options.onMigrated?.(applied);
  } catch (error) {
    await sql.close({ timeout: 0 }).catch(() => {});
    if (error instanceof StoreOpenError) throw error;
    if (isRefusedLogin(error))
      throw new StoreOpenError("credentials_refused", `PostgreSQL at ${where} refused the login: ${errorText(error)}`, {
        cause: error,
      });
    if (isServerError(error)) throw error;
    throw new StoreOpenError("unreachable", `cannot reach PostgreSQL at ${where}: ${errorText(error)}`, {
      cause: error,
    });
  }
  return new PostgresStore(sql, options);
}

/** Applies what is missing, one replica at a time: the others wait on the lock, then find nothing to do. */
async function migrate(sql: PostgresConnection): Promise<number[]> {
  return sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`;
    await tx`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`;
    const [row] = await tx<{ version: number | null }[]>`SELECT MAX(version) AS version FROM schema_migrations`;
    const current = row?.version ?? 0;
    if (current > POSTGRES_MIGRATIONS.length) {
      throw new StoreOpenError(
        "schema_too_new",
        `database schema version ${current} is newer than this binary's ${POSTGRES_MIGRATIONS.length}: upgrade the server`,
      );
    }
    const applied: number[] = [];
    for (let version = current + 1; version <= POSTGRES_MIGRATIONS.length; version++) {
      await tx.unsafe(POSTGRES_MIGRATIONS[version - 1]!);
      await tx`INSERT INTO schema_migrations (version) VALUES (${version})`;
      applied.push(version);
    }
    return applied;
  });
}

/** Users, rooms and messages; private rooms, read state and edits are PostgresRooms' (postgres-rooms.ts). */
class PostgresStore implements ChatStore {
  readonly #sql: PostgresConnection;
  readonly #retain: number;
  readonly #now: () => number;

  readonly createRoom: PostgresRooms["createRoom"];
  readonly addMember: PostgresRooms["addMember"];
  readonly removeMember: PostgresRooms["removeMember"];
  readonly membership: PostgresRooms["membership"];
  readonly listMembers: PostgresRooms["listMembers"];
  readonly countMembers: PostgresRooms["countMembers"];
  readonly browseRooms: PostgresRooms["browseRooms"];
  readonly memberRooms: PostgresRooms["memberRooms"];
  readonly markRead: PostgresRooms["markRead"];
  readonly editMessage: PostgresRooms["editMessage"];
  readonly deleteMessage: PostgresRooms["deleteMessage"];
  readonly setMentions: PostgresRooms["setMentions"];

  constructor(sql: PostgresConnection, options: PostgresStoreOptions) {
    this.#sql = sql;
    this.#retain = options.retainPerRoom;
    this.#now = options.now ?? Date.now;
    const rooms = new PostgresRooms(sql);
    this.createRoom = rooms.createRoom.bind(rooms);
    this.addMember = rooms.addMember.bind(rooms);
    this.removeMember = rooms.removeMember.bind(rooms);
    this.membership = rooms.membership.bind(rooms);
    this.listMembers = rooms.listMembers.bind(rooms);
    this.countMembers = rooms.countMembers.bind(rooms);
    this.browseRooms = rooms.browseRooms.bind(rooms);
    this.memberRooms = rooms.memberRooms.bind(rooms);
    this.markRead = rooms.markRead.bind(rooms);
    this.editMessage = rooms.editMessage.bind(rooms);
    this.deleteMessage = rooms.deleteMessage.bind(rooms);
    this.setMentions = rooms.setMentions.bind(rooms);
  }

  async createUser(user: NewUser): Promise<boolean> {
    const result = await this.#sql`
      INSERT INTO users (username, password_hash, created_at, id)
      VALUES (${user.username}, ${user.passwordHash}, ${this.#now()}::int8, ${newUserId()})
      ON CONFLICT DO NOTHING`;
    return result.count === 1;
  }

  async findUser(username: string): Promise<UserRecord | null> {
    const [row] = await this.#sql<
      { username: string; password_hash: string; id: string; token_generation: string }[]
    >`SELECT username, password_hash, id, token_generation FROM users WHERE username = ${username}`;
    return row
      ? {
          username: row.username,
          passwordHash: row.password_hash,
          id: row.id,
          tokenGeneration: Number(row.token_generation),
        }
      : null;
  }

  async revokeTokens(userId: string): Promise<number | null> {
    const [row] = await this.#sql<{ token_generation: string }[]>`
      UPDATE users SET token_generation = token_generation + 1 WHERE id = ${userId} RETURNING token_generation`;
    return row ? Number(row.token_generation) : null;
  }

  async changePassword(userId: string, passwordHash: string): Promise<number | null> {
    const [row] = await this.#sql<{ token_generation: string }[]>`
      UPDATE users SET password_hash = ${passwordHash}, token_generation = token_generation + 1
      WHERE id = ${userId} RETURNING token_generation`;
    return row ? Number(row.token_generation) : null;
  }

  async deleteUser(userId: string): Promise<boolean> {
    return this.#sql.begin(async (tx) => {
      await tx`DELETE FROM room_members WHERE username = (SELECT username FROM users WHERE id = ${userId})`;
      const result = await tx`DELETE FROM users WHERE id = ${userId}`;
      return result.count === 1;
    });
  }

  async checkWritable(): Promise<void> {
    await this.#sql`
      INSERT INTO health_probe (id, checked_at) VALUES (1, ${this.#now()}::int8)
      ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at`;
  }

  async ensureRoom(name: string): Promise<RoomRecord> {
    await this.#insertRoom(name);
    return (await this.findRoom(name))!;
  }

  async findRoom(name: string): Promise<RoomRecord | null> {
    const [row] = await this.#sql<
      RoomRow[]
    >`SELECT name, epoch, last_seq, last_activity, kind, created_by FROM rooms WHERE name = ${name}`;
    return row ? toRoom(row) : null;
  }

  async listRooms(limit: number): Promise<RoomRecord[]> {
    const rows = await this.#sql<RoomRow[]>`
      SELECT name, epoch, last_seq, last_activity, kind, created_by FROM rooms ORDER BY last_activity DESC, name LIMIT ${limit}::int`;
    return rows.map(toRoom);
  }

  /**
   * One statement takes the seq and inserts the message. A retry that raced its original into another
   * replica fails on the idempotency index (the statement, seq included, rolls back) and gets the original.
   */
  async appendMessage(message: NewMessage): Promise<AppendResult> {
    if (message.clientMessageId !== "") {
      const earlier = await this.#findByClientId(message);
      if (earlier) return { message: earlier, duplicate: true };
    }
    let seq: number | null;
    try {
      seq = await this.#insert(message);
      if (seq === null) {
        await this.#insertRoom(message.room);
        seq = await this.#insert(message);
      }
    } catch (error) {
      if (message.clientMessageId !== "" && (error as { errno?: string }).errno === UNIQUE_VIOLATION) {
        const earlier = await this.#findByClientId(message);
        if (earlier) return { message: earlier, duplicate: true };
      }
      throw error;
    }
    if (seq === null) throw new Error(`room ${message.room} vanished while appending`);
    if (seq % PRUNE_EVERY === 0 && seq > this.#retain) {
      await this.#sql`DELETE FROM messages WHERE room = ${message.room} AND seq <= ${seq - this.#retain}::int8`;
    }
    return { message: { ...message, seq }, duplicate: false };
  }

  async messagesAfter(room: string, afterSeq: number, limit: number): Promise<StoredMessage[]> {
    const rows = await this.#sql<MessageRow[]>`
      SELECT * FROM messages WHERE room = ${room} AND seq > ${afterSeq}::int8 ORDER BY seq LIMIT ${limit}::int`;
    return rows.map(toMessage);
  }

  async messagesBefore(room: string, beforeSeq: number, limit: number): Promise<StoredMessage[]> {
    const rows = await this.#sql<MessageRow[]>`
      SELECT * FROM messages WHERE room = ${room} AND seq < ${beforeSeq}::int8 ORDER BY seq DESC LIMIT ${limit}::int`;
    return rows.map(toMessage).reverse();
  }

  async bounds(room: string): Promise<SeqBounds> {
    const [row] = await this.#sql<{ first_seq: string | null; last_seq: string }[]>`
      SELECT (SELECT MIN(seq) FROM messages WHERE room = rooms.name) AS first_seq, last_seq FROM rooms WHERE name = ${room}`;
    return { firstSeq: Number(row?.first_seq ?? 0), lastSeq: Number(row?.last_seq ?? 0) };
  }

  async close(): Promise<void> {
    await this.#sql.close({ timeout: 5 });
  }

  /** @returns the seq given to the message, or null when the room does not exist yet. */
  async #insert(message: NewMessage): Promise<number | null> {
    const [row] = await this.#sql<{ seq: string }[]>`
      WITH next AS (
        UPDATE rooms SET last_seq = last_seq + 1, last_activity = ${message.sentAtMs}::int8
        WHERE name = ${message.room} RETURNING last_seq
      )
      INSERT INTO messages (room, seq, author, body, kind, client_message_id, sent_at)
      SELECT ${message.room}::text, last_seq, ${message.author}::text, ${message.body}::text, ${message.kind}::int,
             ${message.clientMessageId}::text, ${message.sentAtMs}::int8
      FROM next
      RETURNING seq`;
    return row ? Number(row.seq) : null;
  }

  async #insertRoom(name: string): Promise<void> {
    const now = this.#now();
    await this.#sql`
      INSERT INTO rooms (name, epoch, created_at, last_activity) VALUES (${name}, ${crypto.randomUUID()}, ${now}::int8, ${now}::int8)
      ON CONFLICT DO NOTHING`;
  }

  async #findByClientId(message: NewMessage): Promise<StoredMessage | null> {
    const [row] = await this.#sql<MessageRow[]>`
      SELECT * FROM messages WHERE room = ${message.room} AND author = ${message.author} AND client_message_id = ${message.clientMessageId}`;
    return row ? toMessage(row) : null;
  }
}

const toRoom = toPostgresRoom;
const toMessage = toPostgresMessage;

/** A server-side SQL error (it answered): not a connectivity problem, so it is passed on as it is. */
function isServerError(error: unknown): boolean {
  return error instanceof SQL.PostgresError && error.errno !== undefined;
}

function errorText(error: unknown): string {
  if (error instanceof SQL.PostgresError) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** host:port/database, without the user or password. */
function describe(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
  } catch {
    return "(unparsable DATABASE_URL)";
  }
}
