/**
 * Validates what a page sends before anything acts on it. Web-tier only (it pulls in zod): pages import
 * the frame types from `@tertulia/protocol/browser`, never this file. Each field's error says the rule it
 * broke, in words a page can show; the server still enforces every rule itself.
 */
import { z } from "zod";
import { MAX_CLIENT_ID_LENGTH, MAX_EPOCH_LENGTH, MAX_MESSAGE_CHARS_CEILING } from "../rules/messages.ts";
import { DIRECT_ROOM_PREFIX, ROOM_LIMITS, ROOM_NAME_PATTERN, ROOM_NAME_RULE, suggestRoomName } from "../rules/rooms.ts";
import type { ClientFrame } from "./client-frames.ts";

const room = z.string(ROOM_NAME_RULE).regex(ROOM_NAME_PATTERN, ROOM_NAME_RULE);
const seq = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
// The server counts a message in code points against its own MAX_MESSAGE_CHARS; this only bounds the frame
// (UTF-16 units are at least as many as code points, so nothing the server would take is refused).
const text = z
  .string("text must be a string")
  .max(2 * MAX_MESSAGE_CHARS_CEILING, `messages are at most ${MAX_MESSAGE_CHARS_CEILING} characters`);
/** Somebody's name: the server checks the username rule; this only bounds the frame. */
const USER_MAX = 64;
const user = z
  .string("names are strings")
  .min(1, "name someone")
  .max(USER_MAX, `names are at most ${USER_MAX} characters`);
const DIRECTORY_LIMIT_RULE = `a directory page holds 1 to ${ROOM_LIMITS.maxDirectoryPage} rooms`;
const DIRECTORY_QUERY_RULE = `search for at most ${ROOM_LIMITS.maxDirectoryQuery} characters of a-z, 0-9, '_' and '-'`;

const clientFrame = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("join"),
    room,
    afterSeq: seq.default(0),
    epoch: z.string().max(MAX_EPOCH_LENGTH).default(""),
  }),
  z.object({ type: z.literal("leave"), room }),
  z.object({
    type: z.literal("send"),
    room,
    text,
    clientId: z.string().min(1).max(MAX_CLIENT_ID_LENGTH),
  }),
  z.object({ type: z.literal("typing"), room }),
  z.object({ type: z.literal("history"), room, beforeSeq: seq }),
  z.object({ type: z.literal("ping") }),
  // Issue 17: private rooms, direct messages, the directory, read state, edits.
  z.object({ type: z.literal("edit"), room, seq: seq.min(1), text }),
  z.object({ type: z.literal("delete"), room, seq: seq.min(1) }),
  z.object({ type: z.literal("read"), room, seq }),
  z
    .object({
      type: z.literal("create-room"),
      room: room.refine((name) => !name.startsWith(DIRECT_ROOM_PREFIX), {
        message: `names starting with "${DIRECT_ROOM_PREFIX}" are kept for direct messages`,
      }),
      private: z.boolean("say whether the room is private"),
      members: z
        .array(user, "members must be a list of names")
        .max(
          ROOM_LIMITS.maxMembers - 1,
          `a private room has at most ${ROOM_LIMITS.maxMembers} members: invite at most ${ROOM_LIMITS.maxMembers - 1}`,
        )
        .default([]),
    })
    .refine((frame) => frame.private || frame.members.length === 0, {
      message: "public rooms take no invitations: anyone may join them",
      path: ["members"],
    }),
  z.object({ type: z.literal("open-direct"), peer: user }),
  z.object({ type: z.literal("invite"), room, user }),
  z.object({ type: z.literal("remove-member"), room, user }),
  z.object({ type: z.literal("join-room"), room }),
  z.object({ type: z.literal("leave-room"), room }),
  z.object({
    type: z.literal("browse"),
    query: z
      .string(DIRECTORY_QUERY_RULE)
      .max(ROOM_LIMITS.maxDirectoryQuery, DIRECTORY_QUERY_RULE)
      .regex(/^[a-z0-9_-]*$/, DIRECTORY_QUERY_RULE)
      .default(""),
    after: z.union([z.literal(""), room]).default(""),
    limit: z
      .number()
      .int()
      .min(1, DIRECTORY_LIMIT_RULE)
      .max(ROOM_LIMITS.maxDirectoryPage, DIRECTORY_LIMIT_RULE)
      .default(ROOM_LIMITS.defaultDirectoryPage),
  }),
  z.object({ type: z.literal("rooms") }),
  z.object({ type: z.literal("members"), room }),
]);

/** A parsed frame: defaults filled in. */
export type ParsedClientFrame = z.infer<typeof clientFrame> & ClientFrame;
/** A parsed frame the rooms service handles (everything but the socket's own heartbeat). */
export type ParsedRoomFrame = Exclude<ParsedClientFrame, { type: "ping" }>;

/** Turns raw frame text into a frame, or says briefly why not (never echoing the schema or the input). */
export function parseClientFrame(
  raw: unknown,
): { ok: true; frame: ParsedClientFrame } | { ok: false; message: string } {
  let value: unknown = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw);
    } catch {
      return { ok: false, message: "frames must be JSON objects" };
    }
  }
  const parsed = clientFrame.safeParse(value);
  if (parsed.success) return { ok: true, frame: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue?.path[0];
  if (field === "type") return { ok: false, message: "unknown frame type" };
  if (field === "room") return { ok: false, message: roomRefusal(value, issue?.message ?? ROOM_NAME_RULE) };
  if (issue && RULE_FIELDS.has(String(field)))
    return { ok: false, message: `invalid ${String(field)}: ${issue.message}` };
  return { ok: false, message: `invalid ${String(issue?.path.join(".") || "frame")}` };
}

/** Fields whose errors are our own sentences (safe to show), not zod's defaults. */
const RULE_FIELDS = new Set(["text", "members", "user", "peer", "query", "private", "limit"]);

/** The room rule, with a name that passes it when a new room's name was refused ("Team Chat" → "team-chat"). */
function roomRefusal(value: unknown, rule: string): string {
  const message = `invalid room: ${rule}`;
  const frame = value as { type?: unknown; room?: unknown };
  if (frame.type !== "create-room" || typeof frame.room !== "string") return message;
  const suggestion = suggestRoomName(frame.room.slice(0, 256));
  return suggestion && suggestion !== frame.room ? `${message}; try "${suggestion}"` : message;
}
