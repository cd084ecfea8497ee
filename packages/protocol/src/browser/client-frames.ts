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

export type ClientFrame = JoinFrame | LeaveFrame | SendFrame | TypingFrame | HistoryRequestFrame;
export type ClientFrameType = ClientFrame["type"];
