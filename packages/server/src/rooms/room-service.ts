/**
 * RoomService's logic: private rooms, direct messages, joining public rooms, the public directory and read
 * state. Every call needs a person's token. Who may do what is RoomAccess's rule (room-access.ts); membership
 * changes are announced on the bus (membership-events.ts) so removed members lose their streams everywhere.
 * Knows nothing of gRPC: transport/room-handlers.ts reads the calls and writes the answers.
 */
import { type IRoomInfo, ROOM_LIMITS, RoomKind } from "@tertulia/protocol";
import { authenticate, type Caller, requireUser } from "../auth/caller.ts";
import type { Principal } from "../auth/principal.ts";
import type { TokenService } from "../auth/tokens.ts";
import type { RoomBus } from "../bus/bus.ts";
import { QuotaBuckets } from "../chat/quota-buckets.ts";
import { MAX_PAGE, parseRoom } from "../chat/validation.ts";
import type { ChatQuotas } from "../config.ts";
import { ChatError } from "../errors.ts";
import type { MemberRoom } from "../store/room-store.ts";
import type { ChatStore, RoomRecord } from "../store/store.ts";
import { directRoomName } from "./direct-room.ts";
import { memberEvent } from "./membership-events.ts";
import { isPrivateKind, notAMember, type RoomAccess } from "./room-access.ts";
import {
  parseDirectoryLimit,
  parseDirectoryQuery,
  parseNewRoom,
  parseUsername,
  refuseDirectPrefix,
} from "./room-rules.ts";

export interface RoomServiceDeps {
  readonly store: ChatStore;
  readonly bus: RoomBus;
  readonly tokens: TokenService;
  readonly access: RoomAccess;
  readonly quotas: Pick<ChatQuotas, "roomsPerUserPerHour">;
  readonly now?: () => number;
}

export interface CreateRoomInput {
  readonly room: string;
  readonly kind: RoomKind;
  /** Usernames invited besides the caller (private rooms only). */
  readonly members: readonly string[];
}

export interface MemberInput {
  readonly room: string;
  readonly username: string;
}

export interface BrowseInput {
  /** "" lists every public room. */
  readonly query: string;
  /** The previous page's `nextAfter`; "" for the first page. */
  readonly after: string;
  /** 0: the default page. */
  readonly limit: number;
}

export interface MemberList {
  readonly room: string;
  readonly kind: RoomKind;
  readonly members: string[];
}

export interface RoomDirectory {
  readonly rooms: IRoomInfo[];
  /** "" on the last page. */
  readonly nextAfter: string;
}

export interface ReadState {
  readonly room: string;
  readonly lastReadSeq: number;
}

const PRIVATE_BOUNDS = { maxMembers: ROOM_LIMITS.maxMembers, maxRoomsPerUser: ROOM_LIMITS.maxRoomsPerUser };
/** Public rooms have no member bound (anyone may join); the SQL bound is a 32-bit integer. */
const PUBLIC_BOUNDS = { maxMembers: 2_147_483_647, maxRoomsPerUser: ROOM_LIMITS.maxRoomsPerUser };

export class RoomService {
  readonly #deps: RoomServiceDeps;
  readonly #now: () => number;
  readonly #newRooms: QuotaBuckets;

