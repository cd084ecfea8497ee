import type { StoredMessageFrame } from "@tertulia/protocol";

/**
 * Bytes of messages one `joined` or `history` frame may carry. A page needs a screenful; the rest comes with
 * "load older". Without a bound a 112-byte resume `join` drew a 6.2 MB answer (issue 15), ten times a second.
 */
export const FRAME_BUDGET_BYTES = 256 * 1024;

/**
 * The newest messages (the end of `messages`, which is in seq order) whose JSON fits in `budget` bytes; at
 * least one, so a single maximal message still goes through.
 * @returns the kept suffix and whether anything older was left out.
 */
export function newestWithin(
  messages: readonly StoredMessageFrame[],
  budget = FRAME_BUDGET_BYTES,
): { readonly messages: StoredMessageFrame[]; readonly trimmed: boolean } {
  let used = 0;
  let start = messages.length;
  while (start > 0) {
    const size = Buffer.byteLength(JSON.stringify(messages[start - 1]));
    if (used + size > budget && start < messages.length) break;
    used += size;
    start -= 1;
  }
  return { messages: messages.slice(start), trimmed: start > 0 };
}

/** Whether every message fits in `budget` bytes of JSON. */
export function fitsWithin(messages: readonly StoredMessageFrame[], budget = FRAME_BUDGET_BYTES): boolean {
  return newestWithin(messages, budget).trimmed === false;
}
