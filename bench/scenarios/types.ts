/** What every scenario gets and gives back. */
import type { DeliveryLog } from "../lib/deliveries.ts";
import type { BenchStack } from "../lib/stack.ts";
import { type LatencySummary, round3, summarize } from "../lib/stats.ts";
import type { Account } from "../lib/users.ts";
import type { WindowFigures } from "../lib/window.ts";

export interface ScenarioContext {
  readonly stack: BenchStack;
  readonly accounts: readonly Account[];
  /** One web session cookie per account. */
  readonly cookies: readonly string[];
  /** Names rooms of this run apart from earlier runs on the same stack. */
  readonly tag: string;
  /** Progress lines, on stderr. */
  readonly say: (line: string) => void;
}

export interface DeliveryFigures {
  /** Messages sent. */
  readonly messages?: number;
  readonly expected: number;
  readonly received: number;
  readonly lost: number;
  readonly duplicated: number;
  readonly outOfOrder: number;
  readonly sendErrors: number;
  readonly perSecond: number;
}

export interface ScenarioResult {
  readonly scenario: string;
  readonly params: Readonly<Record<string, number>>;
  readonly latencyMs?: LatencySummary;
  /** Per message: send → the server's stored-at stamp (whole ms, wall clock): the way in, of latencyMs. */
  readonly inboundMs?: LatencySummary;
  readonly deliveries?: DeliveryFigures;
  /** Connect storm: socket open → `joined`, per user. */
  readonly connect?: {
    readonly users: number;
    readonly joined: number;
    readonly failed: number;
    readonly spanMs: number;
    readonly latencyMs: LatencySummary;
  };
  readonly window: WindowFigures;
  /** Fan-out: how many 250 ms slots of send time held a delivery slower than 50 ms (stalls, not a tail). */
  readonly stallSlots?: number;
  readonly notes: readonly string[];
}

export interface Scenario<P extends Record<string, number>> {
  readonly id: string;
  readonly title: string;
  /** The sizes the issue asks for. */
  readonly full: P;
  /** Tiny sizes for CI: a few seconds, checking that it works and loses nothing. */
  readonly short: P;
  /** It talks gRPC to the chat server: Tertulia only, no peer can run it. */
  readonly grpc?: boolean;
  /** How many accounts (and session cookies) it needs at most. */
  accounts(params: P): number;
  run(context: ScenarioContext, params: P): Promise<ScenarioResult>;
}

export function deliveryFigures(log: DeliveryLog): DeliveryFigures {
  return {
    messages: log.sentCount,
    expected: log.expected,
    received: log.received,
    lost: log.expected - log.received,
    duplicated: log.duplicated,
    outOfOrder: log.outOfOrder,
    sendErrors: log.sendErrors,
    perSecond: Math.round(log.perSecond),
  };
}

export function latency(log: DeliveryLog): LatencySummary {
  return summarize(log.latencies.values());
}

export function inbound(log: DeliveryLog): LatencySummary | undefined {
  return log.inbound.length > 0 ? summarize(log.inbound.values()) : undefined;
}

export { round3 };
