/**
 * Draws the page from its state: the active room's messages, the room list, who is online, who is typing,
 * the connection badge and short notices. Text only (textContent, never innerHTML).
 */
import type { ConnectionState } from "./connection.ts";
import type { PageElements } from "./elements.ts";
import { MessageList } from "./message-list.ts";
import { RoomList, type RoomListActions, roomLabel } from "./room-list.ts";
import { activeRoom, type PageState, type RoomState } from "./room-state.ts";
import { renderUnreadTotal } from "./unread-title.ts";

/** What a failed send's Retry button does. */
export type RetrySend = (room: string, clientId: string) => void;
/** Asks the server for a room's messages older than `beforeSeq`. */
export type LoadOlder = (room: string, beforeSeq: number) => void;

/** How long a notice replaces the typing line. */
const FLASH_MS = 4_000;
/** The "reconnecting in Ns" banner counts down at this pace. */
const COUNTDOWN_TICK_MS = 250;

export class View {
  readonly #el: PageElements;
  readonly #state: PageState;
  readonly #roomList: RoomList;
  readonly #afterRooms: (() => void)[] = [];
  #retry: RetrySend | null = null;
  #loadOlder: LoadOlder | null = null;
  /** The active room's message list, drawn incrementally. */
  readonly messages: MessageList;
  /** The room drawn now, and for the others the last seq seen when they were left (the divider's place). */
  #shown: RoomState | null = null;
  readonly #readSeqs = new Map<string, number>();
  #flashTimer: ReturnType<typeof setTimeout> | undefined;
  #countdown: ReturnType<typeof setInterval> | undefined;

  constructor(elements: PageElements, state: PageState) {
    this.#el = elements;
    this.#state = state;
    this.#roomList = new RoomList(elements.rooms, state);
    this.messages = new MessageList({
      list: elements.list,
      scroller: elements.scroller,
      older: elements.older,
      jump: elements.jump,
      me: state.me,
      loadOlder: (room, beforeSeq) => this.#loadOlder?.(room, beforeSeq),
      retry: (room, clientId) => this.#retry?.(room, clientId),
    });
  }

  /** Set once the room navigation exists (it needs the view first). */
  bindRoomActions(actions: RoomListActions): void {
    this.#roomList.bind(actions);
  }

  /** Set once the room sync exists (it needs the view first). */
  bindRetry(retry: RetrySend): void {
    this.#retry = retry;
  }

  /** Set once the room sync exists (it needs the view first). */
  bindLoadOlder(loadOlder: LoadOlder): void {
    this.#loadOlder = loadOlder;
  }

  /**
   * Draws the active room from scratch (a room switch, a first join, a reset): title, messages, who is there.
   * Everything after that is incremental, through `messages` (./message-list.ts).
   */
  renderActive(_options: { stickToBottom?: boolean; keepPosition?: boolean } = {}): void {
    const { title } = this.#el;
    const room = activeRoom(this.#state);
    if (this.#shown && this.#shown.name !== room?.name) this.#readSeqs.set(this.#shown.name, this.#shown.lastSeq);
    this.#shown = room ?? null;
    if (!room) {
      title.textContent = "";
      this.messages.clear();
      return;
    }
    title.textContent = roomLabel(room);
    title.dataset.kind = room.kind;
    // The server's read marker once known (issue 17: the same divider on every tab and device).
    const readSeq = room.countedThrough >= 0 ? room.lastReadSeq : (this.#readSeqs.get(room.name) ?? 0);
    this.messages.show(room, { readSeq });
    this.renderOnline();
    this.renderTyping();
  }

  // --- Room list (issue 17): drawn by room-list.ts, with the unread total in the title (unread-title.ts) ---
  renderRooms(): void {
    this.#roomList.render();
    renderUnreadTotal(this.#state, this.#el.menu);
    for (const after of this.#afterRooms) after();
  }

  /** Drawn with the room list: the active room's bar (members, refusal). */
  onRoomsRendered(draw: () => void): void {
    this.#afterRooms.push(draw);
  }
  // --- end room list ---

  renderOnline(): void {
    const me = this.#state.me;
    this.#el.online.replaceChildren(
      ...[...(activeRoom(this.#state)?.present ?? [])].sort().map((user) => {
        const item = document.createElement("li");
        item.textContent = user === me ? `${user} (you)` : user;
        return item;
      }),
    );
  }

  /** "x is typing…" for typing frames newer than two typing intervals (the server's, from `hello`). */
  renderTyping(): void {
    // A notice (flash) holds the line for its few seconds; the typing line comes back after it.
    if (this.#el.typing.classList.contains("flash")) return;
    const interval = this.#state.limits?.typingIntervalMs;
    const room = activeRoom(this.#state);
    const now = Date.now();
    const typing =
      interval === undefined
        ? []
        : [...(room?.typing ?? [])].filter(([, at]) => now - at < 2 * interval).map(([user]) => user);
    this.#el.typing.textContent =
      typing.length === 0 ? "" : typing.length === 1 ? `${typing[0]} is typing…` : `${typing.join(", ")} are typing…`;
  }

  /** The badge while connected: "reconnecting" as long as any room's server stream is down. */
  renderConnection(connected: boolean): void {
    if (!connected) return;
    const reconnecting = [...this.#state.rooms.values()].some((room) => !room.live);
    this.setConnection(reconnecting ? "reconnecting" : "live");
  }

  /** The banner: "offline", "reconnecting in Ns" (counting down to `retryAt`), "connecting…", "live". */
  setConnection(state: ConnectionState, retryAt?: number): void {
    const { connection } = this.#el;
    clearInterval(this.#countdown);
    connection.dataset.state = state;
    const draw = () => {
      const seconds = retryAt === undefined ? 0 : Math.ceil((retryAt - Date.now()) / 1000);
      connection.textContent =
        state === "live" || state === "offline" ? state : seconds > 0 ? `${state} in ${seconds}s` : `${state}…`;
      if (seconds <= 0) clearInterval(this.#countdown);
    };
    draw();
    if (retryAt !== undefined && retryAt > Date.now()) this.#countdown = setInterval(draw, COUNTDOWN_TICK_MS);
  }

  /** A short notice in the typing line, then the typing line again. */
  flash(text: string): void {
    const { typing } = this.#el;
    typing.textContent = text;
    typing.classList.add("flash");
    clearTimeout(this.#flashTimer);
    this.#flashTimer = setTimeout(() => {
      typing.classList.remove("flash");
      this.renderTyping();
    }, FLASH_MS);
  }

  isNearBottom(): boolean {
    return this.messages.isNearBottom();
  }

  scrollToBottom(): void {
    this.messages.scrollToBottom();
  }
}
