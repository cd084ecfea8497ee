/** Whether and how a page's `join {afterSeq, epoch}` can be resumed from what the relay holds. */
import type { StoredMessageFrame } from "@tertulia/protocol";
import type { RoomChannel } from "../relay/room-channel.ts";
import { fitsWithin } from "./frame-budget.ts";

/**
 * Whether a page holding messages up to `afterSeq` of `epoch` holds this channel's history. Reading a room
 * does not create it, so a page that joined before the room's first message got no epoch (""): what it holds
 * is the room's first history, the one the channel has unless the store lost it since, which a seq beyond the
 * channel's last one betrays.
 */
export function sameHistory(epoch: string, channel: RoomChannel, afterSeq: number): boolean {
  return epoch === channel.epoch || (epoch === "" && afterSeq <= channel.lastSeq);
}

/**
 * Every message after `afterSeq`: `older` (from history) then the ring. null when the ring misses some or they
 * exceed one frame's budget: the page starts the room over from its newest page.
 */
export function catchUp(
  channel: RoomChannel,
  afterSeq: number,
  older: readonly StoredMessageFrame[],
): StoredMessageFrame[] | null {
  const ringFirst = channel.ring.firstSeq || channel.lastSeq + 1;
  if (older.length === 0 && afterSeq < ringFirst - 1) return null;
  const messages = [...older, ...channel.ring.after(Math.max(afterSeq, older.at(-1)?.seq ?? 0))];
  return fitsWithin(messages) ? messages : null;
}
