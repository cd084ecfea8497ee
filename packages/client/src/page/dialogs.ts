/**
 * The page's dialogs are native `<dialog>` elements opened with showModal(): the browser keeps focus inside,
 * Escape closes them and focus goes back to the button that opened them.
 */
import { find } from "./elements.ts";

export function openDialog(dialog: HTMLDialogElement): void {
  setDialogError(dialog, "");
  if (!dialog.open) dialog.showModal();
}

/** Closing buttons, and a click on the backdrop (outside the dialog's box), close it. */
export function bindDialog(dialog: HTMLDialogElement): void {
  for (const button of dialog.querySelectorAll<HTMLButtonElement>(".dialog-close")) {
    button.addEventListener("click", () => dialog.close());
  }
  dialog.addEventListener("click", (event) => {
    if (event.target === dialog) dialog.close();
  });
  // Escape closes the dialog (the browser's default) and nothing behind it, such as the phone drawer.
  dialog.addEventListener("keydown", (event) => {
    if (event.key === "Escape") event.stopPropagation();
  });
}

export function setDialogError(dialog: HTMLDialogElement, message: string): void {
  const error = dialog.querySelector(".dialog-error");
  if (error) error.textContent = message;
}

export function findDialog(selector: string): HTMLDialogElement {
  const dialog = find<HTMLDialogElement>(document, selector);
  bindDialog(dialog);
  return dialog;
}
