/**
 * What a run sent and what every socket or stream received: send→receive latency per delivery, lost and
 * duplicated deliveries, order. Messages are numbered 0..n-1 within a run and carry the number in their
 * clientId, so a delivery is matched to its send time without parsing the text.
 */
import { Samples } from "./stats.ts";

const SLOT_MS = 250;

export class DeliveryLog {
  /** clientIds of this run start with this; anything else (a previous run's messages) is ignored. */
  readonly prefix: string;
  readonly latencies: Samples;
  /**
   * Per message (its first delivery): send → the server's stamp (`sentAt`, when it stored the message), in
   * whole milliseconds of the wall clock. The rest of a delivery's latency is the way back out.
   */
  readonly inbound: Samples;
  readonly #inboundSeen: Uint8Array;
  /** performance.now() at send, per message number; NaN until sent. */
  readonly #sentAt: Float64Array;
  expected = 0;
  sentCount = 0;
  received = 0;
  duplicated = 0;
  /** A seq lower than one already seen for the room on the same socket. */
  outOfOrder = 0;
  /** Error frames (or failed calls) answering sends. */
  sendErrors = 0;
  readonly errorCodes = new Map<string, number>();
  firstSendAt = Number.NaN;
  lastReceiveAt = Number.NaN;
  #waiter: (() => void) | null = null;
  /** Worst latency per 250 ms of send time: tells a steady tail from a stall at one moment. */
  readonly #worstBySlot: number[] = [];

  constructor(
    readonly total: number,
    expectedDeliveries: number,
  ) {
    this.prefix = `b${crypto.randomUUID().slice(0, 8)}-`;
    this.#sentAt = new Float64Array(total).fill(Number.NaN);
    this.latencies = new Samples(Math.min(expectedDeliveries, 4_000_000));
    this.inbound = new Samples(total);
    this.#inboundSeen = new Uint8Array(total);
  }

  clientId(index: number): string {
    return `${this.prefix}${index}`;
  }

  /** Records a send expected to reach `members` sockets or streams. */
  sent(index: number, members: number): void {
    const now = performance.now();
    if (Number.isNaN(this.firstSendAt)) this.firstSendAt = now;
    this.#sentAt[index] = now;
    this.sentCount += 1;
    this.expected += members;
  }

  /**
   * Records one delivery on one receiver.
   * @param seen the receiver's own record of message numbers already delivered to it
   */
  delivered(clientId: string, seen: Uint8Array, serverSentAtMs = 0): void {
    if (!clientId.startsWith(this.prefix)) return;
    const index = Number(clientId.slice(this.prefix.length));
    const sentAt = this.#sentAt[index];
    if (sentAt === undefined) return;
    const now = performance.now();
    if (seen[index] === 1) {
      this.duplicated += 1;
      return;
    }
    seen[index] = 1;
    this.received += 1;
    this.lastReceiveAt = now;
    if (!Number.isNaN(sentAt)) {
      if (serverSentAtMs > 0 && this.#inboundSeen[index] === 0) {
        this.#inboundSeen[index] = 1;
        this.inbound.push(serverSentAtMs - (performance.timeOrigin + sentAt));
      }
      const latency = now - sentAt;
      this.latencies.push(latency);
      const slot = Math.floor((sentAt - this.firstSendAt) / SLOT_MS);
      if (!(latency <= (this.#worstBySlot[slot] ?? 0))) this.#worstBySlot[slot] = latency;
    }
    if (this.received >= this.expected && this.#waiter) this.#waiter();
  }

  error(code: string): void {
    this.sendErrors += 1;
    this.errorCodes.set(code, (this.errorCodes.get(code) ?? 0) + 1);
  }

  /** Resolves once every expected delivery arrived, or after `timeoutMs`. */
  drained(timeoutMs: number): Promise<boolean> {
    if (this.received >= this.expected) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#waiter = null;
        resolve(false);
      }, timeoutMs);
      this.#waiter = () => {
        clearTimeout(timer);
        this.#waiter = null;
        resolve(true);
      };
    });
  }

  /** The `count` 250 ms slots of send time with the worst latency, e.g. "t=3.25s 180ms". */
  stalls(count = 3, thresholdMs = 50): string[] {
    return this.#worstBySlot
      .map((worst, slot) => ({ worst, slot }))
      .filter(({ worst }) => worst > thresholdMs)
      .sort((a, b) => b.worst - a.worst)
      .slice(0, count)
      .map(({ worst, slot }) => `t=${((slot * SLOT_MS) / 1000).toFixed(2)}s ${Math.round(worst)}ms`);
  }

  /** How many 250 ms slots of send time held a delivery slower than `thresholdMs`. */
  slotsOver(thresholdMs = 50): number {
    return this.#worstBySlot.filter((worst) => worst > thresholdMs).length;
  }

  /** Deliveries per second from the first send to the last delivery. */
  get perSecond(): number {
    const spanMs = this.lastReceiveAt - this.firstSendAt;
    return spanMs > 0 ? (this.received / spanMs) * 1000 : Number.NaN;
  }
}
