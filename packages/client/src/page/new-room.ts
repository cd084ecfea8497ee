/**
 * Creating a room: a name (checked against the shared rule as it is typed, with a suggestion), private by
 * default with the members to invite, or public. The server creates it (`create-room`) and the page opens
 * it once it answers `room-opened`; a refusal (name taken, unknown member) shows in the dialog.
 */
import { type CreateRoomFrame, ROOM_LIMITS } from "@tertulia/protocol/browser";
import { findDialog, openDialog, setDialogError } from "./dialogs.ts";
import { find } from "./elements.ts";
import { bindRoomNameField } from "./room-name-field.ts";

/** "ana, luis  pepe" → ["ana", "luis", "pepe"]: names as typed, the server checks each one. */
export function memberNames(typed: string): string[] {
  return [...new Set(typed.split(/[\s,;]+/).filter((name) => name !== ""))];
}

export class NewRoomDialog {
  readonly #dialog = findDialog("dialog.new-room");
  readonly #form = find<HTMLFormElement>(this.#dialog, ".new-room-form");
  readonly #name = find<HTMLInputElement>(this.#dialog, "#new-room-name");
  readonly #private = find<HTMLInputElement>(this.#dialog, "#new-room-private");
  readonly #members = find<HTMLInputElement>(this.#dialog, "#new-room-members");
  readonly #create: (frame: CreateRoomFrame, failed: (message: string) => void) => void;

  constructor(create: (frame: CreateRoomFrame, failed: (message: string) => void) => void) {
    this.#create = create;
  }

  listen(opener: HTMLElement): void {
    bindRoomNameField(this.#name, find(this.#dialog, "#new-room-hint"));
    opener.addEventListener("click", () => {
      openDialog(this.#dialog);
      this.#name.focus();
    });
    this.#private.addEventListener("change", () => {
      this.#members.disabled = !this.#private.checked;
    });
    this.#form.addEventListener("submit", (event) => {
      event.preventDefault();
      const isPrivate = this.#private.checked;
      const members = isPrivate ? memberNames(this.#members.value) : [];
      if (members.length >= ROOM_LIMITS.maxMembers) {
        setDialogError(this.#dialog, `At most ${ROOM_LIMITS.maxMembers - 1} members besides you.`);
        return;
      }
      setDialogError(this.#dialog, "");
      const frame: CreateRoomFrame = {
        type: "create-room",
        room: this.#name.value.trim(),
        private: isPrivate,
        members,
      };
      this.#create(frame, (message) => setDialogError(this.#dialog, message));
    });
  }

  /** The room opened: the dialog's work is done. */
  done(): void {
    if (!this.#dialog.open) return;
    this.#form.reset();
    this.#members.disabled = false;
    this.#dialog.close();
  }
}
