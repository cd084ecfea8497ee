/**
 * The active room's message list, drawn incrementally: a new message appends one item, a stored copy replaces
 * its pending item, an edit rewrites one body. The DOM holds a window of at most `maxInDom` messages over
 * what the room holds in memory; scrolling to either edge slides the window (older ones beyond what is held
 * come from the server's history, through `loadOlder`). Day separators, author grouping and the "new
 * messages" divider are recomputed only where the window changed.
 *
 * Callers change the room's data first (room.messages, room.pending), then tell the list what changed.
 */
import type { StoredMessageFrame } from "@tertulia/protocol/browser";
import { continuesGroup, dayKey, daySeparator, type Groupable } from "./day-separator.ts";
import { messageElement, setBody, setContinued } from "./message-element.ts";
import type { PendingSend } from "./room-state.ts";

/** At most this many messages are in the DOM at once (a default; the page may pass its own). */
export const MAX_MESSAGES_IN_DOM = 300;
/** The window slides by this many messages when the reader reaches one of its edges. */
const SLIDE_BY = 100;
/** Within this many pixels of an edge, the window slides (or older messages are asked for). */
const EDGE_PX = 400;
/** Within this many pixels of the bottom, a new message keeps the list scrolled to the end. */
const STICKY_BOTTOM_PX = 48;

/** What the list reads from a room: its messages (ascending seq), its pending sends, whether older exist. */
export interface ListRoom {
  readonly name: string;
  readonly messages: ReadonlyMap<number, StoredMessageFrame>;
  readonly pending: ReadonlyMap<string, PendingSend>;
  readonly hasMore: boolean;
}

/** A stored message changed: its new text and edit time, or deleted. */
export interface MessageChange {
  readonly change: "edited" | "deleted";
  readonly text: string;
  readonly editedAt: number;
}

export interface MessageListOptions {
  /** The `<ol>` that holds the items. */
  readonly list: HTMLElement;
  /** The element that scrolls (it holds the list). */
  readonly scroller: HTMLElement;
  /** "Load older messages", for keyboard users and when scrolling cannot reach the top. */
  readonly older: HTMLButtonElement;
  /** The jump-to-newest button, shown while the reader is away from the newest message. */
  readonly jump: HTMLButtonElement;
  readonly me: string;
  readonly maxInDom?: number;
  /** Ask the server for messages older than `beforeSeq` (answered through `prepend`). */
  loadOlder(room: string, beforeSeq: number): void;
  /** The person asked to send a failed message again. */
  retry(room: string, clientId: string): void;
}

interface Entry {
  readonly seq: number;
  message: StoredMessageFrame;
  readonly item: HTMLLIElement;
  /** The day separator drawn above this message, when it starts a day in the window. */
  separator: HTMLLIElement | null;
}

export class MessageList {
  readonly #o: MessageListOptions;
  readonly #max: number;
  #room: ListRoom | null = null;
  /** The messages in the DOM, oldest first; always consecutive in the room's memory. */
  #entries: Entry[] = [];
  readonly #bySeq = new Map<number, Entry>();
  readonly #pending = new Map<string, HTMLLIElement>();
  /** The window ends at the newest message held (new messages are drawn, not just counted). */
  #atNewest = true;
  /** Messages that arrived while the reader was away from the newest: the jump button's count. */
  #unseen = 0;
  #readSeq = 0;
  readonly #divider: HTMLLIElement;
  /** A history request is out: do not ask again until it is answered. */
  #loadingOlder = false;
  #scrollQueued = false;

