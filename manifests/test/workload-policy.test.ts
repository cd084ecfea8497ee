/**
 * Policy for every pod the profiles run: pinned images, probes, a locked-down security context, resource
 * limits, secrets by reference, shutdown timing and disruption budgets.
 */
import { describe, expect, test } from "bun:test";
import type { IContainer } from "kubernetes-models/v1/Container";
import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import {
  autoscalers,
  configMaps,
  containersOf,
  named,
  podDisruptionBudgets,
  selects,
  serviceAccounts,
  type Workload,
  workloadNamed,
  workloads,
} from "./objects";
import { kubectlProblem, PROFILES, renderProfile, reportSkip } from "./render";

reportSkip();

/** Variables whose values are secrets: they must come from a Secret, never from a literal or ConfigMap. */
const SECRET_VARIABLES = ["JWT_SECRET", "SESSION_SECRET", "RELAY_SECRET", "DATABASE_URL", "REDIS_URL"];
/** Names that look secret, for variables and ConfigMap keys nobody listed yet. */
const SECRET_LOOKING = /SECRET|PASSWORD|TOKEN|CREDENTIAL|PRIVATE|_KEY$|DATABASE_URL|REDIS_URL/;
/** Where a secret is (an ARN), not what it is: read from a ConfigMap like any other address. */
const SECRET_REFERENCE = /_ARN$/;
/** A service URL is a secret only with credentials in it: written out, it must have none (no `user@`). */
const URL_VARIABLES = ["REDIS_URL"];

/** Longest time each app takes to drain after SIGTERM (the server's and the web tier's own promise). */
const DRAIN_SECONDS = 10;

/** Every container of every workload, labelled `workload/container`. */
function containers(profileWorkloads: readonly Workload[]): Array<readonly [string, IContainer, IPodSpec]> {
  return profileWorkloads.flatMap((workload) =>
    containersOf(workload.pod).map(
      (container) => [`${workload.name}/${container.name}`, container, workload.pod] as const,
    ),
  );
}

/** Labels of the containers that break a rule; the tests expect an empty list. */
function breaking(
  profileWorkloads: readonly Workload[],
  rule: (container: IContainer, pod: IPodSpec) => boolean,
): string[] {
  return containers(profileWorkloads)
    .filter(([, container, pod]) => !rule(container, pod))
    .map(([label]) => label);
}

