/**
 * Which room is open: the sidebar's rooms, the join form, the URL (`/chat/<room>`, with history), and the
 * rooms saved for next time. Room names follow ROOM_NAME_PATTERN, the rule every tier imports.
 */
import { DEFAULT_ROOM, ROOM_NAME_PATTERN, ROOM_NAME_RULE } from "@tertulia/protocol/browser";
import type { PageElements } from "./elements.ts";
import { newRoom, type PageState } from "./room-state.ts";
import type { RoomSync } from "./room-sync.ts";
import { saveRooms } from "./storage.ts";
import type { RoomListActions, View } from "./view.ts";

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

  constructor(deps: { state: PageState; view: View; sync: RoomSync; elements: PageElements }) {
    this.#state = deps.state;
    this.#view = deps.view;
    this.#sync = deps.sync;
    this.#el = deps.elements;
  }

  activate(name: string, { push = true }: { push?: boolean } = {}): void {
    let room = this.#state.rooms.get(name);
    if (!room) {
      room = newRoom(name);
      this.#state.rooms.set(name, room);
      this.#sync.join(room);
    }
    this.#state.active = name;
    room.unread = 0;
    if (push && location.pathname !== `/chat/${name}`) history.pushState({ room: name }, "", `/chat/${name}`);
    document.title = `#${name} · Tertulia`;
    this.#save();
    this.#view.renderRooms();
    this.#view.renderActive({ stickToBottom: true });
    this.#el.sidebar.classList.remove("open");
    this.#el.menu.setAttribute("aria-expanded", "false");
  }

  leave(name: string): void {
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
      const name = this.#el.joinInput.value.trim().toLowerCase().replace(/\s+/g, "-");
      if (!ROOM_NAME_PATTERN.test(name)) {
        this.#view.flash(capitalize(ROOM_NAME_RULE));
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

  #save(): void {
    saveRooms(this.#state.me, this.#state.rooms.keys(), this.#state.active);
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
