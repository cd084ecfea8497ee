/**
 * The web tier's sends and presence updates over one long-lived SendStream per pod instead of a unary
 * SendNote or UpdatePresence each (issue 19: grpc-js's unary call setup and completion were most of the web
 * tier's and a good part of the server's CPU per message; bench/README.md has the figures).
 *
 * `sendNote` and `updatePresence` have the unary calls' shapes, so `rooms/send-note.ts` (checks, retries
 * with the same clientId) and `rooms/presence-leases.ts` are unchanged. Each request carries its user's token
 * and the server checks it per request. When the stream is down (not yet open, ended, a server too old to
 * know SendStream) or `maxInFlight` requests are unanswered on it, a call goes unary. Requests unanswered when
 * the stream breaks are made again as unary calls: a send keeps its clientId, and the server stores a
 * clientId once, so none is lost or doubled; a presence update is a lease, the same twice.
 */
import {
  type CallOptions,
  GrpcStatus,
  Metadata,
  PresenceState,
  type SendStreamResult,
  type ServiceError,
  type TertuliaClient,
} from "@tertulia/protocol";
import type { Logger } from "@tertulia/runtime";

type ChatCalls = TertuliaClient["chat"];
type SendNote = ChatCalls["sendNote"];
type UpdatePresence = ChatCalls["updatePresence"];
type Stream = ReturnType<ChatCalls["sendStream"]>;
type Request = Parameters<Stream["write"]>[0];
/** Both unary twins answer EmptyMessage. */
type Done = Awaited<ReturnType<SendNote>>;

/** The server's bound (proto/messaging.proto, SendStream): past it, sends go unary rather than be refused. */
export const SEND_STREAM_MAX_IN_FLIGHT = 256;

export interface SendStreamLinkOptions {
  readonly client: { readonly chat: Pick<ChatCalls, "sendNote" | "updatePresence" | "sendStream"> };
  readonly log: Logger;
  /** Unanswered sends on the stream; more go as unary SendNotes. @default SEND_STREAM_MAX_IN_FLIGHT */
  readonly maxInFlight?: number;
  /** How long after the stream ended it is opened again; meanwhile sends are unary. @default 1000 */
  readonly reopenAfterMs?: number;
  /** The same after UNIMPLEMENTED (a server older than SendStream, during a rollout). @default 60000 */
  readonly unimplementedReopenAfterMs?: number;
  /** A send unanswered on the stream this long fails with DEADLINE_EXCEEDED, as a unary one. @default 5000 */
  readonly timeoutMs?: number;
  readonly now?: () => number;
}

interface Pending {
  /** The same request as a unary call, for when the stream breaks before answering. */
  readonly unary: () => Promise<Done>;
  readonly resolve: (value: Done) => void;
  readonly reject: (error: ServiceError) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

export class SendStreamLink {
  readonly #options: SendStreamLinkOptions;
  readonly #pending = new Map<number, Pending>();
  readonly #now: () => number;
  #stream: Stream | null = null;
  #nextId = 1;
  #reopenAt = 0;
  #closed = false;

  constructor(options: SendStreamLinkOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  /** Whether sends go over the stream now (an open stream with room for one more). */
  get streaming(): boolean {
    return this.#stream !== null && this.#pending.size < this.#maxInFlight;
  }

  /** SendNote, over the stream when it is up. Calls without a token, or with extra metadata, stay unary. */
  readonly sendNote: SendNote = (note, options = {}) =>
    this.#request({ note }, options, () => this.#options.client.chat.sendNote(note, options));

  /**
   * UpdatePresence: leases and typing over the stream when it is up, as `sendNote`. A leave stays unary: on
   * logout it is made just before the session's token is revoked, and the server starts unary calls in the
   * order they arrive, while a stream's requests are read one after another behind them (a leave over the
   * stream lost that race to RevokeTokens and the user stayed present until the lease ran out).
   */
  readonly updatePresence: UpdatePresence = (presence, options = {}) => {
    const unary = () => this.#options.client.chat.updatePresence(presence, options);
    return presence.state === PresenceState.PRESENCE_STATE_LEFT ? unary() : this.#request({ presence }, options, unary);
  };

  /** Half-closes the stream: the server answers what it took, then ends it. Later sends are unary. */
  close(): void {
    this.#closed = true;
    this.#stream?.end();
  }

  get #maxInFlight(): number {
    return this.#options.maxInFlight ?? SEND_STREAM_MAX_IN_FLIGHT;
  }

  #request(
    action: Pick<Request, "note" | "presence">,
    options: CallOptions,
    unary: () => Promise<Done>,
  ): Promise<Done> {
    const { token } = options;
    const stream = token === undefined || options.metadata !== undefined ? null : this.#open();
    if (!stream || this.#pending.size >= this.#maxInFlight) return unary();
    const requestId = this.#nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(requestId);
        reject(serviceError(GrpcStatus.DEADLINE_EXCEEDED, "no answer on the send stream in time"));
      }, this.#options.timeoutMs ?? 5_000);
      this.#pending.set(requestId, { unary, resolve, reject, timer });
      stream.write({ requestId, token, ...action });
    });
  }

  #open(): Stream | null {
    if (this.#stream || this.#closed || this.#now() < this.#reopenAt) return this.#stream;
    const stream = this.#options.client.chat.sendStream();
    this.#stream = stream;
    stream.on("data", (result: SendStreamResult) => this.#answered(result));
    // grpc-js reports a failed call as 'error' and then 'status'; every end, failed or not, as 'status'.
    stream.on("error", () => {});
    stream.on("status", ({ code, details }: { code: GrpcStatus; details: string }) =>
      this.#ended(stream, code, details),
    );
    return stream;
  }

  #answered({ requestId, code, details }: SendStreamResult): void {
    const pending = this.#pending.get(requestId);
    // Unknown: its send timed out here and was already answered to its caller.
    if (!pending) return;
    this.#pending.delete(requestId);
    clearTimeout(pending.timer);
    if (code === GrpcStatus.OK) pending.resolve({});
    else pending.reject(serviceError(code, details));
  }

  #ended(stream: Stream, code: GrpcStatus, details: string): void {
    if (this.#stream !== stream) return;
    this.#stream = null;
    const unimplemented = code === GrpcStatus.UNIMPLEMENTED;
    const { reopenAfterMs = 1_000, unimplementedReopenAfterMs = 60_000 } = this.#options;
    this.#reopenAt = this.#now() + (unimplemented ? unimplementedReopenAfterMs : reopenAfterMs);
    if (!this.#closed) {
      this.#options.log[unimplemented ? "info" : "warn"]("send stream ended; sending unary meanwhile", {
        code,
        details,
        unanswered: this.#pending.size,
      });
    }
    // Sent again with the same clientId: stored once whether or not the stream's copy was.
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const { unary, resolve, reject, timer } of pending) {
      clearTimeout(timer);
      unary().then(resolve, reject);
    }
  }
}

/** A failed send as grpc-js reports a failed unary call, so callers read `code` and `details` the same way. */
function serviceError(code: GrpcStatus, details: string): ServiceError {
  return Object.assign(new Error(`${code} ${GrpcStatus[code]}: ${details}`), {
    code,
    details,
    metadata: new Metadata(),
  });
}
