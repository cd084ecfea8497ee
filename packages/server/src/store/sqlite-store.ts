/**
 * The embedded store: one SQLite file (WAL) through bun:sqlite. Calls are synchronous underneath and
 * serialized by SQLite. The appends of one event-loop turn share one transaction, in which each room's seqs
 * are assigned and its messages inserted (sqlite-append-batch.ts). WAL checkpoints run on a worker thread
 * (sqlite-checkpointer.ts); what a crash can lose is in README.md.
 */
import { Database, type Statement } from "bun:sqlite";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { Logger } from "@tertulia/runtime";
import { SqliteAppendBatch } from "./sqlite-append-batch.ts";
import { type CheckpointReport, SqliteCheckpointer } from "./sqlite-checkpointer.ts";
import { type MessageRow, toMessage } from "./sqlite-message-row.ts";
import { SQLITE_MIGRATIONS } from "./sqlite-migrations.ts";
import { type RoomRow, toRoom } from "./sqlite-room-row.ts";
import { SqliteRooms } from "./sqlite-rooms.ts";
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

export interface SqliteStoreOptions {
  /** A file path, or `:memory:`. */
  readonly path: string;
  /** Messages kept per room; older ones are pruned. */
  readonly retainPerRoom: number;
  readonly now?: () => number;
  /** How often the checkpoint worker copies the WAL into the database (and fsyncs). @default 1000 */
  readonly checkpointEveryMs?: number;
  /**
   * WAL frames from which the worker follows its PASSIVE checkpoint with a FULL one, so the WAL starts over
   * instead of growing to WAL_BACKSTOP_PAGES. @default 4096 (16 MiB, `journal_size_limit`)
   */
  readonly walRestartPages?: number;
  /** Each checkpoint the worker ran (tests, diagnostics). */
  readonly onCheckpoint?: (report: CheckpointReport) => void;
  /** Where a failed checkpoint is reported (warn). */
  readonly log?: Logger;
}

/**
 * The store's own connection checkpoints only past this many WAL pages (~80 MB at 4 KiB): a backstop should
 * the worker be stuck or gone, far above the few thousand pages a second of writes the worker clears each
 * tick. SQLite's default (1,000 pages) would checkpoint inside a commit on the event loop.
 */
const WAL_BACKSTOP_PAGES = 20_000;
/** How long a write waits for another connection's lock (the checkpoint worker's FULL checkpoint, another process). */
const BUSY_TIMEOUT_MS = 5_000;
/** After a checkpoint emptied it, a WAL that grew past this is cut back to it (`journal_size_limit`). */
const WAL_KEEP_BYTES = 16 * 1024 * 1024;

/**
 * Opens (creating if needed) and migrates the file, then writes to it once, so a file that cannot be used
 * stops the start-up here instead of failing every send later.
 * @throws {StoreOpenError} `schema_too_new` when the file's schema is newer than this binary knows;
 * `unusable` naming DATABASE_PATH's file when it cannot be created, read or written, or is not a database.
 */
export function openSqliteStore(options: SqliteStoreOptions): ChatStore {
  let db: Database | undefined;
  try {
    if (options.path !== ":memory:") mkdirSync(dirname(options.path), { recursive: true });
    db = new Database(options.path, { create: true, strict: true });
    db.run("PRAGMA journal_mode = WAL");
    // NORMAL in WAL mode: a commit is not fsynced; the WAL is, at each checkpoint. See README.md, durability.
    db.run("PRAGMA synchronous = NORMAL");
    db.run(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.run(`PRAGMA wal_autocheckpoint = ${WAL_BACKSTOP_PAGES}`);
    db.run(`PRAGMA journal_size_limit = ${WAL_KEEP_BYTES}`);
    migrate(db);
    const store = new SqliteStore(db, options);
    store.probe();
    // Only for a file that proved usable: the worker opens its own connection to it.
    if (options.path !== ":memory:") store.startCheckpoints();
    return store;
  } catch (error) {
    db?.close();
    if (error instanceof StoreOpenError) throw error;
    throw new StoreOpenError("unusable", `DATABASE_PATH ${options.path}: ${describeSqliteError(error)}`, {
      cause: error,
    });
  }
}

/** SQLite's own words for what is wrong with the file ("file is not a database", "attempt to write a readonly database"). */
function describeSqliteError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? `${error.message} (${code})` : error.message;
}

