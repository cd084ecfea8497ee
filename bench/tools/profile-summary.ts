#!/usr/bin/env bun
/**
 * Summarizes a Chrome-format .cpuprofile (as written by `bun --cpu-prof`) by sample counts rather than by
 * sampled durations: self and total samples per function, idle excluded, top N.
 *
 *   bun bench/tools/profile-summary.ts server.cpuprofile [top=30]
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
}

const [path, topArg] = process.argv.slice(2);
if (!path) {
  console.error("usage: profile-summary.ts FILE.cpuprofile [top]");
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
let busy = 0;
for (const id of profile.samples) {
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
