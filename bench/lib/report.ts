/**
 * Turning scenario results into figures: one flat `name → number` map per scenario (the median over
 * repeated runs), a readable table, and the change per figure against an earlier JSON file.
 */
import type { ScenarioResult } from "../scenarios/types.ts";
import { median } from "./stats.ts";

export type Figures = Record<string, number>;

/** Which way is better, for the comparison's arrow. */
const HIGHER_IS_BETTER = new Set(["deliveries/s", "joined"]);
/** Figures that describe the run rather than the system under test: no better or worse. */
const NEUTRAL = new Set(["expected", "loadgen cpu cores", "loadgen sys cores", "machine busy cores", "others' cores"]);

export function figuresOf(result: ScenarioResult): Figures {
  const f: Figures = {};
  if (result.latencyMs) {
    f["latency p50 ms"] = result.latencyMs.p50;
    f["latency p95 ms"] = result.latencyMs.p95;
    f["latency p99 ms"] = result.latencyMs.p99;
    f["latency max ms"] = result.latencyMs.max;
  }
  if (result.inboundMs) {
    f["inbound p50 ms"] = result.inboundMs.p50;
    f["inbound p99 ms"] = result.inboundMs.p99;
  }
  if (result.deliveries) {
    f["deliveries/s"] = result.deliveries.perSecond;
    f.expected = result.deliveries.expected;
    f.lost = result.deliveries.lost;
    f.duplicated = result.deliveries.duplicated;
    f["out of order"] = result.deliveries.outOfOrder;
    f["send errors"] = result.deliveries.sendErrors;
  }
  if (result.connect) {
    f.joined = result.connect.joined;
    f.failed = result.connect.failed;
    f["connect p50 ms"] = result.connect.latencyMs.p50;
    f["connect p95 ms"] = result.connect.latencyMs.p95;
    f["connect p99 ms"] = result.connect.latencyMs.p99;
    f["connect max ms"] = result.connect.latencyMs.max;
    f["all joined after ms"] = result.connect.spanMs;
  }
  const w = result.window;
  if (w.server) {
    f["server cpu cores"] = w.server.cpuCores;
    f["server sys cores"] = w.server.sysCores;
    f["server rss MB"] = w.server.rssMb;
  }
  if (w.web) {
    f["web cpu cores"] = w.web.cpuCores;
    f["web sys cores"] = w.web.sysCores;
    f["web rss MB"] = w.web.rssMb;
  }
  // CPU per unit of work: steadier than latency on a machine shared with other people's work.
  const d = result.deliveries;
  // Reports written before `messages` was recorded: every message of the run was sent.
  const p = result.params;
  const messages = d?.messages ?? p.messages ?? Math.round((p.rate ?? 0) * (p.seconds ?? 0));
  if (d && messages > 0 && d.received > 0) {
    const micros = (cores: number) => Math.round((cores * w.durationMs * 1000) / messages);
    if (w.server) f["server cpu us/message"] = micros(w.server.cpuCores);
    if (w.web && w.web.cpuCores > 0.01) {
      f["web cpu us/message"] = micros(w.web.cpuCores);
      f["web cpu us/delivery"] = Math.round(((w.web.cpuCores * w.durationMs * 1000) / d.received) * 100) / 100;
    }
    // The JIT compiling and the GC marking are CPU no request asked for: apart, so a change can tell them.
    const perMessage = (ms: number) => Math.round((ms * 1000) / messages);
    for (const [name, figures] of Object.entries({ server: w.server, web: w.web })) {
      // Reports written before threads were read have none.
      if (!figures?.threadMs) continue;
      f[`${name} js thread us/message`] = perMessage(figures.threadMs.main);
      f[`${name} jit us/message`] = perMessage(figures.threadMs.jit);
      f[`${name} gc threads us/message`] = perMessage(figures.threadMs.gc);
      f[`${name} ended threads us/message`] = perMessage(figures.threadMs.ended);
    }
  }
  // The whole system under test: Tertulia's server and web tier together, or the one process of a peer.
  const productCores = (w.server?.cpuCores ?? 0) + (w.web?.cpuCores ?? 0);
  f["product cpu cores"] = Math.round(productCores * 1000) / 1000;
  f["product rss MB"] = Math.round(((w.server?.rssMb ?? 0) + (w.web?.rssMb ?? 0)) * 10) / 10;
  if (d && d.received > 0) {
    f["product cpu us/delivery"] = Math.round(((productCores * w.durationMs * 1000) / d.received) * 100) / 100;
    if (messages > 0) f["product cpu us/message"] = Math.round((productCores * w.durationMs * 1000) / messages);
  }
  if (result.stallSlots !== undefined) f["250ms slots > 50ms"] = result.stallSlots;
  f["loadgen cpu cores"] = w.loadgen.cpuCores;
  f["loadgen sys cores"] = w.loadgen.sysCores;
  f["machine busy cores"] = w.machine.busyCores;
  f["others' cores"] = w.machine.otherCores;
  return f;
}

