/**
 * What the web tier sends a page over its WebSocket. Room events are built once per event and published to
 * every local member as the same JSON string.
 */

/** The limits the page applies, as the server has them (never a copy in the page). */
export interface PageLimits {
  readonly maxMessageChars: number;
  readonly maxClientIdLength: number;
  readonly typingIntervalMs: number;
}

/** First frame on every socket: who the page is logged in as, and the server's limits. */
export interface HelloFrame {
  readonly type: "hello";
  readonly user: string;
  readonly limits: PageLimits;
}

/** One stored message (chat or system). */
export interface MessageFrame {
  readonly type: "message";
  readonly room: string;
  readonly seq: number;
  readonly author: string;
  readonly text: string;
  readonly sentAt: number;
  readonly clientId: string;
}

/** The answer to `join`: the newest page (or what a resume missed), who is there, and whether it is live. */
export interface JoinedFrame {
  readonly type: "joined";
  readonly room: string;
  readonly epoch: string;
  /** The page's `afterSeq` could not be resumed: drop what it shows for this room and start from `messages`. */
  readonly reset: boolean;
  readonly messages: readonly StoredMessageFrame[];
  readonly hasMore: boolean;
  readonly present: readonly string[];
  readonly live: boolean;
}

/** The answer to `history`: older messages, oldest first. */
export interface HistoryFrame {
  readonly type: "history";
  readonly room: string;
  readonly messages: readonly StoredMessageFrame[];
  readonly hasMore: boolean;
}

export interface PresenceFrame {
  readonly type: "presence";
  readonly room: string;
  readonly user: string;
  readonly event: "join" | "leave" | "typing";
}

/** The server connection behind a room: "reconnecting" while its stream is down, "live" once caught up. */
export interface StatusFrame {
  readonly type: "status";
  readonly room: string;
  readonly state: "live" | "reconnecting";
}

/** The room's history was lost server-side (new epoch): pages drop what they hold and start over. */
export interface ResetFrame {
  readonly type: "reset";
  readonly room: string;
  readonly epoch: string;
}

export type ErrorCode =
  | "bad_frame"
  | "rate_limited"
  | "invalid"
  | "unavailable"
  | "session_expired"
  | "not_joined"
  | "too_many_sockets"
  | "too_many_rooms"
  | "quota_exceeded"
  /** The server refused: not a member of that private room, or not one's own message (PERMISSION_DENIED). */
  | "forbidden"
  /** No such room, user or message (NOT_FOUND). */
  | "not_found"
  /** The room name is taken (ALREADY_EXISTS). */
  | "already_exists";

/** A stable code and a short sentence safe to show. */
export interface ErrorFrame {
  readonly type: "error";
  readonly code: ErrorCode;
  readonly message: string;
  /** The clientId of the send that failed, so the page can mark or retry it. */
  readonly clientId?: string;
  readonly room?: string;
}

/** The answer to the page's `ping`: the socket is alive both ways. */
export interface PongFrame {
  readonly type: "pong";
}

/**
 * What a room's relay publishes to every member: messages (with their edit state), presence, the stream's
 * status, resets, edits and deletes, and membership changes.
 */
export type RoomFrame =
  | StoredMessageFrame
  | PresenceFrame
  | StatusFrame
  | ResetFrame
  | MessageChangedFrame
  | MemberChangeFrame;

export type ServerFrame =
  | HelloFrame
  | JoinedFrame
  | HistoryFrame
  | ErrorFrame
  | PongFrame
  | RoomFrame
  | RoomListFrame
  | DirectoryFrame
  | ReadStateFrame
  | MembersFrame
  | RoomOpenedFrame;
export type ServerFrameType = ServerFrame["type"];

// ---------------------------------------------------------------------------------------------------------
// Added for private rooms, direct messages, the directory, read state and edits (issue 17), part of
// `ServerFrame` (the live ones, `message-changed` and `member`, of `RoomFrame` too).
// ---------------------------------------------------------------------------------------------------------

/**
 * A stored message with its edit state: what `MessageFrame` becomes once the web tier carries edits (in
 * `joined`, `history` and live `message` frames alike). Built by `noteToStoredMessageFrame`.
 */
