/**
 * Which room is open: the sidebar's rooms, the join form, the URL (`/chat/<room>`, with history), and the
 * rooms saved for next time. Room names follow ROOM_NAME_PATTERN, the rule every tier imports.
 */
import { DEFAULT_ROOM, DIRECT_ROOM_PREFIX, ROOM_NAME_PATTERN } from "@tertulia/protocol/browser";
import type { PageElements } from "./elements.ts";
import type { RoomListActions } from "./room-list.ts";
import { roomNameProblem } from "./room-name-field.ts";
import { newRoom, type PageState } from "./room-state.ts";
import type { RoomSync } from "./room-sync.ts";
import { saveRooms } from "./storage.ts";
import type { View } from "./view.ts";

/** The room a `/chat/<room>` path names, or "" for any other path. */
export function roomFromPath(pathname: string = location.pathname): string {
  const name = pathname.startsWith("/chat/") ? pathname.slice("/chat/".length) : "";
  return ROOM_NAME_PATTERN.test(name) ? name : "";
}

export class RoomNavigation implements RoomListActions {
  readonly #state: PageState;
  readonly #view: View;
  readonly #sync: RoomSync;
  readonly #el: PageElements;
  readonly #shown: (room: string) => void;

  constructor(deps: {
    state: PageState;
    view: View;
    sync: RoomSync;
    elements: PageElements;
    /** A room was shown (issue 17: its newest message may now be read). */
    shown?: (room: string) => void;
  }) {
    this.#state = deps.state;
    this.#view = deps.view;
    this.#sync = deps.sync;
    this.#el = deps.elements;
    this.#shown = deps.shown ?? (() => {});
  }

  activate(name: string, { push = true }: { push?: boolean } = {}): void {
    let room = this.#state.rooms.get(name);
    if (!room) {
      room = newRoom(name);
      this.#state.rooms.set(name, room);
      // Onto the person's rooms first (public; a private room refuses a stranger here), then open it.
      if (!name.startsWith(DIRECT_ROOM_PREFIX)) this.#sync.request({ type: "join-room", room: name });
      this.#sync.join(room);
    }
    this.#state.active = name;
    // Without the server's counts yet, what was counted here is seen now; otherwise the read marker decides.
    if (room.countedThrough < 0) room.unread = 0;
    if (push && location.pathname !== `/chat/${name}`) history.pushState({ room: name }, "", `/chat/${name}`);
    this.#save();
    this.#view.renderRooms();
    this.#view.renderActive({ stickToBottom: true });
    this.#el.sidebar.classList.remove("open");
    this.#el.menu.setAttribute("aria-expanded", "false");
    this.#shown(name);
  }

  /** Leaves for good: off this socket and off the person's rooms (a private room's membership ends). */
  leave(name: string): void {
    const room = this.#state.rooms.get(name);
    if (room && room.kind !== "direct" && !room.refused) this.#sync.request({ type: "leave-room", room: name });
    this.drop(name);
  }

  /** The room is gone from this page (left here, or removed from it elsewhere), with `notice` said. */
  drop(name: string, notice?: string): void {
    if (notice) this.#view.flash(notice);
    if (!this.#state.rooms.has(name)) return;
    this.#sync.leave(name);
    this.#state.rooms.delete(name);
    if (this.#state.active === name) this.activate(this.#state.rooms.keys().next().value ?? DEFAULT_ROOM);
    else {
      this.#save();
      this.#view.renderRooms();
    }
  }

  /** The join form, the menu button and the browser's back/forward buttons. */
  listen(): void {
    this.#el.joinForm.addEventListener("submit", (event) => {
      event.preventDefault();
      const name = this.#el.joinInput.value.trim();
      const problem = roomNameProblem(name);
      if (problem) {
        this.#view.flash(problem);
        return;
      }
      this.#el.joinInput.value = "";
      this.activate(name);
    });
    this.#el.menu.addEventListener("click", () => {
      const open = this.#el.sidebar.classList.toggle("open");
      this.#el.menu.setAttribute("aria-expanded", String(open));
    });
    window.addEventListener("popstate", () => {
      const name = roomFromPath();
      if (name) this.activate(name, { push: false });
    });
  }

  /** Rooms the server refused are not kept for next time (they would be asked for, and refused, on every load). */
  #save(): void {
    const kept = [...this.#state.rooms.values()].filter((room) => !room.refused).map((room) => room.name);
    saveRooms(this.#state.me, kept, this.#state.active);
  }
}