/** The median of each figure over runs of one scenario. */
export function medianFigures(runs: readonly Figures[]): Figures {
  const names = [...new Set(runs.flatMap((run) => Object.keys(run)))];
  return Object.fromEntries(names.map((name) => [name, median(runs.map((run) => run[name] ?? Number.NaN))]));
}

export interface ScenarioReport {
  readonly id: string;
  readonly title: string;
  readonly params: Readonly<Record<string, number>>;
  /** Median of each figure over the runs. */
  readonly figures: Figures;
  readonly runs: readonly ScenarioResult[];
  readonly notes: readonly string[];
  readonly error?: string;
}

export interface BenchReport {
  readonly version: 1;
  readonly startedAt: string;
  readonly commit: string;
  readonly mode: "full" | "short" | "custom";
  readonly repeat: number;
  readonly machine: {
    readonly cores: number;
    readonly cpu: string;
    readonly memoryGb: number;
    readonly kernel: string;
    readonly loadavgBefore: number[];
    readonly loadavgAfter: number[];
  };
  readonly bun: string;
  readonly scenarios: ScenarioReport[];
  /** The other systems of the same run (`--peers`, `--pin`), interleaved run by run with `scenarios`. */
  readonly alongside?: readonly { readonly label: string; readonly scenarios: readonly ScenarioReport[] }[];
}

/** The figures the side-by-side table shows, in its order. */
const SIDE_BY_SIDE = [
  "latency p50 ms",
  "latency p99 ms",
  "latency max ms",
  "250ms slots > 50ms",
  "connect p99 ms",
  "deliveries/s",
  "lost",
  "duplicated",
  "product cpu us/delivery",
  "product cpu us/message",
  "product cpu cores",
  "product rss MB",
  "loadgen cpu cores",
  "others' cores",
];

/**
 * Tertulia beside the systems run alongside it: per scenario one row per figure, a column per system, and
 * the ratio of Tertulia's figure to each of theirs ("x3.2": Tertulia's is 3.2 times theirs). Pinned runs
 * (`--pin`) get a table of their own, compared with pinned Tertulia.
 */
export function formatSideBySide(report: BenchReport): string {
  const others = report.alongside ?? [];
  const pinned = others.filter((o) => o.label.endsWith(" pinned"));
  const tables = [
    sideBySide(
      "unpinned",
      { label: "tertulia", scenarios: report.scenarios },
      others.filter((o) => !pinned.includes(o)),
    ),
  ];
  const pinnedOurs = pinned.find((o) => o.label === "tertulia pinned");
  if (pinnedOurs)
    tables.push(
      sideBySide(
        "pinned: load generator on CPU 0, the system under test on the others",
        pinnedOurs,
        pinned.filter((o) => o !== pinnedOurs),
      ),
    );
  return tables.join("\n\n");
}

type Column = { readonly label: string; readonly scenarios: readonly ScenarioReport[] };