export interface StoredMessageFrame extends MessageFrame {
  /** When the text was last edited (epoch ms); absent when never edited. The page shows "edited". */
  readonly editedAt?: number;
  /** The author deleted it: `text` is "" and the page shows a placeholder in its place. */
  readonly deleted?: boolean;
}

/**
 * A message already shown changed (NOTE_KIND_EDIT / NOTE_KIND_DELETE on the room's stream): replace the
 * text of `seq` and mark it edited, or replace it with the deleted placeholder. A page that does not hold
 * `seq` ignores it. Built by `noteToChangeFrame`.
 */
export interface MessageChangedFrame {
  readonly type: "message-changed";
  readonly room: string;
  readonly seq: number;
  readonly change: "edited" | "deleted";
  /** The new text ("" when deleted). */
  readonly text: string;
  readonly author: string;
  /** Edit time, epoch ms (0 for a delete). */
  readonly editedAt: number;
}

/** A room as one person sees it: the sidebar's entry, with read state. */
export interface RoomSummary {
  readonly room: string;
  readonly kind: "public" | "private" | "direct";
  /** Direct rooms: the other person, shown instead of `room` (a derived `dm-…` name). */
  readonly peer: string;
  readonly lastSeq: number;
  readonly lastActivity: number;
  readonly memberCount: number;
  /** The server's read marker: the "new messages" divider goes after this seq, on every tab and device. */
  readonly lastReadSeq: number;
  /** Retained messages by others after lastReadSeq (the badge, and the tab title's total). */
  readonly unread: number;
  /** Of those, the ones that mention this person (a stronger badge; a notification if they opted in). */
  readonly mentions: number;
}

/**
 * The answer to `rooms` (and sent after login, and when one is added to a private room that is open on the
 * same web pod): one's rooms, most recently active first.
 */
export interface RoomListFrame {
  readonly type: "rooms";
  readonly rooms: readonly RoomSummary[];
}

/** A public room in the directory. */
export interface DirectoryEntry {
  readonly room: string;
  readonly memberCount: number;
  readonly lastActivity: number;
  readonly lastSeq: number;
}

/** The answer to `browse`: one page of public rooms by name. */
export interface DirectoryFrame {
  readonly type: "directory";
  readonly query: string;
  readonly rooms: readonly DirectoryEntry[];
  /** Send as `after` for the next page; "" on the last page. */
  readonly nextAfter: string;
}

/**
 * The read marker moved (this tab's `read`, or another tab or device of the same person): move the divider
 * and recompute the badge. Sent to every socket of that person on the web pod that made the call.
 */
export interface ReadStateFrame {
  readonly type: "read-state";
  readonly room: string;
  readonly lastReadSeq: number;
}

/** Who is in a room: the answer to `members`, `invite` and `remove-member`. */
export interface MembersFrame {
  readonly type: "members";
  readonly room: string;
  readonly kind: "public" | "private" | "direct";
  readonly members: readonly string[];
}

/**
 * Someone joined or left a private room (NOTE_KIND_MEMBER_ADDED / NOTE_KIND_MEMBER_REMOVED on its stream).
 * When `user` is this page's own user and `event` is "removed", the page drops the room: the web tier has
 * stopped sending it (its server stream for that user ended PERMISSION_DENIED).
 */
export interface MemberChangeFrame {
  readonly type: "member";
  readonly room: string;
  readonly user: string;
  readonly event: "added" | "removed";
  /**
   * Who invited or removed them (themself when they left); "" when the web tier found the removal itself (the
   * server refused the member's presence renewal, or the removal came while their join was under way).
   */
  readonly by: string;
}

/** The answer to `create-room`, `open-direct` and `join-room`: the room, ready to `join`. */
export interface RoomOpenedFrame {
  readonly type: "room-opened";
  readonly room: RoomSummary;
}

/** The frames added for issue 17 (all part of `ServerFrame`). */
export type RoomStateFrame =
  | MessageChangedFrame
  | RoomListFrame
  | DirectoryFrame
  | ReadStateFrame
  | MembersFrame
  | MemberChangeFrame
  | RoomOpenedFrame;
