/**
 * RoomService over gRPC: each handler reads its call into rooms/room-service.ts's typed inputs and writes
 * back its answer. A new RPC is one entry here.
 */
import type { Server } from "@grpc/grpc-js";
import { roomMethods, serviceDefinition } from "@tertulia/protocol";
import type { Logger } from "@tertulia/runtime";
import type { RoomService } from "../rooms/room-service.ts";
import { callerOf } from "./caller.ts";
import { unaryHandler } from "./handlers.ts";

type M = typeof roomMethods;

export function addRoomService(server: Server, rooms: RoomService, log: Logger): void {
  server.addService(serviceDefinition(roomMethods), {
    createRoom: unaryHandler<M["createRoom"]>(log, "CreateRoom", (call) => rooms.create(callerOf(call), call.request)),
    openDirect: unaryHandler<M["openDirect"]>(log, "OpenDirect", (call) =>
      rooms.openDirect(callerOf(call), call.request.peer),
    ),
    inviteMember: unaryHandler<M["inviteMember"]>(log, "InviteMember", (call) =>
      rooms.invite(callerOf(call), call.request),
    ),
    removeMember: unaryHandler<M["removeMember"]>(log, "RemoveMember", (call) =>
      rooms.remove(callerOf(call), call.request),
    ),
    joinRoom: unaryHandler<M["joinRoom"]>(log, "JoinRoom", (call) => rooms.join(callerOf(call), call.request.room)),
    leaveRoom: unaryHandler<M["leaveRoom"]>(log, "LeaveRoom", async (call) => {
      await rooms.leave(callerOf(call), call.request.room);
      return {};
    }),
    listMembers: unaryHandler<M["listMembers"]>(log, "ListMembers", (call) =>
      rooms.members(callerOf(call), call.request.room),
    ),
    browseRooms: unaryHandler<M["browseRooms"]>(log, "BrowseRooms", (call) =>
      rooms.browse(callerOf(call), call.request),
    ),
    listMyRooms: unaryHandler<M["listMyRooms"]>(log, "ListMyRooms", async (call) => ({
      rooms: await rooms.myRooms(callerOf(call)),
    })),
    markRead: unaryHandler<M["markRead"]>(log, "MarkRead", (call) => rooms.markRead(callerOf(call), call.request)),
  });
}
