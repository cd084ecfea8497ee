/**
 * Scenario 5, gRPC only (no web tier): `streams` Subscribe streams on one room over `channels` grpc-js
 * channels, and `rate` SendNote calls a second for `seconds`, signed by the bench accounts in turn.
 */
import { GrpcStatus, type RoomEvent, type ServiceError, TertuliaClient } from "@tertulia/protocol";
import { DeliveryLog } from "../lib/deliveries.ts";
import { grpcTokens } from "../lib/users.ts";
import { MeasureWindow } from "../lib/window.ts";
import { deliveryFigures, inbound, latency, type Scenario } from "./types.ts";

const DRAIN_MS = 10_000;

export const grpcOnly: Scenario<{ streams: number; channels: number; rate: number; seconds: number }> = {
  id: "grpc-only",
  title: "5. gRPC only: SendNote -> Subscribe through grpc-js",
  grpc: true,
  full: { streams: 100, channels: 4, rate: 300, seconds: 10 },
  short: { streams: 10, channels: 2, rate: 50, seconds: 1 },
  accounts: () => 4,
  async run({ stack, accounts, tag, say }, params) {
    const { streams, channels, rate, seconds } = params;
    if (stack.grpcAddress === null) throw new Error("the gRPC scenario needs the server's address (--grpc)");
    const address = stack.grpcAddress;
    const tokens = await grpcTokens(address, accounts);
    const room = `${tag}-grpc`;
    const total = Math.max(1, Math.round(rate * seconds));
    const log = new DeliveryLog(total, total * streams);
    const clients = Array.from({ length: channels }, () => new TertuliaClient(address));
    const sender = new TertuliaClient(address);
    const calls: ReturnType<TertuliaClient["chat"]["subscribe"]>[] = [];
    await Promise.all(
      Array.from({ length: streams }, (_, i) => {
        const seen = new Uint8Array(total);
        const call = clients[i % channels]!.chat.subscribe(
          { room, afterSeq: 0, tail: 0 },
          { token: tokens[i % tokens.length]! },
        );
        calls.push(call);
        call.on("error", (error: ServiceError) => {
          if (error.code !== GrpcStatus.CANCELLED) log.error(`stream ${GrpcStatus[error.code] ?? error.code}`);
        });
        return new Promise<void>((resolve) =>
          call.on("data", (event: RoomEvent) => {
            if (event.started) resolve();
            const id = event.note?.clientMessageId;
            if (id) log.delivered(id, seen, event.note?.sentAtMs ?? 0);
          }),
        );
      }),
    );
    say(`  ${streams} streams subscribed; sending ${total} notes at ${rate}/s`);

    const window = new MeasureWindow(stack).start();
    const start = performance.now();
    const pending: Promise<unknown>[] = [];
    let sent = 0;
    while (sent < total) {
      const due = Math.min(total, Math.floor(((performance.now() - start) * rate) / 1000) + 1);
      for (; sent < due; sent++) {
        log.sent(sent, streams);
        pending.push(
          sender.chat
            .sendNote(
              { room, message: `bench note ${sent}`, clientMessageId: log.clientId(sent) },
              { token: tokens[sent % tokens.length]!, timeoutMs: 10_000 },
            )
            .catch((error: ServiceError) => log.error(`SendNote ${GrpcStatus[error.code] ?? error.code}`)),
        );
      }
      if (performance.now() - start > seconds * 1000 * 3 + 5_000) break;
      await Bun.sleep(1);
    }
    await Promise.all(pending);
    const drained = await log.drained(DRAIN_MS);
    const figures = window.stop();
    calls.forEach((call) => call.cancel());
    [...clients, sender].forEach((client) => client.close());
    const notes: string[] = [];
    if (sent < total) notes.push(`only ${sent} of ${total} notes sent`);
    if (!drained) notes.push(`not every delivery arrived within ${DRAIN_MS / 1000} s of the last send`);
    const stalls = log.stalls();
    if (stalls.length > 0) notes.push(`slowest moments (send time, worst latency): ${stalls.join(", ")}`);
    if (log.sendErrors > 0) notes.push(`errors: ${JSON.stringify(Object.fromEntries(log.errorCodes))}`);
    return {
      scenario: this.id,
      params,
      latencyMs: latency(log),
      inboundMs: inbound(log),
      deliveries: deliveryFigures(log),
      window: figures,
      notes,
    };
  },
};
