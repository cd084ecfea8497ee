/**
 * Opt-in desktop notifications for what is addressed to this person: a mention of them, or a direct
 * message. Asked for with a button (browsers only grant permission from a click), remembered per user
 * in localStorage, and shown only while the tab is hidden (when it is visible the page itself shows it).
 */
import type { StoredMessageFrame } from "@tertulia/protocol/browser";
import { roomLabel } from "./room-list.ts";
import type { RoomState } from "./room-state.ts";
import { mentionsMe } from "./unread-counts.ts";

/** A notification's text is cut to this many characters (the room shows it whole). */
const BODY_MAX_CHARS = 160;

export interface NotificationsDeps {
  readonly me: string;
  readonly button: HTMLButtonElement;
  /** The person clicked a notification: show its room. */
  readonly show: (room: string) => void;
}

export class Notifications {
  readonly #deps: NotificationsDeps;
  readonly #key: string;

  constructor(deps: NotificationsDeps) {
    this.#deps = deps;
    this.#key = `tertulia:${deps.me}:notifications`;
  }

  get #supported(): boolean {
    return typeof Notification !== "undefined";
  }

  get enabled(): boolean {
    return this.#supported && Notification.permission === "granted" && localStorage.getItem(this.#key) === "on";
  }

  listen(): void {
    const { button } = this.#deps;
    if (!this.#supported) return;
    this.#render();
    button.addEventListener("click", async () => {
      if (this.enabled) {
        localStorage.removeItem(this.#key);
      } else {
        const permission = await Notification.requestPermission();
        if (permission === "granted") localStorage.setItem(this.#key, "on");
      }
      this.#render();
    });
  }

  /** A live message: notify when it is for this person, they opted in, and the tab is out of sight. */
  messageArrived(room: RoomState, message: StoredMessageFrame, live: boolean): void {
    if (!live || !this.enabled || document.visibilityState !== "hidden") return;
    if (message.author === this.#deps.me || message.deleted) return;
    const direct = room.kind === "direct";
    if (!direct && !mentionsMe(message.text, this.#deps.me)) return;
    const title = direct ? message.author : `${message.author} mentioned you in ${roomLabel(room)}`;
    const text = message.text.length > BODY_MAX_CHARS ? `${message.text.slice(0, BODY_MAX_CHARS)}…` : message.text;
    const notification = new Notification(title, { body: text, tag: `${room.name}:${message.seq}` });
    notification.addEventListener("click", () => {
      window.focus();
      this.#deps.show(room.name);
      notification.close();
    });
  }

  #render(): void {
    const { button } = this.#deps;
    const denied = Notification.permission === "denied";
    button.hidden = false;
    button.disabled = denied && !this.enabled;
    button.textContent = this.enabled
      ? "Turn off notifications"
      : denied
        ? "Notifications are blocked in this browser"
        : "Turn on notifications";
    button.setAttribute("aria-pressed", String(this.enabled));
  }
}
