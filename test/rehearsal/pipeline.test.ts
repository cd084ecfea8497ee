/**
 * The rehearsal: every command of buildspec.yml, exactly as written, in an environment like CodeBuild's
 * (support/codebuild.ts), against stand-ins that answer as the real tools and AWS APIs do (support/world.ts,
 * support/fake-cluster.ts). Each test asserts the exact sequence of external calls a build makes.
 *
 * One source checkout and one "cluster" carry over from test to test, in order, as they would from build to
 * build: first release → re-release of the same commit → a partial push and its retry → a failed rollout → a
 * failed smoke test → a partial apply → a superseded build. The first build runs all four phases (and its phase
 * times are the figures in README.md); later builds skip pre_build, whose checks touch neither the registry nor
 * the cluster.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { parseToObject } from "hcl2-parser";
import { cloneLikeCodeBuild } from "./support/clone.ts";
import { type BuildResult, CodeBuildRehearsal, type Phase } from "./support/codebuild.ts";
import { moduleInputsForExample } from "./support/module-inputs.ts";
import { buildEnvironment } from "./support/pipeline-environment.ts";
import { worstCase } from "./support/time-budget.ts";
import { REGISTRY } from "./support/world.ts";

/** Explicit, so `bun test test/rehearsal` without --timeout does not stop the hooks at Bun's 5 s default. */
const HOOK_TIMEOUT_MS = 120_000;
const canRehearse =
  process.getuid?.() === 0 && Bun.spawnSync(["/usr/bin/unshare", "--mount", "--net", "/bin/true"]).exitCode === 0;
const LATER: readonly Phase[] = ["install", "build", "post_build"];

let rehearsal: CodeBuildRehearsal;
let src: { dir: string; commit: string };
let builds = 0;
/** A second and third commit, as later pushes would bring (the source is the same; the tag differs). */
const COMMIT_2 = "2222222222222222222222222222222222222222";
const COMMIT_3 = "3333333333333333333333333333333333333333";

/** Runs a build as a new CodeBuild build of the project (ListBuildsForProject shows it newest first). */
async function build(commit: string, phases: readonly Phase[] = LATER): Promise<BuildResult> {
  const id = `tertulia:00000000-0000-4000-8000-${String(++builds).padStart(12, "0")}`;
  rehearsal.world.builds = [
    { id, buildStatus: "IN_PROGRESS", resolvedSourceVersion: commit },
    ...rehearsal.world.builds.map((b) => ({
      ...b,
      buildStatus: b.buildStatus === "IN_PROGRESS" ? "SUCCEEDED" : b.buildStatus,
    })),
  ];
  const result = await build_(commit, id, phases);
  rehearsal.world.builds[0] = { ...rehearsal.world.builds[0]!, buildStatus: result.ok ? "SUCCEEDED" : "FAILED" };
  return result;
}
const build_ = (commit: string, id: string, phases: readonly Phase[]) => rehearsal.build(commit, id, phases);

/** A phase's calls with the run's temporary paths, registry and commits named, and the token fetches counted apart. */
function calls(r: BuildResult, phase: Phase): string[] {
  return (r.calls[phase] ?? [])
    .filter((c) => !c.startsWith("aws eks get-token"))
    .map((c) =>
      c
        .replaceAll(/\/tmp\/tertulia-ops-[A-Za-z0-9]+/g, "$WORK")
        .replaceAll(src.dir, "$SRC")
        .replaceAll(REGISTRY, "$REG")
        .replaceAll(src.commit, "$C1")
        .replaceAll(COMMIT_2, "$C2")
        .replaceAll(COMMIT_3, "$C3")
        .replace("kubectl --kubeconfig $WORK/kubeconfig --namespace tertulia ", "kubectl "),
    );
}

/** Every kubectl call to the cluster authenticated first with `aws eks get-token`, as the kubeconfig says. */
function expectTokenPerClusterCall(r: BuildResult, phase: Phase): void {
  const all = r.calls[phase] ?? [];
  const clusterCalls = all.filter((c) => c.startsWith("kubectl --kubeconfig")).length;
  expect(all.filter((c) => c.startsWith("aws eks get-token --cluster-name tertulia --region eu-west-1")).length).toBe(
    clusterCalls,
  );
}

const output = (r: BuildResult): string => r.runs.map((x) => `$ ${x.command}\n${x.output}`).join("\n");

