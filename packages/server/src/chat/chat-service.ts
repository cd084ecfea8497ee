/**
 * ChatServer's logic: the single broadcaster. A send stores a message (the store assigns its seq) and
 * publishes it; room streams (transport/room-stream.ts) deliver rooms in seq order from the store and the
 * bus. The author is always the token's user. Every call that names a room asks RoomAccess first (private
 * rooms: members only). Knows nothing of gRPC: transport/chat-handlers.ts reads the calls and writes the
 * answers.
 */
import { NoteKind, PresenceState, RoomKind } from "@tertulia/protocol";
import { authenticate, type Caller, requireUser } from "../auth/caller.ts";
import type { Principal } from "../auth/principal.ts";
import type { TokenService } from "../auth/tokens.ts";
import type { RoomBus, RoomNote } from "../bus/bus.ts";
import type { ChatQuotas } from "../config.ts";
import { ChatError } from "../errors.ts";
import type { PresenceTracker } from "../presence/presence.ts";
import type { RoomAccess } from "../rooms/room-access.ts";
import { refuseDirectPrefix } from "../rooms/room-rules.ts";
import type { ChatStore } from "../store/store.ts";
import { mentionedIn } from "./mentions.ts";
import { type DeleteInput, type EditInput, MessageChanges } from "./message-changes.ts";
import { QuotaBuckets } from "./quota-buckets.ts";
import { toRoomNote } from "./room-feed.ts";
import { type StreamLease, StreamQuota } from "./stream-quota.ts";
import {
  MAX_HOLDER_ID,
  MAX_PAGE,
  parseClientMessageId,
  parseMessageBody,
  parsePageLimit,
  parseRoom,
} from "./validation.ts";

const DEFAULT_LEASE_SECONDS = 60;
const MAX_LEASE_SECONDS = 600;
/** Rooms known to exist, so a send to one costs no extra read; cleared when full (rooms are never removed). */
const KNOWN_ROOMS_MAX = 10_000;

export interface ChatServiceDeps {
  readonly store: ChatStore;
  readonly bus: RoomBus;
  readonly presence: PresenceTracker;
  readonly tokens: TokenService;
  /** Who may read and write which room (private rooms): asked by every call that names a room. */
  readonly access: RoomAccess;
  readonly limits: { readonly maxMessageChars: number };
  readonly quotas: ChatQuotas;
  readonly now?: () => number;
}

export interface SendInput {
  readonly room: string;
  readonly message: string;
  readonly clientMessageId: string;
}

export interface HistoryInput {
  readonly room: string;
  /** 0: from the newest. */
  readonly beforeSeq: number;
  /** 0: the default page. */
  readonly limit: number;
}

export interface HistoryPage {
  readonly room: string;
  readonly notes: RoomNote[];
  readonly hasMore: boolean;
  readonly epoch: string;
}

export interface RoomSummary {
  readonly name: string;
  readonly lastSeq: number;
  readonly epoch: string;
  readonly lastActivityMs: number;
  readonly present: string[];
  readonly kind: RoomKind;
}

export interface PresenceInput {
  readonly room: string;
  readonly state: PresenceState;
  readonly holderId: string;
  /** 0: the default lease. */
  readonly ttlSeconds: number;
}

/**
 * A stream the caller may open: who they are, their place in the stream quota (none for services), and the
 * check the stream repeats on membership events and in the access sweep (it throws `permission_denied` once
 * they may no longer read the room).
 */
export interface StreamAdmission {
  readonly principal: Principal;
  readonly lease: StreamLease | undefined;
  readonly recheck: () => Promise<void>;
}

export class ChatService {
  readonly #deps: ChatServiceDeps;
  readonly #now: () => number;
  readonly #sendRate: QuotaBuckets;
  readonly #newRooms: QuotaBuckets;
  readonly #streams: StreamQuota;
  readonly #knownRooms = new Set<string>();
  readonly #changes: MessageChanges;

