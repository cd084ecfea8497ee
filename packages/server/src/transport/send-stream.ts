/**
 * SendStream: many SendNotes over one long-lived call (a web pod's), so a send costs a message on an open
 * HTTP/2 stream instead of a unary call's stream setup and completion (bench/README.md, issue 19).
 *
 * Each request is authenticated on its own by the token it carries and goes through `ChatService.send` or
 * `updatePresence`, the same rules as SendNote and UpdatePresence; its answer carries its request id and the
 * status the unary call would have ended with, in the order requests finish.
 * A stream holds at most `maxInFlight` unanswered requests: one more is answered RESOURCE_EXHAUSTED before any
 * work. Answers the caller does not read stop the reading of its requests (HTTP/2 flow control holds the
 * answers, and past grpc-js's high-water mark the stream is paused), so neither side's buffer grows without bound.
 */
import { type ServerDuplexStream, status } from "@grpc/grpc-js";
import { type chatMethods, PresenceState } from "@tertulia/protocol";
import type { Logger } from "@tertulia/runtime";
import type { ChatService } from "../chat/chat-service.ts";
import { messageCallerOf } from "./caller.ts";
import type { RequestOf, ResponseOf } from "./handlers.ts";
import { toStatus } from "./status.ts";

type Spec = (typeof chatMethods)["sendStream"];
export type SendStreamCall = ServerDuplexStream<RequestOf<Spec>, ResponseOf<Spec>>;

/** Unanswered requests one stream may hold (proto/messaging.proto says so to clients). */
export const SEND_STREAM_MAX_IN_FLIGHT = 256;

export interface SendStreamDeps {
  readonly chat: Pick<ChatService, "send" | "updatePresence">;
  readonly log: Logger;
  /** @default SEND_STREAM_MAX_IN_FLIGHT */
  readonly maxInFlight?: number;
  /**
   * Told of each answered request, as its unary twin ("SendNote" or "UpdatePresence") with its status code
   * and time, so the RPC metrics still count every send once most of them travel on a stream.
   */
  readonly onAnswered?: (method: "SendNote" | "UpdatePresence", code: number, seconds: number) => void;
}

/** The open SendStreams of a server: shutdown ends them once their sends are answered. */
export class SendStreams {
  readonly #deps: SendStreamDeps;
  readonly #open = new Set<() => void>();

  constructor(deps: SendStreamDeps) {
    this.#deps = deps;
  }

  get size(): number {
    return this.#open.size;
  }

  /** The handler of one SendStream call. */
  serve(call: SendStreamCall): void {
    const maxInFlight = this.#deps.maxInFlight ?? SEND_STREAM_MAX_IN_FLIGHT;
    const { log } = this.#deps;
    let inFlight = 0;
    let readsDone = false;
    let closing = false;
    let gone = false;

    const forget = () => {
      gone = true;
      this.#open.delete(close);
    };
    // A caller that does not read its answers is not read either. HTTP/2 flow control holds the answers it has
    // not taken, and grpc-js then queues the rest without limit while it goes on reading requests (under Bun,
    // all 50,000 of send-stream.test.ts's were read and answered into that queue). So once the queue is past
    // its high-water mark this stops reading requests until it drains: what waits here is bounded by that
    // mark plus `maxInFlight`, not by what the caller sends.
    let backedUp = false;
    const answer = (result: ResponseOf<Spec>) => {
      if (gone || call.write(result) || backedUp) return;
      backedUp = true;
      call.pause();
      call.once("drain", () => {
        backedUp = false;
        if (!gone) call.resume();
      });
    };
    const finishIfDone = () => {
      if ((readsDone || closing) && inFlight === 0 && !gone) {
        forget();
        call.end();
      }
    };
    // Shutdown: requests from now on are answered UNAVAILABLE (the sender resends them elsewhere); the call
    // ends once what was taken is answered, so the server's drain does not wait for a stream that never ends.
    const close = () => {
      closing = true;
      finishIfDone();
    };
    this.#open.add(close);

    call.on("data", (request: RequestOf<Spec>) => {
      const requestId = request.requestId;
      if (closing) {
        answer({ requestId, code: status.UNAVAILABLE, details: "server shutting down; send again" });
        return;
      }
      if (inFlight >= maxInFlight) {
        answer({
          requestId,
          code: status.RESOURCE_EXHAUSTED,
          details: `more than ${maxInFlight} sends unanswered on this stream: wait for answers`,
        });
        return;
      }
      inFlight++;
      const t0 = performance.now();
      const method = request.presence ? "UpdatePresence" : "SendNote";
      this.#perform(call, request)
        .then(
          () => ({ requestId, code: status.OK, details: "" }),
          (error: unknown) => {
            const { code, details } = toStatus(error, log, request.presence ? "SendStream presence" : "SendStream");
            return { requestId, code, details };
          },
        )
        .then((result) => {
          this.#deps.onAnswered?.(method, result.code, (performance.now() - t0) / 1000);
          inFlight--;
          answer(result);
          finishIfDone();
        });
    });
    call.on("end", () => {
      readsDone = true;
      finishIfDone();
    });
    call.on("cancelled", forget);
    call.on("error", forget);
  }

  /** What the request's unary twin does, with the caller of the token it carries. */
  #perform(call: SendStreamCall, request: RequestOf<Spec>): Promise<void> {
    const caller = messageCallerOf(call, request.token);
    // Nested messages decode with their fields optional; absent ones are proto3's defaults, as in the unary calls.
    const { presence, note } = request;
    if (presence) {
      return this.#deps.chat.updatePresence(caller, {
        room: presence.room ?? "",
        state: presence.state ?? PresenceState.PRESENCE_STATE_JOINED,
        holderId: presence.holderId ?? "",
        ttlSeconds: presence.ttlSeconds ?? 0,
      });
    }
    return this.#deps.chat.send(caller, {
      room: note?.room ?? "",
      message: note?.message ?? "",
      clientMessageId: note?.clientMessageId ?? "",
    });
  }

  /** Ends every stream once its taken requests are answered. */
  closeAll(): void {
    for (const close of [...this.#open]) close();
  }
}
