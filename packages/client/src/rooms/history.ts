/**
 * Stored messages read with the user's token: "load older" pages, and the stretch of a resume that is
 * older than the relay's ring.
 */
import {
  type HistoryFrame,
  noteToStoredMessageFrame,
  type StoredMessageFrame,
  type TertuliaClient,
} from "@tertulia/protocol";
import type { RoomChannel } from "../relay/room-channel.ts";
import { newestWithin } from "./frame-budget.ts";

export type HistoryClient = { readonly chat: Pick<TertuliaClient["chat"], "getHistory"> };

const HISTORY_PAGE = 50;
/** A resume missing more than this is served as a fresh join (with `reset`). */
const MAX_CATCH_UP = 1_000;

/** The page of messages before `beforeSeq`, within one frame's budget. */
export async function historyPage(
  client: HistoryClient,
  room: string,
  beforeSeq: number,
  token: string,
): Promise<HistoryFrame> {
  const page = await client.chat.getHistory({ room, beforeSeq, limit: HISTORY_PAGE }, { token });
  const { messages, trimmed } = newestWithin(page.notes.map((note) => noteToStoredMessageFrame(room, note)));
  return { type: "history", room, messages, hasMore: page.hasMore || trimmed };
}

/**
 * Stored messages between `afterSeq` and what the ring holds, for a resume from further back than memory.
 * @returns null when more than MAX_CATCH_UP are missing or the epoch changed: the page starts the room over.
 */
export async function olderThanRing(
  client: HistoryClient,
  channel: RoomChannel,
  afterSeq: number,
  token: string,
): Promise<StoredMessageFrame[] | null> {
  const ringFirst = channel.ring.firstSeq || channel.lastSeq + 1;
  if (afterSeq >= ringFirst - 1) return [];
  if (ringFirst - 1 - afterSeq > MAX_CATCH_UP) return null;
  const pages: StoredMessageFrame[][] = [];
  let before = ringFirst;
  while (before - 1 > afterSeq) {
    const page = await client.chat.getHistory({ room: channel.room, beforeSeq: before, limit: 200 }, { token });
    if (page.epoch !== channel.epoch) return null;
    const frames = page.notes
      .map((note) => noteToStoredMessageFrame(channel.room, note))
      .filter((m) => m.seq > afterSeq);
    pages.unshift(frames);
    if (!page.hasMore || page.notes.length === 0) break;
    before = page.notes[0]!.seq ?? 0;
  }
  return pages.flat();
}
