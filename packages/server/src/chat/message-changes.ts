/**
 * EditNote and DeleteNote's logic: an author changes their own message. The store changes the row in place
 * (a delete empties the text: it is gone, not hidden), then an ephemeral NOTE_KIND_EDIT / NOTE_KIND_DELETE
 * event (seq 0, `target_seq` naming the message) goes to Subscribe streams on every replica. ChatStream never
 * carries these kinds: the original's clients cannot render them. Mentions follow the text (mentions.ts).
 */
import { NoteKind } from "@tertulia/protocol";
import { authenticate, type Caller, requireUser } from "../auth/caller.ts";
import type { TokenService } from "../auth/tokens.ts";
import type { RoomBus, RoomNote } from "../bus/bus.ts";
import type { ChatQuotas } from "../config.ts";
import { ChatError } from "../errors.ts";
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
  readonly maxMessageChars: number;
  readonly quotas: Pick<ChatQuotas, "sendRatePerUser" | "sendBurstPerUser">;
  readonly now?: () => number;
}

export interface DeleteInput {
  readonly room: string;
  /** The message's seq. */
  readonly seq: number;
}

export interface EditInput extends DeleteInput {
  /** The new text: the same rules as a send. */
  readonly message: string;
}

export class MessageChanges {
  readonly #deps: MessageChangeDeps;
  readonly #now: () => number;
  readonly #rate: QuotaBuckets;

  constructor(deps: MessageChangeDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? Date.now;
    // Edits and deletes are writes a person repeats at will: they pay at the send rate, from their own bucket.
    this.#rate = new QuotaBuckets({
      perSecond: deps.quotas.sendRatePerUser,
      burst: deps.quotas.sendBurstPerUser,
      now: this.#now,
    });
  }

  /** @returns the message as it is now stored. */
  async edit(caller: Caller, input: EditInput): Promise<RoomNote> {
    const { store, bus, maxMessageChars } = this.#deps;
    const { author, room, seq } = await this.#authorOf(caller, input, "editing a message");
    const body = parseMessageBody(input.message, maxMessageChars);
    const at = this.#now();
    const message = changed(await store.editMessage(room, seq, author, body, at), room, seq, "edit");
    await store.setMentions(room, seq, mentionedIn(body, author));
    const note = toRoomNote(message);
    bus.publish(changeEvent(note, NoteKind.NOTE_KIND_EDIT, at));
    return note;
  }

  /** @returns the message as it is now stored (empty, deleted). */
  async delete(caller: Caller, input: DeleteInput): Promise<RoomNote> {
    const { store, bus } = this.#deps;
    const { author, room, seq } = await this.#authorOf(caller, input, "deleting a message");
    const at = this.#now();
    const message = changed(await store.deleteMessage(room, seq, author, at), room, seq, "delete");
    const note = toRoomNote(message);
    bus.publish(changeEvent(note, NoteKind.NOTE_KIND_DELETE, at));
    return note;
  }

  async #authorOf(
    caller: Caller,
    input: DeleteInput,
    action: string,
  ): Promise<{ author: string; room: string; seq: number }> {
    const { tokens, access, quotas } = this.#deps;
    const principal = await authenticate(caller, tokens);
    const author = requireUser(principal, action).username;
    const room = parseRoom(input.room);
    const seq = input.seq;
    if (!Number.isSafeInteger(seq) || seq <= 0)
      throw new ChatError("invalid_argument", "seq must be a message's seq (> 0)");
    await access.require(principal, room);
    const waitMs = this.#rate.take(author);
    if (waitMs > 0) {
      throw new ChatError(
        "resource_exhausted",
        `changing messages too fast: at most ${quotas.sendRatePerUser} a second per user; retry in ${waitMs} ms`,
      );
    }
    return { author, room, seq };
  }
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
