/** One message as a list item. Text only ever goes in as text nodes (./rich-text.ts), never innerHTML. */
import type { StoredMessageFrame } from "@tertulia/protocol/browser";
import { richText } from "./rich-text.ts";
import type { PendingSend } from "./room-state.ts";

/** What a list item shows: a stored message, or a send still on its way (no seq yet). */
export type ShownMessage = Pick<StoredMessageFrame, "author" | "text" | "sentAt" | "editedAt" | "deleted"> & {
  readonly seq?: number;
};

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });

/** A send still on its way: its state, and what Retry does when it failed. */
export interface PendingShown {
  readonly send: PendingSend;
  readonly retry: () => void;
}

export interface MessageLook {
  /** Continues the same author's previous message: drawn without its own name line. */
  readonly continued?: boolean;
  readonly pending?: PendingShown;
}

export function messageElement(message: ShownMessage, me: string, look: MessageLook = {}): HTMLLIElement {
  const { pending } = look;
  const item = document.createElement("li");
  item.className = "message";
  if (message.author === me) item.classList.add("own");
  if (pending) {
    item.classList.add("pending");
    item.dataset.status = pending.send.state;
  } else if (message.author === me) {
    item.dataset.status = "sent";
  }
  if (message.seq) item.dataset.seq = String(message.seq);
  const meta = document.createElement("div");
  meta.className = "meta";
  const author = document.createElement("span");
  author.className = "author";
  author.textContent = message.author;
  const time = document.createElement("time");
  if (pending) {
    time.textContent = pending.send.state === "failed" ? "not sent" : "sending…";
  } else {
    const at = new Date(message.sentAt);
    time.dateTime = at.toISOString();
    time.textContent = timeFormat.format(at);
    time.title = dateFormat.format(at);
  }
  meta.append(author, time);
  const status = statusElement(message, me, pending);
  if (status) meta.append(status);
  const text = document.createElement("p");
  text.className = "text";
  item.append(meta, text);
  setBody(item, message, me);
  setContinued(item, look.continued ?? false);
  return item;
}

/** The body of a message item: its text (links, mentions), "edited", or the deleted placeholder. */
export function setBody(item: HTMLElement, message: ShownMessage, me: string): void {
  const text = item.querySelector<HTMLElement>(".text");
  if (!text) return;
  item.classList.toggle("deleted", message.deleted === true);
  if (message.deleted) {
    text.replaceChildren("This message was deleted.");
    return;
  }
  text.replaceChildren(...richText(message.text, me));
  if (message.editedAt) {
    const edited = document.createElement("span");
    edited.className = "edited";
    edited.textContent = " (edited)";
    edited.title = dateFormat.format(message.editedAt);
    text.append(edited);
  }
}

/**
 * A continued message hides its name line from sight but keeps it for screen readers, so every item still
 * says who wrote it.
 */
export function setContinued(item: HTMLElement, continued: boolean): void {
  item.classList.toggle("continued", continued);
}

/** "sent" on the person's stored messages; why a pending one waits or failed, and a Retry when it failed. */
function statusElement(message: ShownMessage, me: string, pending?: PendingShown): HTMLSpanElement | null {
  if (!pending && message.author !== me) return null;
  const status = document.createElement("span");
  status.className = "status";
  if (!pending) {
    status.textContent = "sent";
    return status;
  }
  const { send } = pending;
  if (send.state === "sending") return null;
  status.textContent =
    send.state === "failed" ? `failed: ${send.reason ?? "not sent"}` : `waiting: ${send.reason ?? ""}`;
  if (send.state === "failed") {
    const retry = document.createElement("button");
    retry.type = "button";
    retry.className = "retry";
    retry.textContent = "Retry";
    retry.addEventListener("click", pending.retry);
    status.append(" ", retry);
  }
  return status;
}