describe.skipIf(kubectlProblem !== null)("workload policy", () => {
  for (const profile of PROFILES) {
    describe(`the ${profile} profile`, () => {
      const objects = () => renderProfile(profile);
      const all = () => workloads(objects());

      test("images carry an explicit tag that is not latest, and no registry until ops sets one", () => {
        const images = containers(all()).map(([, container]) => container.image ?? "");
        expect(images.length).toBeGreaterThan(0);
        for (const image of images) {
          expect(image).toMatch(/^tertulia-(server|client):[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/);
          expect(image).not.toMatch(/:latest$/);
        }
      });

      test("every container has startup, readiness and liveness probes", () => {
        expect(breaking(all(), (c) => !!(c.startupProbe && c.readinessProbe && c.livenessProbe))).toEqual([]);
      });

      test("the server is probed with native gRPC health checks on its port", () => {
        const server = workloadNamed(all(), "tertulia-server").pod.containers[0];
        for (const probe of [server?.startupProbe, server?.readinessProbe, server?.livenessProbe]) {
          expect(probe?.grpc?.port).toBe(50051);
        }
      });

      test("the web tier is alive on /healthz and ready on /readyz", () => {
        const client = workloadNamed(all(), "tertulia-client").pod.containers[0];
        expect(client?.startupProbe?.httpGet?.path).toBe("/healthz");
        expect(client?.livenessProbe?.httpGet?.path).toBe("/healthz");
        expect(client?.readinessProbe?.httpGet?.path).toBe("/readyz");
      });

      test("containers run as non-root", () => {
        expect(
          breaking(all(), (c, pod) => (c.securityContext?.runAsNonRoot ?? pod.securityContext?.runAsNonRoot) === true),
        ).toEqual([]);
        expect(
          breaking(all(), (c, pod) => (c.securityContext?.runAsUser ?? pod.securityContext?.runAsUser ?? 0) !== 0),
        ).toEqual([]);
      });

      test("containers have a read-only root filesystem and cannot escalate privileges", () => {
        expect(breaking(all(), (c) => c.securityContext?.readOnlyRootFilesystem === true)).toEqual([]);
        expect(breaking(all(), (c) => c.securityContext?.allowPrivilegeEscalation === false)).toEqual([]);
        expect(breaking(all(), (c) => c.securityContext?.privileged !== true)).toEqual([]);
      });

      test("containers drop every capability and add none", () => {
        expect(breaking(all(), (c) => c.securityContext?.capabilities?.drop?.includes("ALL") === true)).toEqual([]);
        expect(breaking(all(), (c) => (c.securityContext?.capabilities?.add ?? []).length === 0)).toEqual([]);
      });

      test("containers use the RuntimeDefault seccomp profile", () => {
        const seccomp = (c: IContainer, pod: IPodSpec) =>
          (c.securityContext?.seccompProfile ?? pod.securityContext?.seccompProfile)?.type === "RuntimeDefault";
        expect(breaking(all(), seccomp)).toEqual([]);
      });

      test("pods share nothing with their node", () => {
        for (const { name, pod } of all()) {
          const shared = [pod.hostNetwork, pod.hostPID, pod.hostIPC].filter((flag) => flag === true);
          expect({ name, shared }).toEqual({ name, shared: [] });
          expect((pod.volumes ?? []).filter((volume) => volume.hostPath !== undefined)).toEqual([]);
        }
      });

      test("every container requests and is limited in CPU and memory", () => {
        const sized = (c: IContainer) =>
          ["cpu", "memory"].every(
            (resource) =>
              c.resources?.requests?.[resource] !== undefined && c.resources?.limits?.[resource] !== undefined,
          );
        expect(breaking(all(), sized)).toEqual([]);
      });

      test("pods use their own service account and mount no API token", () => {
        const accounts = serviceAccounts(objects());
        for (const account of accounts) expect(account.automountServiceAccountToken).toBe(false);
        for (const { name, pod } of all()) {
          expect(pod.serviceAccountName).toBe(name);
          expect(accounts.map((account) => account.metadata?.name)).toContain(name);
          expect(pod.automountServiceAccountToken).toBe(false);
        }
      });

      test("secrets are referenced from Secrets by name, never inlined", () => {
        expect(
          objects()
            .filter((object) => object.kind === "Secret")
            .map((object) => object.metadata.name),
        ).toEqual([]);
        for (const [label, container] of containers(all())) {
          for (const variable of container.env ?? []) {
            if (SECRET_REFERENCE.test(variable.name)) continue;
            if (URL_VARIABLES.includes(variable.name) && variable.value !== undefined) {
              expect({ label, name: variable.name, credentials: variable.value.includes("@") }).toEqual({
                label,
                name: variable.name,
                credentials: false,
              });
              continue;
            }
            if (SECRET_VARIABLES.includes(variable.name) || SECRET_LOOKING.test(variable.name)) {
              expect({ label, name: variable.name, value: variable.value }).toEqual({
                label,
                name: variable.name,
                value: undefined,
              });
              expect(variable.valueFrom?.secretKeyRef?.name).toMatch(/^tertulia-[a-z-]+-secrets$/);
            }
          }
        }
        for (const map of configMaps(objects())) {
          expect(Object.keys(map.data ?? {}).filter((key) => SECRET_LOOKING.test(key))).toEqual([]);
        }
      });

      test("the server gets its JWT and relay secrets, the web tier its session and relay secrets", () => {
        const secretNames = (workload: string) =>
          (workloadNamed(all(), workload).pod.containers[0]?.env ?? [])
            .filter((variable) => variable.valueFrom?.secretKeyRef !== undefined)
            .map((variable) => variable.name)
            .sort();
        // The scale-out server reads its database password from Secrets Manager at run time (issue 13).
        expect(secretNames("tertulia-server")).toEqual(["JWT_SECRET", "RELAY_SECRET"]);
        expect(secretNames("tertulia-client")).toEqual(["RELAY_SECRET", "SESSION_SECRET"]);
      });

      test("every ConfigMap a pod reads is rendered", () => {
        const rendered = configMaps(objects()).map((map) => map.metadata?.name);
        for (const [, container] of containers(all())) {
          for (const source of container.envFrom ?? []) expect(rendered).toContain(source.configMapRef?.name);
        }
      });

      test("the grace period covers the preStop wait plus the app's drain", () => {
        for (const { name, pod } of all()) {
          const preStop = Math.max(0, ...pod.containers.map((c) => c.lifecycle?.preStop?.sleep?.seconds ?? 0));
          expect({ name, enough: (pod.terminationGracePeriodSeconds ?? 30) > preStop + DRAIN_SECONDS }).toEqual({
            name,
            enough: true,
          });
        }
      });

      test("the web tier waits for ALB deregistration before it stops", () => {
        const client = workloadNamed(all(), "tertulia-client").pod.containers[0];
        expect(client?.lifecycle?.preStop?.sleep?.seconds).toBeGreaterThanOrEqual(10);
      });

      test("every Deployment that can run more than one pod has a disruption budget selecting its pods", () => {
        const budgets = podDisruptionBudgets(objects());
        const hpas = autoscalers(objects());
        for (const workload of all()) {
          const hpa = hpas.find((item) => item.spec?.scaleTargetRef.name === workload.name);
          if (Math.max(workload.replicas, hpa?.spec?.minReplicas ?? 0) <= 1) continue;
          const budget = budgets.find((item) => selects(item.spec?.selector?.matchLabels, workload.labels));
          expect({ workload: workload.name, budget: budget?.metadata?.name }).toEqual({
            workload: workload.name,
            budget: workload.name,
          });
        }
      });

      test("the web tier runs two pods at least and scales on CPU", () => {
        expect(workloadNamed(all(), "tertulia-client").replicas).toBe(2);
        const hpa = named(autoscalers(objects()), "tertulia-client");
        expect(hpa.spec?.scaleTargetRef).toEqual({
          apiVersion: "apps/v1",
          kind: "Deployment",
          name: "tertulia-client",
        });
        expect(hpa.spec?.minReplicas).toBe(2);
        expect(hpa.spec?.maxReplicas).toBeGreaterThan(2);
      });
    });
  }

  test("default: one server writes the SQLite file on its volume, and the old pod stops before the new starts", () => {
    const objects = renderProfile("default");
    const server = workloadNamed(workloads(objects), "tertulia-server");
    expect(server.replicas).toBe(1);
    const deployment = objects.find(
      (object) => object.kind === "Deployment" && object.metadata.name === "tertulia-server",
    );
    expect(JSON.stringify(deployment)).toContain('"strategy":{"type":"Recreate"}');
    const data = server.pod.volumes?.find((volume) => volume.name === "data");
    expect(data?.persistentVolumeClaim?.claimName).toBe("tertulia-server-data");
    expect(data?.emptyDir).toBeUndefined();
    expect(
      objects.some(
        (object) => object.kind === "PersistentVolumeClaim" && object.metadata.name === "tertulia-server-data",
      ),
    ).toBe(true);
    const mount = server.pod.containers[0]?.volumeMounts?.find((item) => item.name === "data");
    const config = configMaps(objects).find((map) => map.metadata?.name?.startsWith("tertulia-server-config"));
    expect(config?.data?.DATABASE_PATH?.startsWith(`${mount?.mountPath}/`)).toBe(true);
  });

  test("scale-out: several server replicas roll one at a time and keep no data in the pod", () => {
    const server = workloadNamed(workloads(renderProfile("scale-out")), "tertulia-server");
    expect(server.replicas).toBeGreaterThan(1);
    expect(server.pod.volumes?.find((volume) => volume.name === "data")?.persistentVolumeClaim).toBeUndefined();
  });
});
