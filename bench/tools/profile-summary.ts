#!/usr/bin/env bun
/**
 * Summarizes a Chrome-format .cpuprofile (as written by `bun --cpu-prof`) by sample counts rather than by
 * sampled durations: self and total samples per function, idle excluded, top N.
 *
 *   bun bench/tools/profile-summary.ts server.cpuprofile [top=30] [fromMs toMs]
 *
 * With `fromMs toMs` (wall clock, ms since the epoch: a run's `window.wallMs` in the bench report) only the
 * samples taken in that window count, so a whole-process profile shows the measured load, not the setup.
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  /** µs since the epoch (Bun's profiler); each sample's time is startTime plus the deltas up to it. */
  readonly startTime: number;
  readonly timeDeltas: readonly number[];
}

const [path, topArg, fromArg, toArg] = process.argv.slice(2);
if (!path) {
  console.error("usage: profile-summary.ts FILE.cpuprofile [top] [fromMs toMs]");
  process.exit(2);
}
const profile = JSON.parse(readFileSync(path, "utf8")) as Profile;
const top = Number(topArg ?? 30);
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const label = (node: ProfileNode) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^.*node_modules\/(?:\.bun\/[^/]+\/node_modules\/)?/, "").replace(/^.*\/work\/main\//, "");
  return `${functionName || "(anonymous)"} ${file ? `${file}:${lineNumber + 1}` : ""}`.trim();
};

const self = new Map<string, number>();
const total = new Map<string, number>();
const fromUs = fromArg === undefined ? -Infinity : Number(fromArg) * 1000;
const toUs = toArg === undefined ? Infinity : Number(toArg) * 1000;
let busy = 0;
let at = profile.startTime;
for (const [i, id] of profile.samples.entries()) {
  at += profile.timeDeltas[i] ?? 0;
  if (at < fromUs || at > toUs) continue;
  const node = byId.get(id);
  if (!node) continue;
  const name = node.callFrame.functionName;
  if (name === "(idle)" || name === "(program)" || name === "(root)") continue;
  busy += 1;
  self.set(label(node), (self.get(label(node)) ?? 0) + 1);
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const l = label(byId.get(cur)!);
    if (seen.has(l)) continue;
    seen.add(l);
    total.set(l, (total.get(l) ?? 0) + 1);
  }
}
const pct = (n: number) => `${((n / busy) * 100).toFixed(1)}%`.padStart(6);
console.log(`${busy} busy samples of ${profile.samples.length}`);
console.log("\nself:");
for (const [name, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`${pct(n)} ${String(n).padStart(6)}  ${name}`);
console.log("\ntotal:");
for (const [name, n] of [...total].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`${pct(n)} ${String(n).padStart(6)}  ${name}`);
