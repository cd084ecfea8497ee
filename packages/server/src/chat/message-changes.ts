/**
 * EditNote and DeleteNote: an author changes their own message. The store changes the row in place (a
 * delete empties the text: it is gone, not hidden), then an ephemeral NOTE_KIND_EDIT / NOTE_KIND_DELETE
 * event (seq 0, `target_seq` naming the message) goes to Subscribe streams on every replica. ChatStream never
 * carries these kinds: the original's clients cannot render them. Mentions follow the text (mentions.ts).
 */
import type { Metadata } from "@grpc/grpc-js";
import { type chatMethods, NoteKind } from "@tertulia/protocol";
import type { Logger } from "@tertulia/runtime";
import { authenticateCall, requireUser } from "../auth/call-auth.ts";
import type { TokenService } from "../auth/tokens.ts";
import type { RoomBus, RoomNote } from "../bus/bus.ts";
import type { ChatQuotas } from "../config.ts";
import { ChatError } from "../errors.ts";
import { unaryHandler } from "../grpc/handlers.ts";
import type { RoomAccess } from "../rooms/room-access.ts";
import type { ChangeResult } from "../store/room-store.ts";
import type { ChatStore } from "../store/store.ts";
import { mentionedIn } from "./mentions.ts";
import { QuotaBuckets } from "./quota-buckets.ts";
import { toRoomNote } from "./room-feed.ts";
import { parseMessageBody, parseRoom } from "./validation.ts";

export interface MessageChangeDeps {
  readonly store: ChatStore;
  readonly bus: RoomBus;
  readonly tokens: TokenService;
  readonly access: RoomAccess;
  readonly log: Logger;
  readonly maxMessageChars: number;
  readonly quotas: Pick<ChatQuotas, "sendRatePerUser" | "sendBurstPerUser">;
  readonly now?: () => number;
}

type M = typeof chatMethods;

export function messageChangeHandlers(deps: MessageChangeDeps) {
  const { store, bus, tokens, access, log } = deps;
  const now = deps.now ?? Date.now;
  // Edits and deletes are writes a person repeats at will: they pay at the send rate, from their own bucket.
  const rate = new QuotaBuckets({ perSecond: deps.quotas.sendRatePerUser, burst: deps.quotas.sendBurstPerUser, now });

  async function authorOf(
    metadata: Metadata,
    request: { readonly room: string; readonly seq: number },
    action: string,
  ): Promise<{ author: string; room: string; seq: number }> {
    const principal = await authenticateCall(metadata, tokens);
    const author = requireUser(principal, action);
    const room = parseRoom(request.room);
    const seq = request.seq;
    if (!Number.isSafeInteger(seq) || seq <= 0)
      throw new ChatError("invalid_argument", "seq must be a message's seq (> 0)");
    await access.require(principal, room);
    const waitMs = rate.take(author);
    if (waitMs > 0) {
      throw new ChatError(
        "resource_exhausted",
        `changing messages too fast: at most ${deps.quotas.sendRatePerUser} a second per user; retry in ${waitMs} ms`,
      );
    }
    return { author, room, seq };
  }

  function changed(result: ChangeResult, room: string, seq: number, verb: "edit" | "delete") {
    switch (result.outcome) {
      case "changed":
        return result.message;
      case "not_found":
        throw new ChatError("not_found", `no message ${seq} in room ${room}`);
      case "deleted":
        throw new ChatError("not_found", `message ${seq} in room ${room} was deleted`);
      case "not_author":
        throw new ChatError("permission_denied", `only its author may ${verb} message ${seq}`);
    }
  }

  const editNote = unaryHandler<M["editNote"]>(log, "EditNote", async (call) => {
    const { author, room, seq } = await authorOf(call.metadata, call.request, "editing a message");
    const body = parseMessageBody(call.request.message, deps.maxMessageChars);
    const at = now();
    const message = changed(await store.editMessage(room, seq, author, body, at), room, seq, "edit");
    await store.setMentions(room, seq, mentionedIn(body, author));
    const note = toRoomNote(message);
    bus.publish(changeEvent(note, NoteKind.NOTE_KIND_EDIT, at));
    return note;
  });

  const deleteNote = unaryHandler<M["deleteNote"]>(log, "DeleteNote", async (call) => {
    const { author, room, seq } = await authorOf(call.metadata, call.request, "deleting a message");
    const at = now();
    const message = changed(await store.deleteMessage(room, seq, author, at), room, seq, "delete");
    const note = toRoomNote(message);
    bus.publish(changeEvent(note, NoteKind.NOTE_KIND_DELETE, at));
    return note;
  });

  return { editNote, deleteNote };
}

/** The ephemeral event for a changed message: seq 0 (not part of the room's order), target_seq its seq. */
function changeEvent(note: RoomNote, kind: NoteKind, atMs: number): RoomNote {
  return {
    ...note,
    seq: 0,
    targetSeq: note.seq,
    kind,
    editedAtMs: kind === NoteKind.NOTE_KIND_EDIT ? atMs : undefined,
  };
}