const INSTALL = [
  "npm install --global --no-fund --no-audit bun@1.4.5",
  "curl -fsSL --retry 3 -o /usr/local/bin/kubectl https://dl.k8s.io/release/v1.34.1/bin/linux/amd64/kubectl",
  "curl -fsSL --retry 3 https://dl.k8s.io/release/v1.34.1/bin/linux/amd64/kubectl.sha256",
];
const imagesBuiltAndPushed = (c: string, which: readonly ("server" | "client")[] = ["server", "client"]) => [
  `ECR DescribeImages tertulia-server:${c}`,
  `ECR DescribeImages tertulia-client:${c}`,
  ...which.map(
    (x) =>
      `docker build --platform linux/amd64 --file $SRC/packages/${x}/Dockerfile --build-arg TERTULIA_COMMIT=${c} --tag $REG/tertulia-${x}:${c} $SRC`,
  ),
  "ECR GetAuthorizationToken",
  "docker login --username AWS --password-stdin $REG <<< [stdin]",
  ...which.map((x) => `docker push $REG/tertulia-${x}:${c}`),
];
/** The build queue reads the project's builds (one page, newest first, this build among them). */
const queue = () => [
  "CodeBuild ListBuildsForProject tertulia",
  `CodeBuild BatchGetBuilds ${rehearsal.world.builds.map((b) => b.id).join(",")}`,
];
const deployUntilApply = (c: string) => [
  ...queue(),
  "EKS DescribeCluster tertulia",
  "kubectl get deployments --output json",
  `ECR DescribeImages tertulia-server:${c}`,
  `ECR DescribeImages tertulia-client:${c}`,
  "kubectl kustomize $WORK/release",
  "kubectl get secret tertulia-app-secrets --output json",
];
const ROLLOUT = [
  "kubectl rollout status deployment/tertulia-server --timeout=300s",
  "kubectl rollout status deployment/tertulia-client --timeout=300s",
];
/** The ALB's address, the wait (`initial` 503s, then a 200), then each check once. */
const smoke = (initial = 0) => [
  "kubectl get ingress tertulia --output json",
  ...Array<string>(initial + 1).fill("ALB GET /healthz"),
  "ALB GET /healthz",
  "ALB GET /readyz",
  "ALB GET /",
];

