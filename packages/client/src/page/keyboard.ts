/**
 * Keys that work anywhere on the chat page: Alt+↑ / Alt+↓ open the previous / next room of the sidebar
 * (as in Slack and Element), and Escape closes the phone drawer. Both leave plain arrows and Escape alone
 * everywhere else (the composer's caret, a browser's own dialogs).
 */
import { closeDrawer, isDrawerOpen } from "./drawer.ts";
import type { PageElements } from "./elements.ts";
import type { PageState } from "./room-state.ts";

export interface KeyboardDeps {
  readonly state: PageState;
  readonly elements: Pick<PageElements, "sidebar" | "menu" | "input">;
  activate(room: string): void;
}

/** The room `step` places away from the active one in the sidebar's order, wrapping around. */
export function neighbourRoom(rooms: readonly string[], active: string, step: 1 | -1): string | undefined {
  if (rooms.length === 0) return undefined;
  const at = rooms.indexOf(active);
  return rooms[(at + step + rooms.length) % rooms.length];
}

export function listenKeyboard({ state, elements, activate }: KeyboardDeps): void {
  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.isComposing) return;
    if (event.key === "Escape" && isDrawerOpen(elements)) {
      event.preventDefault();
      closeDrawer(elements, { focusMenu: true });
      return;
    }
    if (event.altKey && !event.ctrlKey && !event.metaKey && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
      const next = neighbourRoom([...state.rooms.keys()], state.active, event.key === "ArrowUp" ? -1 : 1);
      if (!next || next === state.active) return;
      event.preventDefault();
      activate(next);
      // Where the person was typing, they keep typing, now in the other room.
      if (document.activeElement === elements.input || document.activeElement === document.body) elements.input.focus();
    }
  });
}
