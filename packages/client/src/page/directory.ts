/**
 * The room directory: public rooms by name, searched as the person types, with member count and last
 * activity, a page at a time ("More rooms"). Join is one click: `join-room` (the room goes on the person's
 * list) and, once the server answers, the room opens (`join`).
 */
import { type DirectoryEntry, type DirectoryFrame, ROOM_NAME_PATTERN } from "@tertulia/protocol/browser";
import { findDialog, openDialog } from "./dialogs.ts";
import { find } from "./elements.ts";
import type { PageState } from "./room-state.ts";

/** Typing pauses this long before the search goes out: one `browse` per word, not per key. */
const SEARCH_AFTER_MS = 250;

export interface DirectoryDeps {
  readonly state: PageState;
  readonly browse: (query: string, after: string) => void;
  /** Join (or, for a room already held, show) `room`; `failed` says why not. */
  readonly join: (room: string, failed: (message: string) => void) => void;
  readonly show: (room: string) => void;
}

/** The search as the server takes it: the characters a room name may hold (the shared rule), lower-cased. */
export function directoryQuery(typed: string): string {
  return [...typed.toLowerCase()].filter((c) => ROOM_NAME_PATTERN.test(c)).join("");
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });

/** "5 minutes ago", "yesterday", "never" for a room without a message. */
export function lastActivityWords(at: number, now = Date.now()): string {
  if (at <= 0) return "no messages yet";
  const seconds = Math.round((at - now) / 1000);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ["day", 86_400],
    ["hour", 3_600],
    ["minute", 60],
  ];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return `active ${relative.format(Math.round(seconds / size), unit)}`;
  }
  return "active just now";
}

export class Directory {
  readonly #deps: DirectoryDeps;
  readonly #dialog = findDialog("dialog.directory");
  readonly #input = find<HTMLInputElement>(document, "#directory-query");
  readonly #list = find<HTMLElement>(document, ".directory-list");
  readonly #status = find<HTMLElement>(document, ".directory-status");
  readonly #more = find<HTMLButtonElement>(document, ".directory-more");
  #query = "";
  #nextAfter = "";
  /** The next answer continues the list ("More rooms") rather than replacing it. */
  #appending = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(deps: DirectoryDeps) {
    this.#deps = deps;
  }

  listen(opener: HTMLElement): void {
    opener.addEventListener("click", () => this.open());
    this.#input.addEventListener("input", () => {
      clearTimeout(this.#timer);
      // "More rooms" would continue the list of the search typed over: gone until the new one answers.
      this.#more.hidden = true;
      this.#status.textContent = "Searching…";
      this.#timer = setTimeout(() => this.#search(directoryQuery(this.#input.value)), SEARCH_AFTER_MS);
    });
    this.#input.form?.addEventListener("submit", (event) => {
      event.preventDefault();
      clearTimeout(this.#timer);
      this.#search(directoryQuery(this.#input.value));
    });
    this.#more.addEventListener("click", () => {
      this.#status.textContent = "Loading…";
      this.#appending = true;
      this.#deps.browse(this.#query, this.#nextAfter);
    });
  }

  open(): void {
    openDialog(this.#dialog);
    this.#search(directoryQuery(this.#input.value));
    this.#input.focus();
  }

  /** A page of rooms; an answer to a search typed over since is dropped. */
  handle(frame: DirectoryFrame): void {
    if (frame.query !== this.#query) return;
    const after = this.#appending;
    this.#appending = false;
    const items = frame.rooms.map((entry) => this.#item(entry));
    if (after) this.#list.append(...items);
    else this.#list.replaceChildren(...items);
    this.#nextAfter = frame.nextAfter;
    this.#more.hidden = frame.nextAfter === "";
    const shown = this.#list.children.length;
    this.#status.textContent =
      shown === 0
        ? this.#query
          ? `No public room has “${this.#query}” in its name.`
          : "No public rooms yet."
        : `${shown} room${shown === 1 ? "" : "s"}${frame.nextAfter ? ", more below" : ""}.`;
  }

  #search(query: string): void {
    this.#query = query;
    this.#nextAfter = "";
    this.#appending = false;
    this.#status.textContent = "Searching…";
    this.#deps.browse(query, "");
  }

  #item(entry: DirectoryEntry): HTMLLIElement {
    const item = document.createElement("li");
    item.dataset.room = entry.room;
    const name = document.createElement("span");
    name.className = "directory-name";
    name.textContent = `# ${entry.room}`;
    const about = document.createElement("span");
    about.className = "directory-about";
    about.textContent = `${entry.memberCount} member${entry.memberCount === 1 ? "" : "s"} · ${lastActivityWords(entry.lastActivity)}`;
    const held = this.#deps.state.rooms.has(entry.room);
    const button = document.createElement("button");
    button.type = "button";
    button.className = "directory-join";
    button.textContent = held ? "Open" : "Join";
    button.setAttribute("aria-label", `${held ? "Open" : "Join"} ${entry.room}`);
    button.addEventListener("click", () => {
      if (held) {
        this.#deps.show(entry.room);
        this.#dialog.close();
        return;
      }
      button.disabled = true;
      this.#status.textContent = `Joining ${entry.room}…`;
      this.#deps.join(entry.room, (message) => {
        button.disabled = false;
        this.#status.textContent = message;
      });
    });
    item.append(name, about, button);
    return item;
  }

  close(): void {
    if (this.#dialog.open) this.#dialog.close();
  }
}
