#!/usr/bin/env bun
/**
 * Renders the Grafana dashboard without Grafana (Debian has none): starts the real server and web tier with
 * metrics on, a local Prometheus (Debian's `prometheus` package) scraping both every 2 s with the alert rules
 * loaded, drives a few minutes of chat (sockets coming and going, messages at a varying rate, some refused
 * frames), then evaluates every panel's queries with Prometheus's query_range API and draws them with
 * matplotlib (`/usr/bin/python3`, Debian's python3-matplotlib) into one PNG laid out like the dashboard.
 *
 *   bun bench/tools/render-dashboard.ts OUT_DIR [--seconds 150]
 *
 * Grafana variables are replaced as Grafana would: $namespace → tertulia (a target label here),
 * $__rate_interval → 10s (four 2 s scrapes, Grafana's rule), $datasource → this Prometheus.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { spawnStack } from "../lib/stack.ts";
import { DEMO_ACCOUNTS, loginAll } from "../lib/users.ts";

const ROOT = resolve(import.meta.dir, "../..");
const MONITORING = join(ROOT, "manifests/components/monitoring");

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seconds: { type: "string", default: "150" } },
});
const out = resolve(positionals[0] ?? "dashboard-render");
const seconds = Number(values.seconds);
mkdirSync(out, { recursive: true });

const freePort = () => {
  const listener = Bun.listen({ hostname: "127.0.0.1", port: 0, socket: { data() {} } });
  const port = listener.port;
  listener.stop(true);
  return port;
};
const [serverMetrics, webMetrics, promPort] = [freePort(), freePort(), freePort()];
const stack = await spawnStack({
  serverEnv: { METRICS_PORT: String(serverMetrics) },
  webEnv: { METRICS_PORT: String(webMetrics) },
});

const rules = parse(readFileSync(join(MONITORING, "prometheus-rule.yaml"), "utf8")) as { spec: unknown };
writeFileSync(join(out, "rules.yml"), JSON.stringify(rules.spec));
writeFileSync(
  join(out, "prometheus.yml"),
  JSON.stringify({
    global: { scrape_interval: "2s", evaluation_interval: "2s" },
    rule_files: [join(out, "rules.yml")],
    scrape_configs: [
      {
        job_name: "tertulia-server-metrics",
        static_configs: [
          { targets: [`127.0.0.1:${serverMetrics}`], labels: { namespace: "tertulia", pod: "tertulia-server-0" } },
        ],
      },
      {
        job_name: "tertulia-client-metrics",
        static_configs: [
          { targets: [`127.0.0.1:${webMetrics}`], labels: { namespace: "tertulia", pod: "tertulia-client-0" } },
        ],
      },
    ],
  }),
);
const prometheus = Bun.spawn(
  [
    "prometheus",
    `--config.file=${join(out, "prometheus.yml")}`,
    `--storage.tsdb.path=${join(out, "tsdb")}`,
    `--web.listen-address=127.0.0.1:${promPort}`,
  ],
  { stdout: Bun.file(join(out, "prometheus.log")), stderr: Bun.file(join(out, "prometheus.err")) },
);
const prom = `http://127.0.0.1:${promPort}`;

try {
  const cookies = await loginAll(stack.webUrl, DEMO_ACCOUNTS);
  const started = Date.now();
  const sockets: WebSocket[] = [];
  const open = async (i: number) => {
    const ws = new WebSocket(`${stack.webUrl.replace("http", "ws")}/ws`, {
      headers: { cookie: cookies[i % cookies.length]!, origin: stack.webUrl },
    } as unknown as string[]);
    await new Promise((r) => ws.addEventListener("open", r, { once: true }));
    ws.send(JSON.stringify({ type: "join", room: `room-${i % 5}` }));
    sockets.push(ws);
  };
  let sent = 0;
  while (Date.now() - started < seconds * 1000) {
    const t = (Date.now() - started) / 1000;
    // Sockets ramp up to 40 and back down to 10 in the last third.
    const target = t < seconds / 3 ? Math.ceil((40 * t) / (seconds / 3)) : t < (2 * seconds) / 3 ? 40 : 10;
    while (sockets.length < target) await open(sockets.length);
    while (sockets.length > target) sockets.pop()!.close();
    // Messages at a varying rate (2-40/s), and every 20 s a few refused frames.
    const rate = 21 + 19 * Math.sin(t / 15);
    // Each socket sends into the room it joined.
    const k = sent % sockets.length;
    const socket = sockets[k];
    socket?.send(JSON.stringify({ type: "send", room: `room-${k % 5}`, text: `m${sent}`, clientId: `c${sent}` }));
    sent += 1;
    if (sent % Math.round(rate * 20) === 0) for (let i = 0; i < 3; i++) socket?.send("not json");
    await Bun.sleep(1000 / rate);
  }
  for (const ws of sockets) ws.close();
  await Bun.sleep(4_000);

  const dashboard = JSON.parse(readFileSync(join(MONITORING, "grafana-dashboard.json"), "utf8")) as {
    panels: Array<{
      title: string;
      type: string;
      gridPos: object;
      fieldConfig: { defaults: { unit: string } };
      targets: Array<{ expr: string; legendFormat: string }>;
    }>;
  };
  const end = Date.now() / 1000;
  const start = end - seconds - 4;
  const panels = [];
  for (const panel of dashboard.panels) {
    const series = [];
    for (const target of panel.targets) {
      const expr = target.expr.replaceAll("$__rate_interval", "10s").replaceAll("$namespace", "tertulia");
      const url = `${prom}/api/v1/query_range?${new URLSearchParams({ query: expr, start: String(start), end: String(end), step: "2" })}`;
      const body = (await (await fetch(url)).json()) as {
        status: string;
        error?: string;
        data?: { result: Array<{ metric: Record<string, string>; values: Array<[number, string]> }> };
      };
      if (body.status !== "success") throw new Error(`${panel.title}: ${expr}: ${body.error}`);
      for (const result of body.data!.result) {
        const legend = target.legendFormat.replace(/\{\{(\w+)\}\}/g, (_m, label: string) => result.metric[label] ?? "");
        series.push({ legend, expr, points: result.values.map(([ts, v]) => [ts - start, Number(v)]) });
      }
    }
    panels.push({
      title: panel.title,
      type: panel.type,
      gridPos: panel.gridPos,
      unit: panel.fieldConfig.defaults.unit,
      series,
    });
  }
  const alerts = (await (await fetch(`${prom}/api/v1/rules?type=alert`)).json()) as {
    data: { groups: Array<{ rules: Array<{ name: string; state: string; health: string }> }> };
  };
  const ruleStates = alerts.data.groups.flatMap((g) => g.rules.map((r) => `${r.name}: ${r.state} (${r.health})`));
  writeFileSync(join(out, "panels.json"), JSON.stringify({ panels, rules: ruleStates, sent, seconds }, null, 1));
  const plot = Bun.spawnSync(
    [
      "/usr/bin/python3",
      join(import.meta.dir, "plot-dashboard.py"),
      join(out, "panels.json"),
      join(out, "dashboard.png"),
    ],
    {
      stdout: "inherit",
      stderr: "inherit",
    },
  );
  if (plot.exitCode !== 0) throw new Error("plotting failed");
  process.stderr.write(`${sent} messages sent; rules: ${ruleStates.join("; ")}\nwrote ${join(out, "dashboard.png")}\n`);
} finally {
  prometheus.kill("SIGTERM");
  await prometheus.exited;
  await stack.stop();
}
