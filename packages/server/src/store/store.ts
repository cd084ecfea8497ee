/**
 * What the chat needs from storage. SQLite (bun:sqlite) is the embedded default; the scale-out profile puts
 * PostgreSQL behind the same interface. No SQL outside adapters; no fan-out in them.
 */
import type { NoteKind, RoomKind } from "@tertulia/protocol";
import type { RoomStore } from "./room-store.ts";

export interface NewUser {
  readonly username: string;
  readonly passwordHash: string;
}

export interface UserRecord extends NewUser {
  /** Random per account: a name deleted and registered again is another user, and old tokens name the old one. */
  readonly id: string;
  /**
   * Bumped by logout-everywhere and password changes: tokens carry the generation they were issued under
   * and stop working, on every replica, once it moves on.
   */
  readonly tokenGeneration: number;
}

/** A new account's id: random, never reused, so a name registered again is another user. */
export function newUserId(): string {
  return crypto.randomUUID();
}

export interface RoomRecord {
  readonly name: string;
  /** Random per room and store: a new value tells clients the history they hold is gone. */
  readonly epoch: string;
  readonly lastSeq: number;
  readonly lastActivityMs: number;
  /** Public when absent (rooms created before private rooms existed, and rooms not created yet). */
  readonly kind?: RoomKind;
  /** Who created a private room (may remove members); "" for public rooms. */
  readonly createdBy?: string;
}

export interface StoredMessage {
  readonly room: string;
  readonly seq: number;
  readonly author: string;
  readonly body: string;
  readonly kind: NoteKind;
  readonly clientMessageId: string;
  readonly sentAtMs: number;
  /** Set when the text was edited: when, in epoch ms. */
  readonly editedAtMs?: number;
  /** Set when the author deleted it: `body` is empty. */
  readonly deleted?: boolean;
}

export interface NewMessage {
  readonly room: string;
  readonly author: string;
  readonly body: string;
  readonly kind: NoteKind;
  /** Empty when the client gave none: such messages are never deduplicated. */
  readonly clientMessageId: string;
  readonly sentAtMs: number;
}

export interface AppendResult {
  readonly message: StoredMessage;
  /** True when this (room, author, clientMessageId) was stored before: `message` is the original. */
  readonly duplicate: boolean;
}

export interface SeqBounds {
  /** Oldest retained seq, or 0 when the room holds no messages. */
  readonly firstSeq: number;
  readonly lastSeq: number;
}

export interface ChatStore extends RoomStore {
  /** @returns false when the name is taken. */
  createUser(user: NewUser): Promise<boolean>;
  findUser(username: string): Promise<UserRecord | null>;
  /** Ends every token of the user. @returns the new generation, or null when there is no such user. */
  revokeTokens(userId: string): Promise<number | null>;
  /** Sets a new password hash and ends every token of the user. @returns the new generation, or null. */
  changePassword(userId: string, passwordHash: string): Promise<number | null>;
  /**
   * Removes the account and its room memberships; its name becomes free and its tokens name nobody (a name
   * registered again is not in the old account's private rooms). @returns false when absent.
   */
  deleteUser(userId: string): Promise<boolean>;

  /** The room, created on first use. */
  ensureRoom(name: string): Promise<RoomRecord>;
  findRoom(name: string): Promise<RoomRecord | null>;
  /** Most recently active first. */
  listRooms(limit: number): Promise<RoomRecord[]>;

  /** Stores a message under the room's next seq, in one transaction with the seq's assignment. */
  appendMessage(message: NewMessage): Promise<AppendResult>;
  /** Messages with seq > afterSeq, oldest first, at most `limit`. */
  messagesAfter(room: string, afterSeq: number, limit: number): Promise<StoredMessage[]>;
  /** The `limit` newest messages with seq < beforeSeq, returned oldest first. */
  messagesBefore(room: string, beforeSeq: number, limit: number): Promise<StoredMessage[]>;
  bounds(room: string): Promise<SeqBounds>;

  /** Writes one row and reads it back: resolves only when the store takes writes (health checks). */
  checkWritable(): Promise<void>;

  close(): Promise<void>;
}

/** Why a store could not be opened: the process should stop with this message (it names no secret). */
export class StoreOpenError extends Error {
  override readonly name = "StoreOpenError";
  constructor(
    readonly code: "unreachable" | "schema_too_new" | "credentials_refused" | "unusable",
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
