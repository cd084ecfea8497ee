/** One message as a list item. Text only ever goes in with textContent, never innerHTML. */
import type { MessageFrame } from "@tertulia/protocol/browser";
import type { PendingSend } from "./room-state.ts";

/** What a list item shows: a stored message, or a send still on its way (no seq yet). */
export type ShownMessage = Pick<MessageFrame, "author" | "text" | "sentAt"> & { readonly seq?: number };

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });

/** A send still on its way: its state, and what Retry does when it failed. */
export interface PendingShown {
  readonly send: PendingSend;
  readonly retry: () => void;
}

export function messageElement(message: ShownMessage, me: string, pending?: PendingShown): HTMLLIElement {
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
  text.textContent = message.text;
  item.append(meta, text);
  return item;
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
