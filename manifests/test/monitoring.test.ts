/**
 * Metrics reach an in-cluster scraper and nothing else: each pod names its metrics port in annotations, the
 * optional monitoring component adds metrics Services and a ServiceMonitor for them, the Services the load
 * balancer uses never carry that port, and the optional hpa-sockets component adds sockets per pod to the
 * web tier's autoscaler beside CPU.
 */
import { describe, expect, test } from "bun:test";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { stringify } from "yaml";
import { autoscalers, deployments, services } from "./objects";
import { type KubeObject, kubectlProblem, MANIFESTS_DIR, PROFILES, renderDirectory, reportSkip } from "./render";

reportSkip();

/** An overlay with components added, as a platform team's own kustomization would. */
function renderWith(profile: string, components: readonly string[]): KubeObject[] {
  const dir = mkdtempSync(path.join(tmpdir(), "tertulia-monitoring-"));
  try {
    const relative = (target: string) => path.relative(dir, path.join(MANIFESTS_DIR, target));
    writeFileSync(
      path.join(dir, "kustomization.yaml"),
      stringify({
        apiVersion: "kustomize.config.k8s.io/v1beta1",
        kind: "Kustomization",
        resources: [relative(`overlays/${profile}`)],
        components: components.map((c) => relative(`components/${c}`)),
      }),
    );
    return renderDirectory(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const METRICS_PORTS = { "tertulia-server": 9464, "tertulia-client": 9465 } as const;

describe.skipIf(kubectlProblem !== null)("metrics exposure", () => {
  for (const profile of PROFILES) {
    test(`${profile}: each pod announces its metrics port, which its config listens on`, () => {
      const objects = renderWith(profile, []);
      for (const deployment of deployments(objects)) {
        const name = deployment.metadata!.name as keyof typeof METRICS_PORTS;
        const template = deployment.spec!.template;
        const container = template.spec!.containers[0]!;
        const port = container.ports?.find((p) => p.name === "metrics");
        expect(port?.containerPort).toBe(METRICS_PORTS[name]);
        expect(template.metadata?.annotations).toMatchObject({
          "prometheus.io/scrape": "true",
          "prometheus.io/port": String(METRICS_PORTS[name]),
          "prometheus.io/path": "/metrics",
        });
        const configName = container.envFrom?.[0]?.configMapRef?.name;
        const config = objects.find((o) => o.kind === "ConfigMap" && o.metadata.name === configName) as
          | (KubeObject & { data: Record<string, string> })
          | undefined;
        expect(config?.data.METRICS_PORT).toBe(String(METRICS_PORTS[name]));
      }
      // The load balancer and the web tier use these; /metrics must not be reachable through them.
      for (const service of services(objects)) expect(service.spec?.ports?.map((p) => p.name)).not.toContain("metrics");
    });
  }

  test("the monitoring component: a ServiceMonitor scraping both tiers' metrics Services, rules, dashboard", () => {
    const objects = renderWith("default", ["monitoring"]);
    const monitor = objects.find((o) => o.kind === "ServiceMonitor") as KubeObject & {
      spec: { selector: { matchLabels: Record<string, string> }; endpoints: Array<{ port: string; path: string }> };
    };
    expect(monitor.metadata.namespace).toBe("tertulia");
    expect(monitor.spec.endpoints).toEqual([{ port: "metrics", path: "/metrics", interval: "30s" }] as never);
    const selected = services(objects).filter((s) =>
      Object.entries(monitor.spec.selector.matchLabels).every(([k, v]) => s.metadata?.labels?.[k] === v),
    );
    expect(selected.map((s) => s.metadata!.name).sort()).toEqual([
      "tertulia-client-metrics",
      "tertulia-server-metrics",
    ]);
    for (const service of selected) {
      expect(service.spec?.clusterIP).toBe("None");
      const app = service.spec!.selector!["app.kubernetes.io/name"] as keyof typeof METRICS_PORTS;
      expect(service.spec?.ports).toEqual([
        { name: "metrics", port: METRICS_PORTS[app], targetPort: "metrics", protocol: "TCP" },
      ]);
      expect(deployments(objects).some((d) => d.metadata?.name === app)).toBe(true);
    }
    expect(objects.some((o) => o.kind === "PrometheusRule")).toBe(true);
    const dashboard = objects.find((o) => o.kind === "ConfigMap" && o.metadata.labels?.grafana_dashboard === "1") as
      | (KubeObject & { data: Record<string, string> })
      | undefined;
    expect(JSON.parse(dashboard!.data["tertulia-chat.json"]!).uid).toBe("tertulia-chat");
  });

  test("the hpa-sockets component: the web tier scales on CPU and on open sockets per pod", () => {
    const hpa = autoscalers(renderWith("default", ["hpa-sockets"])).find((h) => h.metadata?.name === "tertulia-client");
    expect(hpa?.spec?.metrics?.map((m) => m.type)).toEqual(["Resource", "Pods"]);
    expect(hpa?.spec?.metrics?.[1]?.pods).toEqual({
      metric: { name: "tertulia_web_sockets_open" },
      target: { type: "AverageValue", averageValue: "1000" },
    });
  });
});
