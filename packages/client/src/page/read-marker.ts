/**
 * Tells the server what this person has seen (`read`), so the badge and the "new messages" divider follow
 * them to every tab and device. A room counts as read up to its newest message when that message is on
 * screen: the room is active, the tab visible and the list scrolled to the end. At most one `read` goes per
 * READ_EVERY_MS, and only when it moves the marker forward.
 */
import type { MarkReadFrame } from "@tertulia/protocol/browser";
import { activeRoom, type PageState } from "./room-state.ts";
import { applyReadMarker } from "./unread-counts.ts";

/** A burst of messages (or a scroll) sends one `read`, not one per message. */
const READ_EVERY_MS = 300;

export interface ReadMarkerDeps {
  readonly state: PageState;
  /** Whether the newest message of the active room is on screen (scrolled to the end). */
  readonly atNewest: () => boolean;
  readonly send: (frame: MarkReadFrame) => void;
  /** The counts changed: redraw the room list and the title. */
  readonly changed: () => void;
}

export class ReadMarker {
  readonly #deps: ReadMarkerDeps;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastSentAt = 0;
  /** room → the highest seq sent in a `read` on this page, so the same mark is not sent twice. */
  readonly #sent = new Map<string, number>();

  constructor(deps: ReadMarkerDeps) {
    this.#deps = deps;
  }

  listen(scroller: HTMLElement): void {
    scroller.addEventListener("scroll", () => this.check(), { passive: true });
    document.addEventListener("visibilitychange", () => this.check());
    window.addEventListener("focus", () => this.check());
  }

  /** Something changed that may have put the newest message on screen: mark it soon (throttled). */
  check(): void {
    if (this.#timer !== undefined) return;
    const wait = Math.max(0, this.#lastSentAt + READ_EVERY_MS - Date.now());
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#mark();
    }, wait);
  }

  /** Whether this page itself marked `room` read through `seq` (so the marker moved for this reader). */
  sentThrough(room: string, seq: number): boolean {
    return (this.#sent.get(room) ?? 0) >= seq;
  }

  /** A new socket: what was sent on the old one may not have arrived. */
  reset(): void {
    this.#sent.clear();
  }

  #mark(): void {
    const { state } = this.#deps;
    const room = activeRoom(state);
    if (!room?.joined || room.refused || document.visibilityState !== "visible") return;
    // Only a room the server has listed as the person's (it keeps read markers for members only).
    if (room.countedThrough < 0) return;
    if (!this.#deps.atNewest()) return;
    const newest = room.lastSeq;
    if (newest <= room.lastReadSeq || newest <= (this.#sent.get(room.name) ?? 0)) return;
    this.#sent.set(room.name, newest);
    this.#lastSentAt = Date.now();
    this.#deps.send({ type: "read", room: room.name, seq: newest });
    // The badge clears now; the server's `read-state` answer confirms it (and tells the other tabs).
    applyReadMarker(room, newest, state.me);
    this.#deps.changed();
  }
}
