/**
 * The sidebar's rooms: public (#), private (a lock) and direct messages (the other person's name), each
 * with its unread count and, stronger, how many of those mention this person. Drawn from the page state,
 * which the `rooms`, `message` and `read-state` frames keep up to date.
 */
import { activeRoom, type PageState, type RoomState } from "./room-state.ts";

/** What the room list's links and buttons do. */
export interface RoomListActions {
  activate(name: string): void;
  leave(name: string): void;
}

/**
 * How a room is named on the page: `# general`, `plans` (private: a lock drawn by CSS from `data-kind`, since
 * a lock emoji is a blank box where no emoji font is installed), `@ pepe`.
 */
export function roomLabel(room: Pick<RoomState, "name" | "kind" | "peer">): string {
  if (room.kind === "direct") return `@ ${room.peer || room.name}`;
  if (room.kind === "private") return room.name;
  return `# ${room.name}`;
}

/** The words a screen reader says for a room. */
function roomWords(room: RoomState): string {
  if (room.kind === "direct") return `Direct messages with ${room.peer || room.name}`;
  return `${room.kind === "private" ? "Private room" : "Room"} ${room.name}`;
}

export class RoomList {
  readonly #list: HTMLElement;
  readonly #state: PageState;
  #actions: RoomListActions | null = null;

  constructor(list: HTMLElement, state: PageState) {
    this.#list = list;
    this.#state = state;
  }

  bind(actions: RoomListActions): void {
    this.#actions = actions;
  }

  render(): void {
    const active = activeRoom(this.#state);
    this.#list.replaceChildren(...[...this.#state.rooms.values()].map((room) => this.#item(room, room === active)));
  }

  #item(room: RoomState, current: boolean): HTMLLIElement {
    const item = document.createElement("li");
    item.dataset.room = room.name;
    item.dataset.kind = room.kind;
    const link = document.createElement("a");
    link.href = `/chat/${room.name}`;
    link.textContent = roomLabel(room);
    link.setAttribute("aria-label", roomWords(room));
    if (current) link.setAttribute("aria-current", "page");
    link.addEventListener("click", (event) => {
      event.preventDefault();
      this.#actions?.activate(room.name);
    });
    item.append(link);
    if (room.mentions > 0) item.append(badge("mentions", `@${room.mentions}`, `${room.mentions} mentioning you`));
    if (room.unread > 0) item.append(badge("unread", String(room.unread), `${room.unread} unread`));
    // A direct room cannot be left (the server refuses); everything else can.
    if (room.kind !== "direct") {
      const leave = document.createElement("button");
      leave.type = "button";
      leave.className = "leave";
      leave.textContent = "×";
      leave.setAttribute("aria-label", `Leave ${room.name}`);
      leave.addEventListener("click", () => this.#actions?.leave(room.name));
      item.append(leave);
    }
    return item;
  }
}

function badge(className: string, text: string, words: string): HTMLSpanElement {
  const span = document.createElement("span");
  span.className = className;
  span.textContent = text;
  span.setAttribute("aria-label", words);
  return span;
}