function sideBySide(title: string, ours: Column, theirs: readonly Column[]): string {
  const width = Math.max(12, ...[ours, ...theirs].map((c) => c.label.length + 2));
  const header = ["figure".padEnd(26), ...[ours, ...theirs].map((c) => c.label.padStart(width))];
  for (const other of theirs) header.push(`/ ${other.label}`.padStart(width + 2));
  const lines = [`Side by side, ${title} (medians; ratio = ${ours.label} / other)`];
  for (const scenario of ours.scenarios) {
    lines.push("", `${scenario.title}  ${JSON.stringify(scenario.params)}`, `  ${header.join("")}`);
    const figures = theirs.map((o) => o.scenarios.find((s) => s.id === scenario.id)?.figures);
    for (const name of SIDE_BY_SIDE) {
      const value = scenario.figures[name];
      if (value === undefined && figures.every((f) => f?.[name] === undefined)) continue;
      const row = [`  ${name.padEnd(26)}`, formatNumber(value).padStart(width)];
      for (const f of figures) row.push(formatNumber(f?.[name]).padStart(width));
      for (const f of figures) row.push(ratio(value, f?.[name]).padStart(width + 2));
      lines.push(row.join(""));
    }
  }
  return lines.join("\n");
}

function ratio(ours: number | undefined, theirs: number | undefined): string {
  if (typeof ours !== "number" || typeof theirs !== "number" || !Number.isFinite(ours) || !Number.isFinite(theirs))
    return "-";
  if (theirs === 0) return ours === 0 ? "=" : "-";
  return `x${formatNumber(ours / theirs)}`;
}

export function formatNumber(value: number | undefined): string {
  if (typeof value !== "number" || Number.isNaN(value)) return "-"; // NaN comes back from JSON as null
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString("en-US");
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(Math.abs(value) < 10 ? 2 : 1);
}

/** The readable table: one block per scenario, figures as rows; with `old`, the old value and the change. */
export function formatTable(report: BenchReport, old?: BenchReport): string {
  const lines: string[] = [];
  lines.push(
    `Tertulia bench, ${report.startedAt} (${report.commit}), ${report.mode} sizes, median of ${report.repeat} run(s)`,
  );
  lines.push(
    `machine: ${report.machine.cores} cores (${report.machine.cpu}), ${report.machine.memoryGb} GB, load average ${report.machine.loadavgBefore.join(" ")} before, ${report.machine.loadavgAfter.join(" ")} after`,
  );
  for (const scenario of report.scenarios) {
    lines.push("");
    lines.push(`${scenario.title}  ${JSON.stringify(scenario.params)}`);
    if (scenario.error) {
      lines.push(`  FAILED: ${scenario.error}`);
      continue;
    }
    const before = old?.scenarios.find((s) => s.id === scenario.id)?.figures;
    for (const [name, value] of Object.entries(scenario.figures)) {
      const row = [`  ${name.padEnd(32)}`, formatNumber(value).padStart(12)];
      if (before) {
        const was = before[name];
        row.push(formatNumber(was).padStart(12), change(name, was, value).padStart(14));
      }
      lines.push(row.join(""));
    }
    for (const note of scenario.notes) lines.push(`  note: ${note}`);
  }
  return lines.join("\n");
}

function change(name: string, was: number | undefined, now: number): string {
  if (was === undefined || Number.isNaN(was) || Number.isNaN(now)) return "";
  if (was === now) return "=";
  if (was === 0) return `+${formatNumber(now)}`;
  const ratio = now / was;
  const better = HIGHER_IS_BETTER.has(name) ? ratio > 1 : ratio < 1;
  const text =
    ratio >= 2 || ratio <= 0.5
      ? `${formatNumber(ratio)}x`
      : `${ratio > 1 ? "+" : ""}${((ratio - 1) * 100).toFixed(0)}%`;
  return NEUTRAL.has(name) ? text : `${text} ${better ? "better" : "worse"}`;
}
