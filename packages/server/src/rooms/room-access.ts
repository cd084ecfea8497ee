/**
 * Who may read and write a room, written once and asked by every RPC that names one (Subscribe, ChatStream,
 * GetHistory, SendNote, UpdatePresence, ListRooms, EditNote, DeleteNote and RoomService's calls).
 *
 * 1. Public rooms (and names no room has yet): everyone with a valid token, as before private rooms existed.
 * 2. Private and direct rooms: members only. Anyone else gets PERMISSION_DENIED, whatever the call.
 * 3. The web tier's service credential passes: its shared room streams carry a room to the members it has
 *    checked (their own UpdatePresence and GetHistory calls carry their tokens and are checked here), and
 *    NOTE_KIND_MEMBER_REMOVED tells it whom to drop.
 *
 * A room's kind never changes once it exists, so it is cached; membership is read from the store each time
 * (it changes, and on any replica).
 */
import { RoomKind } from "@tertulia/protocol";
import type { Principal } from "../auth/principal.ts";
import { ChatError } from "../errors.ts";
import type { ChatStore, RoomRecord } from "../store/store.ts";

/** Room kinds remembered per replica; cleared when full (a miss costs one read). */
const KINDS_MAX = 10_000;

export class RoomAccess {
  readonly #store: ChatStore;
  readonly #kinds = new Map<string, RoomKind>();

  constructor(store: ChatStore) {
    this.#store = store;
  }

  /** The room's kind: public for a name no room has yet. */
  async kindOf(room: string): Promise<RoomKind> {
    const known = this.#kinds.get(room);
    if (known !== undefined) return known;
    const record = await this.#store.findRoom(room);
    if (!record) return RoomKind.ROOM_KIND_PUBLIC;
    this.remember(record);
    return record.kind ?? RoomKind.ROOM_KIND_PUBLIC;
  }

  /** Caches a room's kind from a record already read (or just created). */
  remember(record: Pick<RoomRecord, "name" | "kind">): void {
    if (this.#kinds.size >= KINDS_MAX) this.#kinds.clear();
    this.#kinds.set(record.name, record.kind ?? RoomKind.ROOM_KIND_PUBLIC);
  }

  /** Whether `principal` may read and write `room` (never throws for a refusal). */
  async allows(principal: Principal, room: string): Promise<boolean> {
    if (principal.kind === "service") return true;
    if ((await this.kindOf(room)) === RoomKind.ROOM_KIND_PUBLIC) return true;
    return (await this.#store.membership(room, principal.username)) !== null;
  }

  /**
   * @throws {ChatError} `permission_denied` when `room` is private or direct and `principal` is not a member.
   * The message says the same whether or not the room exists beyond that, and names no member.
   */
  async require(principal: Principal, room: string): Promise<void> {
    if (!(await this.allows(principal, room))) throw notAMember(room);
  }
}

export function notAMember(room: string): ChatError {
  return new ChatError("permission_denied", `room ${room} is private and you are not a member`);
}

export function isPrivateKind(kind: RoomKind | undefined): boolean {
  return kind === RoomKind.ROOM_KIND_PRIVATE || kind === RoomKind.ROOM_KIND_DIRECT;
}
