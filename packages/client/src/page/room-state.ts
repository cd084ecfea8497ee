/**
 * What the page holds for each open room, and for the page as a whole.
 *
 * Invariants: a message is shown once (messages are keyed by their room seq; a pending send is replaced by
 * its stored copy, matched by clientId); after any reconnect every room resumes from the last seq this page
 * holds (`lastSeq` + `epoch`), so nothing is lost or doubled.
 */
import type { PageLimits, StoredMessageFrame } from "@tertulia/protocol/browser";

/** A send not yet seen stored: "sending" (on its way), "waiting" (held back, goes again by itself), "failed". */
export interface PendingSend {
  readonly text: string;
  state: "sending" | "waiting" | "failed";
  /** Why it is waiting or failed, as the web tier said it (the error frame's message). */
  reason?: string;
}

export interface RoomState {
  readonly name: string;
  /** The history this page's messages belong to; "" before the room had its first message. */
  epoch: string;
  lastSeq: number;
  /** seq → message, in arrival order (always ascending seq). */
  messages: Map<number, StoredMessageFrame>;
  /** clientId → send not yet seen back from the server, in the order they were typed. */
  readonly pending: Map<string, PendingSend>;
  /** The one pending send on its way now: a room sends one at a time, so they are stored in the order typed. */
  inFlight: string | null;
  present: Set<string>;
  /** user → when their last typing frame came (ms since the epoch). */
  readonly typing: Map<string, number>;
  unread: number;
  hasMore: boolean;
  joined: boolean;
  /** The server connection behind the room is up and caught up. */
  live: boolean;
  // --- Rooms, read state and mentions (issue 17: room-list.ts, read-state.ts) ---
  /** Public, private (members only) or direct (two people; shown by `peer`). Public until the server says. */
  kind: RoomKind;
  /** Direct rooms: the other person. */
  peer: string;
  /** The server's read marker: messages after it are new, on every tab and device. */
  lastReadSeq: number;
  /** Of `unread`, the messages that mention this person. */
  mentions: number;
  /** Unread counts hold every message up to this seq (the server's count, then live ones); -1: not known yet. */
  countedThrough: number;
  /** Why the room cannot be shown (not a member of a private room), as the server said it; "" when fine. */
  refused: string;
}

export type RoomKind = "public" | "private" | "direct";

export function newRoom(name: string): RoomState {
  return {
    name,
    epoch: "",
    lastSeq: 0,
    messages: new Map(),
    pending: new Map(),
    inFlight: null,
    present: new Set(),
    typing: new Map(),
    unread: 0,
    hasMore: false,
    joined: false,
    live: true,
    kind: "public",
    peer: "",
    lastReadSeq: 0,
    mentions: 0,
    countedThrough: -1,
    refused: "",
  };
}

export interface PageState {
  /** The logged-in user, from the page (`data-user`) and confirmed by the `hello` frame. */
  readonly me: string;
  /** Open rooms, in the order the sidebar lists them. */
  readonly rooms: Map<string, RoomState>;
  active: string;
  /** The server's limits, from the `hello` frame; null until the first socket said hello. */
  limits: PageLimits | null;
}

export function activeRoom(state: PageState): RoomState | undefined {
  return state.rooms.get(state.active);
}
