/**
 * Fills a room's history straight into the real store (before any page joins it), so a browser test or a
 * benchmark can open a room of thousands of messages in seconds instead of sending them one by one. The
 * web tier and the page then read them the ordinary way: `joined`, and `history` on scroll-up.
 */
import { NoteKind } from "@tertulia/protocol";
import type { ChatStore } from "@tertulia/server/src/store/store.ts";

export interface SeedOptions {
  readonly authors?: readonly string[];
  /** The newest message's time (default: now); older ones are `stepMs` apart. */
  readonly endMs?: number;
  readonly stepMs?: number;
  readonly text?: (index: number) => string;
}

/**
 * Stores `count` messages in `room`, oldest first. Authors change every one to three messages, so the page
 * has groups to draw; with the default step (3 minutes) 5,000 messages span about ten days.
 */
export async function seedRoom(store: ChatStore, room: string, count: number, options: SeedOptions = {}) {
  const authors = options.authors ?? ["mimi", "pepe", "juan", "admin"];
  const step = options.stepMs ?? 3 * 60_000;
  const end = options.endMs ?? Date.now();
  const text = options.text ?? ((i: number) => `message ${i + 1}: ${LINES[i % LINES.length]}`);
  for (let i = 0; i < count; i++) {
    await store.appendMessage({
      room,
      author: authors[Math.floor(i / ((i % 3) + 1)) % authors.length]!,
      body: text(i),
      kind: NoteKind.NOTE_KIND_CHAT,
      clientMessageId: "",
      sentAtMs: end - (count - 1 - i) * step,
    });
  }
}

const LINES = [
  "short one",
  "a longer line that wraps on a phone, with a link https://example.org/docs?q=1 in the middle of it",
  "@mimi have a look at this",
  "ok",
  "two lines\nof text",
];
