/**
 * The scale-out bus: Redis pub/sub (through ioredis, which restores subscriptions after a reconnect), so every
 * server replica hears every room.
 *
 * Policy:
 * 1. A replica's own events are delivered to its local subscribers at once, in process, and also published
 *    on one channel for the others; a replica skips what it published itself (the payload starts with its id).
 * 2. Pub/sub is at-most-once: a message published while a replica's connection is broken never reaches it.
 *    Subscribers fill gaps from the store when a later seq arrives, and on "resync" (see RoomBus.onResync)
 *    they re-read the store at once. This bus signals resync locally whenever either of its connections
 *    comes back, and publishes a resync on a control channel so the other replicas check too (a message this
 *    replica failed to publish is one they missed).
 * 3. Redis is told nothing that outlives it: after a Redis restart there is nothing to restore but the
 *    subscriptions.
 */

import type { Logger } from "@tertulia/runtime";
import Redis from "ioredis";
import type { RoomBus, RoomListener, RoomNote } from "./bus.ts";
import { MemoryBus } from "./memory-bus.ts";

export interface RedisBusOptions {
  /** `redis://[user:password@]host:port[/db]`; never logged. */
  readonly url: string;
  readonly log: Logger;
  /** Prefix of every channel and key, so several deployments can share one Redis. @default "tertulia" */
  readonly prefix?: string;
  /** How long start-up waits for Redis. @default 10000 */
  readonly connectTimeoutMs?: number;
}

/** Redis could not be reached at start-up; the message names the host, never the password. */
export class BusOpenError extends Error {
  override readonly name = "BusOpenError";
}

/** Reconnect quickly at first, then every second: a blip should cost little, an outage little CPU. */
const retryStrategy = (attempt: number) => Math.min(50 * attempt, 1_000);

export class RedisBus implements RoomBus {
  /** The connection for commands and publishing; the presence tracker shares it. */
  readonly commands: Redis;
  readonly prefix: string;
  readonly #subscriber: Redis;
  readonly #local = new MemoryBus();
  readonly #log: Logger;
  readonly #origin = crypto.randomUUID().replaceAll("-", "").slice(0, 16);
  readonly #notesChannel: string;
  readonly #controlChannel: string;
  #closed = false;

  private constructor(commands: Redis, subscriber: Redis, options: RedisBusOptions) {
    this.commands = commands;
    this.#subscriber = subscriber;
    this.#log = options.log;
    this.prefix = options.prefix ?? "tertulia";
    this.#notesChannel = `${this.prefix}:notes`;
    this.#controlChannel = `${this.prefix}:resync`;
  }

  /** @throws {BusOpenError} when Redis cannot be reached within the connect timeout. */
  static async open(options: RedisBusOptions): Promise<RedisBus> {
    const common = {
      lazyConnect: true,
      connectTimeout: options.connectTimeoutMs ?? 10_000,
      retryStrategy,
      // Commands wait through a short break, then fail: a lost publish is repaired by resync, and an
      // unbounded queue would only grow during a long outage.
      maxRetriesPerRequest: 2,
      connectionName: "tertulia-server",
    };
    const commands = new Redis(options.url, common);
    const subscriber = new Redis(options.url, common);
    const bus = new RedisBus(commands, subscriber, options);
    for (const [role, client] of [
      ["commands", commands],
      ["subscriber", subscriber],
    ] as const) {
      // ioredis reports every failed reconnect attempt; the close/ready pair below says what matters.
      client.on("error", (error: Error) => options.log.debug("redis error", { role, error: error.message }));
    }
    try {
      await Promise.all([commands.connect(), subscriber.connect()]);
      await subscriber.subscribe(bus.#notesChannel, bus.#controlChannel);
    } catch (error) {
      commands.disconnect();
      subscriber.disconnect();
      throw new BusOpenError(
        `cannot reach Redis at ${describe(options.url)}: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
    bus.#watch();
    return bus;
  }

  publish(note: RoomNote): void {
    this.#local.publish(note);
    if (this.#closed) return;
    this.commands.publish(this.#notesChannel, this.#origin + JSON.stringify(note)).catch((error: unknown) => {
      this.#log.warn("redis publish failed; other replicas will resync from the store", {
        room: note.room,
        seq: note.seq,
        error: String(error),
      });
    });
  }

  subscribe(room: string, listener: RoomListener): () => void {
    return this.#local.subscribe(room, listener);
  }

  onResync(listener: () => void): () => void {
    return this.#local.onResync(listener);
  }

  /** Local listeners, for leak checks. */
  get listenerCount(): number {
    return this.#local.listenerCount;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#local.close();
    await Promise.all([
      this.#subscriber.quit().catch(() => this.#subscriber.disconnect()),
      this.commands.quit().catch(() => this.commands.disconnect()),
    ]);
  }

  #watch(): void {
    this.#subscriber.on("message", (channel: string, message: string) => this.#onMessage(channel, message));
    for (const [role, client] of [
      ["commands", this.commands],
      ["subscriber", this.#subscriber],
    ] as const) {
      let broken = false;
      client.on("close", () => {
        if (this.#closed || broken) return;
        broken = true;
        this.#log.warn("redis connection lost; reconnecting", { role });
      });
      client.on("ready", () => {
        if (this.#closed || !broken) return;
        broken = false;
        this.#log.info("redis connection back; resyncing rooms from the store", { role });
        void this.#recover();
      });
    }
  }

  /** After a break: make sure the subscription is in place, then have everyone re-read the store. */
  async #recover(): Promise<void> {
    try {
      // ioredis re-subscribes before 'ready'; subscribing again is harmless and its reply proves it is done.
      await this.#subscriber.subscribe(this.#notesChannel, this.#controlChannel);
    } catch (error) {
      this.#log.warn("redis resubscribe failed; will retry on the next reconnect", { error: String(error) });
      return;
    }
    this.#local.resync();
    await this.commands.publish(this.#controlChannel, this.#origin).catch(() => {});
  }

  #onMessage(channel: string, message: string): void {
    if (this.#closed || message.startsWith(this.#origin)) return;
    if (channel === this.#controlChannel) {
      this.#local.resync();
      return;
    }
    let note: RoomNote;
    try {
      note = JSON.parse(message.slice(this.#origin.length)) as RoomNote;
    } catch {
      this.#log.warn("unreadable message on the redis bus; ignored", { channel });
      return;
    }
    this.#local.publish(note);
  }
}

/** host:port, without the user or password. */
function describe(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "6379"}`;
  } catch {
    return "(unparsable REDIS_URL)";
  }
}