  constructor(options: MessageListOptions) {
    this.#o = options;
    this.#max = Math.max(options.maxInDom ?? MAX_MESSAGES_IN_DOM, SLIDE_BY * 2);
    this.#divider = document.createElement("li");
    this.#divider.className = "new-divider";
    const label = document.createElement("span");
    label.textContent = "New messages";
    this.#divider.append(label);
    options.scroller.addEventListener("scroll", () => this.#onScroll(), { passive: true });
    options.older.addEventListener("click", () => this.#reachTop());
    options.jump.addEventListener("click", () => this.scrollToNewest());
  }

  /** How many messages are in the DOM now (never more than the bound). */
  get size(): number {
    return this.#entries.length;
  }

  /** Draws `room` from scratch: its newest messages, then its pending sends, scrolled to the end. */
  show(room: ListRoom, { readSeq = this.#readSeq }: { readSeq?: number } = {}): void {
    this.#room = room;
    this.#readSeq = readSeq;
    this.#loadingOlder = false;
    this.#unseen = 0;
    const all = [...room.messages.values()];
    this.#busy(() => {
      this.#clearDom();
      this.#atNewest = true;
      this.#insertEntries(all.slice(-this.#max), "end");
      for (const clientId of room.pending.keys()) this.#appendPending(clientId);
      this.#placeDivider();
    });
    this.scrollToNewest({ divider: true });
  }

  /** Forgets the room (it was left, or its history was reset): an empty list. */
  clear(): void {
    this.#room = null;
    this.#clearDom();
    this.#unseen = 0;
    this.#atNewest = true;
    this.#updateControls();
  }

  /** New messages, already in the room's memory (ascending seq): drawn at the end, or counted if away. */
  append(messages: readonly StoredMessageFrame[]): void {
    if (!this.#room || messages.length === 0) return;
    const sticky = this.isNearBottom();
    const fresh = messages.filter((m) => !this.#bySeq.has(m.seq));
    if (!this.#atNewest) {
      this.#unseen += fresh.filter((m) => m.author !== this.#o.me).length;
      this.#updateControls();
      return;
    }
    this.#insertEntries(fresh, "end");
    this.#placeDivider();
    if (!sticky) this.#unseen += fresh.filter((m) => m.author !== this.#o.me).length;
    this.#trim("start", !sticky);
    if (sticky) this.scrollToBottom();
    this.#updateControls();
  }

  /** Older messages (a history reply), already in the room's memory: drawn above, keeping the reader's place. */
  prepend(older: readonly StoredMessageFrame[]): void {
    this.#loadingOlder = false;
    const room = this.#room;
    if (!room) return;
    const first = this.#entries[0];
    // Only what sits right above the window (the reply to our request); anything else waits in memory.
    const above = first ? older.filter((m) => m.seq < first.seq) : older;
    this.#keepingPlace(() => {
      this.#insertEntries(above.slice(-SLIDE_BY * 2), "start");
      this.#placeDivider();
      this.#trim("end", false);
    });
    this.#updateControls();
  }

  /** A send the person just made (already in room.pending): one item at the end. */
  addPending(clientId: string): void {
    if (!this.#room?.pending.has(clientId)) return;
    if (!this.#atNewest) this.#showNewest();
    this.#appendPending(clientId);
    this.scrollToBottom();
  }

  /** A pending send changed state (waiting, failed, sending again): its one item is redrawn. */
  updatePending(clientId: string): void {
    const old = this.#pending.get(clientId);
    if (!old || !this.#room?.pending.has(clientId)) return;
    const item = this.#pendingItem(clientId, old.classList.contains("continued"));
    old.replaceWith(item);
    this.#pending.set(clientId, item);
  }

  /** A pending send was stored (`stored` is in room.messages, gone from room.pending): it takes its place. */
  replacePending(clientId: string, stored: StoredMessageFrame): void {
    this.#pending.get(clientId)?.remove();
    this.#pending.delete(clientId);
    if (!this.#atNewest) this.#showNewest();
    else this.append([stored]);
    this.scrollToBottom();
  }

  /** A message was edited or deleted (room.messages already says so): its body is redrawn, nothing else. */
  applyChange(seq: number, change: MessageChange): void {
    const entry = this.#bySeq.get(seq);
    if (!entry) return;
    entry.message =
      change.change === "deleted"
        ? { ...entry.message, text: "", deleted: true }
        : { ...entry.message, text: change.text, editedAt: change.editedAt };
    setBody(entry.item, entry.message, this.#o.me);
  }

  /** The "new messages" divider goes after `lastReadSeq` (0: no divider). */
  setReadMarker(lastReadSeq: number): void {
    this.#readSeq = lastReadSeq;
    this.#placeDivider();
  }

  isNearBottom(): boolean {
    const { scroller } = this.#o;
    return scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < STICKY_BOTTOM_PX;
  }

  scrollToBottom(): void {
    // "Load older" first: showing it changes the height the scroll is measured against.
    this.#updateOlder();
    this.#o.scroller.scrollTop = this.#o.scroller.scrollHeight;
    this.#unseen = 0;
    this.#updateControls();
  }

  /**
   * Back to the newest message (redrawing the window there if it had slid back). With `divider`, a divider
   * more than a screen above the end is brought to the top instead, so the first unread message is seen first.
   */
  scrollToNewest({ divider = false }: { divider?: boolean } = {}): void {
    if (!this.#atNewest) this.#showNewest();
    this.scrollToBottom();
    if (divider && this.#divider.isConnected) {
      const { scroller } = this.#o;
      const top = this.#divider.offsetTop - this.#o.list.offsetTop;
      if (scroller.scrollHeight - top > scroller.clientHeight) scroller.scrollTop = top;
      this.#updateControls();
    }
  }

  // --- the window -----------------------------------------------------------------------------------------

  #showNewest(): void {
    const room = this.#room;
    if (!room) return;
    this.#busy(() => {
      this.#clearDom();
      this.#atNewest = true;
      this.#insertEntries([...room.messages.values()].slice(-this.#max), "end");
      for (const clientId of room.pending.keys()) this.#appendPending(clientId);
      this.#placeDivider();
    });
  }

  #onScroll(): void {
    if (this.#scrollQueued) return;
    this.#scrollQueued = true;
    requestAnimationFrame(() => {
      this.#scrollQueued = false;
      const { scroller } = this.#o;
      if (scroller.scrollTop < EDGE_PX) this.#reachTop();
      else if (scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < EDGE_PX) this.#reachBottom();
      if (this.#atNewest && this.isNearBottom()) this.#unseen = 0;
      this.#updateControls();
    });
  }

  /** The reader is near the top: older messages held in memory slide in, or are asked for. */
  #reachTop(): void {
    const room = this.#room;
    const first = this.#entries[0];
    if (!room) return;
    const all = [...room.messages.values()];
    const index = first ? all.findIndex((m) => m.seq === first.seq) : all.length;
    if (index > 0) {
      this.#keepingPlace(() => {
        this.#insertEntries(all.slice(Math.max(0, index - SLIDE_BY), index), "start");
        this.#placeDivider();
        this.#trim("end", false);
      });
      this.#updateControls();
      return;
    }
    // The window's first message may be older than memory holds (memory forgot it past its bound): ask from it.
    const oldest = index === -1 && first ? first.seq : all[0]?.seq;
    if (room.hasMore && oldest !== undefined && !this.#loadingOlder) {
      this.#loadingOlder = true;
      this.#o.loadOlder(room.name, oldest);
    }
  }

  /** The reader is near the end of a window that slid back: newer messages held in memory slide in. */
  #reachBottom(): void {
    const room = this.#room;
    const last = this.#entries.at(-1);
    if (!room || this.#atNewest || !last) return;
    const all = [...room.messages.values()];
    const index = all.findIndex((m) => m.seq === last.seq);
    const newer = all.slice(index + 1, index + 1 + SLIDE_BY);
    this.#keepingPlace(() => {
      this.#insertEntries(newer, "end");
      this.#atNewest = index + 1 + SLIDE_BY >= all.length;
      if (this.#atNewest && room.pending.size > 0) for (const id of room.pending.keys()) this.#appendPending(id);
      this.#placeDivider();
      this.#trim("start", false);
    });
    this.#updateControls();
  }

  /** Drops messages from one end until the window is within its bound. */
  #trim(from: "start" | "end", keepPlace: boolean): void {
    const excess = this.#entries.length - this.#max;
    if (excess <= 0) return;
    const drop = () => {
      const removed = from === "start" ? this.#entries.splice(0, excess) : this.#entries.splice(-excess, excess);
      for (const entry of removed) {
        entry.separator?.remove();
        entry.item.remove();
        this.#bySeq.delete(entry.seq);
      }
      if (from === "end") {
        this.#atNewest = false;
        for (const item of this.#pending.values()) item.remove();
        this.#pending.clear();
      }
      this.#decorate(0);
    };
    if (keepPlace) this.#keepingPlace(drop);
    else drop();
  }

  /** Runs `change` and scrolls so that the first visible message stays where the reader saw it. */
  #keepingPlace(change: () => void): void {
    const { scroller } = this.#o;
    const top = scroller.getBoundingClientRect().top;
    const anchor = this.#entries.find((e) => e.item.getBoundingClientRect().bottom > top);
    const before = anchor ? anchor.item.getBoundingClientRect().top : 0;
    this.#busy(change);
    if (anchor?.item.isConnected) scroller.scrollTop += anchor.item.getBoundingClientRect().top - before;
  }

