import { afterAll, beforeEach, describe, expect, test } from "bun:test";
import { mkdtempSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DescribeImagesCommand, ECRClient, GetAuthorizationTokenCommand } from "@aws-sdk/client-ecr";
import { DescribeClusterCommand, EKSClient } from "@aws-sdk/client-eks";
import { GetSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { mockClient } from "aws-sdk-client-mock";
import { parse } from "yaml";
import { OpsError } from "../../errors.ts";
import type { StepsOutcome } from "../../output/steps.ts";
import type { Cmd } from "../../process/runner.ts";
import { BUILD_ENVIRONMENT, CODEBUILD_MARKER } from "../../targets/build-environment.ts";
import { awsError } from "../../testing/aws-errors.ts";
import { testContext } from "../../testing/fake-context.ts";
import { type FakeAnswer, fakeRunner } from "../../testing/fake-runner.ts";
import { release, releaseDeploy, releaseImages, runRelease } from "./index.ts";

// These tests run inside CodeBuild too (buildspec's pre_build), where the pipeline's variables are set: each test
// says where its targets come from, so the build's own environment must not leak into them.
for (const name of [...Object.values(BUILD_ENVIRONMENT), CODEBUILD_MARKER]) delete process.env[name];

const eks = mockClient(EKSClient);
const ecr = mockClient(ECRClient);
// Unique per run: concurrent runs of the suite (CI beside a developer, the rehearsal's own unit phase) share /tmp.
const WORK = mkdtempSync(join(tmpdir(), "ops-release-test-"));
const ROOT = "/repo";
const TAG = "0123456789abcdef0123456789abcdef01234567";
const REG = "123456789012.dkr.ecr.sa-east-1.amazonaws.com";
const OUTPUTS = JSON.stringify({
  cluster_name: { value: "tertulia", type: "string" },
  server_repository_url: { value: `${REG}/tertulia-server`, type: "string" },
  client_repository_url: { value: `${REG}/tertulia-client`, type: "string" },
});
/**
 * What kubectl kustomize would print: a Service, the Ingress routing to it, and the two Deployments with the images
 * the generated kustomization sets.
 */
const rendered = (c: Cmd): { stdout: string } => {
  const k = readFileSync(`${c.args[1]}/kustomization.yaml`, "utf8");
  const tag = /newTag: (\S+)/.exec(k)![1];
  const deployment = (name: string, replicas: number) =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: tertulia-${name}\nspec:\n  replicas: ${replicas}\n  template:\n    spec:\n      containers:\n        - name: ${name}\n          image: ${REG}/tertulia-${name}:${tag}\n`;
  return {
    stdout: [
      "apiVersion: v1\nkind: Service\nmetadata:\n  name: tertulia-client\n",
      "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: tertulia\nspec:\n  rules:\n    - http:\n        paths:\n          - path: /\n            backend:\n              service:\n                name: tertulia-client\n",
      deployment("server", 1),
      deployment("client", 2),
    ].join("---\n"),
  };
};
/** The load balancer controller's binding for the Ingress's backend (elbv2.k8s.aws/v1beta1 TargetGroupBinding). */
const TGB = JSON.stringify({
  apiVersion: "v1",
  kind: "List",
  items: [
    {
      apiVersion: "elbv2.k8s.aws/v1beta1",
      kind: "TargetGroupBinding",
      metadata: { name: "k8s-tertulia-tertulia-0123456789" },
      spec: {
        serviceRef: { name: "tertulia-client", port: "http" },
        targetGroupARN: "arn:aws:elasticloadbalancing:sa-east-1:123456789012:targetgroup/k8s-tertulia/0123456789abcdef",
        targetType: "ip",
      },
    },
  ],
});
const K = `kubectl --kubeconfig ${WORK}/kubeconfig --namespace tertulia`;

const okSmoke = async (): Promise<StepsOutcome> => ({ reports: [{ title: "GET /healthz", status: "ok", ms: 3 }] });

function runner(extra: [RegExp, FakeAnswer][] = []) {
  return fakeRunner(
    [
      ...extra,
      [/^git rev-parse HEAD/, { stdout: `${TAG}\n` }],
      [/^terraform .* output -no-color -json/, { stdout: OUTPUTS }],
      [/^kubectl kustomize/, rendered],
      [
        /get deployments --output json/,
        {
          stdout: JSON.stringify({
            items: [
              {
                metadata: { name: "tertulia-server" },
                spec: { template: { spec: { containers: [{ image: `${REG}/tertulia-server:old` }] } } },
              },
              {
                metadata: { name: "tertulia-client" },
                spec: { template: { spec: { containers: [{ image: `${REG}/tertulia-client:old` }] } } },
              },
            ],
          }),
        },
      ],
      [/get secret/, { code: 1, stderr: 'Error from server (NotFound): secrets "x" not found' }],
      [/get targetgroupbindings/, { stdout: TGB }],
      [
        /apply --filename \S+routing.yaml/,
        { stdout: "service/tertulia-client configured\ningress.networking.k8s.io/tertulia configured\n" },
      ],
      [
        /apply --filename \S+workloads.yaml/,
        { stdout: "deployment.apps/tertulia-server configured\ndeployment.apps/tertulia-client configured\n" },
      ],
      [
        /get ingress tertulia/,
        {
          stdout: JSON.stringify({
            status: { loadBalancer: { ingress: [{ hostname: "k8s-tertulia-abc.sa-east-1.elb.amazonaws.com" }] } },
          }),
        },
      ],
    ],
    ["docker", "kubectl", "terraform", "git"],
  );
}

beforeEach(async () => {
  eks.reset();
  ecr.reset();
  eks.on(DescribeClusterCommand).resolves({
    cluster: {
      name: "tertulia",
      endpoint: "https://ABC.gr7.sa-east-1.eks.amazonaws.com",
      certificateAuthority: { data: "Q0E=" },
      version: "1.33",
      status: "ACTIVE",
    },
  });
  ecr.on(DescribeImagesCommand).rejects(awsError("ImageNotFoundException", 400));
  ecr.on(GetAuthorizationTokenCommand).resolves({
    authorizationData: [
      { authorizationToken: Buffer.from("AWS:s3cr3t-password").toString("base64"), proxyEndpoint: `https://${REG}` },
    ],
  });
  await rm(WORK, { recursive: true, force: true });
});
afterAll(async () => {
  eks.restore();
  ecr.restore();
  await rm(WORK, { recursive: true, force: true });
});

