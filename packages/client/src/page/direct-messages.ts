/**
 * Direct messages: a private room of two found by the pair (`open-direct`, created on first use). The
 * sidebar names it by the other person; the room's own name is derived and never shown.
 */
import type { OpenDirectFrame } from "@tertulia/protocol/browser";
import { findDialog, openDialog, setDialogError } from "./dialogs.ts";
import { find } from "./elements.ts";

export class DirectDialog {
  readonly #dialog = findDialog("dialog.direct");
  readonly #form = find<HTMLFormElement>(this.#dialog, ".direct-form");
  readonly #peer = find<HTMLInputElement>(this.#dialog, "#direct-peer");
  readonly #open: (frame: OpenDirectFrame, failed: (message: string) => void) => void;
  readonly #me: string;

  constructor(me: string, open: (frame: OpenDirectFrame, failed: (message: string) => void) => void) {
    this.#me = me;
    this.#open = open;
  }

  listen(opener: HTMLElement): void {
    opener.addEventListener("click", () => {
      openDialog(this.#dialog);
      this.#peer.focus();
    });
    this.#form.addEventListener("submit", (event) => {
      event.preventDefault();
      const peer = this.#peer.value.trim().toLowerCase();
      if (peer === this.#me) {
        setDialogError(this.#dialog, "A direct message needs someone else.");
        return;
      }
      setDialogError(this.#dialog, "");
      this.#open({ type: "open-direct", peer }, (message) => setDialogError(this.#dialog, message));
    });
  }

  done(): void {
    if (!this.#dialog.open) return;
    this.#form.reset();
    this.#dialog.close();
  }
}
