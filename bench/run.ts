#!/usr/bin/env bun
/**
 * `bun run bench`: Tertulia's end-to-end load harness. This process is the load generator; the chat server
 * and the web tier run as child processes (fresh for each scenario run), so the CPU and memory of each are
 * measured apart. Writes one JSON report and prints a readable table; talk goes to stderr.
 *
 *   bun run bench                          every scenario at the sizes, once
 *   bun run bench --repeat 3               each run 3 times, figures are the medians
 *   bun run bench --only one-room,idle     some scenarios (ids: ping-pong one-room many-rooms connect-storm grpc-only idle)
 *   bun run bench --short                  tiny sizes, one shared stack: seconds; what CI runs
 *   bun run bench --set one-room.users=200 change one size
 *   bun run bench --compare old.json       the change per figure against an earlier report
 *   bun run bench --out file.json          where the report goes (default bench/results/latest.json)
 *   bun run bench --cpu-prof DIR           CPU profiles of server and web tier (Bun --cpu-prof, .md too)
 *   bun run bench --root DIR               run the server and web tier of another checkout (before/after)
 *   bun run bench --baseline DIR           also run DIR's checkout, run by run interleaved with this one;
 *                                          its report goes to OUT.baseline.json and the table compares
 *   bun run bench --log-level info         what server and web tier log during each run is counted in its notes
 *   bun run bench --db-dir /dev/shm          the SQLite file on tmpfs: the figures without the disk
 *   bun run bench --peers                  also a Socket.IO 4 server on Node and a raw Bun pub/sub server, run by
 *                                          run interleaved; the table puts them side by side with ratios
 *   bun run bench --peer bun               one peer only (repeatable: --peer bun --peer socket.io)
 *   bun run bench --scale-out              also Tertulia as two server replicas on PostgreSQL + Redis (Debian's
 *                                          binaries), the web tier round robin over them, beside the embedded one
 *   bun run bench --pin                    also each system with the load generator on CPU 0 and the system
 *                                          under test on the others (taskset), beside the unpinned runs
 *   bun run bench --telemetry off,metrics,tracing   each run once per mode, interleaved: what observability costs
 *   bun run bench --url http://host:port [--grpc host:port] [--server-pid N --web-pid N]   an existing stack
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  findPostgres,
  findRedis,
  type RunningPostgres,
  type RunningRedis,
  startPostgres,
  startRedis,
} from "@tertulia/testing/services";
import { PEERS, type PeerName, parsePeer, spawnPeer } from "./lib/peer-stack.ts";
import { pinLoadGenerator } from "./lib/pin.ts";
import { machineDescription } from "./lib/proc.ts";
import {
  type BenchReport,
  figuresOf,
  formatSideBySide,
  formatTable,
  medianFigures,
  type ScenarioReport,
} from "./lib/report.ts";
import { type BenchStack, externalStack, spawnStack } from "./lib/stack.ts";
import { formatOverhead, parseTelemetry, startOtlpSink, type TelemetryMode, telemetryEnv } from "./lib/telemetry.ts";
import { ensureAccounts, loginAll } from "./lib/users.ts";
import { SCENARIOS } from "./scenarios/index.ts";
import type { ScenarioContext, ScenarioResult } from "./scenarios/types.ts";

export interface BenchOptions {
  readonly only?: readonly string[];
  readonly short?: boolean;
  readonly repeat?: number;
  /** "scenario.param=value" overrides. */
  readonly set?: readonly string[];
  readonly url?: string;
  readonly grpc?: string;
  readonly serverPid?: number;
  readonly webPid?: number;
  readonly cpuProfDir?: string;
  /** Run the server and web tier of another checkout (for a before/after on the same harness). */
  readonly root?: string;
  /** Folder for the server's SQLite file. @default the run's temp folder */
  readonly dbDir?: string;
  /** LOG_LEVEL of the spawned processes; what they log during a run is summed up in its notes. @default warn */
  readonly logLevel?: string;
  /** Also run this checkout, interleaved run by run with the one under test; its report is `baseline`. */
  readonly baselineRoot?: string;
  /** Also run these peers (Socket.IO on Node, raw Bun pub/sub), interleaved; their figures are `alongside`. */
  readonly peers?: readonly PeerName[];
  /** Also run each system pinned: load generator on CPU 0, system under test on the rest; in `alongside`. */
  readonly pin?: boolean;
  /** Also run Tertulia as this many server replicas on PostgreSQL + Redis; in `alongside` as "scale-out". */
  readonly scaleOut?: number;
  /** Run each scenario run once per mode (metrics and tracing off/on), interleaved; see lib/telemetry.ts. */
  readonly telemetry?: readonly TelemetryMode[];
  readonly say?: (line: string) => void;
}

