import { messageLength } from "@tertulia/protocol";

/**
 * Why a message text is refused before any call, or null when the server may have it: the rule the server
 * applies to SendNote and EditNote (trimmed, not empty, at most its MAX_MESSAGE_CHARS code points), checked
 * here first so a refused send or edit costs no RPC (send-note.ts, room-actions.ts).
 */
export function messageTextRefusal(body: string, maxMessageChars: number): string | null {
  if (body.length === 0) return "Message is empty";
  if (messageLength(body) > maxMessageChars) return `Messages are at most ${maxMessageChars} characters`;
  return null;
}