  constructor(deps: RoomServiceDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? Date.now;
    // Rooms created here (CreateRoom, OpenDirect, JoinRoom on a new name) pay from their own bucket, at the
    // same rate as rooms created by a first SendNote.
    this.#newRooms = new QuotaBuckets({
      perSecond: deps.quotas.roomsPerUserPerHour / 3_600,
      burst: deps.quotas.roomsPerUserPerHour,
      now: this.#now,
    });
  }

  /**
   * Creates a private room with the caller and `members` in it, or a public room (no invitations).
   * @throws {ChatError} `already_exists`, `invalid_argument`, `not_found` (an invited user), `resource_exhausted`.
   */
  async create(caller: Caller, input: CreateRoomInput): Promise<IRoomInfo> {
    const { store, bus } = this.#deps;
    const { user } = await this.#user(caller, "creating a room");
    const room = parseNewRoom(input.room);
    const kind = input.kind;
    if (kind === RoomKind.ROOM_KIND_DIRECT)
      throw new ChatError("invalid_argument", "direct rooms come from OpenDirect");
    if (kind !== RoomKind.ROOM_KIND_PRIVATE && kind !== RoomKind.ROOM_KIND_PUBLIC) {
      throw new ChatError("invalid_argument", `unknown room kind ${String(kind)}`);
    }
    if (input.members.length >= ROOM_LIMITS.maxMembers) {
      throw new ChatError("invalid_argument", `at most ${ROOM_LIMITS.maxMembers - 1} members besides you`);
    }
    const invited = [...new Set(input.members.map((name) => parseUsername(name, "members")))].filter(
      (name) => name !== user,
    );
    if (kind === RoomKind.ROOM_KIND_PUBLIC && invited.length > 0) {
      throw new ChatError("invalid_argument", "public rooms take no invitations: anyone may JoinRoom them");
    }
    for (const name of invited) await this.#requireAccount(name);
    this.#chargeNewRoom(user);
    const members = [user, ...invited];
    const at = this.#now();
    const created = await store.createRoom(
      { name: room, kind, createdBy: kind === RoomKind.ROOM_KIND_PRIVATE ? user : "", members, createdAtMs: at },
      PRIVATE_BOUNDS,
    );
    if (created.outcome === "exists") throw new ChatError("already_exists", `room ${room} exists already`);
    if (created.outcome === "user_full") refuseFull("user_full", room, created.username);
    for (const name of members) bus.publish(memberEvent(room, name, user, "added", at));
    const record = await this.#requireRoom(room);
    return toRoomInfo(record, { memberCount: members.length });
  }

  /**
   * The direct room of the caller and `peer`, created on first use.
   * @throws {ChatError} `invalid_argument`, `not_found` (no such peer), `permission_denied`, `resource_exhausted`.
   */
  async openDirect(caller: Caller, peerName: string): Promise<IRoomInfo> {
    const { store, bus, access } = this.#deps;
    const { user } = await this.#user(caller, "direct messages");
    const peer = parseUsername(peerName, "peer");
    if (peer === user) throw new ChatError("invalid_argument", "a direct message needs someone else");
    await this.#requireAccount(peer);
    const room = directRoomName(user, peer);
    let record = await store.findRoom(room);
    if (!record) {
      this.#chargeNewRoom(user);
      const at = this.#now();
      const created = await store.createRoom(
        { name: room, kind: RoomKind.ROOM_KIND_DIRECT, createdBy: "", members: [user, peer], createdAtMs: at },
        PRIVATE_BOUNDS,
      );
      if (created.outcome === "user_full") refuseFull("user_full", room, created.username);
      if (created.outcome === "created") {
        for (const name of [user, peer]) bus.publish(memberEvent(room, name, user, "added", at));
      }
      record = await this.#requireRoom(room);
    }
    access.remember(record);
    // A name deleted and registered again is another person: it does not inherit the old account's room.
    if (!(await store.membership(room, user))) {
      throw new ChatError(
        "permission_denied",
        `the direct room with ${peer} belongs to an earlier account named ${user}`,
      );
    }
    return toRoomInfo(record, { memberCount: await store.countMembers(room), peer });
  }

  /** Adds someone to a private room the caller is in. */
  async invite(caller: Caller, input: MemberInput): Promise<MemberList> {
    const { store, bus } = this.#deps;
    const { user } = await this.#user(caller, "inviting");
    const room = parseRoom(input.room);
    const username = parseUsername(input.username);
    const record = await this.#requirePrivateMember(room, user, "invite");
    await this.#requireAccount(username);
    const at = this.#now();
    const outcome = await store.addMember(room, username, at, PRIVATE_BOUNDS);
    if (outcome === "room_full" || outcome === "user_full") refuseFull(outcome, room, username);
    if (outcome === "added") bus.publish(memberEvent(room, username, user, "added", at));
    return this.#memberList(record);
  }

  /** Removes a member of a private room: its creator removes anyone, others only themselves. */
  async remove(caller: Caller, input: MemberInput): Promise<MemberList> {
    const { store, bus } = this.#deps;
    const { user } = await this.#user(caller, "removing a member");
    const room = parseRoom(input.room);
    const username = parseUsername(input.username);
    const record = await this.#requirePrivateMember(room, user, "remove");
    if (username !== user && record.createdBy !== user) {
      throw new ChatError("permission_denied", `only the room's creator removes members of ${room}; LeaveRoom to go`);
    }
    if (!(await store.removeMember(room, username))) {
      throw new ChatError("not_found", `${username} is not a member of ${room}`);
    }
    bus.publish(memberEvent(room, username, user, "removed", this.#now()));
    return this.#memberList(record);
  }

  /** Adds a public room to the caller's rooms (creating it on a new name); a private room only answers its members. */
  async join(caller: Caller, roomName: string): Promise<IRoomInfo> {
    const { store, access } = this.#deps;
    const { user } = await this.#user(caller, "joining");
    const room = parseRoom(roomName);
    let record = await store.findRoom(room);
    if (!record) {
      refuseDirectPrefix(room);
      this.#chargeNewRoom(user);
      record = await store.ensureRoom(room);
    }
    access.remember(record);
    if (isPrivateKind(record.kind)) {
      // Private rooms are joined by invitation; a member asking again is answered as a public join is.
      if (!(await store.membership(room, user))) throw notAMember(room);
    } else {
      const outcome = await store.addMember(room, user, this.#now(), PUBLIC_BOUNDS);
      if (outcome === "room_full" || outcome === "user_full") refuseFull(outcome, room, user);
    }
    return toRoomInfo(record, { memberCount: await store.countMembers(room) });
  }

  /** Takes a room off the caller's rooms; leaving a private room ends their membership. */
  async leave(caller: Caller, roomName: string): Promise<void> {
    const { store, bus, access } = this.#deps;
    const { user } = await this.#user(caller, "leaving");
    const room = parseRoom(roomName);
    const record = await store.findRoom(room);
    if (!record) return;
    access.remember(record);
    if (record.kind === RoomKind.ROOM_KIND_DIRECT) {
      throw new ChatError("invalid_argument", "direct rooms cannot be left");
    }
    if (isPrivateKind(record.kind) && !(await store.membership(room, user))) throw notAMember(room);
    if ((await store.removeMember(room, user)) && isPrivateKind(record.kind)) {
      bus.publish(memberEvent(room, user, user, "removed", this.#now()));
    }
  }

  async members(caller: Caller, roomName: string): Promise<MemberList> {
    const { principal } = await this.#user(caller, "listing members");
    const room = parseRoom(roomName);
    await this.#deps.access.require(principal, room);
    return this.#memberList(await this.#requireRoom(room));
  }

  /** One page of public rooms whose names contain the query, by name. */
  async browse(caller: Caller, input: BrowseInput): Promise<RoomDirectory> {
    await this.#user(caller, "browsing rooms");
    const contains = parseDirectoryQuery(input.query);
    const after = input.after === "" ? "" : parseRoom(input.after);
    const limit = parseDirectoryLimit(input.limit);
    // One more than asked tells whether another page follows.
    const rooms = await this.#deps.store.browseRooms({ contains, after, limit: limit + 1 });
    const page = rooms.slice(0, limit);
    return {
      rooms: page.map((room) => toRoomInfo(room, { memberCount: room.memberCount })),
      nextAfter: rooms.length > limit ? page[page.length - 1]!.name : "",
    };
  }

  /** The caller's rooms with read state: unread and mention counts. */
  async myRooms(caller: Caller): Promise<IRoomInfo[]> {
    const { user } = await this.#user(caller, "listing your rooms");
    const rooms = await this.#deps.store.memberRooms(user, ROOM_LIMITS.maxRoomsPerUser);
    return rooms.map(toMemberRoomInfo);
  }

  /** Moves the caller's read marker forward (never back). */
  async markRead(caller: Caller, input: { readonly room: string; readonly seq: number }): Promise<ReadState> {
    const { store, access } = this.#deps;
    const { principal, user } = await this.#user(caller, "read state");
    const room = parseRoom(input.room);
    await access.require(principal, room);
    const lastReadSeq = await store.markRead(room, user, input.seq);
    if (lastReadSeq === null) throw new ChatError("not_found", `room ${room} is not one of your rooms: JoinRoom first`);
    return { room, lastReadSeq };
  }

  /** @throws {ChatError} `unauthenticated`, or `permission_denied` for a service token. */
  async #user(caller: Caller, action: string): Promise<{ principal: Principal; user: string }> {
    const principal = await authenticate(caller, this.#deps.tokens);
    return { principal, user: requireUser(principal, action).username };
  }

  /** @throws {ChatError} `resource_exhausted` past the room-creation quota. */
  #chargeNewRoom(user: string): void {
    const waitMs = this.#newRooms.take(user);
    if (waitMs > 0) {
      throw new ChatError(
        "resource_exhausted",
        `too many new rooms: at most ${this.#deps.quotas.roomsPerUserPerHour} an hour per user; retry in ${Math.ceil(waitMs / 1000)} s`,
      );
    }
  }

  /** @throws {ChatError} `not_found` naming the user. */
  async #requireAccount(username: string): Promise<void> {
    if (!(await this.#deps.store.findUser(username))) throw new ChatError("not_found", `no user named ${username}`);
  }

  /** @throws {ChatError} `not_found` when no room has this name yet. */
  async #requireRoom(room: string): Promise<RoomRecord> {
    const record = await this.#deps.store.findRoom(room);
    if (!record) throw new ChatError("not_found", `no room named ${room}`);
    this.#deps.access.remember(record);
    return record;
  }

  /** A private (not direct) room the caller is in. */
  async #requirePrivateMember(room: string, user: string, action: string): Promise<RoomRecord> {
    const record = await this.#requireRoom(room);
    if (record.kind === RoomKind.ROOM_KIND_DIRECT) {
      throw new ChatError("invalid_argument", `direct rooms are for two people: ${action} needs a private room`);
    }
    if (!isPrivateKind(record.kind)) {
      throw new ChatError("invalid_argument", `room ${room} is public: anyone may JoinRoom it, nobody ${action}s`);
    }
    if (!(await this.#deps.store.membership(room, user))) throw notAMember(room);
    return record;
  }

  async #memberList(record: RoomRecord): Promise<MemberList> {
    const limit = isPrivateKind(record.kind) ? ROOM_LIMITS.maxMembers : MAX_PAGE;
    return {
      room: record.name,
      kind: record.kind ?? RoomKind.ROOM_KIND_PUBLIC,
      members: await this.#deps.store.listMembers(record.name, limit),
    };
  }
}

function refuseFull(outcome: "room_full" | "user_full", room: string, username: string): never {
  throw new ChatError(
    "resource_exhausted",
    outcome === "room_full"
      ? `room ${room} has ${ROOM_LIMITS.maxMembers} members, the most a private room may have`
      : `${username} is in ${ROOM_LIMITS.maxRoomsPerUser} rooms, the most one person may be in`,
  );
}

function toRoomInfo(record: RoomRecord, extra: { memberCount: number; peer?: string }): IRoomInfo {
  return {
    name: record.name,
    epoch: record.epoch,
    lastSeq: record.lastSeq,
    lastActivityMs: record.lastActivityMs,
    kind: record.kind ?? RoomKind.ROOM_KIND_PUBLIC,
    memberCount: extra.memberCount,
    peer: extra.peer ?? "",
  };
}

function toMemberRoomInfo(room: MemberRoom): IRoomInfo {
  return {
    ...toRoomInfo(room, { memberCount: room.memberCount, peer: room.peer }),
    lastReadSeq: room.lastReadSeq,
    unreadCount: room.unreadCount,
    mentionCount: room.mentionCount,
  };
}
