/**
 * The active room's bar and members panel: who is in the room (`members`), inviting and removing by name
 * (private rooms; the server lets only the creator remove others), leaving, and why a room cannot be shown
 * (a private room this person is not in).
 */
import type { InviteFrame, MembersFrame, MembersRequestFrame, RemoveMemberFrame } from "@tertulia/protocol/browser";
import { findDialog, openDialog, setDialogError } from "./dialogs.ts";
import { find } from "./elements.ts";
import { roomLabel } from "./room-list.ts";
import { activeRoom, type PageState } from "./room-state.ts";

export interface RoomMembersDeps {
  readonly state: PageState;
  readonly request: (frame: MembersRequestFrame | InviteFrame | RemoveMemberFrame) => void;
  readonly leave: (room: string) => void;
}

export class RoomMembers {
  readonly #deps: RoomMembersDeps;
  readonly #button = find<HTMLButtonElement>(document, ".show-members");
  readonly #refused = find<HTMLElement>(document, ".room-refused");
  readonly #dialog = findDialog("dialog.members");
  readonly #title = find<HTMLElement>(this.#dialog, "#members-title");
  readonly #list = find<HTMLElement>(this.#dialog, ".member-list");
  readonly #invite = find<HTMLFormElement>(this.#dialog, ".invite-form");
  readonly #inviteName = find<HTMLInputElement>(this.#dialog, "#invite-name");
  readonly #leave = find<HTMLButtonElement>(this.#dialog, ".leave-room");
  /** The room the panel shows (it stays on it if the person switches rooms behind it). */
  #room = "";

  constructor(deps: RoomMembersDeps) {
    this.#deps = deps;
  }

  listen(): void {
    this.#button.addEventListener("click", () => this.open());
    this.#invite.addEventListener("submit", (event) => {
      event.preventDefault();
      const user = this.#inviteName.value.trim().toLowerCase();
      if (!user) return;
      setDialogError(this.#dialog, "");
      this.#deps.request({ type: "invite", room: this.#room, user });
    });
    this.#leave.addEventListener("click", () => {
      const room = this.#room;
      this.#dialog.close();
      this.#deps.leave(room);
    });
  }

  /** The bar under the title: Members for a room that is shown, the refusal for one that cannot be. */
  render(): void {
    const room = activeRoom(this.#deps.state);
    this.#refused.hidden = !room?.refused;
    const refused = room?.refused ?? "";
    this.#refused.textContent = refused.charAt(0).toUpperCase() + refused.slice(1);
    this.#button.hidden = (room?.refused ?? "x") !== "";
  }

  open(): void {
    const room = activeRoom(this.#deps.state);
    if (!room) return;
    this.#room = room.name;
    this.#title.textContent = `Members of ${roomLabel(room)}`;
    this.#invite.hidden = room.kind !== "private";
    this.#leave.hidden = room.kind === "direct";
    this.#list.replaceChildren();
    openDialog(this.#dialog);
    this.#deps.request({ type: "members", room: room.name });
  }

  /** Someone joined or left the room shown: ask again. */
  changed(room: string): void {
    if (this.#dialog.open && room === this.#room) this.#deps.request({ type: "members", room });
  }

  handle(frame: MembersFrame): void {
    if (frame.room !== this.#room || !this.#dialog.open) return;
    const me = this.#deps.state.me;
    this.#list.replaceChildren(
      ...frame.members.map((user) => {
        const item = document.createElement("li");
        item.dataset.user = user;
        const name = document.createElement("span");
        name.textContent = user === me ? `${user} (you)` : user;
        item.append(name);
        if (frame.kind === "private" && user !== me) {
          const remove = document.createElement("button");
          remove.type = "button";
          remove.className = "remove-member";
          remove.textContent = "Remove";
          remove.setAttribute("aria-label", `Remove ${user}`);
          remove.addEventListener("click", () => {
            setDialogError(this.#dialog, "");
            this.#deps.request({ type: "remove-member", room: frame.room, user });
          });
          item.append(remove);
        }
        return item;
      }),
    );
    this.#inviteName.value = "";
  }

  /** A refusal while the panel is open (not the creator, no such person) shows in it. */
  failed(message: string): boolean {
    if (!this.#dialog.open) return false;
    setDialogError(this.#dialog, message);
    return true;
  }

  close(room: string): void {
    if (this.#dialog.open && this.#room === room) this.#dialog.close();
  }
}