function migrate(db: Database): void {
  const { user_version: version } = db.query<{ user_version: number }, []>("PRAGMA user_version").get()!;
  if (version > SQLITE_MIGRATIONS.length) {
    throw new StoreOpenError(
      "schema_too_new",
      `database schema version ${version} is newer than this binary's ${SQLITE_MIGRATIONS.length}: upgrade the server`,
    );
  }
  db.transaction(() => {
    SQLITE_MIGRATIONS.slice(version).forEach((sql) => db.run(sql));
    db.run(`PRAGMA user_version = ${SQLITE_MIGRATIONS.length}`);
  })();
}

/**
 * The users, rooms and messages of the chat; the part for private rooms, read state and edits is
 * SqliteRooms (sqlite-rooms.ts), which it hands those calls to.
 */
class SqliteStore implements ChatStore {
  readonly #db: Database;
  readonly #options: SqliteStoreOptions;
  #checkpointer: SqliteCheckpointer | null = null;
  readonly #now: () => number;
  readonly #q: ReturnType<typeof prepare>;
  readonly #appends: SqliteAppendBatch;
  readonly #deleteUser: (userId: string) => boolean;

  readonly createRoom: SqliteRooms["createRoom"];
  readonly addMember: SqliteRooms["addMember"];
  readonly removeMember: SqliteRooms["removeMember"];
  readonly membership: SqliteRooms["membership"];
  readonly listMembers: SqliteRooms["listMembers"];
  readonly countMembers: SqliteRooms["countMembers"];
  readonly browseRooms: SqliteRooms["browseRooms"];
  readonly memberRooms: SqliteRooms["memberRooms"];
  readonly markRead: SqliteRooms["markRead"];
  readonly editMessage: SqliteRooms["editMessage"];
  readonly deleteMessage: SqliteRooms["deleteMessage"];
  readonly setMentions: SqliteRooms["setMentions"];

  constructor(db: Database, options: SqliteStoreOptions) {
    this.#db = db;
    this.#options = options;
    this.#now = options.now ?? Date.now;
    this.#q = prepare(db);
    this.#appends = new SqliteAppendBatch(db, {
      retainPerRoom: options.retainPerRoom,
      ensureRoom: (name) => this.#ensureRoomRow(name),
      busyTimeoutMs: BUSY_TIMEOUT_MS,
    });
    const rooms = new SqliteRooms(db);
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
    this.#deleteUser = db.transaction((userId: string) => {
      this.#q.deleteMemberships.run(userId);
      return this.#q.deleteUser.run(userId).changes === 1;
    });
  }

  async createUser(user: NewUser): Promise<boolean> {
    return this.#q.insertUser.run(user.username, user.passwordHash, this.#now(), newUserId()).changes === 1;
  }

  async findUser(username: string): Promise<UserRecord | null> {
    const row = this.#q.findUser.get(username);
    return row
      ? { username: row.username, passwordHash: row.password_hash, id: row.id, tokenGeneration: row.token_generation }
      : null;
  }

  async revokeTokens(userId: string): Promise<number | null> {
    return this.#q.bumpGeneration.get(userId)?.token_generation ?? null;
  }

  async changePassword(userId: string, passwordHash: string): Promise<number | null> {
    return this.#q.setPassword.get(passwordHash, userId)?.token_generation ?? null;
  }

  async deleteUser(userId: string): Promise<boolean> {
    return this.#deleteUser(userId);
  }

  async checkWritable(): Promise<void> {
    this.probe();
  }

  /** @throws SQLite's error when the file cannot be written (read-only, corrupt, disk full). */
  probe(): void {
    this.#q.probe.run(this.#now());
  }

  async ensureRoom(name: string): Promise<RoomRecord> {
    return toRoom(this.#ensureRoomRow(name));
  }

  async findRoom(name: string): Promise<RoomRecord | null> {
    const row = this.#q.findRoom.get(name);
    return row ? toRoom(row) : null;
  }

  async listRooms(limit: number): Promise<RoomRecord[]> {
    return this.#q.listRooms.all(limit).map(toRoom);
  }

  async appendMessage(message: NewMessage): Promise<AppendResult> {
    return this.#appends.append(message);
  }

  async messagesAfter(room: string, afterSeq: number, limit: number): Promise<StoredMessage[]> {
    return this.#q.messagesAfter.all(room, afterSeq, limit).map(toMessage);
  }

  async messagesBefore(room: string, beforeSeq: number, limit: number): Promise<StoredMessage[]> {
    return this.#q.messagesBefore.all(room, beforeSeq, limit).map(toMessage).reverse();
  }

  async bounds(room: string): Promise<SeqBounds> {
    const row = this.#q.bounds.get(room);
    return { firstSeq: row?.first_seq ?? 0, lastSeq: row?.last_seq ?? 0 };
  }

  /** Starts the checkpoint worker (sqlite-checkpointer.ts) on this store's file. */
  startCheckpoints(): void {
    const options = this.#options;
    this.#checkpointer = new SqliteCheckpointer({
      path: options.path,
      everyMs: options.checkpointEveryMs ?? 1_000,
      restartPages: options.walRestartPages ?? WAL_KEEP_BYTES / 4096,
      onCheckpoint: options.onCheckpoint,
      onError: (message) => options.log?.warn("sqlite checkpoint failed", { error: message }),
    });
  }

  async close(): Promise<void> {
    // The worker's connection first: the last connection to close checkpoints what is left and removes the WAL.
    this.#appends.flushNow();
    await this.#checkpointer?.stop();
    this.#db.close();
  }

  #ensureRoomRow(name: string): RoomRow {
    const now = this.#now();
    this.#q.insertRoom.run(name, crypto.randomUUID(), now, now);
    return this.#q.findRoom.get(name)!;
  }
}

