/**
 * Editing and deleting one's own messages. Hovering, focusing or tapping one's own stored message shows
 * Edit and Delete; ArrowUp in an empty message box edits one's newest message. Editing happens in the
 * message box (the draft is kept and comes back): Enter saves (`edit`), Escape cancels, text over the
 * server's limit is refused with a notice and stays. Delete asks to confirm first (`delete`).
 * The stored copy changes when the server's `message-changed` comes back, on every page showing it.
 */
import { type DeleteFrame, type EditFrame, messageLength } from "@tertulia/protocol/browser";
import { find, type PageElements } from "./elements.ts";
import { activeRoom, type PageState } from "./room-state.ts";

export interface MessageActionsDeps {
  readonly state: PageState;
  readonly elements: PageElements;
  readonly request: (frame: EditFrame | DeleteFrame) => void;
  readonly flash: (text: string) => void;
  /** The box's text was replaced: its counter (and height) follow. */
  readonly textReplaced: () => void;
}

interface Editing {
  readonly room: string;
  readonly seq: number;
  /** What was in the box before: it comes back when the edit ends. */
  readonly draft: string;
}

export class MessageActions {
  readonly #deps: MessageActionsDeps;
  readonly #toolbar = document.createElement("div");
  readonly #banner = find<HTMLElement>(document, ".edit-banner");
  #editing: Editing | null = null;

  constructor(deps: MessageActionsDeps) {
    this.#deps = deps;
    this.#toolbar.className = "message-actions";
    this.#toolbar.setAttribute("role", "toolbar");
    this.#toolbar.setAttribute("aria-label", "Your message");
  }

  get editing(): boolean {
    return this.#editing !== null;
  }

  listen(): void {
    const { list, input, composer } = this.#deps.elements;
    for (const type of ["mouseover", "focusin", "click"] as const) {
      list.addEventListener(type, (event) => this.#offer(event.target));
    }
    // Ahead of the composer's own handlers (capture), so Enter saves an edit instead of sending it.
    input.addEventListener(
      "keydown",
      (event) => {
        if (event.isComposing) return;
        if (this.#editing && event.key === "Escape") {
          event.preventDefault();
          event.stopImmediatePropagation();
          this.cancel();
        } else if (this.#editing && event.key === "Enter" && !event.shiftKey) {
          event.preventDefault();
          event.stopImmediatePropagation();
          this.save();
        } else if (!this.#editing && event.key === "ArrowUp" && !hasModifier(event) && input.value === "") {
          const seq = this.#newestOwn();
          if (seq !== undefined) {
            event.preventDefault();
            this.edit(seq);
          }
        }
      },
      { capture: true },
    );
    composer.addEventListener(
      "submit",
      (event) => {
        if (!this.#editing) return;
        event.preventDefault();
        event.stopImmediatePropagation();
        this.save();
      },
      { capture: true },
    );
  }

  /** Starts editing one's message `seq` of the active room in the message box. */
  edit(seq: number): void {
    const room = activeRoom(this.#deps.state);
    const message = room?.messages.get(seq);
    if (!room || !message || message.author !== this.#deps.state.me || message.deleted) return;
    const { input } = this.#deps.elements;
    if (!this.#editing) this.#editing = { room: room.name, seq, draft: input.value };
    else this.#editing = { ...this.#editing, room: room.name, seq };
    input.value = message.text;
    this.#deps.textReplaced();
    this.#showBanner();
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }

  save(): void {
    const editing = this.#editing;
    if (!editing) return;
    const text = this.#deps.elements.input.value.trim();
    const max = this.#deps.state.limits?.maxMessageChars ?? Number.POSITIVE_INFINITY;
    const original = this.#deps.state.rooms.get(editing.room)?.messages.get(editing.seq);
    if (!text) {
      this.#deps.flash("An edit cannot be empty: delete the message instead.");
      return;
    }
    const length = messageLength(text);
    if (length > max) {
      this.#deps.flash(`Not saved: ${length} characters, the limit is ${max}. Shorten it and save again.`);
      return;
    }
    if (original && original.text !== text) {
      this.#deps.request({ type: "edit", room: editing.room, seq: editing.seq, text });
    }
    this.#end();
  }

  cancel(): void {
    if (this.#editing) this.#end();
  }

  /** The message being edited was deleted (here or elsewhere), or its room went away: stop editing it. */
  changed(room: string, seq: number): void {
    const editing = this.#editing;
    const message = this.#deps.state.rooms.get(room)?.messages.get(seq);
    if (editing && editing.room === room && editing.seq === seq && (!message || message.deleted)) this.#end();
  }

  /** Asks, in the toolbar itself, before deleting for good. */
  #confirmDelete(room: string, seq: number): void {
    const question = document.createElement("span");
    question.textContent = "Delete this message?";
    const yes = button("Delete", "confirm-delete", () => {
      this.#deps.request({ type: "delete", room, seq });
      this.#toolbar.remove();
      if (this.#editing?.seq === seq) this.#end();
    });
    const no = button("Cancel", "cancel-delete", () => this.#toolbar.remove());
    this.#toolbar.replaceChildren(question, yes, no);
    yes.focus();
  }

  /** Puts Edit and Delete on the person's own stored message under the pointer (or focus, or finger). */
  #offer(target: EventTarget | null): void {
    if (!(target instanceof Element) || this.#toolbar.contains(target)) return;
    const item = target.closest<HTMLElement>(".message[data-seq]");
    const room = activeRoom(this.#deps.state);
    const seq = Number(item?.dataset.seq);
    const message = room?.messages.get(seq);
    if (!item || !room || !message || message.author !== this.#deps.state.me || message.deleted) return;
    if (this.#toolbar.parentElement === item && this.#toolbar.dataset.seq === String(seq)) return;
    this.#toolbar.dataset.seq = String(seq);
    this.#toolbar.replaceChildren(
      button("Edit", "edit-message", () => this.edit(seq)),
      button("Delete", "delete-message", () => this.#confirmDelete(room.name, seq)),
    );
    item.append(this.#toolbar);
  }

  #newestOwn(): number | undefined {
    const room = activeRoom(this.#deps.state);
    const own = [...(room?.messages.values() ?? [])].filter((m) => m.author === this.#deps.state.me && !m.deleted);
    return own.at(-1)?.seq;
  }

  #showBanner(): void {
    this.#banner.hidden = false;
    this.#banner.replaceChildren(
      "Editing your message: Enter saves, Escape cancels. ",
      button("Cancel", "cancel-edit", () => this.cancel()),
    );
  }

  #end(): void {
    const editing = this.#editing;
    this.#editing = null;
    this.#banner.hidden = true;
    this.#banner.replaceChildren();
    const { input } = this.#deps.elements;
    input.value = editing?.draft ?? "";
    this.#deps.textReplaced();
  }
}

function button(text: string, className: string, click: () => void): HTMLButtonElement {
  const element = document.createElement("button");
  element.type = "button";
  element.className = className;
  element.textContent = text;
  element.addEventListener("click", (event) => {
    event.stopPropagation();
    click();
  });
  return element;
}

/** Alt+↑/↓ move between rooms (keyboard.ts): only a plain ↑ edits. */
function hasModifier(event: KeyboardEvent): boolean {
  return event.altKey || event.ctrlKey || event.metaKey || event.shiftKey;
}
