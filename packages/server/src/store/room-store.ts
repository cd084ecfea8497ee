/**
 * What private rooms, direct messages, the directory, read state, edits and mentions need from storage: the
 * part of `ChatStore` added for them, kept apart so each adapter's SQL for it lives in its own file
 * (sqlite-rooms.ts, postgres-rooms.ts). Membership rows serve public rooms too: a person who joined a public
 * room has a row, which holds their read marker and counts in the directory's member count.
 */
import type { RoomKind } from "@tertulia/protocol";
import type { RoomRecord, StoredMessage } from "./store.ts";

export interface NewRoom {
  readonly name: string;
  readonly kind: RoomKind;
  readonly createdBy: string;
  /** Everyone in the room from the start, the creator included; each is checked against `maxRoomsPerUser`. */
  readonly members: readonly string[];
  readonly createdAtMs: number;
}

/** How many rows membership may grow to; checked in the statement that inserts (reserve before writing). */
export interface MembershipBounds {
  readonly maxMembers: number;
  readonly maxRoomsPerUser: number;
}

export type CreateRoomResult =
  | { readonly outcome: "created" }
  | { readonly outcome: "exists" }
  /** Someone in `members` is in `maxRoomsPerUser` rooms already: nothing was written. */
  | { readonly outcome: "user_full"; readonly username: string };

export type AddMemberResult = "added" | "exists" | "room_full" | "user_full";

export interface Membership {
  readonly room: string;
  readonly username: string;
  readonly lastReadSeq: number;
}

/** A room with one person's view of it (ListMyRooms). */
export interface MemberRoom extends RoomRecord {
  readonly memberCount: number;
  readonly lastReadSeq: number;
  /** Retained chat messages after lastReadSeq by others, not deleted. */
  readonly unreadCount: number;
  /** Of those, the ones that mention the person. */
  readonly mentionCount: number;
  /** Direct rooms: the other member ("" otherwise). */
  readonly peer: string;
}

export interface DirectoryRoom extends RoomRecord {
  readonly memberCount: number;
}

export interface DirectoryQuery {
  /** Substring of the name; "" for every public room. Matched literally (no wildcards). */
  readonly contains: string;
  /** Names strictly after this one; "" from the start. */
  readonly after: string;
  readonly limit: number;
}

/** What an edit or a delete found. Only the author's own, undeleted chat message changes. */
export type ChangeResult =
  | { readonly outcome: "changed"; readonly message: StoredMessage }
  | { readonly outcome: "not_found" }
  | { readonly outcome: "not_author" }
  | { readonly outcome: "deleted" };

export interface RoomStore {
  /** A new room with its members, in one transaction; nothing is written unless every member fits. */
  createRoom(room: NewRoom, bounds: MembershipBounds): Promise<CreateRoomResult>;
  addMember(room: string, username: string, atMs: number, bounds: MembershipBounds): Promise<AddMemberResult>;
  /** @returns false when they were not a member. */
  removeMember(room: string, username: string): Promise<boolean>;
  membership(room: string, username: string): Promise<Membership | null>;
  /** Sorted by name, at most `limit`. */
  listMembers(room: string, limit: number): Promise<string[]>;
  countMembers(room: string): Promise<number>;
  /** Public rooms only, by name. */
  browseRooms(query: DirectoryQuery): Promise<DirectoryRoom[]>;
  /** The rooms `username` is in, most recently active first. */
  memberRooms(username: string, limit: number): Promise<MemberRoom[]>;
  /**
   * Moves the read marker to max(current, min(seq, room's last seq)).
   * @returns the marker after the call, or null when `username` is not in the room.
   */
  markRead(room: string, username: string, seq: number): Promise<number | null>;
  /** Replaces a message's text (and its edit time) when `author` wrote it and it is not deleted. */
  editMessage(room: string, seq: number, author: string, body: string, atMs: number): Promise<ChangeResult>;
  /** Empties a message's text for good and marks it deleted; its mentions go with it. */
  deleteMessage(room: string, seq: number, author: string, atMs: number): Promise<ChangeResult>;
  /** The people a message mentions, replacing any it had (an edit); mentions of pruned messages go too. */
  setMentions(room: string, seq: number, usernames: readonly string[]): Promise<void>;
}