  constructor(deps: ChatServiceDeps) {
    this.#deps = deps;
    const { quotas } = deps;
    this.#now = deps.now ?? Date.now;
    this.#sendRate = new QuotaBuckets({
      perSecond: quotas.sendRatePerUser,
      burst: quotas.sendBurstPerUser,
      now: this.#now,
    });
    this.#newRooms = new QuotaBuckets({
      perSecond: quotas.roomsPerUserPerHour / 3_600,
      burst: quotas.roomsPerUserPerHour,
      now: this.#now,
    });
    this.#streams = new StreamQuota(quotas.streamsPerUser);
    this.#changes = new MessageChanges({
      store: deps.store,
      bus: deps.bus,
      tokens: deps.tokens,
      access: deps.access,
      maxMessageChars: deps.limits.maxMessageChars,
      quotas,
      now: this.#now,
    });
  }

  /**
   * Admits a stream of `room` once the caller is known, may read the room and has a stream left in their
   * quota, before anything is read or written.
   * @throws {ChatError} `unauthenticated`, `permission_denied` for a private room they are not in, or
   * `resource_exhausted` past STREAMS_PER_USER.
   */
  async admitStream(caller: Caller, room: string): Promise<StreamAdmission> {
    const { tokens, access } = this.#deps;
    const principal = await authenticate(caller, tokens);
    await access.require(principal, room);
    const lease = principal.kind === "user" ? this.#streams.reserve(principal.username) : undefined;
    return { principal, lease, recheck: () => access.require(principal, room) };
  }

  /** @throws {ChatError} `invalid_argument` naming the rule broken, `resource_exhausted` past a quota. */
  async send(caller: Caller, input: SendInput): Promise<void> {
    const { store, bus, tokens, access, limits } = this.#deps;
    const principal = await authenticate(caller, tokens);
    const author = requireUser(principal, "sending a message").username;
    this.#chargeSend(author);
    const room = parseRoom(input.room);
    await access.require(principal, room);
    const body = parseMessageBody(input.message, limits.maxMessageChars);
    const clientMessageId = parseClientMessageId(input.clientMessageId);
    await this.#chargeNewRoom(author, room);
    const { message, duplicate } = await store.appendMessage({
      room,
      author,
      body,
      kind: NoteKind.NOTE_KIND_CHAT,
      clientMessageId,
      sentAtMs: this.#now(),
    });
    this.#rememberRoom(room);
    if (duplicate) return;
    const mentioned = mentionedIn(body, author);
    // Before the publish: a mention is counted once the message can be seen.
    if (mentioned.length > 0) await store.setMentions(room, message.seq, mentioned);
    bus.publish(toRoomNote(message));
  }

  /**
   * Changes the text of the caller's own message.
   * @throws {ChatError} `not_found` (no such message, or deleted), `permission_denied` (not theirs, or a
   * private room they are not in), `invalid_argument`, `resource_exhausted`.
   */
  edit(caller: Caller, input: EditInput): Promise<RoomNote> {
    return this.#changes.edit(caller, input);
  }

  /** Deletes the caller's own message for good. @throws {ChatError} as `edit` does. */
  delete(caller: Caller, input: DeleteInput): Promise<RoomNote> {
    return this.#changes.delete(caller, input);
  }

  async history(caller: Caller, input: HistoryInput): Promise<HistoryPage> {
    const { store, tokens, access } = this.#deps;
    const principal = await authenticate(caller, tokens);
    const room = parseRoom(input.room);
    await access.require(principal, room);
    const limit = parsePageLimit(input.limit);
    const record = await store.findRoom(room);
    if (!record) return { room, notes: [], hasMore: false, epoch: "" };
    const before = input.beforeSeq === 0 ? Number.MAX_SAFE_INTEGER : input.beforeSeq;
    const messages = await store.messagesBefore(room, before, limit);
    const { firstSeq } = await store.bounds(room);
    const oldest = messages[0]?.seq ?? before;
    return { room, notes: messages.map(toRoomNote), hasMore: firstSeq > 0 && oldest > firstSeq, epoch: record.epoch };
  }

  /**
   * The named rooms, or the most recent ones when `names` is empty. A private room the caller is not in is
   * left out as if it did not exist: not its name, not who is there.
   */
  async listRooms(caller: Caller, names: readonly string[]): Promise<RoomSummary[]> {
    const { store, presence, tokens, access } = this.#deps;
    const principal = await authenticate(caller, tokens);
    if (names.length > MAX_PAGE) throw new ChatError("invalid_argument", `at most ${MAX_PAGE} rooms per call`);
    const records =
      names.length === 0
        ? await store.listRooms(MAX_PAGE)
        : await Promise.all(
            names.map(async (name) => {
              const room = parseRoom(name);
              return (await store.findRoom(room)) ?? { name: room, lastSeq: 0, epoch: "", lastActivityMs: 0 };
            }),
          );
    const allowed = await Promise.all(records.map((room) => access.allows(principal, room.name)));
    const visible = records.filter((_, i) => allowed[i]);
    const present = await Promise.all(visible.map((room) => presence.present(room.name)));
    // A named room nobody has written to yet is listed while someone is in it (reading creates no room).
    return visible.flatMap((room, i) =>
      room.lastSeq === 0 && room.epoch === "" && present[i]!.length === 0
        ? []
        : [
            {
              name: room.name,
              lastSeq: room.lastSeq,
              epoch: room.epoch,
              lastActivityMs: room.lastActivityMs,
              present: present[i]!,
              kind: room.kind ?? RoomKind.ROOM_KIND_PUBLIC,
            },
          ],
    );
  }

  async updatePresence(caller: Caller, input: PresenceInput): Promise<void> {
    const { presence, tokens, access, quotas } = this.#deps;
    const principal = await authenticate(caller, tokens);
    const user = requireUser(principal, "presence").username;
    const { state, holderId, ttlSeconds } = input;
    const room = parseRoom(input.room);
    // Letting go is always allowed: a member just removed must be able to release the lease they held.
    if (state !== PresenceState.PRESENCE_STATE_LEFT) await access.require(principal, room);
    if (holderId.length === 0 || holderId.length > MAX_HOLDER_ID) {
      throw new ChatError("invalid_argument", `holder_id must be 1-${MAX_HOLDER_ID} characters`);
    }
    if (ttlSeconds > MAX_LEASE_SECONDS)
      throw new ChatError("invalid_argument", `ttl_seconds must be at most ${MAX_LEASE_SECONDS}`);
    const holder = `lease-${holderId}`;
    switch (state) {
      case PresenceState.PRESENCE_STATE_JOINED:
        presence.hold(room, user, holder, (ttlSeconds || DEFAULT_LEASE_SECONDS) * 1000, quotas.leasesPerUser);
        break;
      case PresenceState.PRESENCE_STATE_LEFT:
        presence.release(room, user, holder);
        break;
      case PresenceState.PRESENCE_STATE_TYPING:
        presence.typing(room, user);
        break;
      default:
        throw new ChatError("invalid_argument", `unknown presence state ${String(state)}`);
    }
  }

  /** @throws {ChatError} `resource_exhausted` when `author` sends faster than the quota. */
  #chargeSend(author: string): void {
    const waitMs = this.#sendRate.take(author);
    if (waitMs > 0) {
      throw new ChatError(
        "resource_exhausted",
        `sending too fast: at most ${this.#deps.quotas.sendRatePerUser} messages a second per user; retry in ${waitMs} ms`,
      );
    }
  }

  /** @throws {ChatError} `resource_exhausted` when sending to `room` would create one more than the quota. */
  async #chargeNewRoom(author: string, room: string): Promise<void> {
    if (this.#knownRooms.has(room)) return;
    if (await this.#deps.store.findRoom(room)) return this.#rememberRoom(room);
    // A new room's name may not be one direct messages are found by (rooms/direct-room.ts).
    refuseDirectPrefix(room);
    // Concurrent first sends to one new room all find it missing (it exists once their batch commits):
    // the first one pays for the room, the others are sends to it.
    if (this.#knownRooms.has(room)) return;
    const waitMs = this.#newRooms.take(author);
    if (waitMs > 0) {
      throw new ChatError(
        "resource_exhausted",
        `too many new rooms: at most ${this.#deps.quotas.roomsPerUserPerHour} an hour per user; retry in ${Math.ceil(waitMs / 1000)} s`,
      );
    }
    this.#rememberRoom(room);
  }

  #rememberRoom(room: string): void {
    if (this.#knownRooms.size >= KNOWN_ROOMS_MAX) this.#knownRooms.clear();
    this.#knownRooms.add(room);
  }
}
