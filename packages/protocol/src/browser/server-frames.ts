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
  readonly messages: readonly MessageFrame[];
  readonly hasMore: boolean;
  readonly present: readonly string[];
  readonly live: boolean;
}

/** The answer to `history`: older messages, oldest first. */
export interface HistoryFrame {
  readonly type: "history";
  readonly room: string;
  readonly messages: readonly MessageFrame[];
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
  | "quota_exceeded";

/** A stable code and a short sentence safe to show. */
export interface ErrorFrame {
  readonly type: "error";
  readonly code: ErrorCode;
  readonly message: string;
  /** The clientId of the send that failed, so the page can mark or retry it. */
  readonly clientId?: string;
  readonly room?: string;
}

/** What a room's relay publishes to every member. */
export type RoomFrame = MessageFrame | PresenceFrame | StatusFrame | ResetFrame;

export type ServerFrame = HelloFrame | JoinedFrame | HistoryFrame | ErrorFrame | RoomFrame;
export type ServerFrameType = ServerFrame["type"];
