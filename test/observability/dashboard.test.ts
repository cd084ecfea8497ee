/**
 * The Grafana dashboard and the alert rules are code: every metric they query is one the server or the web
 * tier exports (or a named metric from the cluster's own exporters), every label they match or group by
 * exists on it, and the rules pass `promtool check rules` where promtool is installed.
 */
import { describe, expect, test } from "bun:test";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { WebMetrics } from "@tertulia/client/src/metrics/web-metrics.ts";
import { ServerMetrics } from "@tertulia/server/src/metrics/server-metrics.ts";
import { parse, stringify } from "yaml";

const MONITORING = path.resolve(import.meta.dir, "../../manifests/components/monitoring");

interface Panel {
  readonly title: string;
  readonly targets?: ReadonlyArray<{ readonly expr: string }>;
}
interface Rule {
  readonly alert?: string;
  readonly expr: string;
}

const dashboard = JSON.parse(readFileSync(path.join(MONITORING, "grafana-dashboard.json"), "utf8")) as {
  panels: Panel[];
};
const ruleFile = parse(readFileSync(path.join(MONITORING, "prometheus-rule.yaml"), "utf8")) as {
  spec: { groups: Array<{ name: string; rules: Rule[] }> };
};
const rules = ruleFile.spec.groups.flatMap((group) => group.rules);
const queries = [
  ...dashboard.panels.flatMap((panel) =>
    (panel.targets ?? []).map((t) => ({ where: `panel "${panel.title}"`, expr: t.expr })),
  ),
  ...rules.map((rule) => ({ where: `alert ${rule.alert}`, expr: rule.expr })),
];

/** Labels Prometheus adds to every scraped series (target labels from the ServiceMonitor or pod annotations). */
const TARGET_LABELS = ["namespace", "pod", "job", "instance", "service", "container", "endpoint"];

/** Metrics from elsewhere in the cluster, with who exports them. */
const EXTERNAL: Record<string, { from: string; labels: string[] }> = {
  up: { from: "Prometheus itself, per scrape target", labels: [] },
  kube_pod_container_status_restarts_total: { from: "kube-state-metrics", labels: [] },
};

/** Every series name the code exports, with its label names (histograms as _bucket, _sum and _count). */
function exportedMetrics(): Map<string, string[]> {
  const exported = new Map<string, string[]>();
  for (const registry of [new ServerMetrics().registry, new WebMetrics().registry]) {
    for (const metric of registry.getMetricsAsArray()) {
      const labels = [...((metric as { labelNames?: string[] }).labelNames ?? [])];
      if (String(metric.type) === "histogram") {
        exported.set(`${metric.name}_bucket`, [...labels, "le"]);
        exported.set(`${metric.name}_sum`, labels);
        exported.set(`${metric.name}_count`, labels);
      } else {
        exported.set(metric.name, labels);
      }
    }
  }
  return exported;
}

const KEYWORDS = new Set([
  "by",
  "without",
  "on",
  "ignoring",
  "group_left",
  "group_right",
  "bool",
  "and",
  "or",
  "unless",
  "offset",
  "inf",
  "nan",
]);

/**
 * The metric selectors in a PromQL expression: `name{label="…", …}` or a bare name, with the label names it
 * matches and the labels it groups by. Strings, range selectors and function names are skipped.
 */
export function selectorsOf(expr: string): Array<{ metric: string; labels: string[] }> {
  const text = expr.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/\[[^\]]*\]/g, "");
  const grouping = [...text.matchAll(/\b(?:by|without|on|ignoring|group_left|group_right)\s*\(([^)]*)\)/g)].flatMap(
    (m) =>
      m[1]!
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
  );
  const stripped = text.replace(/\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, " ");
  const selectors: Array<{ metric: string; labels: string[] }> = [];
  for (const match of stripped.matchAll(/(?<![\w.])([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(\{[^}]*\})?(\s*\()?/g)) {
    const [, name, matchers, call] = match;
    if (call || KEYWORDS.has(name!.toLowerCase()) || /^\d/.test(name!)) continue;
    const labels = [...(matchers ?? "").matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)\s*(?:=~|!~|!=|=)/g)].map((m) => m[1]!);
    selectors.push({ metric: name!, labels: [...labels, ...grouping] });
  }
  return selectors;
}

