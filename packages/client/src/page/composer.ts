/**
 * The message box: Enter sends (Shift+Enter is a new line), a counter near the limit, and at most one
 * typing frame per typing interval. Both limits are the server's, learnt from the `hello` frame.
 */
import { messageLength } from "@tertulia/protocol/browser";
import type { PageElements } from "./elements.ts";
import { MAX_PENDING_SENDS } from "./outbox-storage.ts";
import { activeRoom, type PageState } from "./room-state.ts";
import type { RoomSync } from "./room-sync.ts";
import type { View } from "./view.ts";

/** The counter appears once the text uses this share of the limit. */
const COUNTER_FROM = 0.8;
/** The box grows with its text up to this height, then scrolls. */
const MAX_INPUT_HEIGHT_PX = 160;

export class Composer {
  readonly #state: PageState;
  readonly #view: View;
  readonly #sync: RoomSync;
  readonly #el: PageElements;
  #lastTypingSent = 0;

  constructor(deps: { state: PageState; view: View; sync: RoomSync; elements: PageElements }) {
    this.#state = deps.state;
    this.#view = deps.view;
    this.#sync = deps.sync;
    this.#el = deps.elements;
  }

  listen(): void {
    const { composer, input } = this.#el;
    composer.addEventListener("submit", (event) => {
      event.preventDefault();
      this.send();
    });
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.send();
      }
    });
    input.addEventListener("input", () => {
      this.updateCounter();
      this.#autoresize();
      this.#typing();
    });
  }

  /**
   * Sends the box's text to the active room. Text over the server's limit is refused with a notice and
   * stays in the box, whole (never cut). Until the first `hello` the limit is unknown: the send is queued
   * anyway and the server, which holds the rule, fails it with its reason if it is too long.
   */
  send(): void {
    const text = this.#el.input.value.trim();
    const room = activeRoom(this.#state);
    const max = this.#state.limits?.maxMessageChars ?? Number.POSITIVE_INFINITY;
    if (!text || !room) return;
    const length = messageLength(text);
    if (length > max) {
      this.#view.flash(`Not sent: ${length} characters, the limit is ${max}. Shorten it and send again.`);
      return;
    }
    if (this.#sync.pendingCount() >= MAX_PENDING_SENDS) {
      this.#view.flash(`Not sent: ${MAX_PENDING_SENDS} messages are still waiting to go out.`);
      return;
    }
    this.#sync.send(room, text);
    this.#el.input.value = "";
    this.updateCounter();
    this.#autoresize();
  }

  updateCounter(): void {
    const { counter, input } = this.#el;
    const max = this.#state.limits?.maxMessageChars;
    const used = messageLength(input.value);
    counter.textContent = max !== undefined && used > max * COUNTER_FROM ? `${used} / ${max}` : "";
    counter.classList.toggle("over", max !== undefined && used > max);
  }

  #autoresize(): void {
    const { input } = this.#el;
    input.style.height = "auto";
    input.style.height = `${Math.min(input.scrollHeight, MAX_INPUT_HEIGHT_PX)}px`;
  }

  #typing(): void {
    const interval = this.#state.limits?.typingIntervalMs;
    const now = Date.now();
    if (interval === undefined || !this.#el.input.value || !this.#state.active) return;
    if (now - this.#lastTypingSent <= interval) return;
    this.#lastTypingSent = now;
    this.#sync.typing(this.#state.active);
  }
}