  /** Bulk changes are not announced item by item (the list is the live region; only arrivals are news). */
  #busy(change: () => void): void {
    this.#o.list.setAttribute("aria-busy", "true");
    try {
      change();
    } finally {
      this.#o.list.removeAttribute("aria-busy");
    }
  }

  // --- items ------------------------------------------------------------------------------------------------

  #insertEntries(messages: readonly StoredMessageFrame[], at: "start" | "end"): void {
    const fresh = messages.filter((m) => !this.#bySeq.has(m.seq));
    if (fresh.length === 0) return;
    const entries = fresh.map((message): Entry => {
      const item = messageElement(message, this.#o.me);
      return { seq: message.seq, message, item, separator: null };
    });
    for (const entry of entries) this.#bySeq.set(entry.seq, entry);
    const fragment = document.createDocumentFragment();
    for (const entry of entries) fragment.append(entry.item);
    if (at === "start") {
      const before = this.#entries[0];
      this.#o.list.insertBefore(fragment, before ? (before.separator ?? before.item) : this.#firstPendingOrNull());
      this.#entries.unshift(...entries);
      for (let i = 0; i <= entries.length && i < this.#entries.length; i++) this.#decorate(i);
    } else {
      const start = this.#entries.length;
      this.#o.list.insertBefore(fragment, this.#firstPendingOrNull());
      this.#entries.push(...entries);
      for (let i = start; i < this.#entries.length; i++) this.#decorate(i);
      this.#decoratePending();
    }
  }

  /** The day separator above entry `i` and whether it continues its author's group. */
  #decorate(i: number): void {
    const entry = this.#entries[i];
    if (!entry) return;
    const previous = this.#entries[i - 1];
    const newDay = !previous || dayKey(previous.message.sentAt) !== dayKey(entry.message.sentAt);
    if (newDay && !entry.separator) {
      entry.separator = daySeparator(entry.message.sentAt);
      entry.item.before(entry.separator);
    } else if (!newDay && entry.separator) {
      entry.separator.remove();
      entry.separator = null;
    }
    const afterDivider = entry.item.previousElementSibling === this.#divider;
    setContinued(entry.item, !newDay && !afterDivider && continuesGroup(previous?.message, entry.message));
  }

  #appendPending(clientId: string): void {
    if (this.#pending.has(clientId)) return;
    const item = this.#pendingItem(clientId, this.#pendingContinues());
    this.#o.list.append(item);
    this.#pending.set(clientId, item);
  }

  #pendingItem(clientId: string, continued: boolean): HTMLLIElement {
    const room = this.#room;
    const send = room?.pending.get(clientId);
    if (!room || !send) throw new Error(`message list: no pending send ${clientId}`);
    const shown = { author: this.#o.me, text: send.text, sentAt: Date.now() };
    return messageElement(shown, this.#o.me, {
      continued,
      pending: { send, retry: () => this.#o.retry(room.name, clientId) },
    });
  }

  /** A pending send continues the person's group when the last thing drawn is theirs and recent. */
  #pendingContinues(): boolean {
    if (this.#pending.size > 0) return true;
    const last = this.#entries.at(-1)?.message;
    const now: Groupable = { author: this.#o.me, sentAt: Date.now() };
    return continuesGroup(last, now);
  }

  #decoratePending(): void {
    const first = this.#pending.values().next().value;
    if (first)
      setContinued(first, continuesGroup(this.#entries.at(-1)?.message, { author: this.#o.me, sentAt: Date.now() }));
  }

  #firstPendingOrNull(): HTMLLIElement | null {
    return this.#pending.values().next().value ?? null;
  }

  /** The divider sits above the first drawn message after the read marker, if there is one. */
  #placeDivider(): void {
    const target = this.#readSeq > 0 ? this.#entries.findIndex((e) => e.seq > this.#readSeq) : -1;
    const previousNext = this.#divider.isConnected
      ? this.#entries.findIndex((e) => e.item.previousElementSibling === this.#divider)
      : -1;
    if (target <= 0 && !(target === 0 && this.#room?.hasMore)) {
      this.#divider.remove();
    } else {
      const entry = this.#entries[target]!;
      (entry.separator ?? entry.item).before(this.#divider);
      // A separator belongs right above its message: keep it below the divider.
      if (entry.separator) entry.item.before(entry.separator);
      this.#decorate(target);
    }
    if (previousNext >= 0 && previousNext !== target) this.#decorate(previousNext);
  }

  #clearDom(): void {
    this.#o.list.replaceChildren();
    this.#entries = [];
    this.#bySeq.clear();
    this.#pending.clear();
  }

  /** The jump button (with how many arrived meanwhile) and the "Load older" button. */
  #updateControls(): void {
    this.#updateOlder();
    const away = !this.#atNewest || !this.isNearBottom();
    const { jump } = this.#o;
    jump.hidden = !away;
    jump.textContent =
      this.#unseen > 0 ? `${this.#unseen} new message${this.#unseen === 1 ? "" : "s"} ↓` : "Jump to newest ↓";
  }

  #updateOlder(): void {
    const room = this.#room;
    const first = this.#entries[0];
    const heldAbove = room && first ? room.messages.keys().next().value !== first.seq : false;
    this.#o.older.hidden = !(room && (room.hasMore || heldAbove));
  }
}