/** Runs the chosen scenarios and returns the report (nothing printed on stdout). */
export async function runBench(
  options: BenchOptions = {},
): Promise<BenchReport & { baseline?: BenchReport; telemetry?: Partial<Record<TelemetryMode, ScenarioReport[]>> }> {
  const say = options.say ?? ((line: string) => process.stderr.write(`${line}\n`));
  const repeat = Math.max(1, options.repeat ?? 1);
  const chosen = options.only?.length ? SCENARIOS.filter((s) => options.only!.includes(s.id)) : SCENARIOS;
  const unknown = options.only?.filter((id) => !SCENARIOS.some((s) => s.id === id)) ?? [];
  if (unknown.length > 0)
    throw new Error(`unknown scenario(s): ${unknown.join(", ")}; known: ${SCENARIOS.map((s) => s.id).join(", ")}`);
  const overrides = parseOverrides(options.set ?? []);
  const machine = machineDescription();
  const startedAt = new Date().toISOString();

  const external = options.url
    ? externalStack(options.url, options.grpc ?? null, { server: options.serverPid, web: options.webPid })
    : null;
  if (options.baselineRoot && (external || options.short))
    throw new Error("--baseline needs spawned stacks at full sizes (no --url, no --short)");
  if ((options.peers?.length || options.pin || options.scaleOut) && external)
    throw new Error("--peers, --pin and --scale-out need spawned stacks (no --url)");
  if (options.telemetry && (external || options.short || options.baselineRoot))
    throw new Error("--telemetry needs spawned stacks at full sizes (no --url, --short or --baseline)");
  if (options.telemetry && (options.peers?.length || options.pin || options.scaleOut))
    throw new Error("--telemetry runs Tertulia alone (no --peers, --pin or --scale-out)");
  const sink = options.telemetry?.includes("tracing") ? startOtlpSink() : null;
  // Short mode shares one stack between scenarios (seconds, not a minute); full runs start fresh each time.
  let shared: Prepared | null = null;
  const prepare = async (accountsNeeded: number, variant: Variant): Promise<Prepared> => {
    if (shared && shared.variant === variant && shared.context.accounts.length >= accountsNeeded) return shared;
    if (shared && !external) await shared.stack.stop();
    shared = null;
    if (options.pin) pinLoadGenerator(variant.pinned);
    const stack = external ?? (await variant.start());
    try {
      const accounts = await ensureAccounts(stack.grpcAddress, stack.signup, accountsNeeded);
      // Peers take any socket: the 20 pooled sessions become 20 empty cookies.
      const cookies = stack.login ? await loginAll(stack.webUrl, accounts) : accounts.map(() => "");
      return { variant, stack, context: { stack, accounts, cookies, say } };
    } catch (error) {
      // A stack whose sign-up or login failed is no one's to stop later: it outlived the bench (seen when a
      // login got 503 on a loaded machine, and the server and web tier idled on for half an hour).
      if (!external) await stack.stop();
      throw error;
    }
  };
  const spawnOptions = { cpuProfDir: options.cpuProfDir, logLevel: options.logLevel, dbDir: options.dbDir };
  const services = options.scaleOut ? await startScaleOutServices() : null;
  const variants = buildVariants(options, spawnOptions, sink?.endpoint ?? "", services);
  const reports: ScenarioReport[][] = variants.map(() => []);
  try {
    for (const scenario of chosen) {
      const params = { ...(options.short ? scenario.short : scenario.full), ...overrides.get(scenario.id) };
      const runs: ScenarioResult[][] = variants.map(() => []);
      const errors: (string | undefined)[] = variants.map(() => undefined);
      // Each run of a scenario goes through every variant back to back (alternating the order), so all see
      // the same machine load: the fairest comparison on a shared machine.
      const isPeer = (v: Variant) => (PEERS as readonly string[]).includes(v.system);
      const runnable = variants.map((v, i) => (scenario.grpc && isPeer(v) ? -1 : i)).filter((i) => i >= 0);
      for (let run = 1; run <= repeat; run++) {
        // The order rotates run by run, so no variant always runs first (or last) on a warming machine.
        const order = runnable.map((_, i) => runnable[(i + run - 1) % runnable.length]!);
        for (const v of order) {
          if (errors[v] !== undefined) continue;
          say(`${scenario.title} ${JSON.stringify(params)}: run ${run}/${repeat}${variants[v]!.label}`);
          const prepared = await prepare(options.short ? 4 : scenario.accounts(params), variants[v]!);
          const logged = prepared.stack.logs();
          try {
            const result = withLogNotes(
              await scenario.run({ ...prepared.context, tag: `t${crypto.randomUUID().slice(0, 6)}` }, params),
              logged,
              prepared.stack.logs(),
            );
            runs[v]!.push(result);
            say(`  ${summaryLine(result)}`);
          } catch (caught) {
            errors[v] = caught instanceof Error ? caught.message : String(caught);
            say(`  failed: ${errors[v]}`);
          }
          if (options.short || external) shared = prepared;
          else await prepared.stack.stop();
        }
      }
      variants.forEach((_, v) => {
        if (!runnable.includes(v)) return;
        const error = errors[v];
        const figures = medianFigures(runs[v]!.map(figuresOf));
        const notes = [...new Set(runs[v]!.flatMap((r) => r.notes))];
        reports[v]!.push({
          id: scenario.id,
          title: scenario.title,
          params,
          figures,
          runs: runs[v]!,
          notes,
          ...(error === undefined ? {} : { error }),
        });
      });
    }
  } finally {
    if (shared !== null && !external) await (shared as Prepared).stack.stop();
    if (options.pin) pinLoadGenerator(false);
    if (sink) say(`OTLP sink received ${sink.received().requests} exports, ${sink.received().bytes} bytes`);
    sink?.stop();
    await services?.stop();
  }
  const loadavgAfter = machineDescription().loadavg;
  const reportOf = (scenarios: ScenarioReport[], root: string | undefined): BenchReport => ({
    version: 1,
    startedAt,
    commit: gitCommit(root),
    mode: options.short ? "short" : overrides.size > 0 ? "custom" : "full",
    repeat,
    machine: {
      cores: machine.cores,
      cpu: machine.cpu,
      memoryGb: machine.memoryGb,
      kernel: machine.kernel,
      loadavgBefore: machine.loadavg,
      loadavgAfter,
    },
    bun: Bun.version,
    scenarios,
  });
  if (options.telemetry) {
    const report = reportOf(reports[0]!, options.root);
    return { ...report, telemetry: Object.fromEntries(options.telemetry.map((mode, i) => [mode, reports[i]!])) };
  }
  const baselineIndex = variants.findIndex((v) => v.system === "baseline");
  const alongside = variants
    .map((variant, i) => ({ label: variant.name, scenarios: reports[i]! }))
    .filter((_, i) => i > 0 && i !== baselineIndex);
  const report: BenchReport = {
    ...reportOf(reports[0]!, options.root),
    ...(alongside.length > 0 ? { alongside } : {}),
  };
  return baselineIndex > 0 ? { ...report, baseline: reportOf(reports[baselineIndex]!, options.baselineRoot) } : report;
}