describe("release", () => {
  test("--dry-run prints exactly these command lines and calls no AWS API", async () => {
    const ctx = testContext({ root: ROOT, dryRun: true, runner: runner(), tempDir: WORK });
    expect(await release(ctx, {}, { smoke: okSmoke })).toBe(0);
    expect(ctx.inner.calls.filter((c) => /^(git|terraform|kubectl kustomize)/.test(c))).toEqual([
      "git rev-parse HEAD",
      "terraform -chdir=/repo/terraform/stacks/aws output -no-color -json",
      `kubectl kustomize ${WORK}/release`,
    ]);
    expect(ctx.planned).toEqual([
      `docker build --platform linux/amd64 --file /repo/packages/server/Dockerfile --build-arg TERTULIA_COMMIT=${TAG} --tag ${REG}/tertulia-server:${TAG} /repo`,
      `docker build --platform linux/amd64 --file /repo/packages/client/Dockerfile --build-arg TERTULIA_COMMIT=${TAG} --tag ${REG}/tertulia-client:${TAG} /repo`,
      `docker login --username AWS --password-stdin ${REG} <<< [stdin redacted]`,
      `docker push ${REG}/tertulia-server:${TAG}`,
      `docker push ${REG}/tertulia-client:${TAG}`,
      `${K} apply --filename ${WORK}/routing.yaml`,
      `${K} apply --filename ${WORK}/workloads.yaml`,
      `${K} rollout status deployment/tertulia-server --timeout=300s`,
      `${K} rollout status deployment/tertulia-client --timeout=300s`,
    ]);
    expect(eks.calls()).toHaveLength(0);
    expect(ecr.calls()).toHaveLength(0);
    expect(ctx.io.talk()).toContain("would call: ECR GetAuthorizationToken {}");
    expect(ctx.io.talk()).toContain('would call: EKS DescribeCluster {"name":"tertulia"}');
    const kustomization = await Bun.file(`${WORK}/release/kustomization.yaml`).text();
    expect(kustomization).toContain(`newName: ${REG}/tertulia-server\n    newTag: ${TAG}`);
    expect(kustomization).toContain("../../../repo/manifests/overlays/default");
  });

  test("a real run builds, logs in with the token on stdin, pushes, applies, waits and smoke-tests", async () => {
    const r = runner();
    const ctx = testContext({ root: ROOT, runner: r, tempDir: WORK });
    let smokedUrl = "";
    const code = await release(
      ctx,
      { tag: "abc1234" },
      {
        smoke: async (_c, o) => {
          smokedUrl = o.url;
          return okSmoke();
        },
      },
    );
    expect(code).toBe(0);
    expect(r.calls.filter((c) => /^(docker|kubectl --kubeconfig)/.test(c))).toEqual([
      `docker build --platform linux/amd64 --file /repo/packages/server/Dockerfile --build-arg TERTULIA_COMMIT=abc1234 --tag ${REG}/tertulia-server:abc1234 /repo`,
      `docker build --platform linux/amd64 --file /repo/packages/client/Dockerfile --build-arg TERTULIA_COMMIT=abc1234 --tag ${REG}/tertulia-client:abc1234 /repo`,
      `docker login --username AWS --password-stdin ${REG} <<< [stdin redacted]`,
      `docker push ${REG}/tertulia-server:abc1234`,
      `docker push ${REG}/tertulia-client:abc1234`,
      `${K} get deployments --output json`,
      `${K} get secret tertulia-app-secrets --output json`,
      `${K} apply --filename - <<< [stdin redacted]`,
      `${K} apply --filename ${WORK}/routing.yaml`,
      `${K} get targetgroupbindings.elbv2.k8s.aws --output json`,
      `${K} apply --filename ${WORK}/workloads.yaml`,
      `${K} rollout status deployment/tertulia-server --timeout=300s`,
      `${K} rollout status deployment/tertulia-client --timeout=300s`,
      `${K} get ingress tertulia --output json`,
    ]);
    expect(r.cmds.find((c) => c.args[0] === "login")!.stdin).toBe("s3cr3t-password");
    const secret = parse(r.cmds.find((c) => c.args.includes("-"))!.stdin!);
    expect(secret.metadata).toMatchObject({ name: "tertulia-app-secrets", namespace: "tertulia" });
    expect(Object.keys(secret.stringData)).toEqual(["JWT_SECRET", "RELAY_SECRET", "SESSION_SECRET"]);
    expect(secret.stringData.JWT_SECRET.length).toBeGreaterThanOrEqual(64);
    expect(JSON.stringify(ctx.io.lines)).not.toContain(secret.stringData.JWT_SECRET);
    expect(JSON.stringify(ctx.io.lines)).not.toContain("s3cr3t");
    expect(eks.commandCalls(DescribeClusterCommand)[0]!.args[0].input).toEqual({ name: "tertulia" });
    expect(await Bun.file(`${WORK}/kubeconfig`).text()).toContain("get-token");
    expect(smokedUrl).toBe("http://k8s-tertulia-abc.sa-east-1.elb.amazonaws.com");
  });

  test("a failed rollout names the pod and why, rolls back to the previous images, exits 1", async () => {
    const pod = {
      metadata: { name: "tertulia-client-7d9f-x2x", creationTimestamp: "2026-11-26T11:00:00Z" },
      spec: { containers: [{ name: "client" }] },
      status: {
        phase: "Running",
        conditions: [{ type: "Ready", status: "False" }],
        containerStatuses: [
          {
            name: "client",
            ready: false,
            restartCount: 3,
            state: { waiting: { reason: "CrashLoopBackOff", message: "back-off 40s restarting failed container" } },
            lastState: { terminated: { exitCode: 1, reason: "Error" } },
          },
        ],
      },
    };
    let clientWaits = 0;
    const r = runner([
      [
        /rollout status deployment\/tertulia-client --timeout/,
        () =>
          ++clientWaits === 1
            ? { code: 1, stderr: 'error: deployment "tertulia-client" exceeded its progress deadline' }
            : {},
      ],
      [
        /get deployment tertulia-client --output json/,
        {
          stdout: JSON.stringify({
            spec: { selector: { matchLabels: { "app.kubernetes.io/name": "tertulia-client" } } },
          }),
        },
      ],
      [/get pods --selector app.kubernetes.io\/name=tertulia-client/, { stdout: JSON.stringify({ items: [pod] }) }],
      [
        /get events/,
        {
          stdout: JSON.stringify({
            items: [
              {
                type: "Warning",
                reason: "BackOff",
                message: "Back-off restarting failed container client",
                lastTimestamp: "2026-11-26T11:01:00Z",
              },
            ],
          }),
        },
      ],
      [/logs tertulia-client-7d9f-x2x/, { stdout: 'starting\n{"level":"fatal","msg":"GRPC_TARGET is not set"}\n' }],
    ]);
    const ctx = testContext({ root: ROOT, runner: r, tempDir: WORK, json: true });
    let smoked = false;
    expect(
      await release(
        ctx,
        { tag: "abc1234" },
        {
          smoke: async () => {
            smoked = true;
            return okSmoke();
          },
        },
      ),
    ).toBe(1);
    expect(smoked).toBe(false);
    expect(r.calls.slice(r.calls.indexOf(`${K} rollout status deployment/tertulia-client --timeout=300s`))).toEqual([
      `${K} rollout status deployment/tertulia-client --timeout=300s`,
      `${K} get deployment tertulia-client --output json`,
      `${K} get pods --selector app.kubernetes.io/name=tertulia-client --output json`,
      `${K} get events --field-selector involvedObject.name=tertulia-client-7d9f-x2x --output json`,
      `${K} logs tertulia-client-7d9f-x2x --container client --tail=20 --previous`,
      `${K} rollout undo deployment/tertulia-server`,
      `${K} rollout status deployment/tertulia-server --timeout=300s`,
      `${K} rollout undo deployment/tertulia-client`,
      `${K} rollout status deployment/tertulia-client --timeout=300s`,
    ]);
    const out = ctx.io.results[0]!.data as {
      ok: boolean;
      error: { code: string; message: string };
      previousImages: Record<string, string>;
    };
    expect(out.ok).toBe(false);
    expect(out.error.code).toBe("RolloutFailed");
    expect(out.error.message).toContain(
      "pod tertulia-client-7d9f-x2x: CrashLoopBackOff: back-off 40s restarting failed container; last exit 1 (Error)",
    );
    expect(out.error.message).toContain("Warning BackOff: Back-off restarting failed container client");
    expect(out.error.message).toContain("GRPC_TARGET is not set");
    expect(out.previousImages).toEqual({
      "tertulia-server": `${REG}/tertulia-server:old`,
      "tertulia-client": `${REG}/tertulia-client:old`,
    });
  });

  test("a failed smoke test also rolls back and names the step", async () => {
    const r = runner();
    const ctx = testContext({ root: ROOT, runner: r, tempDir: WORK });
    const badSmoke = async (): Promise<StepsOutcome> => ({
      reports: [{ title: "GET /readyz", status: "failed", detail: "503", ms: 4 }],
      failure: new OpsError("SmokeFailed", "GET /readyz answered 503, expected 200.", "look"),
    });
    expect(await release(ctx, { tag: "abc1234" }, { smoke: badSmoke })).toBe(1);
    expect(r.calls).toContain(`${K} rollout undo deployment/tertulia-server`);
    expect(ctx.io.talk()).toContain("The smoke test failed after the rollout: GET /readyz answered 503");
  });

  test("a failed first release scales the Deployments it created to zero, and says so (no rollout undo)", async () => {
    const r = runner([
      [/rollout status deployment\/tertulia-server --timeout/, { code: 1 }],
      [/get deployments --output json/, { stdout: '{"apiVersion":"v1","items":[],"kind":"List"}' }],
      [
        /apply --filename \S+workloads.yaml/,
        { stdout: "deployment.apps/tertulia-server created\ndeployment.apps/tertulia-client created\n" },
      ],
    ]);
    const ctx = testContext({ root: ROOT, runner: r, tempDir: WORK, json: true });
    expect(await release(ctx, { tag: "abc1234" }, { smoke: okSmoke })).toBe(1);
    expect(r.calls.some((c) => c.includes("rollout undo"))).toBe(false);
    expect(r.calls.filter((c) => c.includes(" scale "))).toEqual([
      `${K} scale deployment/tertulia-server --replicas=0`,
      `${K} scale deployment/tertulia-client --replicas=0`,
    ]);
    const out = ctx.io.results[0]!.data as { error: { code: string; message: string } };
    expect(out.error.code).toBe("RolloutFailed");
    expect(out.error.message).toContain(
      "First release: tertulia-server and tertulia-client were scaled to zero (nothing to roll back to).",
    );
  });

  test("a partial apply (one Deployment configured, the other refused) undoes the one that was applied", async () => {
    const r = runner([
      [
        /apply --filename \S+workloads.yaml/,
        {
          code: 1,
          stdout: "deployment.apps/tertulia-server configured\n",
          stderr:
            'Error from server (Forbidden): error when applying patch: deployments.apps "tertulia-client" is forbidden: exceeded quota: compute',
        },
      ],
    ]);
    const ctx = testContext({ root: ROOT, runner: r, tempDir: WORK, json: true });
    expect(await release(ctx, { tag: "abc1234" }, { smoke: okSmoke })).toBe(1);
    expect(r.calls.slice(r.calls.indexOf(`${K} apply --filename ${WORK}/workloads.yaml`))).toEqual([
      `${K} apply --filename ${WORK}/workloads.yaml`,
      `${K} rollout undo deployment/tertulia-server`,
      `${K} rollout status deployment/tertulia-server --timeout=300s`,
    ]);
    expect((ctx.io.results[0]!.data as { error: { message: string } }).error.message).toContain(
      "kubectl apply of the Deployments failed part-way",
    );
  });

  test("the Deployments change only once the ALB's target groups are bound, each attempt reported", async () => {
    let polls = 0;
    const r = runner([
      [
        /get targetgroupbindings/,
        () => (++polls < 3 ? { stdout: '{"apiVersion":"v1","items":[],"kind":"List"}' } : { stdout: TGB }),
      ],
    ]);
    const ctx = testContext({ root: ROOT, runner: r, tempDir: WORK });
    expect(await release(ctx, { tag: "abc1234" }, { smoke: okSmoke })).toBe(0);
    const at = (line: string): number => r.calls.indexOf(line);
    expect(at(`${K} apply --filename ${WORK}/routing.yaml`)).toBeLessThan(
      r.calls.findIndex((c) => c.includes("targetgroupbindings")),
    );
    expect(r.calls.filter((c) => c.includes("targetgroupbindings"))).toHaveLength(3);
    expect(r.calls.findLastIndex((c) => c.includes("targetgroupbindings"))).toBeLessThan(
      at(`${K} apply --filename ${WORK}/workloads.yaml`),
    );
    expect(ctx.io.talk()).toContain("target groups: attempt 1/16: no target group yet for tertulia-client; next in 5s");
    expect(ctx.io.talk()).toContain(
      "target groups: attempt 2/16: no target group yet for tertulia-client; next in 10s",
    );
  });

  test("a release that finds its Deployments at zero (a failed first release) scales them back up", async () => {
    const r = runner([
      [
        /get deployments --output json/,
        {
          stdout: JSON.stringify({
            items: ["server", "client"].map((c) => ({
              metadata: { name: `tertulia-${c}` },
              spec: { replicas: 0, template: { spec: { containers: [{ image: `${REG}/tertulia-${c}:bad` }] } } },
            })),
          }),
        },
      ],
    ]);
    const ctx = testContext({ root: ROOT, runner: r, tempDir: WORK });
    expect(await release(ctx, { tag: "abc1234" }, { smoke: okSmoke })).toBe(0);
    expect(r.calls.filter((c) => c.includes(" scale "))).toEqual([
      `${K} scale deployment/tertulia-server --replicas=1`,
      `${K} scale deployment/tertulia-client --replicas=2`,
    ]);
  });

  test("re-releasing a tag already in ECR (immutable tags) builds and pushes nothing", async () => {
    ecr.on(DescribeImagesCommand).resolves({ imageDetails: [{ imageTags: ["abc1234"] }] });
    const r = runner([
      [
        /get deployments --output json/,
        {
          stdout: JSON.stringify({
            items: ["server", "client"].map((c) => ({
              metadata: { name: `tertulia-${c}` },
              spec: { template: { spec: { containers: [{ image: `${REG}/tertulia-${c}:abc1234` }] } } },
            })),
          }),
        },
      ],
      [
        /apply --filename \S+workloads.yaml/,
        { stdout: "deployment.apps/tertulia-server unchanged\ndeployment.apps/tertulia-client unchanged\n" },
      ],
    ]);
    const ctx = testContext({ root: ROOT, runner: r, tempDir: WORK, json: true });
    expect(await release(ctx, { tag: "abc1234" }, { smoke: okSmoke })).toBe(0);
    expect(r.calls.filter((c) => c.startsWith("docker"))).toEqual([]);
    expect(ecr.commandCalls(DescribeImagesCommand).map((c) => c.args[0].input)).toEqual([
      { repositoryName: "tertulia-server", imageIds: [{ imageTag: "abc1234" }] },
      { repositoryName: "tertulia-client", imageIds: [{ imageTag: "abc1234" }] },
    ]);
    expect(ecr.commandCalls(GetAuthorizationTokenCommand)).toHaveLength(0);
    const steps = (ctx.io.results[0]!.data as { steps: { title: string; status: string; detail?: string }[] }).steps;
    expect(steps.find((s) => s.title === "Apply Deployments")!.detail).toBe("0 changed, 2 unchanged");
  });

  test("a partial push (server pushed, client failed) is finished by a retry that builds and pushes the client only", async () => {
    ecr
      .on(DescribeImagesCommand, { repositoryName: "tertulia-server" })
      .resolves({ imageDetails: [{ imageTags: ["abc1234"] }] });
    const r = runner();
    const ctx = testContext({ root: ROOT, runner: r, tempDir: WORK });
    expect(await releaseImages(ctx, { tag: "abc1234" })).toBe(0);
    expect(r.calls.filter((c) => c.startsWith("docker"))).toEqual([
      `docker build --platform linux/amd64 --file /repo/packages/client/Dockerfile --build-arg TERTULIA_COMMIT=abc1234 --tag ${REG}/tertulia-client:abc1234 /repo`,
      `docker login --username AWS --password-stdin ${REG} <<< [stdin redacted]`,
      `docker push ${REG}/tertulia-client:abc1234`,
    ]);
  });

  test("release images needs no cluster and release deploy builds nothing; deploy refuses an image not in ECR", async () => {
    const r = runner();
    const ctx = testContext({ root: ROOT, runner: r, tempDir: WORK, json: true });
    expect(await releaseDeploy(ctx, { tag: "abc1234" }, { smoke: okSmoke })).toBe(1);
    expect(r.calls.filter((c) => c.startsWith("docker") || c.includes(" apply "))).toEqual([]);
    expect((ctx.io.results[0]!.data as { error: { message: string; fix: string } }).error).toMatchObject({
      message: `${REG}/tertulia-server:abc1234 and ${REG}/tertulia-client:abc1234 are not in ECR.`,
      fix: "Push them first: ops release images --tag abc1234.",
    });
  });

  test("an invalid tag is a usage error (exit 2)", async () => {
    const ctx = testContext({ root: ROOT, runner: runner(), tempDir: WORK });
    expect(await release(ctx, { tag: "-bad tag" }, { smoke: okSmoke })).toBe(2);
  });
});

