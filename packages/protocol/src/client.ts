/**
 * A typed client for the whole contract over one grpc-js channel: what the web tier, the ops smoke test,
 * the benchmarks and the tests all use to talk to the server.
 */
import "./long-as-number.ts";
import * as grpc from "@grpc/grpc-js";
import { encodeToBuffer, type MessageCodec } from "./codec.ts";
import {
  authMethods,
  chatMethods,
  type Decoded,
  type Encodable,
  healthMethods,
  type MethodSpec,
  roomMethods,
} from "./services.ts";

export interface CallOptions {
  /** The caller's JWT, sent as `authorization: Bearer <token>`. */
  readonly token?: string;
  /** Milliseconds until the call fails with DEADLINE_EXCEEDED. Unary calls default to 5,000; streams to none. */
  readonly timeoutMs?: number;
  /** Extra metadata (e.g. `x-forwarded-for` from the web tier). */
  readonly metadata?: Readonly<Record<string, string>>;
}

export interface ClientOptions {
  /** Default: insecure (plaintext in the cluster network, as the original); pass TLS credentials to change. */
  readonly credentials?: grpc.ChannelCredentials;
  readonly channelOptions?: grpc.ChannelOptions;
  /** Client interceptors run on every call (e.g. tracing.ts `tracingInterceptor`). */
  readonly interceptors?: grpc.Interceptor[];
  /** Deadline for unary calls without their own `timeoutMs`. @default 5000 */
  readonly defaultTimeoutMs?: number;
}

type Spec = MethodSpec<MessageCodec<never, unknown>, MessageCodec<never, unknown>>;
type UnaryCall<S> =
  S extends MethodSpec<infer ReqC, infer ResC>
    ? (request: Encodable<ReqC>, options?: CallOptions) => Promise<Decoded<ResC>>
    : never;
type StreamCall<S> =
  S extends MethodSpec<infer ReqC, infer ResC>
    ? (request: Encodable<ReqC>, options?: CallOptions) => grpc.ClientReadableStream<Decoded<ResC>>
    : never;
type BidiCall<S> =
  S extends MethodSpec<infer ReqC, infer ResC>
    ? (options?: CallOptions) => grpc.ClientDuplexStream<Encodable<ReqC>, Decoded<ResC>>
    : never;
type Calls<T> = {
  [K in keyof T]: T[K] extends { requestStream: true }
    ? BidiCall<T[K]>
    : T[K] extends { responseStream: true }
      ? StreamCall<T[K]>
      : UnaryCall<T[K]>;
};

export type AuthCalls = Calls<typeof authMethods>;
export type ChatCalls = Calls<typeof chatMethods>;
export type HealthCalls = Calls<typeof healthMethods>;
export type RoomCalls = Calls<typeof roomMethods>;

export class TertuliaClient {
  readonly auth: AuthCalls;
  readonly chat: ChatCalls;
  readonly health: HealthCalls;
  /** Private rooms, direct messages, the directory and read state. */
  readonly rooms: RoomCalls;
  readonly #channel: grpc.Client;
  readonly #defaultTimeoutMs: number;

  constructor(address: string, options: ClientOptions = {}) {
    this.#channel = new grpc.Client(address, options.credentials ?? grpc.credentials.createInsecure(), {
      ...options.channelOptions,
      interceptors: options.interceptors,
    });
    this.#defaultTimeoutMs = options.defaultTimeoutMs ?? 5_000;
    this.auth = this.#bind(authMethods);
    this.chat = this.#bind(chatMethods);
    this.health = this.#bind(healthMethods);
    this.rooms = this.#bind(roomMethods);
  }

  /** Resolves once the channel is connected, or rejects after `timeoutMs`. */
  waitForReady(timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#channel.waitForReady(Date.now() + timeoutMs, (error) => (error ? reject(error) : resolve()));
    });
  }

  /** The channel's connectivity, e.g. to report readiness without making a call. */
  connectivityState(tryToConnect = false): grpc.connectivityState {
    return this.#channel.getChannel().getConnectivityState(tryToConnect);
  }

  close(): void {
    this.#channel.close();
  }

  #bind<T extends Record<string, Spec>>(methods: T): Calls<T> {
    const calls: Record<string, unknown> = {};
    for (const [name, spec] of Object.entries(methods)) {
      calls[name] = spec.requestStream
        ? this.#bidiCall(spec)
        : spec.responseStream
          ? this.#streamCall(spec)
          : this.#unaryCall(spec);
    }
    return calls as Calls<T>;
  }

  #unaryCall(spec: Spec) {
    return (request: never, options: CallOptions = {}) =>
      new Promise<unknown>((resolve, reject) => {
        this.#channel.makeUnaryRequest(
          spec.path,
          (message: never) => encodeToBuffer(spec.request, message),
          (bytes: Buffer) => spec.response.decode(bytes),
          request,
          toMetadata(options),
          { deadline: Date.now() + (options.timeoutMs ?? this.#defaultTimeoutMs) },
          (error, response) => (error ? reject(error) : resolve(response)),
        );
      });
  }

  #streamCall(spec: Spec) {
    return (request: never, options: CallOptions = {}) =>
      this.#channel.makeServerStreamRequest(
        spec.path,
        (message: never) => encodeToBuffer(spec.request, message),
        (bytes: Buffer) => spec.response.decode(bytes),
        request,
        toMetadata(options),
        options.timeoutMs === undefined ? {} : { deadline: Date.now() + options.timeoutMs },
      );
  }

  #bidiCall(spec: Spec) {
    return (options: CallOptions = {}) =>
      this.#channel.makeBidiStreamRequest(
        spec.path,
        (message: never) => encodeToBuffer(spec.request, message),
        (bytes: Buffer) => spec.response.decode(bytes),
        toMetadata(options),
        options.timeoutMs === undefined ? {} : { deadline: Date.now() + options.timeoutMs },
      );
  }
}

function toMetadata(options: CallOptions): grpc.Metadata {
  const metadata = new grpc.Metadata();
  if (options.token !== undefined) metadata.set("authorization", `Bearer ${options.token}`);
  for (const [key, value] of Object.entries(options.metadata ?? {})) metadata.set(key, value);
  return metadata;
}
