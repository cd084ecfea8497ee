/**
 * RoomService: private rooms, direct messages, joining public rooms, the public directory and read state.
 * Every call needs a person's token. Who may do what is RoomAccess's rule (room-access.ts); membership
 * changes are announced on the bus (membership-events.ts) so removed members lose their streams everywhere.
 */
import type { Metadata, Server } from "@grpc/grpc-js";
import { type IRoomInfo, ROOM_LIMITS, RoomKind, roomMethods, serviceDefinition } from "@tertulia/protocol";
import type { Logger } from "@tertulia/runtime";
import { authenticateCall, requireUser } from "../auth/call-auth.ts";
import type { TokenService } from "../auth/tokens.ts";
import type { RoomBus } from "../bus/bus.ts";
import { QuotaBuckets } from "../chat/quota-buckets.ts";
import { MAX_PAGE, parseRoom } from "../chat/validation.ts";
import type { ChatQuotas } from "../config.ts";
import { ChatError } from "../errors.ts";
import { unaryHandler } from "../grpc/handlers.ts";
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
  readonly log: Logger;
  readonly quotas: Pick<ChatQuotas, "roomsPerUserPerHour">;
  readonly now?: () => number;
}

const PRIVATE_BOUNDS = { maxMembers: ROOM_LIMITS.maxMembers, maxRoomsPerUser: ROOM_LIMITS.maxRoomsPerUser };
/** Public rooms have no member bound (anyone may join); the SQL bound is a 32-bit integer. */
const PUBLIC_BOUNDS = { maxMembers: 2_147_483_647, maxRoomsPerUser: ROOM_LIMITS.maxRoomsPerUser };