describe("release: where the targets come from", () => {
  const CODEBUILD_ENV = {
    CODEBUILD_BUILD_ID: "tertulia:0b1c2d3e-0000-4000-8000-000000000001",
    EKS_CLUSTER_NAME: "tertulia",
    EKS_REGION: "sa-east-1",
    K8S_NAMESPACE: "tertulia",
    SERVER_ECR_URI: `${REG}/tertulia-server`,
    CLIENT_ECR_URI: `${REG}/tertulia-client`,
  };

  test("inside CodeBuild the targets come from the pipeline's environment and terraform is never run", async () => {
    const r = runner();
    const ctx = testContext({ root: ROOT, runner: r, tempDir: WORK, dryRun: true });
    const out = await runRelease(ctx, { tag: "abc1234" }, { smoke: okSmoke }, "images", CODEBUILD_ENV);
    expect(out.error).toBeUndefined();
    expect(r.calls.filter((c) => c.startsWith("terraform"))).toEqual([]);
    expect(ctx.planned[0]).toContain(`--tag ${REG}/tertulia-server:abc1234`);
  });

  test("inside CodeBuild a missing variable is an error naming it, in a dry run too: no placeholder, no terraform", async () => {
    const r = runner();
    const ctx = testContext({ root: ROOT, runner: r, tempDir: WORK, dryRun: true });
    const { SERVER_ECR_URI: _, ...env } = CODEBUILD_ENV;
    const out = await runRelease(ctx, { tag: "abc1234" }, { smoke: okSmoke }, "deploy", env);
    expect(out.error?.code).toBe("TargetMissing");
    expect(out.error?.message).toContain("neither --server-repository nor SERVER_ECR_URI is set");
    expect(r.calls.filter((c) => c.startsWith("terraform"))).toEqual([]);
    expect(ctx.planned).toEqual([]);
    expect(ctx.io.talk()).not.toContain("<");
  });

  test("on an operator's machine a dry run whose stack has no outputs fails, naming the flag", async () => {
    const r = runner([[/ output -no-color -json/, { stdout: "{}" }]]);
    const ctx = testContext({ root: ROOT, runner: r, tempDir: WORK, dryRun: true });
    const out = await runRelease(ctx, { tag: "abc1234" }, { smoke: okSmoke }, "all", {});
    expect(out.error?.code).toBe("TargetMissing");
    expect(out.error?.fix).toContain("pass --cluster NAME");
    expect(ctx.planned).toEqual([]);
  });

  test("flags win over the environment", async () => {
    const r = runner();
    const ctx = testContext({ root: ROOT, runner: r, tempDir: WORK, dryRun: true });
    const out = await runRelease(
      ctx,
      { tag: "abc1234", serverRepository: `${REG}/other-server` },
      { smoke: okSmoke },
      "images",
      CODEBUILD_ENV,
    );
    expect(out.error).toBeUndefined();
    expect(ctx.planned[0]).toContain(`--tag ${REG}/other-server:abc1234`);
  });
});

