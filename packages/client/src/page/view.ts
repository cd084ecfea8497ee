/**
 * Draws the page from its state: the active room's messages, the room list, who is online, who is typing,
 * the connection badge and short notices. Text only (textContent, never innerHTML).
 */
import type { ConnectionState } from "./connection.ts";
import type { PageElements } from "./elements.ts";
import { messageElement, type ShownMessage } from "./message-element.ts";
import { activeRoom, type PageState } from "./room-state.ts";

/** What the room list's links and buttons do. */
export interface RoomListActions {
  activate(name: string): void;
  leave(name: string): void;
}

/** What a failed send's Retry button does. */
export type RetrySend = (room: string, clientId: string) => void;

/** How long a notice replaces the typing line. */
const FLASH_MS = 4_000;
/** The "reconnecting in Ns" banner counts down at this pace. */
const COUNTDOWN_TICK_MS = 250;
/** Within this many pixels of the bottom, a new message keeps the list scrolled to the end. */
const STICKY_BOTTOM_PX = 48;

export class View {
  readonly #el: PageElements;
  readonly #state: PageState;
  #actions: RoomListActions | null = null;
  #retry: RetrySend | null = null;
  #flashTimer: ReturnType<typeof setTimeout> | undefined;
  #countdown: ReturnType<typeof setInterval> | undefined;

  constructor(elements: PageElements, state: PageState) {
    this.#el = elements;
    this.#state = state;
  }

  /** Set once the room navigation exists (it needs the view first). */
  bindRoomActions(actions: RoomListActions): void {
    this.#actions = actions;
  }

  /** Set once the room sync exists (it needs the view first). */
  bindRetry(retry: RetrySend): void {
    this.#retry = retry;
  }

  /** Redraws the active room: its messages, then the pending sends below them. */
  renderActive({
    stickToBottom = false,
    keepPosition = false,
  }: {
    stickToBottom?: boolean;
    keepPosition?: boolean;
  }): void {
    const { scroller, list, title, older } = this.#el;
    const room = activeRoom(this.#state);
    const previousHeight = scroller.scrollHeight;
    const previousTop = scroller.scrollTop;
    list.replaceChildren();
    if (!room) {
      title.textContent = "";
      return;
    }
    title.textContent = `# ${room.name}`;
    const me = this.#state.me;
    const items = [...room.messages.values()].map((m) => messageElement(m, me));
    for (const [clientId, send] of room.pending) {
      const shown: ShownMessage = { author: me, text: send.text, sentAt: Date.now() };
      items.push(messageElement(shown, me, { send, retry: () => this.#retry?.(room.name, clientId) }));
    }
    list.append(...items);
    older.hidden = !room.hasMore;
    if (keepPosition) scroller.scrollTop = previousTop + (scroller.scrollHeight - previousHeight);
    else if (stickToBottom) this.scrollToBottom();
    this.renderOnline();
    this.renderTyping();
  }

  appendMessage(message: ShownMessage): void {
    this.#el.list.append(messageElement(message, this.#state.me));
  }

  renderRooms(): void {
    this.#el.rooms.replaceChildren(
      ...[...this.#state.rooms.values()].map((room) => this.#roomItem(room.name, room.unread)),
    );
  }

  #roomItem(name: string, unread: number): HTMLLIElement {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = `/chat/${name}`;
    link.textContent = `# ${name}`;
    if (name === this.#state.active) link.setAttribute("aria-current", "page");
    link.addEventListener("click", (event) => {
      event.preventDefault();
      this.#actions?.activate(name);
    });
    item.append(link);
    if (unread > 0) {
      const badge = document.createElement("span");
      badge.className = "unread";
      badge.textContent = String(unread);
      badge.setAttribute("aria-label", `${unread} unread`);
      item.append(badge);
    }
    const leave = document.createElement("button");
    leave.type = "button";
    leave.className = "leave";
    leave.textContent = "×";
    leave.setAttribute("aria-label", `Leave ${name}`);
    leave.addEventListener("click", () => this.#actions?.leave(name));
    item.append(leave);
    return item;
  }

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
    const { scroller } = this.#el;
    return scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < STICKY_BOTTOM_PX;
  }

  scrollToBottom(): void {
    this.#el.scroller.scrollTop = this.#el.scroller.scrollHeight;
  }
}