describe("dashboard and alert rules", () => {
  const exported = exportedMetrics();

  test("every metric they query is exported by the code (or named as the cluster's)", () => {
    const unknown: string[] = [];
    for (const { where, expr } of queries) {
      const selectors = selectorsOf(expr);
      expect(selectors.length, `${where} queries no metric`).toBeGreaterThan(0);
      for (const { metric } of selectors)
        if (!exported.has(metric) && !EXTERNAL[metric]) unknown.push(`${where}: ${metric}`);
    }
    expect(unknown).toEqual([]);
  });

  test("every label they match or group by exists on the metric", () => {
    const wrong: string[] = [];
    for (const { where, expr } of queries) {
      for (const { metric, labels } of selectorsOf(expr)) {
        const known = [...(exported.get(metric) ?? EXTERNAL[metric]?.labels ?? []), ...TARGET_LABELS, "le"];
        for (const label of labels) if (!known.includes(label)) wrong.push(`${where}: ${metric} has no label ${label}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test("the dashboard shows connections, messages/s, send p50/p99, errors, relay lag and pod restarts", () => {
    const used = new Set(
      queries.filter((q) => q.where.startsWith("panel")).flatMap((q) => selectorsOf(q.expr).map((s) => s.metric)),
    );
    for (const metric of [
      "tertulia_web_sockets_open",
      "tertulia_store_append_seconds_count",
      "tertulia_web_send_round_trip_seconds_bucket",
      "grpc_server_handled_total",
      "tertulia_web_relay_lag_seconds_bucket",
      "tertulia_web_relay_stream_ends_total",
      "kube_pod_container_status_restarts_total",
    ])
      expect(used.has(metric), metric).toBe(true);
    const quantiles = queries
      .map((q) => q.expr)
      .filter((e) => e.includes("tertulia_web_send_round_trip_seconds_bucket"));
    expect(quantiles.some((e) => e.startsWith("histogram_quantile(0.5,"))).toBe(true);
    expect(quantiles.some((e) => e.startsWith("histogram_quantile(0.99,"))).toBe(true);
  });

  test("the rules cover send p99, the error ratio and relay reconnect loops, each holding for minutes", () => {
    const byName = new Map(rules.map((rule) => [rule.alert, rule as Rule & { for?: string }]));
    for (const alert of ["TertuliaSendLatencyHigh", "TertuliaServerErrorRatioHigh", "TertuliaRelayReconnectLoop"]) {
      expect(byName.get(alert)?.for, alert).toMatch(/^\d+m$/);
    }
  });

  test("the AMP module loads the same rules (terraform/modules/observability/alert-rules.yaml)", () => {
    const copy = parse(
      readFileSync(path.resolve(MONITORING, "../../../terraform/modules/observability/alert-rules.yaml"), "utf8"),
    );
    expect(copy).toEqual(ruleFile.spec);
  });

  const promtool = Bun.which("promtool");
  test.skipIf(promtool === null)("promtool accepts the rule groups (syntax, PromQL, templates)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tertulia-rules-"));
    try {
      const file = path.join(dir, "rules.yml");
      writeFileSync(file, stringify(ruleFile.spec));
      const run = Bun.spawnSync([promtool!, "check", "rules", file], { stdout: "pipe", stderr: "pipe" });
      expect(`${run.stdout}${run.stderr}`).toContain(`SUCCESS: ${rules.length} rules found`);
      expect(run.exitCode).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the PromQL reader used above", () => {
  test("finds metrics and labels, and skips functions, strings, ranges and keywords", () => {
    expect(
      selectorsOf(
        'histogram_quantile(0.99, sum by (le, pod) (rate(a_bucket{x="rate(b)",y!~"c"}[5m]))) / on(pod) b * 1e9',
      ),
    ).toEqual([
      { metric: "a_bucket", labels: ["x", "y", "le", "pod", "pod"] },
      { metric: "b", labels: ["le", "pod", "pod"] },
    ]);
  });
});