function prepare(db: Database) {
  return {
    insertUser: db.prepare<never, [string, string, number, string]>(
      "INSERT INTO users (username, password_hash, created_at, id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
    ),
    findUser: db.prepare<{ username: string; password_hash: string; id: string; token_generation: number }, [string]>(
      "SELECT username, password_hash, id, token_generation FROM users WHERE username = ?",
    ),
    bumpGeneration: db.prepare<{ token_generation: number }, [string]>(
      "UPDATE users SET token_generation = token_generation + 1 WHERE id = ? RETURNING token_generation",
    ),
    setPassword: db.prepare<{ token_generation: number }, [string, string]>(
      "UPDATE users SET password_hash = ?, token_generation = token_generation + 1 WHERE id = ? RETURNING token_generation",
    ),
    deleteUser: db.prepare<never, [string]>("DELETE FROM users WHERE id = ?"),
    deleteMemberships: db.prepare<never, [string]>(
      "DELETE FROM room_members WHERE username = (SELECT username FROM users WHERE id = ?)",
    ),
    probe: db.prepare<never, [number]>(
      "INSERT INTO health_probe (id, checked_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at",
    ),
    insertRoom: db.prepare<never, [string, string, number, number]>(
      "INSERT INTO rooms (name, epoch, created_at, last_activity) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
    ),
    findRoom: db.prepare<RoomRow, [string]>(
      "SELECT name, epoch, last_seq, last_activity, kind, created_by FROM rooms WHERE name = ?",
    ),
    listRooms: db.prepare<RoomRow, [number]>(
      "SELECT name, epoch, last_seq, last_activity, kind, created_by FROM rooms ORDER BY last_activity DESC, name LIMIT ?",
    ),
    messagesAfter: db.prepare<MessageRow, [string, number, number]>(
      "SELECT * FROM messages WHERE room = ? AND seq > ? ORDER BY seq LIMIT ?",
    ),
    messagesBefore: db.prepare<MessageRow, [string, number, number]>(
      "SELECT * FROM messages WHERE room = ? AND seq < ? ORDER BY seq DESC LIMIT ?",
    ),
    bounds: db.prepare<{ first_seq: number | null; last_seq: number }, [string]>(
      "SELECT (SELECT MIN(seq) FROM messages WHERE room = rooms.name) AS first_seq, last_seq FROM rooms WHERE name = ?",
    ),
  } satisfies Record<string, Statement<unknown, never>>;
}