/** One system the scenarios run against, and whether its run is pinned. */
interface Variant {
  /** "tertulia", "baseline", or a peer's name. */
  readonly system: string;
  /** How its column is titled, e.g. "bun pinned". */
  readonly name: string;
  /** What progress lines add, e.g. " [socket.io]". */
  readonly label: string;
  readonly pinned: boolean;
  start(): Promise<BenchStack>;
}

/** The product on every CPU but the load generator's (CPU 0); both fall back to all CPUs on one core. */
const PRODUCT_CPUS = cpus().length > 1 ? `1-${cpus().length - 1}` : "0";

interface ScaleOutServices {
  readonly pg: RunningPostgres;
  readonly redis: RunningRedis;
  stop(): Promise<void>;
}

/** A throwaway PostgreSQL and Redis for `--scale-out` (@tertulia/testing/services). */
async function startScaleOutServices(): Promise<ScaleOutServices> {
  const postgres = findPostgres();
  const redis = findRedis();
  if (typeof postgres === "string") throw new Error(`--scale-out: ${postgres}`);
  if (typeof redis === "object") throw new Error(`--scale-out: ${redis.reason}`);
  const pg = await startPostgres(postgres);
  const running = await startRedis(redis).catch(async (error) => {
    await pg.stop();
    throw error;
  });
  return { pg, redis: running, stop: async () => void (await Promise.all([pg.stop(), running.stop()])) };
}

