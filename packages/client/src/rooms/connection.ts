import type { ServerFrame } from "@tertulia/protocol";
import type { RoomMembership } from "../relay/room-membership.ts";

/** A browser's socket as the rooms service sees it: the adapter in rooms/index.ts wraps Bun's ServerWebSocket. */
export interface Connection {
  readonly id: string;
  readonly sessionId: string;
  readonly username: string;
  readonly token: string;
  /** What a page may receive: one of the browser protocol's server frames. */
  send(frame: ServerFrame): void;
  subscribe(topic: string): void;
  unsubscribe(topic: string): void;
  close(code: number, reason: string): void;
}

/** What the service holds for one open socket. */
export interface ConnectionState {
  readonly connection: Connection;
  /** The socket's place in each room it joined: released exactly once, by whoever removes it from here. */
  readonly rooms: Map<string, RoomMembership>;
  /** Frames of one socket are handled one after another: a user's messages keep the order they were typed. */
  queue: Promise<void>;
  /**
   * The room whose first join is in flight (one at a time: frames are handled in order) until the socket
   * subscribes to its topic; `revoked` once the user's removal from it was seen meanwhile.
   */
  joining: { readonly room: string; revoked: boolean } | null;
}