describe("release: secrets and TLS", () => {
  const b64 = (s: string): string => Buffer.from(s).toString("base64");

  test("existing app secrets are kept: nothing is written", async () => {
    const r = runner([
      [
        /get secret tertulia-app-secrets/,
        {
          stdout: JSON.stringify({ data: { JWT_SECRET: b64("a"), RELAY_SECRET: b64("b"), SESSION_SECRET: b64("c") } }),
        },
      ],
    ]);
    const ctx = testContext({ root: ROOT, runner: r, tempDir: WORK });
    expect(await release(ctx, { tag: "abc1234" }, { smoke: okSmoke })).toBe(0);
    expect(r.calls.some((c) => c.includes("apply --filename -"))).toBe(false);
  });

  test("--app-secret-id takes the values from Secrets Manager", async () => {
    const sm = mockClient(SecretsManagerClient);
    sm.on(GetSecretValueCommand, { SecretId: "tertulia/app" }).resolves({
      SecretString: JSON.stringify({
        JWT_SECRET: "j".repeat(40),
        RELAY_SECRET: "r".repeat(40),
        SESSION_SECRET: "s".repeat(40),
      }),
    });
    const r = runner();
    const ctx = testContext({ root: ROOT, runner: r, tempDir: WORK });
    expect(await release(ctx, { tag: "abc1234", appSecretId: "tertulia/app" }, { smoke: okSmoke })).toBe(0);
    expect(parse(r.cmds.find((c) => c.args.includes("-"))!.stdin!).stringData).toEqual({
      JWT_SECRET: "j".repeat(40),
      RELAY_SECRET: "r".repeat(40),
      SESSION_SECRET: "s".repeat(40),
    });
    expect(JSON.stringify(ctx.io.lines)).not.toContain("jjjj");
    sm.restore();
  });

  test("scale-out copies no database credentials into the cluster: the server reads them at run time", async () => {
    const sm = mockClient(SecretsManagerClient);
    sm.on(GetSecretValueCommand).rejects(new Error("no Secrets Manager read is expected"));
    const outputs = JSON.stringify({
      ...JSON.parse(OUTPUTS),
      database_endpoint: { value: "db.x.rds.amazonaws.com:5432" },
      database_name: { value: "tertulia" },
      database_secret_arn: { value: "arn:db" },
      redis_endpoint: { value: "master.x.cache.amazonaws.com:6379" },
    });
    const r = runner([[/ output -no-color -json/, { stdout: outputs }]]);
    const ctx = testContext({ root: ROOT, runner: r, tempDir: WORK });
    expect(await release(ctx, { tag: "abc1234", overlay: "scale-out" }, { smoke: okSmoke })).toBe(0);
    const written = r.cmds.filter((c) => c.args.includes("-")).map((c) => parse(c.stdin!).metadata.name);
    expect(written).toEqual(["tertulia-app-secrets"]);
    expect(sm.commandCalls(GetSecretValueCommand)).toHaveLength(0);
    sm.restore();
  });

  test("--certificate-arn adds the TLS component and patches the Ingress's certificate", async () => {
    const ctx = testContext({ root: ROOT, runner: runner(), tempDir: WORK, dryRun: true });
    expect(
      await release(
        ctx,
        { tag: "abc1234", certificateArn: "arn:aws:acm:sa-east-1:1:certificate/x", host: "chat.example.com" },
        { smoke: okSmoke },
      ),
    ).toBe(0);
    const k = parse(await Bun.file(`${WORK}/release/kustomization.yaml`).text());
    expect(k.components).toEqual(["../../../repo/manifests/components/tls"]);
    expect(parse(k.patches[0].patch)).toEqual([
      {
        op: "replace",
        path: "/metadata/annotations/alb.ingress.kubernetes.io~1certificate-arn",
        value: "arn:aws:acm:sa-east-1:1:certificate/x",
      },
    ]);
  });

  test("a render that still holds a placeholder is never applied", async () => {
    const r = runner([
      [/^kubectl kustomize/, (c) => ({ stdout: `${rendered(c).stdout}\n        image: busybox:unreleased\n` })],
    ]);
    const ctx = testContext({ root: ROOT, runner: r, tempDir: WORK, json: true });
    expect(await release(ctx, { tag: "abc1234" }, { smoke: okSmoke })).toBe(1);
    expect(r.calls.some((c) => c.includes("apply --filename"))).toBe(false);
    expect((ctx.io.results[0]!.data as { error: { message: string } }).error.message).toContain(
      'placeholder ":unreleased"',
    );
  });
});