describe.skipIf(!canRehearse)("buildspec.yml, as CodeBuild runs it (needs root for unshare)", () => {
  beforeAll(async () => {
    src = await cloneLikeCodeBuild();
    rehearsal = await CodeBuildRehearsal.start(src.dir, buildEnvironment(moduleInputsForExample()));
    rehearsal.world.cluster.bindingDelay = 1;
  }, HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await rehearsal?.stop();
    if (src) await rm(src.dir, { recursive: true, force: true });
  }, HOOK_TIMEOUT_MS);

  test("the environment is the pipeline module's, read from its Terraform: no Terraform, no backend.hcl, no credentials file", async () => {
    expect(rehearsal.projectEnv).toEqual({
      EKS_CLUSTER_NAME: "tertulia",
      EKS_REGION: "eu-west-1",
      K8S_NAMESPACE: "tertulia",
      SERVER_ECR_URI: `${REGISTRY}/tertulia-server`,
      CLIENT_ECR_URI: `${REGISTRY}/tertulia-client`,
    });
    const env = rehearsal.environment("tertulia:probe", src.commit);
    const probe = await rehearsal.runCommand(
      "command -v terraform || echo no-terraform; ls terraform/stacks/aws/backend.hcl 2>&1 | head -1; ls $HOME/.aws 2>&1 | head -1",
      env,
    );
    expect(probe.output).toContain("no-terraform");
    expect(probe.output).toContain("backend.hcl': No such file");
    expect(probe.output).toContain(".aws': No such file");
  });

  test("first release: all four phases; Services and Ingress, then target groups, then Deployments; smoke waits for the ALB", async () => {
    rehearsal.world.faults.initialHealthz = 1;
    const r = await build(src.commit, ["install", "pre_build", "build", "post_build"]);
    expect(r.ok, output(r)).toBe(true);
    expect(calls(r, "install")).toEqual(INSTALL);
    expect(calls(r, "build")).toEqual(imagesBuiltAndPushed("$C1"));
    expect(calls(r, "post_build")).toEqual([
      ...deployUntilApply("$C1"),
      "kubectl apply --filename -",
      "kubectl apply --filename $WORK/routing.yaml",
      "kubectl get targetgroupbindings.elbv2.k8s.aws --output json",
      "kubectl get targetgroupbindings.elbv2.k8s.aws --output json",
      "kubectl apply --filename $WORK/workloads.yaml",
      ...ROLLOUT,
      ...smoke(1),
    ]);
    expectTokenPerClusterCall(r, "post_build");
    // Every pod was created after the ALB's target group binding existed: each has the readiness gate.
    expect([...rehearsal.world.cluster.podsWithoutReadinessGate]).toEqual([]);
    expect(output(r)).toContain("load balancer: attempt 1/16: answered 503; next in 5s");
    // The build timeout covers the measured phases plus every wait at its bound (support/time-budget.ts).
    const budget = worstCase(r.phaseMs as Record<string, number>);
    const variables = parseToObject(
      readFileSync(join(import.meta.dir, "../../terraform/modules/pipeline/variables.tf"), "utf8"),
    ) as [{ variable: Record<string, [{ default: number }]> }];
    const timeout = variables[0].variable.build_timeout_minutes![0]!.default;
    console.info(
      [
        `rehearsal on ${process.arch}, ${navigator.hardwareConcurrency} cores, measured:`,
        ...Object.entries(r.phaseMs).map(([p, ms]) => `  ${p}: ${(ms / 1000).toFixed(1)} s`),
        ...r.runs.map((x) => `    ${x.phase} ${(x.ms / 1000).toFixed(1)} s  ${x.command}`),
        "worst case, as the build timeout must allow:",
        ...budget.lines.map(([what, s]) => `  ${what}: ${(s / 60).toFixed(1)} min`),
        `  total ${(budget.totalSeconds / 60).toFixed(1)} min; build_timeout_minutes = ${timeout}`,
      ].join("\n"),
    );
    expect(timeout * 60).toBeGreaterThanOrEqual(budget.totalSeconds);
  }, 900_000);

  test("re-release of the same commit: nothing built or pushed, nothing changed, smoke passes", async () => {
    const r = await build(src.commit);
    expect(r.ok, output(r)).toBe(true);
    expect(calls(r, "build")).toEqual([
      "ECR DescribeImages tertulia-server:$C1",
      "ECR DescribeImages tertulia-client:$C1",
    ]);
    expect(calls(r, "post_build")).toEqual([
      ...deployUntilApply("$C1"),
      "kubectl apply --filename $WORK/routing.yaml",
      "kubectl get targetgroupbindings.elbv2.k8s.aws --output json",
      "kubectl apply --filename $WORK/workloads.yaml",
      ...ROLLOUT,
      ...smoke(0),
    ]);
    expect(output(r)).toContain("Apply Deployments · 0 changed, 2 unchanged");
  }, 600_000);

  test("partial push: the server image pushed, the client's push failed; the retry builds and pushes the client only", async () => {
    rehearsal.world.faults.pushFailsOnce = "tertulia-client";
    const failed = await build(COMMIT_2);
    expect(failed.ok).toBe(false);
    expect(calls(failed, "build")).toEqual(imagesBuiltAndPushed("$C2"));
    expect(failed.calls.post_build).toBeUndefined();
    expect(output(failed)).toContain("dial tcp: i/o timeout");

    const retry = await build(COMMIT_2);
    expect(retry.ok, output(retry)).toBe(true);
    expect(calls(retry, "build")).toEqual(imagesBuiltAndPushed("$C2", ["client"]));
    expect([...rehearsal.world.ecr.get("tertulia-client")!]).toContain(COMMIT_2);
    const deployments = rehearsal.world.cluster.deployments().map((d) => JSON.stringify(d.spec?.template));
    expect(deployments.every((t) => t.includes(COMMIT_2))).toBe(true);
  }, 600_000);

  test("failed rollout: the failing pod is named, both Deployments are rolled back, the previous release serves", async () => {
    rehearsal.world.cluster.faults.rolloutFails = "tertulia-client";
    const r = await build(COMMIT_3);
    delete rehearsal.world.cluster.faults.rolloutFails;
    expect(r.ok).toBe(false);
    expect(
      calls(r, "post_build").slice(calls(r, "post_build").indexOf("kubectl apply --filename $WORK/workloads.yaml")),
    ).toEqual([
      "kubectl apply --filename $WORK/workloads.yaml",
      ...ROLLOUT,
      "kubectl get deployment tertulia-client --output json",
      "kubectl get pods --selector app.kubernetes.io/name=tertulia-client --output json",
      "kubectl get events --field-selector involvedObject.name=tertulia-client-7d9f8b6c5-x2x4z --output json",
      "kubectl logs tertulia-client-7d9f8b6c5-x2x4z --container client --tail=20 --previous",
      // in the order kubectl apply reported them (the rendered order)
      "kubectl rollout undo deployment/tertulia-client",
      "kubectl rollout status deployment/tertulia-client --timeout=300s",
      "kubectl rollout undo deployment/tertulia-server",
      "kubectl rollout status deployment/tertulia-server --timeout=300s",
    ]);
    expect(output(r)).toContain("CrashLoopBackOff");
    const serving = rehearsal.world.cluster.deployments().map((d) => JSON.stringify(d.spec?.template));
    expect(serving.every((t) => t.includes(COMMIT_2) && !t.includes(COMMIT_3))).toBe(true);
  }, 600_000);

  test("failed smoke test: after the rollouts the ALB's /readyz answers 503; both Deployments are rolled back", async () => {
    rehearsal.world.faults.readyz = 503;
    const r = await build(COMMIT_3);
    delete rehearsal.world.faults.readyz;
    expect(r.ok).toBe(false);
    const post = calls(r, "post_build");
    expect(post.slice(post.indexOf("kubectl get ingress tertulia --output json"))).toEqual([
      "kubectl get ingress tertulia --output json",
      "ALB GET /healthz",
      "ALB GET /healthz",
      "ALB GET /readyz",
      // in the order kubectl apply reported them (the rendered order)
      "kubectl rollout undo deployment/tertulia-client",
      "kubectl rollout status deployment/tertulia-client --timeout=300s",
      "kubectl rollout undo deployment/tertulia-server",
      "kubectl rollout status deployment/tertulia-server --timeout=300s",
    ]);
    expect(output(r)).toContain("The smoke test failed after the rollout");
    const serving = rehearsal.world.cluster.deployments().map((d) => JSON.stringify(d.spec?.template));
    expect(serving.every((t) => t.includes(COMMIT_2))).toBe(true);
  }, 600_000);

  test("partial apply: the API server refuses the client Deployment; the server, already patched, is rolled back", async () => {
    rehearsal.world.cluster.faults.applyRefuses = "tertulia-client";
    const r = await build(COMMIT_3);
    delete rehearsal.world.cluster.faults.applyRefuses;
    expect(r.ok).toBe(false);
    const post = calls(r, "post_build");
    expect(post.slice(post.indexOf("kubectl apply --filename $WORK/workloads.yaml"))).toEqual([
      "kubectl apply --filename $WORK/workloads.yaml",
      "kubectl rollout undo deployment/tertulia-server",
      "kubectl rollout status deployment/tertulia-server --timeout=300s",
    ]);
    expect(output(r)).toContain('deployments.apps "tertulia-client" is forbidden: exceeded quota');
    const serving = rehearsal.world.cluster.deployments().map((d) => JSON.stringify(d.spec?.template));
    expect(serving.every((t) => t.includes(COMMIT_2))).toBe(true);
  }, 600_000);

  test("a push during a build is not dropped: the older build sees the newer one and leaves the deploy to it", async () => {
    const newer = "tertulia:ffffffff-0000-4000-8000-000000000000";
    const id = `tertulia:00000000-0000-4000-8000-${String(++builds).padStart(12, "0")}`;
    rehearsal.world.builds = [
      { id: newer, buildStatus: "IN_PROGRESS", resolvedSourceVersion: COMMIT_3 },
      { id, buildStatus: "IN_PROGRESS", resolvedSourceVersion: COMMIT_2 },
      ...rehearsal.world.builds,
    ];
    const r = await build_(COMMIT_2, id, ["post_build"]);
    expect(r.ok, output(r)).toBe(true);
    expect(calls(r, "post_build")).toEqual(queue());
    expect(output(r)).toContain(`Nothing deployed: ${newer} is newer (333333333333)`);
  }, 600_000);
});
