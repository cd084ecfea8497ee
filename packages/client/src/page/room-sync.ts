/**
 * Keeps each open room in step with the server: joins and resumes, applies every frame the web tier sends,
 * and sends (and resends) the user's messages. A message is shown once; a pending send is replaced by its
 * stored copy (matched by clientId) and goes again, with the same clientId, after a reconnect or a refusal.
 */
import type {
  ErrorFrame,
  HelloFrame,
  HistoryFrame,
  JoinedFrame,
  MemberChangeFrame,
  MessageChangedFrame,
  MessageFrame,
  PresenceFrame,
  ReadStateFrame,
  ResetFrame,
  RoomClientFrame,
  RoomListFrame,
  RoomSummary,
  SendFrame,
  ServerFrame,
  StatusFrame,
  StoredMessageFrame,
} from "@tertulia/protocol/browser";
import type { Connection } from "./connection.ts";
import { type SavedSend, saveSends } from "./outbox-storage.ts";
import { newRoom, type PageState, type PendingSend, type RoomState } from "./room-state.ts";
import { applyReadMarker, applySummary, countMessage, mentionsMe } from "./unread-counts.ts";
import type { View } from "./view.ts";

/** What the page does about rooms beyond showing them (issue 17): wired in main.ts. */
export interface RoomEvents {
  /** A message arrived (`live`: as it was sent, not history): mark it read, maybe notify. */
  messageArrived(room: RoomState, message: StoredMessageFrame, live: boolean): void;
  /** This person is no longer in `room` (removed, or left on another tab): drop it with `notice`. */
  roomGone(room: string, notice: string): void;
  /** A room's members changed (someone added or removed). */
  membersChanged(room: string): void;
  /** A message held changed (edited or deleted); room.messages already says so. */
  messageChanged(room: RoomState, change: MessageChangedFrame): void;
  /** The read marker of a room moved: the "new messages" divider follows. */
  readMarkerMoved(room: RoomState): void;
}

/** Rooms from the server's list opened on this socket at most (the web tier allows 50 per socket). */
export const MAX_LISTED_ROOMS = 40;

/** Milliseconds before pending sends go again after a refusal: the per-socket bucket refills meanwhile. */
const RESEND_AFTER_REFUSAL_MS = 1_500;
/** A join the chat server could not answer yet is asked again after this long. */
const REJOIN_UNAVAILABLE_MS = 2_000;
/** A room keeps at most this many messages in memory; older ones come back from history on scroll-up. */
export const MAX_MESSAGES_HELD = 2_000;

/** Past the bound, the oldest messages are forgotten (the list never draws more than a window of them). */
function forgetOldest(room: RoomState): void {
  if (room.messages.size <= MAX_MESSAGES_HELD) return;
  for (const seq of room.messages.keys()) {
    if (room.messages.size <= MAX_MESSAGES_HELD) break;
    room.messages.delete(seq);
  }
  room.hasMore = true;
}

export class RoomSync {
  readonly #state: PageState;
  readonly #view: View;
  readonly #connection: () => Connection;
  readonly #sessionEnded: () => void;
  #resendTimer: ReturnType<typeof setTimeout> | null = null;
  #events: RoomEvents | null = null;

  constructor(deps: { state: PageState; view: View; connection: () => Connection; sessionEnded: () => void }) {
    this.#state = deps.state;
    this.#view = deps.view;
    this.#connection = deps.connection;
    this.#sessionEnded = deps.sessionEnded;
  }

  /** Set once the modules that act on room events exist (they need the sync first). */
  bindEvents(events: RoomEvents): void {
    this.#events = events;
  }

  /** One of issue 17's requests (`rooms`, `read`, `create-room`, `edit`, …): sent now if connected. */
  request(frame: RoomClientFrame): void {
    this.#connection().send(frame);
  }

  /** Holding messages: resume after the last one. A fresh room asks for the latest page instead. */
  join(room: RoomState): void {
    this.#connection().send({ type: "join", room: room.name, afterSeq: room.lastSeq, epoch: room.epoch });
  }