export function addRoomService(server: Server, deps: RoomServiceDeps): void {
  const { store, bus, tokens, access, log } = deps;
  const now = deps.now ?? Date.now;
  // Rooms created here (CreateRoom, OpenDirect, JoinRoom on a new name) pay from their own bucket, at the
  // same rate as rooms created by a first SendNote.
  const newRooms = new QuotaBuckets({
    perSecond: deps.quotas.roomsPerUserPerHour / 3_600,
    burst: deps.quotas.roomsPerUserPerHour,
    now,
  });
  type M = typeof roomMethods;

  const caller = async (call: { metadata: Metadata }, action: string) => {
    const principal = await authenticateCall(call.metadata, tokens);
    return { principal, user: requireUser(principal, action) };
  };

  /** @throws {ChatError} `resource_exhausted` past the room-creation quota. */
  function chargeNewRoom(user: string): void {
    const waitMs = newRooms.take(user);
    if (waitMs > 0) {
      throw new ChatError(
        "resource_exhausted",
        `too many new rooms: at most ${deps.quotas.roomsPerUserPerHour} an hour per user; retry in ${Math.ceil(waitMs / 1000)} s`,
      );
    }
  }

  /** @throws {ChatError} `not_found` naming the user. */
  async function requireAccount(username: string): Promise<void> {
    if (!(await store.findUser(username))) throw new ChatError("not_found", `no user named ${username}`);
  }

  /** @throws {ChatError} `not_found` when no room has this name yet. */
  async function requireRoom(room: string): Promise<RoomRecord> {
    const record = await store.findRoom(room);
    if (!record) throw new ChatError("not_found", `no room named ${room}`);
    access.remember(record);
    return record;
  }

  /** A private (not direct) room the caller is in. */
  async function requirePrivateMember(room: string, user: string, action: string): Promise<RoomRecord> {
    const record = await requireRoom(room);
    if (record.kind === RoomKind.ROOM_KIND_DIRECT) {
      throw new ChatError("invalid_argument", `direct rooms are for two people: ${action} needs a private room`);
    }
    if (!isPrivateKind(record.kind)) {
      throw new ChatError("invalid_argument", `room ${room} is public: anyone may JoinRoom it, nobody ${action}s`);
    }
    if (!(await store.membership(room, user))) throw notAMember(room);
    return record;
  }

  async function memberList(record: RoomRecord) {
    const limit = isPrivateKind(record.kind) ? ROOM_LIMITS.maxMembers : MAX_PAGE;
    return {
      room: record.name,
      kind: record.kind ?? RoomKind.ROOM_KIND_PUBLIC,
      members: await store.listMembers(record.name, limit),
    };
  }

  function refuseFull(outcome: "room_full" | "user_full", room: string, username: string): never {
    throw new ChatError(
      "resource_exhausted",
      outcome === "room_full"
        ? `room ${room} has ${ROOM_LIMITS.maxMembers} members, the most a private room may have`
        : `${username} is in ${ROOM_LIMITS.maxRoomsPerUser} rooms, the most one person may be in`,
    );
  }

  const createRoom = unaryHandler<M["createRoom"]>(log, "CreateRoom", async (call) => {
    const { user } = await caller(call, "creating a room");
    const room = parseNewRoom(call.request.room);
    const kind = call.request.kind;
    if (kind === RoomKind.ROOM_KIND_DIRECT)
      throw new ChatError("invalid_argument", "direct rooms come from OpenDirect");
    if (kind !== RoomKind.ROOM_KIND_PRIVATE && kind !== RoomKind.ROOM_KIND_PUBLIC) {
      throw new ChatError("invalid_argument", `unknown room kind ${String(kind)}`);
    }
    if (call.request.members.length >= ROOM_LIMITS.maxMembers) {
      throw new ChatError("invalid_argument", `at most ${ROOM_LIMITS.maxMembers - 1} members besides you`);
    }
    const invited = [...new Set(call.request.members.map((name) => parseUsername(name, "members")))].filter(
      (name) => name !== user,
    );
    if (kind === RoomKind.ROOM_KIND_PUBLIC && invited.length > 0) {
      throw new ChatError("invalid_argument", "public rooms take no invitations: anyone may JoinRoom them");
    }
    for (const name of invited) await requireAccount(name);
    chargeNewRoom(user);
    const members = [user, ...invited];
    const at = now();
    const created = await store.createRoom(
      { name: room, kind, createdBy: kind === RoomKind.ROOM_KIND_PRIVATE ? user : "", members, createdAtMs: at },
      PRIVATE_BOUNDS,
    );
    if (created.outcome === "exists") throw new ChatError("already_exists", `room ${room} exists already`);
    if (created.outcome === "user_full") refuseFull("user_full", room, created.username);
    for (const name of members) bus.publish(memberEvent(room, name, user, "added", at));
    const record = await requireRoom(room);
    return toRoomInfo(record, { memberCount: members.length });
  });

  const openDirect = unaryHandler<M["openDirect"]>(log, "OpenDirect", async (call) => {
    const { user } = await caller(call, "direct messages");
    const peer = parseUsername(call.request.peer, "peer");
    if (peer === user) throw new ChatError("invalid_argument", "a direct message needs someone else");
    await requireAccount(peer);
    const room = directRoomName(user, peer);
    let record = await store.findRoom(room);
    if (!record) {
      chargeNewRoom(user);
      const at = now();
      const created = await store.createRoom(
        { name: room, kind: RoomKind.ROOM_KIND_DIRECT, createdBy: "", members: [user, peer], createdAtMs: at },
        PRIVATE_BOUNDS,
      );
      if (created.outcome === "user_full") refuseFull("user_full", room, created.username);
      if (created.outcome === "created") {
        for (const name of [user, peer]) bus.publish(memberEvent(room, name, user, "added", at));
      }
      record = await requireRoom(room);
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
  });

  const inviteMember = unaryHandler<M["inviteMember"]>(log, "InviteMember", async (call) => {
    const { user } = await caller(call, "inviting");
    const room = parseRoom(call.request.room);
    const username = parseUsername(call.request.username);
    const record = await requirePrivateMember(room, user, "invite");
    await requireAccount(username);
    const at = now();
    const outcome = await store.addMember(room, username, at, PRIVATE_BOUNDS);
    if (outcome === "room_full" || outcome === "user_full") refuseFull(outcome, room, username);
    if (outcome === "added") bus.publish(memberEvent(room, username, user, "added", at));
    return memberList(record);
  });

  const removeMember = unaryHandler<M["removeMember"]>(log, "RemoveMember", async (call) => {
    const { user } = await caller(call, "removing a member");
    const room = parseRoom(call.request.room);
    const username = parseUsername(call.request.username);
    const record = await requirePrivateMember(room, user, "remove");
    if (username !== user && record.createdBy !== user) {
      throw new ChatError("permission_denied", `only the room's creator removes members of ${room}; LeaveRoom to go`);
    }
    if (!(await store.removeMember(room, username))) {
      throw new ChatError("not_found", `${username} is not a member of ${room}`);
    }
    bus.publish(memberEvent(room, username, user, "removed", now()));
    return memberList(record);
  });

  const joinRoom = unaryHandler<M["joinRoom"]>(log, "JoinRoom", async (call) => {
    const { user } = await caller(call, "joining");
    const room = parseRoom(call.request.room);
    let record = await store.findRoom(room);
    if (!record) {
      refuseDirectPrefix(room);
      chargeNewRoom(user);
      record = await store.ensureRoom(room);
    }
    access.remember(record);
    if (isPrivateKind(record.kind)) {
      // Private rooms are joined by invitation; a member asking again is answered as a public join is.
      if (!(await store.membership(room, user))) throw notAMember(room);
    } else {
      const outcome = await store.addMember(room, user, now(), PUBLIC_BOUNDS);
      if (outcome === "room_full" || outcome === "user_full") refuseFull(outcome, room, user);
    }
    return toRoomInfo(record, { memberCount: await store.countMembers(room) });
  });

  const leaveRoom = unaryHandler<M["leaveRoom"]>(log, "LeaveRoom", async (call) => {
    const { user } = await caller(call, "leaving");
    const room = parseRoom(call.request.room);
    const record = await store.findRoom(room);
    if (!record) return {};
    access.remember(record);
    if (record.kind === RoomKind.ROOM_KIND_DIRECT) {
      throw new ChatError("invalid_argument", "direct rooms cannot be left");
    }
    if (isPrivateKind(record.kind) && !(await store.membership(room, user))) throw notAMember(room);
    if ((await store.removeMember(room, user)) && isPrivateKind(record.kind)) {
      bus.publish(memberEvent(room, user, user, "removed", now()));
    }
    return {};
  });

  const listMembers = unaryHandler<M["listMembers"]>(log, "ListMembers", async (call) => {
    const { principal } = await caller(call, "listing members");
    const room = parseRoom(call.request.room);
    await access.require(principal, room);
    return memberList(await requireRoom(room));
  });

  const browseRooms = unaryHandler<M["browseRooms"]>(log, "BrowseRooms", async (call) => {
    await caller(call, "browsing rooms");
    const contains = parseDirectoryQuery(call.request.query);
    const after = call.request.after === "" ? "" : parseRoom(call.request.after);
    const limit = parseDirectoryLimit(call.request.limit);
    // One more than asked tells whether another page follows.
    const rooms = await store.browseRooms({ contains, after, limit: limit + 1 });
    const page = rooms.slice(0, limit);
    return {
      rooms: page.map((room) => toRoomInfo(room, { memberCount: room.memberCount })),
      nextAfter: rooms.length > limit ? page[page.length - 1]!.name : "",
    };
  });

  const listMyRooms = unaryHandler<M["listMyRooms"]>(log, "ListMyRooms", async (call) => {
    const { user } = await caller(call, "listing your rooms");
    const rooms = await store.memberRooms(user, ROOM_LIMITS.maxRoomsPerUser);
    return { rooms: rooms.map(toMemberRoomInfo) };
  });

  const markRead = unaryHandler<M["markRead"]>(log, "MarkRead", async (call) => {
    const { principal, user } = await caller(call, "read state");
    const room = parseRoom(call.request.room);
    await access.require(principal, room);
    const lastReadSeq = await store.markRead(room, user, call.request.seq);
    if (lastReadSeq === null) throw new ChatError("not_found", `room ${room} is not one of your rooms: JoinRoom first`);
    return { room, lastReadSeq };
  });

  server.addService(serviceDefinition(roomMethods), {
    createRoom,
    openDirect,
    inviteMember,
    removeMember,
    joinRoom,
    leaveRoom,
    listMembers,
    browseRooms,
    listMyRooms,
    markRead,
  });
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
