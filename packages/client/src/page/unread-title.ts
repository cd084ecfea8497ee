/**
 * The unread total where it is seen with the room list out of sight: the tab title ("(3) #general ·
 * Tertulia") and a badge on the phone's drawer button (the sidebar, with its per-room badges, is folded
 * away there).
 */

import { roomLabel } from "./room-list.ts";
import { activeRoom, type PageState } from "./room-state.ts";
import { unreadTotal } from "./unread-counts.ts";

export function renderUnreadTotal(state: PageState, menu: HTMLElement): void {
  const { unread, mentions } = unreadTotal(state);
  const room = activeRoom(state);
  const name = room ? `${roomLabel(room).replace(/^# /, "#")} · Tertulia` : "Tertulia";
  document.title = unread > 0 ? `(${unread}) ${name}` : name;
  let badge = menu.querySelector<HTMLElement>(".menu-badge");
  if (!badge) {
    badge = document.createElement("span");
    badge.className = "menu-badge";
    menu.append(badge);
  }
  badge.hidden = unread === 0;
  badge.textContent = unread > 99 ? "99+" : String(unread);
  badge.classList.toggle("mention", mentions > 0);
  menu.setAttribute("aria-label", unread > 0 ? `Rooms, ${unread} unread` : "Rooms");
}