  joinAll(): void {
    for (const room of this.#state.rooms.values()) this.join(room);
  }

  leave(name: string): void {
    this.#connection().send({ type: "leave", room: name });
  }

  /** Queues a send as pending (shown "sending…") and sends it now if connected. */
  send(room: RoomState, text: string): void {
    const clientId = crypto.randomUUID();
    const pending: PendingSend = { text, state: "sending" };
    room.pending.set(clientId, pending);
    this.saveOutbox();
    if (room.name === this.#state.active) this.#view.messages.addPending(clientId);
    this.#pump(room);
  }

  /** The person asked to send a failed message again: same clientId, so it is stored at most once. */
  retry(roomName: string, clientId: string): void {
    const room = this.#state.rooms.get(roomName);
    const pending = room?.pending.get(clientId);
    if (!room || !pending) return;
    this.#mark(room, clientId, "sending");
    this.#pump(room);
  }

  /** Every pending send of every room, saved for a reload. */
  saveOutbox(): void {
    const sends: SavedSend[] = [];
    for (const room of this.#state.rooms.values()) {
      for (const [clientId, pending] of room.pending) sends.push({ room: room.name, clientId, ...pending });
    }
    saveSends(this.#state.me, sends);
  }

  pendingCount(): number {
    let count = 0;
    for (const room of this.#state.rooms.values()) count += room.pending.size;
    return count;
  }

  typing(room: string): void {
    this.#connection().send({ type: "typing", room });
  }

  /** Messages before `beforeSeq` (the oldest the list shows), answered by a `history` frame. */
  loadOlder(room: string, beforeSeq: number): void {
    this.#connection().send({ type: "history", room, beforeSeq });
  }

  /** Every frame the web tier sends goes through here; the switch is exhaustive over ServerFrame. */
  handle(frame: ServerFrame): void {
    switch (frame.type) {
      case "hello":
        this.#hello(frame);
        break;
      case "joined":
        this.#joined(frame);
        break;
      case "message":
        this.#message(frame);
        break;
      case "history":
        this.#history(frame);
        break;
      case "presence":
        this.#presence(frame);
        break;
      case "status":
        this.#status(frame);
        break;
      case "reset":
        this.#reset(frame);
        break;
      case "error":
        this.#error(frame);
        break;
      // --- issue 17: rooms, read state, edits, members ---
      case "rooms":
        this.#rooms(frame);
        break;
      case "room-opened":
        this.openRoom(frame.room);
        break;
      case "read-state":
        this.#readState(frame);
        break;
      case "message-changed":
        this.#messageChanged(frame);
        break;
      case "member":
        this.#member(frame);
        break;
      default:
        // A frame type this page does not know (a newer web tier): ignored.
        break;
    }
  }

  #hello(frame: HelloFrame): void {
    this.#state.limits = frame.limits;
    this.#view.renderTyping();
  }

  #joined(frame: JoinedFrame): void {
    const room = this.#state.rooms.get(frame.room);
    if (!room) return;
    // An empty epoch is a room that had no message yet when it was joined: not a different history.
    if (frame.reset || (room.epoch !== "" && room.epoch !== frame.epoch)) {
      room.messages.clear();
      room.lastSeq = 0;
    }
    room.epoch = frame.epoch;
    room.joined = true;
    room.live = frame.live;
    const fresh = room.messages.size === 0;
    if (fresh) room.hasMore = frame.hasMore;
    room.present = new Set(frame.present);
    for (const message of frame.messages) this.#addMessage(room, message, { quiet: true, draw: !fresh });
    this.#resendPending(room);
    // A first join draws the room once; a resume only appended what it missed (above).
    if (room.name === this.#state.active && fresh) this.#view.renderActive({ stickToBottom: true });
    else if (room.name === this.#state.active) this.#view.renderOnline();
    this.#view.renderRooms();
    this.#view.renderConnection(this.#connection().connected);
  }

  #message(frame: MessageFrame): void {
    const room = this.#state.rooms.get(frame.room);
    if (!room) return;
    if (room.lastSeq > 0 && frame.seq > room.lastSeq + 1) {
      // A hole: ask for everything after what we hold; the reply fills it, duplicates are dropped.
      this.join(room);
      return;
    }
    this.#addMessage(room, frame, { quiet: false, draw: true });
  }

  #history(frame: HistoryFrame): void {
    const room = this.#state.rooms.get(frame.room);
    if (!room) return;
    const older = frame.messages.filter((m) => !room.messages.has(m.seq));
    room.messages = new Map([...older.map((m) => [m.seq, m] as const), ...room.messages]);
    room.hasMore = frame.hasMore;
    if (room.name === this.#state.active) this.#view.messages.prepend(older);
  }

  #presence(frame: PresenceFrame): void {
    const room = this.#state.rooms.get(frame.room);
    if (!room) return;
    if (frame.event === "join") room.present.add(frame.user);
    if (frame.event === "leave") {
      room.present.delete(frame.user);
      room.typing.delete(frame.user);
    }
    if (frame.event === "typing" && frame.user !== this.#state.me) room.typing.set(frame.user, Date.now());
    if (room.name === this.#state.active) {
      this.#view.renderOnline();
      this.#view.renderTyping();
    }
  }

  #status(frame: StatusFrame): void {
    const room = this.#state.rooms.get(frame.room);
    if (!room) return;
    room.live = frame.state === "live";
    if (room.live) this.#resendPending(room);
    this.#view.renderConnection(this.#connection().connected);
  }

  #reset(frame: ResetFrame): void {
    const room = this.#state.rooms.get(frame.room);
    if (!room) return;
    room.messages.clear();
    room.lastSeq = 0;
    room.epoch = frame.epoch;
    if (room.name === this.#state.active) this.#view.messages.clear();
    this.join(room);
  }

  #error(frame: ErrorFrame): void {
    if (frame.code === "session_expired") {
      this.#sessionEnded();
      return;
    }
    const room = this.#state.rooms.get(frame.room ?? this.#state.active);
    if (frame.room && room && !frame.clientId && isRefusal(frame) && !room.joined) {
      // The room itself was refused (private and not a member, or not openable): say so where it would show.
      room.refused = frame.message;
      if (room.name === this.#state.active) this.#view.renderActive({});
      this.#view.renderRooms();
    }
    // Refused for what it is (too long, not allowed): it fails with the server's reason and waits for Retry,
    // never silently dropped.
    if (frame.clientId && room && room.inFlight === frame.clientId) room.inFlight = null;
    if (frame.clientId && room && (frame.code === "invalid" || frame.code === "bad_frame")) {
      this.#mark(room, frame.clientId, "failed", frame.message);
      this.#pump(room);
    }
    // The chat server could not take it now: it waits and goes again when the room is live again.
    if (frame.clientId && room && frame.code === "unavailable") {
      this.#mark(room, frame.clientId, "waiting", frame.message);
      this.#resendPendingSoon();
    }
    if (frame.code === "unavailable" && room && !frame.clientId && !room.joined) {
      setTimeout(() => this.join(room), REJOIN_UNAVAILABLE_MS);
    }
    // The web tier drops frames past its per-socket rate (its error names no send) and a quota refuses sends
    // past the user's: what is still pending says so and goes again once there is room (the same clientId,
    // so nothing is stored twice).
    if (frame.code === "rate_limited" || frame.code === "quota_exceeded") {
      for (const held of this.#state.rooms.values()) {
        // Its error names no send: whatever was on its way may have been dropped, and goes again.
        if (frame.clientId === undefined || held.inFlight === frame.clientId) held.inFlight = null;
        for (const [clientId, pending] of held.pending) {
          const named = frame.clientId === undefined || frame.clientId === clientId;
          if (named && pending.state === "sending") this.#mark(held, clientId, "waiting", frame.message);
        }
      }
      this.#resendPendingSoon();
    }
    this.#view.flash(frame.message);
  }

  #addMessage(room: RoomState, message: MessageFrame, { quiet, draw }: { quiet: boolean; draw: boolean }): void {
    if (message.seq <= room.lastSeq || room.messages.has(message.seq)) return;
    room.messages.set(message.seq, message);
    room.lastSeq = message.seq;
    forgetOldest(room);
    // Their message is here: they are no longer typing it.
    const wasTyping = room.typing.delete(message.author);
    const me = this.#state.me;
    const wasMine = message.author === me && room.pending.delete(message.clientId);
    if (wasMine) {
      this.saveOutbox();
      if (room.inFlight === message.clientId) room.inFlight = null;
      this.#pump(room);
    }
    if (room.name === this.#state.active) {
      if (wasTyping) this.#view.renderTyping();
      if (draw && wasMine) this.#view.messages.replacePending(message.clientId, message);
      else if (draw) this.#view.messages.append([message]);
    }
    // Counted against the server's read marker once its counts are known; before that, live ones elsewhere.
    let counted = false;
    if (room.countedThrough >= 0) counted = countMessage(room, message, me);
    else if (!quiet && message.author !== me && room.name !== this.#state.active) {
      room.unread += 1;
      counted = true;
    }
    if (counted) this.#view.renderRooms();
    this.#events?.messageArrived(room, message, !quiet);
  }

  // --- issue 17: rooms, read state, edits, members ---

  /**
   * A room the server answered for (`room-opened`, or an entry of `rooms`): held with its kind and read state,
   * and opened on this socket if it was not yet.
   */
  openRoom(summary: RoomSummary): RoomState {
    let room = this.#state.rooms.get(summary.room);
    if (!room) {
      room = newRoom(summary.room);
      this.#state.rooms.set(summary.room, room);
      this.join(room);
    }
    // Refused before (not a member then), listed now (invited since): open it on this socket after all.
    if (room.refused) {
      room.refused = "";
      this.join(room);
    }
    applySummary(room, summary, this.#state.me);
    this.#view.renderRooms();
    this.#events?.readMarkerMoved(room);
    return room;
  }

  /**
   * The person's rooms, most recently active first: the sidebar lists them (then the rooms opened by name
   * on this page and not on the server's list yet, which are added to it with `join-room`).
   */
  #rooms(frame: RoomListFrame): void {
    const listed = frame.rooms.slice(0, MAX_LISTED_ROOMS);
    for (const summary of listed) this.openRoom(summary);
    const names = new Set(listed.map((s) => s.room));
    const others = [...this.#state.rooms.values()].filter((room) => !names.has(room.name));
    // Listed before and not now: left on another tab or device. Never listed: opened here by name (a saved
    // room, a link), added to the person's rooms now (a private room refuses, and says so).
    const gone = others.filter((room) => room.countedThrough >= 0 && room.name !== this.#state.active);
    for (const room of others) {
      if (room.countedThrough < 0 && room.kind === "public" && !room.refused) {
        this.request({ type: "join-room", room: room.name });
      }
    }
    const ordered = [...listed.map((s) => this.#state.rooms.get(s.room)), ...others].filter((r) => r !== undefined);
    this.#state.rooms.clear();
    for (const room of ordered) this.#state.rooms.set(room.name, room);
    for (const room of gone) this.#events?.roomGone(room.name, "");
    this.#view.renderRooms();
  }

  #readState(frame: ReadStateFrame): void {
    const room = this.#state.rooms.get(frame.room);
    if (!room) return;
    // Counts the page cannot recompute from what it holds come from the server.
    if (!applyReadMarker(room, frame.lastReadSeq, this.#state.me)) this.request({ type: "rooms" });
    this.#view.renderRooms();
    this.#events?.readMarkerMoved(room);
  }

  /** An edit or delete of a message this page may hold; a page that does not hold it ignores it. */
  #messageChanged(frame: MessageChangedFrame): void {
    const room = this.#state.rooms.get(frame.room);
    const message = room?.messages.get(frame.seq);
    if (!room || !message) return;
    const wasUnread = message.author !== this.#state.me && message.seq > room.lastReadSeq && !message.deleted;
    if (frame.change === "deleted") {
      room.messages.set(frame.seq, { ...message, text: "", deleted: true });
      if (wasUnread && message.seq <= room.countedThrough) {
        room.unread = Math.max(0, room.unread - 1);
        if (mentionsMe(message.text, this.#state.me)) room.mentions = Math.max(0, room.mentions - 1);
        this.#view.renderRooms();
      }
    } else {
      room.messages.set(frame.seq, { ...message, text: frame.text, editedAt: frame.editedAt });
    }
    this.#events?.messageChanged(room, frame);
  }

  #member(frame: MemberChangeFrame): void {
    if (frame.user === this.#state.me && frame.event === "removed") {
      const notice =
        frame.by === this.#state.me
          ? `You left ${frame.room}.`
          : `${frame.by} removed you from ${frame.room}: it is no longer in your rooms.`;
      this.#events?.roomGone(frame.room, notice);
      return;
    }
    // Invited (on another tab, or someone added you): the list comes again with it.
    if (frame.user === this.#state.me) this.request({ type: "rooms" });
    this.#events?.membersChanged(frame.room);
  }

  #sendPending(room: RoomState, clientId: string, pending: PendingSend): void {
    const frame: SendFrame = { type: "send", room: room.name, text: pending.text, clientId };
    this.#connection().send(frame);
  }

  /** What is pending and not failed goes again, in order (failed sends wait for the person's Retry). */
  #resendPending(room: RoomState): void {
    room.inFlight = null;
    for (const [clientId, pending] of room.pending) {
      if (pending.state === "waiting") this.#mark(room, clientId, "sending");
    }
    this.#pump(room);
  }

  /** Sends the room's oldest send not failed, unless one is on its way or it waits to go again. */
  #pump(room: RoomState): void {
    if (room.inFlight !== null || !this.#connection().connected) return;
    for (const [clientId, pending] of room.pending) {
      if (pending.state === "failed") continue;
      if (pending.state === "sending") {
        room.inFlight = clientId;
        this.#sendPending(room, clientId, pending);
      }
      return;
    }
  }

  #mark(room: RoomState, clientId: string, state: PendingSend["state"], reason?: string): void {
    const pending = room.pending.get(clientId);
    if (!pending || (pending.state === state && pending.reason === reason)) return;
    pending.state = state;
    pending.reason = reason;
    this.saveOutbox();
    if (room.name === this.#state.active) this.#view.messages.updatePending(clientId);
  }

  #resendPendingSoon(): void {
    if (this.#resendTimer !== null) return;
    this.#resendTimer = setTimeout(() => {
      this.#resendTimer = null;
      for (const room of this.#state.rooms.values()) if (room.live && room.pending.size > 0) this.#resendPending(room);
    }, RESEND_AFTER_REFUSAL_MS);
  }
}

/** Errors that mean "this room is not for you" rather than "try again later". */
function isRefusal(frame: ErrorFrame): boolean {
  return !["unavailable", "rate_limited", "quota_exceeded", "session_expired", "not_joined", "bad_frame"].includes(
    frame.code,
  );
}
