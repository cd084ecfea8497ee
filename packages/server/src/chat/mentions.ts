/**
 * Who a message mentions, for the read state's mention counts: the shared `@name` rule (protocol
 * rules/mentions.ts), at most ROOM_LIMITS.maxMentionsPerMessage names, never the author themself.
 */
import { parseMentions, ROOM_LIMITS } from "@tertulia/protocol";

export function mentionedIn(body: string, author: string): string[] {
  return parseMentions(body, ROOM_LIMITS.maxMentionsPerMessage + 1)
    .filter((name) => name !== author)
    .slice(0, ROOM_LIMITS.maxMentionsPerMessage);
}
