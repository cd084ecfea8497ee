/**
 * Validates what a page sends before anything acts on it. Web-tier only (it pulls in zod): pages import
 * the frame types from `@tertulia/protocol/browser`, never this file.
 */
import { z } from "zod";
import { MAX_CLIENT_ID_LENGTH, MAX_EPOCH_LENGTH, MAX_MESSAGE_CHARS_CEILING } from "../rules/messages.ts";
import { ROOM_NAME_PATTERN, ROOM_NAME_RULE } from "../rules/rooms.ts";
import type { ClientFrame } from "./client-frames.ts";

const room = z.string().regex(ROOM_NAME_PATTERN, ROOM_NAME_RULE);
const seq = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const clientFrame = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("join"),
    room,
    afterSeq: seq.default(0),
    epoch: z.string().max(MAX_EPOCH_LENGTH).default(""),
  }),
  z.object({ type: z.literal("leave"), room }),
  // The server counts the message in code points against its own MAX_MESSAGE_CHARS; this only bounds the
  // frame (UTF-16 units are at least as many as code points, so nothing the server would take is refused).
  z.object({
    type: z.literal("send"),
    room,
    text: z.string().max(2 * MAX_MESSAGE_CHARS_CEILING),
    clientId: z.string().min(1).max(MAX_CLIENT_ID_LENGTH),
  }),
  z.object({ type: z.literal("typing"), room }),
  z.object({ type: z.literal("history"), room, beforeSeq: seq }),
  z.object({ type: z.literal("ping") }),
]);

/** A parsed frame: defaults filled in. */
export type ParsedClientFrame = z.infer<typeof clientFrame> & ClientFrame;
/** A parsed frame about a room (everything but the socket's own heartbeat). */
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
  if (issue?.path[0] === "type") return { ok: false, message: "unknown frame type" };
  if (issue?.path[0] === "room") return { ok: false, message: `invalid room: ${ROOM_NAME_RULE}` };
  return { ok: false, message: `invalid ${String(issue?.path.join(".") || "frame")}` };
}
