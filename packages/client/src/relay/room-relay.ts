/**
 * The web tier's side of the gRPC hop for rooms: one Subscribe stream per room that has at least one local
 * member, shared by all of them and fanned out with Bun's topic publish. A stream that breaks (server
 * restart, replica gone) is reopened with backoff from the last seq it delivered, so members see every
 * message once, in order, after a "reconnecting" status.
 */
import { RoomChannel, type RoomChannelOptions } from "./room-channel.ts";
import { RoomMembership } from "./room-membership.ts";

export type RoomRelayOptions = RoomChannelOptions;

export class RoomRelay {
  readonly #options: RoomRelayOptions;
  readonly #channels = new Map<string, RoomChannel>();

  constructor(options: RoomRelayOptions) {
    this.#options = options;
  }

  /**
   * Counts one more local member of `room`, opening its stream for the first one.
   * @returns the member's handle: the only way to give the place back, at most once.
   */
  join(room: string): RoomMembership {
    let channel = this.#channels.get(room);
    if (!channel) {
      channel = new RoomChannel(room, this.#options);
      this.#channels.set(room, channel);
      channel.open();
    }
    channel.members += 1;
    return new RoomMembership(channel, (membership) => this.#release(membership.channel));
  }

  /** One member fewer on that very channel; the last one out closes the room's stream. */
  #release(channel: RoomChannel): void {
    channel.members -= 1;
    if (channel.members > 0) return;
    channel.close();
    // A newer channel for the same room may have replaced this one: leave it alone.
    if (this.#channels.get(channel.room) === channel) this.#channels.delete(channel.room);
  }

  get(room: string): RoomChannel | undefined {
    return this.#channels.get(room);
  }

  /** Rooms with an open stream: what a leak would grow. */
  get openRooms(): number {
    return this.#channels.size;
  }

  close(): void {
    for (const channel of this.#channels.values()) channel.close();
    this.#channels.clear();
  }
}
