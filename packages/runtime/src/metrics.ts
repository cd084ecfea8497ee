/**
 * What both tiers need to be scraped by Prometheus: a `/metrics` listener on its own port (kept off the
 * load balancer, which only routes the web port), the process figures every dashboard expects, and a label
 * that can never grow past a cap.
 *
 * Library: prom-client, the Prometheus client most Node services use; it renders the text exposition format
 * and costs one map lookup per labelled increment. (OpenTelemetry's Prometheus exporter would add the metrics
 * SDK's aggregation pipeline for the same output.) Its `collectDefaultMetrics` is not used: its event-loop
 * lag gauges rely on `perf_hooks.monitorEventLoopDelay`, which reports nonsense under Bun 1.4 (a minimum of
 * 9.2e9 s, NaN means), so the few process figures are read here from `process` directly.
 * @see https://prometheus.io/docs/instrumenting/exposition_formats/
 */
import { Counter, Gauge, type Registry } from "prom-client";
import { portInUseOr } from "./port-in-use.ts";

export { Counter, Gauge, Histogram, Registry } from "prom-client";

export interface MetricsEndpoint {
  /** The bound port (the real one when 0 was asked for). */
  readonly port: number;
  stop(): Promise<void>;
}

/**
 * Serves `registry` at `GET /metrics` on its own listener (the port METRICS_PORT names); every other path is 404.
 * @throws {PortInUseError} naming METRICS_PORT when the port is taken.
 */
export function serveMetrics(registry: Registry, options: { readonly host: string; readonly port: number }) {
  let server: Bun.Server<undefined>;
  try {
    server = Bun.serve({
      hostname: options.host,
      port: options.port,
      reusePort: false,
      async fetch(request) {
        if (new URL(request.url).pathname !== "/metrics") return new Response("not found\n", { status: 404 });
        return new Response(await registry.metrics(), { headers: { "content-type": registry.contentType } });
      },
    });
  } catch (error) {
    throw portInUseOr(error, options.port, "METRICS_PORT");
  }
  return { port: server.port!, stop: () => server.stop(true) } satisfies MetricsEndpoint;
}

/**
 * The standard process figures (the names prom-client and the Go client use), read at scrape time, so they
 * cost nothing between scrapes.
 */
export function registerProcessMetrics(registry: Registry): void {
  const startedAt = Date.now() / 1000 - process.uptime();
  let cpuSeen = 0;
  new Counter({
    name: "process_cpu_seconds_total",
    help: "Total user and system CPU time spent in seconds.",
    registers: [registry],
    collect() {
      const { user, system } = process.cpuUsage();
      const total = (user + system) / 1e6;
      this.inc(Math.max(0, total - cpuSeen));
      cpuSeen = total;
    },
  });
  new Gauge({
    name: "process_resident_memory_bytes",
    help: "Resident memory size in bytes.",
    registers: [registry],
    collect() {
      this.set(process.memoryUsage.rss());
    },
  });
  new Gauge({
    name: "process_start_time_seconds",
    help: "Start time of the process since unix epoch in seconds.",
    registers: [registry],
    collect() {
      this.set(startedAt);
    },
  });
}

/**
 * Label values drawn from something users choose (room names): the first `limit` distinct values keep their
 * own label for the life of the process, every later one shares `other`. A stranger creating rooms can add
 * at most `limit` series, never one per room.
 */
export class BoundedLabel {
  static readonly OTHER = "other";
  readonly #limit: number;
  readonly #known = new Set<string>();

  constructor(limit: number) {
    this.#limit = limit;
  }

  of(value: string): string {
    if (this.#known.has(value)) return value;
    if (this.#known.size >= this.#limit) return BoundedLabel.OTHER;
    this.#known.add(value);
    return value;
  }
}
