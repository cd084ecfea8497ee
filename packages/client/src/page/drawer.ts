/**
 * The phone drawer (the room list, folded away under 720 px): the menu button opens and closes it
 * (room-navigation.ts), and here a click on the backdrop behind it or Escape closes it, giving focus back to
 * the menu button so keyboard users are not left on a hidden element. The backdrop shows through CSS
 * (`.sidebar.open + .backdrop`), so every way the drawer opens or closes shows or hides it too.
 */
import type { PageElements } from "./elements.ts";

export function isDrawerOpen(elements: Pick<PageElements, "sidebar">): boolean {
  return elements.sidebar.classList.contains("open");
}

export function closeDrawer(elements: Pick<PageElements, "sidebar" | "menu">, { focusMenu = false } = {}): void {
  elements.sidebar.classList.remove("open");
  elements.menu.setAttribute("aria-expanded", "false");
  if (focusMenu) elements.menu.focus();
}

export function listenDrawer(elements: Pick<PageElements, "sidebar" | "menu" | "backdrop">): void {
  elements.backdrop.addEventListener("click", () => closeDrawer(elements));
}
