/**
 * What a page sends the web tier over its WebSocket: JSON objects with a `type`. The web tier validates
 * every frame (`parseClientFrame`) before anything acts on it; these types are what the page may build.
 */

/** Join a room; `afterSeq` + `epoch` resume from what the page already shows (0 and "" for a fresh join). */
export interface JoinFrame {
  readonly type: "join";
  readonly room: string;
  readonly afterSeq?: number;
  readonly epoch?: string;
}

export interface LeaveFrame {
  readonly type: "leave";
  readonly room: string;
}

/** `clientId` makes a resend after a reconnect land once (at most MAX_CLIENT_ID_LENGTH characters). */
export interface SendFrame {
  readonly type: "send";
  readonly room: string;
  readonly text: string;
  readonly clientId: string;
}

export interface TypingFrame {
  readonly type: "typing";
  readonly room: string;
}

/** Older messages than `beforeSeq`, for "load older". */
export interface HistoryRequestFrame {
  readonly type: "history";
  readonly room: string;
  readonly beforeSeq: number;
}

/**
 * A heartbeat: the web tier answers `pong` at once. The page pings every few seconds and takes a socket that
 * stopped answering for dead (a network gone away closes nothing, so no `close` event would tell it).
 */
export interface PingFrame {
  readonly type: "ping";
}

export type ClientFrame =
  | JoinFrame
  | LeaveFrame
  | SendFrame
  | TypingFrame
  | HistoryRequestFrame
  | PingFrame
  | RoomClientFrame;
export type ClientFrameType = ClientFrame["type"];

// ---------------------------------------------------------------------------------------------------------
// Added for private rooms, direct messages, the directory, read state and edits (issue 17), part of
// `ClientFrame` and validated by parse-client-frame.ts. Each maps to one RPC, made with the user's own token;
// the server enforces every rule (membership, bounds).
// ---------------------------------------------------------------------------------------------------------

/** Change the text of one's own message (ChatServer.EditNote). Same text rules as `send`. */
export interface EditFrame {
  readonly type: "edit";
  readonly room: string;
  readonly seq: number;
  readonly text: string;
}

/** Delete one's own message for good (ChatServer.DeleteNote). */
export interface DeleteFrame {
  readonly type: "delete";
  readonly room: string;
  readonly seq: number;
}

/**
 * Everything up to `seq` in `room` has been seen (RoomService.MarkRead). The server keeps the maximum, so
 * a tab that is behind never moves the marker back; send it when the newest message is on screen.
 */
export interface MarkReadFrame {
  readonly type: "read";
  readonly room: string;
  readonly seq: number;
}

/** Create a room (RoomService.CreateRoom): private with `members` invited, or public (no members). */
export interface CreateRoomFrame {
  readonly type: "create-room";
  readonly room: string;
  readonly private: boolean;
  /** Usernames to invite besides oneself (private only; at most ROOM_LIMITS.maxMembers - 1). */
  readonly members: readonly string[];
}

/** Open (creating on first use) the direct-message room with `peer` (RoomService.OpenDirect). */
export interface OpenDirectFrame {
  readonly type: "open-direct";
  readonly peer: string;
}

/** Add someone to a private room one is in (RoomService.InviteMember). */
export interface InviteFrame {
  readonly type: "invite";
  readonly room: string;
  readonly user: string;
}

/** Remove a member from a private room one created (RoomService.RemoveMember). */
export interface RemoveMemberFrame {
  readonly type: "remove-member";
  readonly room: string;
  readonly user: string;
}

/**
 * Add a public room to one's rooms (RoomService.JoinRoom: the directory's one-click join). Distinct from
 * `join`, which opens the room on this socket; a page sends `join-room` then `join`.
 */
export interface JoinRoomFrame {
  readonly type: "join-room";
  readonly room: string;
}

/**
 * Leave a room for good (RoomService.LeaveRoom): off one's list (public), or no longer a member (private).
 * Distinct from `leave`, which only closes the room on this socket.
 */
export interface LeaveRoomFrame {
  readonly type: "leave-room";
  readonly room: string;
}

/** Browse or search the public directory (RoomService.BrowseRooms); `after` is the previous `nextAfter`. */
export interface BrowseFrame {
  readonly type: "browse";
  /** At most ROOM_LIMITS.maxDirectoryQuery characters of a-z, 0-9, '_', '-'; "" lists every public room. */
  readonly query: string;
  readonly after?: string;
  /** Rooms per page, 1 to ROOM_LIMITS.maxDirectoryPage; absent: the server's default (defaultDirectoryPage). */
  readonly limit?: number;
}

/** Ask for one's rooms with unread and mention counts (RoomService.ListMyRooms); answered by `rooms`. */
export interface MyRoomsFrame {
  readonly type: "rooms";
}

/** Ask who is in a room (RoomService.ListMembers); answered by `members`. */
export interface MembersRequestFrame {
  readonly type: "members";
  readonly room: string;
}

/** The frames added for issue 17 (all part of `ClientFrame`). */
export type RoomClientFrame =
  | EditFrame
  | DeleteFrame
  | MarkReadFrame
  | CreateRoomFrame
  | OpenDirectFrame
  | InviteFrame
  | RemoveMemberFrame
  | JoinRoomFrame
  | LeaveRoomFrame
  | BrowseFrame
  | MyRoomsFrame
  | MembersRequestFrame;
