/**
 * The frames answered by one RoomService or ChatServer call, made with the user's own token (never the
 * relay's), and the one frame each is answered with. The server enforces every rule (membership, bounds,
 * who may edit); a refusal is thrown as the gRPC error and mapped by error-frames.ts.
 */
import type { ParsedRoomFrame, RoomListFrame, ServerFrame, TertuliaClient } from "@tertulia/protocol";
import { RoomKind } from "@tertulia/protocol";
import { messageTextRefusal } from "./message-text.ts";
import { directoryEntry, membersFrame, roomSummary } from "./room-frames.ts";

export type RoomActionsClient = {
  readonly chat: Pick<TertuliaClient["chat"], "editNote" | "deleteNote">;
  readonly rooms: Pick<
    TertuliaClient["rooms"],
    | "createRoom"
    | "openDirect"
    | "inviteMember"
    | "removeMember"
    | "joinRoom"
    | "leaveRoom"
    | "listMembers"
    | "browseRooms"
    | "listMyRooms"
  >;
};

/** The frames answered here; `read` (answered to every socket of the user) and the room frames are the service's. */
export type RoomActionFrame = Extract<
  ParsedRoomFrame,
  {
    type:
      | "edit"
      | "delete"
      | "create-room"
      | "open-direct"
      | "invite"
      | "remove-member"
      | "join-room"
      | "leave-room"
      | "browse"
      | "rooms"
      | "members";
  }
>;

export const ROOM_ACTION_TYPES: ReadonlySet<string> = new Set<RoomActionFrame["type"]>([
  "edit",
  "delete",
  "create-room",
  "open-direct",
  "invite",
  "remove-member",
  "join-room",
  "leave-room",
  "browse",
  "rooms",
  "members",
]);

export function isRoomAction(frame: ParsedRoomFrame): frame is RoomActionFrame {
  return ROOM_ACTION_TYPES.has(frame.type);
}

/** What the asking socket is sent: a frame, or an `invalid` error refused before any call. */
export type RoomActionAnswer = { readonly frame: ServerFrame } | { readonly refusal: string } | null;

/**
 * Makes the frame's call with `token` and builds its answer. Edits and deletes are answered by the room's
 * stream (`message-changed` to every member, this socket too when it is in the room), so they answer null.
 * @throws the gRPC error when the server refuses or fails
 */
export async function answerRoomAction(
  client: RoomActionsClient,
  frame: RoomActionFrame,
  token: string,
  maxMessageChars: number,
): Promise<RoomActionAnswer> {
  const call = { token };
  switch (frame.type) {
    case "edit": {
      const body = frame.text.trim();
      const refusal = messageTextRefusal(body, maxMessageChars);
      if (refusal) return { refusal };
      await client.chat.editNote({ room: frame.room, seq: frame.seq, message: body }, call);
      return null;
    }
    case "delete":
      await client.chat.deleteNote({ room: frame.room, seq: frame.seq }, call);
      return null;
    case "create-room": {
      const kind = frame.private ? RoomKind.ROOM_KIND_PRIVATE : RoomKind.ROOM_KIND_PUBLIC;
      const info = await client.rooms.createRoom({ room: frame.room, kind, members: [...frame.members] }, call);
      return { frame: { type: "room-opened", room: roomSummary(info) } };
    }
    case "open-direct":
      return {
        frame: { type: "room-opened", room: roomSummary(await client.rooms.openDirect({ peer: frame.peer }, call)) },
      };
    case "join-room":
      return {
        frame: { type: "room-opened", room: roomSummary(await client.rooms.joinRoom({ room: frame.room }, call)) },
      };
    case "invite":
      return { frame: membersFrame(await client.rooms.inviteMember({ room: frame.room, username: frame.user }, call)) };
    case "remove-member":
      return { frame: membersFrame(await client.rooms.removeMember({ room: frame.room, username: frame.user }, call)) };
    case "members":
      return { frame: membersFrame(await client.rooms.listMembers({ room: frame.room }, call)) };
    case "leave-room":
      // Answered with the rooms left, so the page's list drops it.
      await client.rooms.leaveRoom({ room: frame.room }, call);
      return { frame: await myRooms(client, token) };
    case "rooms":
      return { frame: await myRooms(client, token) };
    case "browse": {
      const page = await client.rooms.browseRooms({ query: frame.query, after: frame.after, limit: frame.limit }, call);
      return {
        frame: {
          type: "directory",
          query: frame.query,
          rooms: (page.rooms ?? []).map(directoryEntry),
          nextAfter: page.nextAfter ?? "",
        },
      };
    }
  }
}

/** One's rooms with read state (ListMyRooms): the answer to `rooms`, and sent after `hello`. */
export async function myRooms(client: Pick<RoomActionsClient, "rooms">, token: string): Promise<RoomListFrame> {
  const list = await client.rooms.listMyRooms({}, { token });
  return { type: "rooms", rooms: (list.rooms ?? []).map(roomSummary) };
}