function buildVariants(
  options: BenchOptions,
  spawnOptions: { cpuProfDir?: string; logLevel?: string; dbDir?: string },
  otlpEndpoint: string,
  services: ScaleOutServices | null,
): Variant[] {
  // --telemetry: the same checkout once per mode, each with its own metrics/tracing environment.
  if (options.telemetry)
    return options.telemetry.map((mode) => {
      const env = telemetryEnv(mode, otlpEndpoint);
      const start = () => spawnStack({ ...spawnOptions, root: options.root, serverEnv: env, webEnv: env });
      return { system: "tertulia", name: mode, label: ` [${mode}]`, pinned: false, start };
    });
  const systems: Omit<Variant, "pinned" | "name" | "label">[] = [
    { system: "tertulia", start: () => spawnStack({ ...spawnOptions, root: options.root }) },
  ];
  if (options.baselineRoot)
    systems.push({ system: "baseline", start: () => spawnStack({ ...spawnOptions, root: options.baselineRoot }) });
  if (services && options.scaleOut) {
    const replicas = options.scaleOut;
    // A fresh database for each stack, as the embedded runs get a fresh SQLite file; Redis is shared (its
    // channels and keys are per room, and rooms are named per run).
    const start = async () =>
      spawnStack({
        ...spawnOptions,
        root: options.root,
        scaleOut: { databaseUrl: await services.pg.createDatabase("bench"), redisUrl: services.redis.url, replicas },
      });
    systems.push({ system: "scale-out", start });
  }
  for (const peer of options.peers ?? []) systems.push({ system: peer, start: () => spawnPeer(peer) });
  const variants: Variant[] = systems.map((s) => ({
    ...s,
    name: s.system,
    label: s.system === "tertulia" ? "" : ` [${s.system}]`,
    pinned: false,
  }));
  if (options.pin) {
    for (const s of systems) {
      if (s.system === "baseline" || s.system === "scale-out") continue;
      const cpus = PRODUCT_CPUS;
      const start =
        s.system === "tertulia"
          ? () => spawnStack({ ...spawnOptions, root: options.root, cpus })
          : () => spawnPeer(s.system as (typeof PEERS)[number], { cpus });
      variants.push({
        system: s.system,
        name: `${s.system} pinned`,
        label: ` [${s.system} pinned]`,
        pinned: true,
        start,
      });
    }
  }
  return variants;
}

/** Adds to a result's notes what the server and web tier logged while it ran, counted by message. */
function withLogNotes(
  result: ScenarioResult,
  before: { server: string; web: string },
  after: { server: string; web: string },
): ScenarioResult {
  const notes = [...result.notes];
  for (const side of ["server", "web"] as const) {
    const counts = new Map<string, number>();
    for (const line of after[side].slice(before[side].length).split("\n")) {
      if (line.trim() === "") continue;
      let key = line.slice(0, 120);
      try {
        const entry = JSON.parse(line) as { level?: string; msg?: string };
        key = `${entry.level ?? "?"}: ${entry.msg ?? "?"}`;
      } catch {
        // not a JSON log line (a crash trace): keep its start
      }
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const [key, count] of counts) notes.push(`${side} logged ${count}x ${key}`);
  }
  return { ...result, notes };
}

interface Prepared {
  readonly variant: Variant;
  readonly stack: BenchStack;
  readonly context: Omit<ScenarioContext, "tag">;
}

function summaryLine(result: ScenarioResult): string {
  const parts: string[] = [];
  if (result.latencyMs) parts.push(`p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms`);
  if (result.deliveries)
    parts.push(
      `${result.deliveries.received}/${result.deliveries.expected} delivered, ${result.deliveries.perSecond}/s, ${result.deliveries.duplicated} dup`,
    );
  if (result.connect)
    parts.push(`${result.connect.joined}/${result.connect.users} joined, p99 ${result.connect.latencyMs.p99} ms`);
  const w = result.window;
  parts.push(
    `cpu server ${w.server?.cpuCores ?? "-"} web ${w.web?.cpuCores ?? "-"} loadgen ${w.loadgen.cpuCores}, others ${w.machine.otherCores}`,
  );
  return parts.join("; ");
}

