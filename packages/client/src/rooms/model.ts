/**
 * The browser's WebSocket frames: JSON objects with a `type`, validated here before anything acts on them.
 */
import { ROOM_NAME_PATTERN, ROOM_NAME_RULE } from "@tertulia/protocol";
import { z } from "zod";

const room = z.string().regex(ROOM_NAME_PATTERN, ROOM_NAME_RULE);
const seq = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const clientFrame = z.discriminatedUnion("type", [
  /** Join a room; `afterSeq` + `epoch` resume from what the page already shows. */
  z.object({ type: z.literal("join"), room, afterSeq: seq.default(0), epoch: z.string().max(64).default("") }),
  z.object({ type: z.literal("leave"), room }),
  /** `clientId` makes a resend after a reconnect land once. */
  z.object({ type: z.literal("send"), room, text: z.string().max(65_536), clientId: z.string().min(1).max(64) }),
  z.object({ type: z.literal("typing"), room }),
  /** Older messages than `beforeSeq`, for "load older". */
  z.object({ type: z.literal("history"), room, beforeSeq: seq }),
]);

export type ClientFrame = z.infer<typeof clientFrame>;

/** Error frames: a stable code and a short sentence safe to show. */
export interface ErrorFrame {
  readonly type: "error";
  readonly code:
    | "bad_frame"
    | "rate_limited"
    | "invalid"
    | "unavailable"
    | "session_expired"
    | "not_joined"
    | "too_many_sockets"
    | "too_many_rooms"
    | "quota_exceeded";
  readonly message: string;
  /** The clientId of the send that failed, so the page can mark or retry it. */
  readonly clientId?: string;
  readonly room?: string;
}

/** Turns raw frame text into a frame, or says briefly why not (never echoing the schema or the input). */
export function parseClientFrame(raw: unknown): { ok: true; frame: ClientFrame } | { ok: false; message: string } {
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
