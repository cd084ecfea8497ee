import type { RoomChannel } from "./room-channel.ts";

/**
 * One local member's place in a room's shared stream, handed out by `RoomRelay.join`. It counts on the
 * channel it was taken from and only there, and `release()` gives that place back at most once: a late
 * release (a join that timed out after its socket already left) cannot land on another socket's membership
 * of a newer channel for the same room.
 */
export class RoomMembership {
  readonly channel: RoomChannel;
  readonly #onRelease: (membership: RoomMembership) => void;
  #released = false;

  constructor(channel: RoomChannel, onRelease: (membership: RoomMembership) => void) {
    this.channel = channel;
    this.#onRelease = onRelease;
  }

  get room(): string {
    return this.channel.room;
  }

  get released(): boolean {
    return this.#released;
  }

  /** Resolves once the channel's stream has caught up with the server. */
  get ready(): Promise<RoomChannel> {
    return this.channel.ready.then(() => this.channel);
  }

  /** Gives the place back; calling it again does nothing. */
  release(): void {
    if (this.#released) return;
    this.#released = true;
    this.#onRelease(this);
  }
}
