#!/usr/bin/env bun
/**
 * A before/after Markdown table of two bench reports (for bench/README.md and closing notes): one row per
 * scenario and figure, medians as stored in each report.
 *
 *   bun bench/tools/compare-markdown.ts bench/results/before.json bench/results/after.json
 */
import { readFileSync } from "node:fs";
import { type BenchReport, figuresOf, formatNumber, medianFigures } from "../lib/report.ts";

const [beforePath, afterPath] = process.argv.slice(2);
if (!beforePath || !afterPath) {
  console.error("usage: compare-markdown.ts BEFORE.json AFTER.json");
  process.exit(2);
}
// Figures are recomputed from the stored runs, so reports from older harness versions gain newer figures.
const load = (path: string): BenchReport => {
  const report = JSON.parse(readFileSync(path, "utf8")) as BenchReport;
  return {
    ...report,
    scenarios: report.scenarios.map((s) => ({ ...s, figures: medianFigures(s.runs.map(figuresOf)) })),
  };
};
const before = load(beforePath);
const after = load(afterPath);
/** The figures worth a row; the JSON keeps every one. */
const SHOWN = [
  "latency p50 ms",
  "latency p95 ms",
  "latency p99 ms",
  "latency max ms",
  "deliveries/s",
  "lost",
  "duplicated",
  "joined",
  "failed",
  "connect p50 ms",
  "connect p99 ms",
  "server cpu cores",
  "web cpu cores",
  "server cpu us/message",
  "web cpu us/message",
  "web cpu us/delivery",
  "loadgen cpu cores",
  "server rss MB",
  "web rss MB",
  "others' cores",
];

const lines = ["| scenario | figure | before | after |", "|---|---|---:|---:|"];
for (const scenario of after.scenarios) {
  const old = before.scenarios.find((s) => s.id === scenario.id);
  for (const name of SHOWN) {
    if (!(name in scenario.figures) && !(old && name in old.figures)) continue;
    lines.push(
      `| ${scenario.title.split(" ")[0]} ${scenario.id} | ${name} | ${formatNumber(old?.figures[name])} | ${formatNumber(scenario.figures[name])} |`,
    );
  }
}
const loadOf = (r: BenchReport) => `${r.machine.loadavgBefore.join("/")} → ${r.machine.loadavgAfter.join("/")}`;
console.log(lines.join("\n"));
console.log(
  `\nBefore: ${before.startedAt}, ${before.commit}, median of ${before.repeat}, load average ${loadOf(before)}.`,
);
console.log(`After: ${after.startedAt}, ${after.commit}, median of ${after.repeat}, load average ${loadOf(after)}.`);
