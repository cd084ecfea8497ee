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
 *   bun run bench --url http://host:port [--grpc host:port] [--server-pid N --web-pid N]   an existing stack
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatTable, figuresOf, medianFigures, type BenchReport, type ScenarioReport } from "./lib/report.ts";
import { machineDescription } from "./lib/proc.ts";
import { externalStack, spawnStack, type BenchStack } from "./lib/stack.ts";
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
  readonly say?: (line: string) => void;
}

/** Runs the chosen scenarios and returns the report (nothing printed on stdout). */
export async function runBench(options: BenchOptions = {}): Promise<BenchReport> {
  const say = options.say ?? ((line: string) => process.stderr.write(`${line}\n`));
  const repeat = Math.max(1, options.repeat ?? 1);
  const chosen = options.only?.length ? SCENARIOS.filter((s) => options.only!.includes(s.id)) : SCENARIOS;
  const unknown = options.only?.filter((id) => !SCENARIOS.some((s) => s.id === id)) ?? [];
  if (unknown.length > 0) throw new Error(`unknown scenario(s): ${unknown.join(", ")}; known: ${SCENARIOS.map((s) => s.id).join(", ")}`);
  const overrides = parseOverrides(options.set ?? []);
  const machine = machineDescription();
  const startedAt = new Date().toISOString();

  const external = options.url ? externalStack(options.url, options.grpc ?? null, { server: options.serverPid, web: options.webPid }) : null;
  // Short mode shares one stack between scenarios (seconds, not a minute); full runs start fresh each time.
  let shared: { stack: BenchStack; context: Omit<ScenarioContext, "tag"> } | null = null;
  const prepare = async (accountsNeeded: number) => {
    if (shared && shared.context.accounts.length >= accountsNeeded) return shared;
    if (shared && !external) await shared.stack.stop();
    const stack = external ?? (await spawnStack({ cpuProfDir: options.cpuProfDir, root: options.root }));
    const accounts = await ensureAccounts(stack.grpcAddress, stack.signup, accountsNeeded);
    const cookies = await loginAll(stack.webUrl, accounts);
    return { stack, context: { stack, accounts, cookies, say } };
  };

  const reports: ScenarioReport[] = [];
  try {
    for (const scenario of chosen) {
      const params = { ...(options.short ? scenario.short : scenario.full), ...overrides.get(scenario.id) };
      const runs: ScenarioResult[] = [];
      let error: string | undefined;
      for (let run = 1; run <= repeat && error === undefined; run++) {
        say(`${scenario.title} ${JSON.stringify(params)}: run ${run}/${repeat}`);
        const needed = options.short ? 4 : scenario.accounts(params);
        const prepared = await prepare(needed);
        try {
          const result = await scenario.run({ ...prepared.context, tag: `t${crypto.randomUUID().slice(0, 6)}` }, params);
          runs.push(result);
          say(`  ${summaryLine(result)}`);
        } catch (caught) {
          error = caught instanceof Error ? caught.message : String(caught);
          say(`  failed: ${error}`);
        }
        if (options.short || external) shared = prepared;
        else await prepared.stack.stop();
      }
      const figures = medianFigures(runs.map(figuresOf));
      const notes = [...new Set(runs.flatMap((r) => r.notes))];
      reports.push({ id: scenario.id, title: scenario.title, params, figures, runs, notes, ...(error === undefined ? {} : { error }) });
    }
  } finally {
    if (shared && !external) await shared.stack.stop();
  }
  return {
    version: 1,
    startedAt,
    commit: gitCommit(options.root),
    mode: options.short ? "short" : overrides.size > 0 ? "custom" : "full",
    repeat,
    machine: { cores: machine.cores, cpu: machine.cpu, memoryGb: machine.memoryGb, kernel: machine.kernel, loadavgBefore: machine.loadavg, loadavgAfter: machineDescription().loadavg },
    bun: Bun.version,
    scenarios: reports,
  };
}

function summaryLine(result: ScenarioResult): string {
  const parts: string[] = [];
  if (result.latencyMs) parts.push(`p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms`);
  if (result.deliveries) parts.push(`${result.deliveries.received}/${result.deliveries.expected} delivered, ${result.deliveries.perSecond}/s, ${result.deliveries.duplicated} dup`);
  if (result.connect) parts.push(`${result.connect.joined}/${result.connect.users} joined, p99 ${result.connect.latencyMs.p99} ms`);
  const w = result.window;
  parts.push(`cpu server ${w.server?.cpuCores ?? "-"} web ${w.web?.cpuCores ?? "-"} loadgen ${w.loadgen.cpuCores}, others ${w.machine.otherCores}`);
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
  const dirty = Bun.spawnSync(["git", "status", "--porcelain", "--", "packages"], { cwd: import.meta.dir, stderr: "ignore" });
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
  });
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
  const old = values.compare ? (JSON.parse(readFileSync(values.compare, "utf8")) as BenchReport) : undefined;
  if (values.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else process.stdout.write(`${formatTable(report, old)}\n`);
  process.stderr.write(`report written to ${values.out}\n`);
  const failed = report.scenarios.some((s) => s.error !== undefined);
  process.exit(failed ? 1 : 0);
}
