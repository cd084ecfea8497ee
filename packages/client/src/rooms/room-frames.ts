/**
 * The conversions from RoomService's answers to what a page is sent: a room as one person sees it (`rooms`,
 * `room-opened`), a directory entry, a member list. Decoded messages have every field set at runtime; their
 * generated types mark them optional, hence the defaults.
 */
import {
  type DirectoryEntry,
  type IMemberList,
  type IRoomInfo,
  type MembersFrame,
  RoomKind,
  type RoomSummary,
} from "@tertulia/protocol";

const KIND_NAMES: Record<RoomKind, RoomSummary["kind"]> = {
  [RoomKind.ROOM_KIND_PUBLIC]: "public",
  [RoomKind.ROOM_KIND_PRIVATE]: "private",
  [RoomKind.ROOM_KIND_DIRECT]: "direct",
};

export function roomKindName(kind: RoomKind | null | undefined): RoomSummary["kind"] {
  return KIND_NAMES[kind ?? RoomKind.ROOM_KIND_PUBLIC] ?? "public";
}

export function roomSummary(info: IRoomInfo): RoomSummary {
  return {
    room: info.name ?? "",
    kind: roomKindName(info.kind),
    peer: info.peer ?? "",
    lastSeq: Number(info.lastSeq ?? 0),
    lastActivity: Number(info.lastActivityMs ?? 0),
    memberCount: info.memberCount ?? 0,
    lastReadSeq: Number(info.lastReadSeq ?? 0),
    unread: info.unreadCount ?? 0,
    mentions: info.mentionCount ?? 0,
  };
}

export function directoryEntry(info: IRoomInfo): DirectoryEntry {
  return {
    room: info.name ?? "",
    memberCount: info.memberCount ?? 0,
    lastActivity: Number(info.lastActivityMs ?? 0),
    lastSeq: Number(info.lastSeq ?? 0),
  };
}

export function membersFrame(list: IMemberList): MembersFrame {
  return { type: "members", room: list.room ?? "", kind: roomKindName(list.kind), members: list.members ?? [] };
}
