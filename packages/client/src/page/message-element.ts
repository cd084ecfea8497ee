/** One message as a list item. Text only ever goes in with textContent, never innerHTML. */
import type { MessageFrame } from "@tertulia/protocol/browser";

/** What a list item shows: a stored message, or a send still on its way (no seq yet). */
export type ShownMessage = Pick<MessageFrame, "author" | "text" | "sentAt"> & { readonly seq?: number };

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });

export function messageElement(message: ShownMessage, me: string, { pending = false } = {}): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "message";
  if (message.author === me) item.classList.add("own");
  if (pending) item.classList.add("pending");
  if (message.seq) item.dataset.seq = String(message.seq);
  const meta = document.createElement("div");
  meta.className = "meta";
  const author = document.createElement("span");
  author.className = "author";
  author.textContent = message.author;
  const time = document.createElement("time");
  if (pending) {
    time.textContent = "sending…";
  } else {
    const at = new Date(message.sentAt);
    time.dateTime = at.toISOString();
    time.textContent = timeFormat.format(at);
    time.title = dateFormat.format(at);
  }
  meta.append(author, time);
  const text = document.createElement("p");
  text.className = "text";
  text.textContent = message.text;
  item.append(meta, text);
  return item;
}