function parseOverrides(settings: readonly string[]): Map<string, Record<string, number>> {
  const overrides = new Map<string, Record<string, number>>();
  for (const setting of settings) {
    const match = /^([a-z-]+)\.([a-zA-Z]+)=(\d+(?:\.\d+)?)$/.exec(setting);
    if (!match) throw new Error(`--set wants scenario.param=number, got '${setting}'`);
    const [, id, param, value] = match as unknown as [string, string, string, string];
    overrides.set(id, { ...overrides.get(id), [param]: Number(value) });
  }
  return overrides;
}

function gitCommit(root: string | undefined): string {
  if (root) return `checkout at ${root}`;
  const result = Bun.spawnSync(["git", "rev-parse", "--short", "HEAD"], { cwd: import.meta.dir, stderr: "ignore" });
  const dirty = Bun.spawnSync(["git", "status", "--porcelain", "--", "packages"], {
    cwd: import.meta.dir,
    stderr: "ignore",
  });
  const commit = result.success ? result.stdout.toString().trim() : "unknown";
  return dirty.success && dirty.stdout.toString().trim() !== "" ? `${commit}+changes` : commit;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      only: { type: "string" },
      short: { type: "boolean", default: false },
      repeat: { type: "string", default: "1" },
      set: { type: "string", multiple: true, default: [] },
      compare: { type: "string" },
      out: { type: "string", default: resolve(import.meta.dir, "results/latest.json") },
      url: { type: "string" },
      grpc: { type: "string" },
      "server-pid": { type: "string" },
      "web-pid": { type: "string" },
      "cpu-prof": { type: "string" },
      root: { type: "string" },
      baseline: { type: "string" },
      "log-level": { type: "string", default: "warn" },
      "db-dir": { type: "string" },
      telemetry: { type: "string" },
      peers: { type: "boolean", default: false },
      peer: { type: "string", multiple: true },
      pin: { type: "boolean", default: false },
      "scale-out": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
    },
  });
  const report = await runBench({
    only: values.only?.split(",").filter(Boolean),
    short: values.short,
    repeat: Number(values.repeat),
    set: values.set,
    url: values.url,
    grpc: values.grpc,
    serverPid: values["server-pid"] ? Number(values["server-pid"]) : undefined,
    webPid: values["web-pid"] ? Number(values["web-pid"]) : undefined,
    cpuProfDir: values["cpu-prof"] ? resolve(values["cpu-prof"]) : undefined,
    root: values.root ? resolve(values.root) : undefined,
    baselineRoot: values.baseline ? resolve(values.baseline) : undefined,
    logLevel: values["log-level"],
    dbDir: values["db-dir"] ? resolve(values["db-dir"]) : undefined,
    peers: values.peer ? values.peer.map(parsePeer) : values.peers ? PEERS : undefined,
    pin: values.pin,
    telemetry: values.telemetry ? parseTelemetry(values.telemetry) : undefined,
    scaleOut: values["scale-out"] ? 2 : undefined,
  });
  const { baseline, telemetry, ...current } = report;
  if (telemetry) {
    const byMode = new Map(Object.entries(telemetry) as Array<[TelemetryMode, ScenarioReport[]]>);
    process.stdout.write(`${formatOverhead(byMode)}\n\n`);
    Object.assign(current, { telemetry });
  }
  if (baseline) {
    const baselineOut = values.out.replace(/(\.json)?$/, ".baseline.json");
    writeFileSync(baselineOut, `${JSON.stringify(baseline, null, 2)}\n`);
    process.stderr.write(`baseline report written to ${baselineOut}\n`);
  }
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, `${JSON.stringify(current, null, 2)}\n`);
  const old = values.compare ? (JSON.parse(readFileSync(values.compare, "utf8")) as BenchReport) : baseline;
  if (values.json) process.stdout.write(`${JSON.stringify(current)}\n`);
  else process.stdout.write(`${formatTable(current, old)}\n`);
  if (current.alongside && !values.json) process.stdout.write(`\n${formatSideBySide(current)}\n`);
  process.stderr.write(`report written to ${values.out}\n`);
  const failed = report.scenarios.some((s) => s.error !== undefined);
  process.exit(failed ? 1 : 0);
}
