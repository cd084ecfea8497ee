/**
 * grpc.health.v1.Health, for Kubernetes' native gRPC probes: SERVING while the server takes calls and its
 * store takes writes (store-health.ts); NOT_SERVING once shutdown starts, so no new traffic is routed here
 * while streams drain, and while the store is failing, so a replica with a broken database leaves the
 * Service instead of failing every send.
 */
import type { Server, ServerWritableStream } from "@grpc/grpc-js";
import { grpc as health, healthMethods, serviceDefinition } from "@tertulia/protocol";
import type { Logger } from "@tertulia/runtime";
import { ChatError } from "../errors.ts";
import { type StreamHandlerOf, unaryHandler } from "../transport/handlers.ts";

const ServingStatus = health.health.v1.HealthCheckResponse.ServingStatus;
type ServingStatus = health.health.v1.HealthCheckResponse.ServingStatus;
type M = typeof healthMethods;

/** The services reported: "" is the whole server, as probes ask by default. */
export const HEALTH_SERVICES = ["", "AuthService", "ChatServer"] as const;

export class HealthStatus {
  readonly #statuses = new Map<string, ServingStatus>(HEALTH_SERVICES.map((name) => [name, ServingStatus.SERVING]));
  readonly #watchers = new Set<(name: string) => void>();

  get(service: string): ServingStatus | undefined {
    return this.#statuses.get(service);
  }

  setAll(status: ServingStatus): void {
    for (const name of this.#statuses.keys()) {
      this.#statuses.set(name, status);
      for (const watcher of this.#watchers) watcher(name);
    }
  }

  watch(watcher: (service: string) => void): () => void {
    this.#watchers.add(watcher);
    return () => this.#watchers.delete(watcher);
  }
}

export function addHealthService(
  server: Server,
  state: HealthStatus,
  log: Logger,
  storeServing: () => Promise<boolean> = async () => true,
): void {
  const check = unaryHandler<M["check"]>(log, "Health.Check", async (call) => {
    const status = state.get(call.request.service);
    if (status === undefined) throw new ChatError("not_found", `unknown service "${call.request.service}"`);
    if (status === ServingStatus.SERVING && !(await storeServing())) return { status: ServingStatus.NOT_SERVING };
    return { status };
  });

  const watch: StreamHandlerOf<M["watch"]> = (
    call: ServerWritableStream<{ service: string }, { status: ServingStatus }>,
  ) => {
    const service = call.request.service;
    const send = () => call.write({ status: state.get(service) ?? ServingStatus.SERVICE_UNKNOWN });
    const stop = state.watch((changed) => changed === service && send());
    call.on("cancelled", stop);
    call.on("close", stop);
    send();
  };

  server.addService(serviceDefinition(healthMethods), { check, watch });
}
