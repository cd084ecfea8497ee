import { afterAll, beforeAll, beforeEach, describe, expect, test } from "bun:test";
import { mkdtempSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DescribeImagesCommand, ECRClient, GetAuthorizationTokenCommand } from "@aws-sdk/client-ecr";
import { DescribeClusterCommand, EKSClient } from "@aws-sdk/client-eks";
import { mockClient } from "aws-sdk-client-mock";
import type { Cmd } from "../process/runner.ts";
import { BUILD_ENVIRONMENT, CODEBUILD_MARKER } from "../targets/build-environment.ts";
import { awsError } from "../testing/aws-errors.ts";
import { testContext } from "../testing/fake-context.ts";
import { type FakeAnswer, fakeRunner } from "../testing/fake-runner.ts";
import { deploy } from "./deploy.ts";
import type { PreflightResult } from "./preflight/index.ts";

// These tests run inside CodeBuild too (buildspec's pre_build), where the pipeline's variables are set: each test
// says where its targets come from, so the build's own environment must not leak into them.
for (const name of [...Object.values(BUILD_ENVIRONMENT), CODEBUILD_MARKER]) delete process.env[name];

const eks = mockClient(EKSClient);
const ecr = mockClient(ECRClient);
// Unique per run: concurrent runs of the suite (CI beside a developer, the rehearsal's own unit phase) share /tmp.
const WORK = mkdtempSync(join(tmpdir(), "ops-deploy-test-"));
const REG = "123456789012.dkr.ecr.sa-east-1.amazonaws.com";
const TAG = "0123456789abcdef0123456789abcdef01234567";
let root: string;

const okPreflight = async (): Promise<PreflightResult> => ({
  ok: true,
  checks: [{ title: "terraform ≥ 1.11.0", status: "ok", ms: 1 }],
});
const noSmoke = { smoke: async () => ({ reports: [] }) };
const OUTPUTS = JSON.stringify({
  cluster_name: { value: "tertulia" },
  ecr_repository_urls: { value: { server: `${REG}/tertulia-server`, client: `${REG}/tertulia-client` } },
});
const rendered = (c: Cmd): { stdout: string } => {
  const tag = /newTag: (\S+)/.exec(readFileSync(`${c.args[1]}/kustomization.yaml`, "utf8"))![1];
  return {
    stdout: [
      "kind: Ingress\nmetadata:\n  name: tertulia\nspec:\n  defaultBackend:\n    service:\n      name: tertulia-client\n",
      ...["server", "client"].map(
        (c) =>
          `kind: Deployment\nmetadata:\n  name: tertulia-${c}\nspec:\n  template:\n    spec:\n      containers:\n        - image: ${REG}/tertulia-${c}:${tag}\n`,
      ),
    ].join("---\n"),
  };
};
const running = (tag: string) => ({
  stdout: JSON.stringify({
    items: ["server", "client"].map((c) => ({
      metadata: { name: `tertulia-${c}` },
      spec: { template: { spec: { containers: [{ image: `${REG}/tertulia-${c}:${tag}` }] } } },
    })),
  }),
});

function runner(extra: [RegExp, FakeAnswer][] = []) {
  return fakeRunner(
    [
      ...extra,
      [/^git rev-parse HEAD/, { stdout: `${TAG}\n` }],
      [/ output -no-color -json$/, { stdout: OUTPUTS }],
      [/^kubectl kustomize/, rendered],
      [/get deployments/, running("old")],
      // The ALB's DNS name on the Ingress, and the controller's binding for its backend (release waits for both).
      [
        /get ingress/,
        {
          stdout: JSON.stringify({ status: { loadBalancer: { ingress: [{ hostname: "k8s-x.elb.amazonaws.com" }] } } }),
        },
      ],
      [
        /get targetgroupbindings/,
        {
          stdout: JSON.stringify({
            items: [{ spec: { serviceRef: { name: "tertulia-client" }, targetGroupARN: "arn:tg" } }],
          }),
        },
      ],
    ],
    ["docker", "kubectl", "terraform", "git"],
  );
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "ops-deploy-"));
  await Bun.write(
    join(root, "terraform/stacks/aws/backend.hcl"),
    'bucket = "b"\nkey = "tertulia/aws.tfstate"\nregion = "sa-east-1"\n',
  );
});
beforeEach(() => {
  eks.reset();
  ecr.reset();
  ecr.on(DescribeImagesCommand).rejects(awsError("ImageNotFoundException", 400));
  ecr.on(GetAuthorizationTokenCommand).resolves({
    authorizationData: [
      { authorizationToken: Buffer.from("AWS:pw").toString("base64"), proxyEndpoint: `https://${REG}` },
    ],
  });
  eks
    .on(DescribeClusterCommand)
    .resolves({ cluster: { endpoint: "https://x.eks.amazonaws.com", certificateAuthority: { data: "Q0E=" } } });
});
afterAll(async () => {
  eks.restore();
  ecr.restore();
  await rm(root, { recursive: true, force: true });
  await rm(WORK, { recursive: true, force: true });
});

describe("deploy", () => {
  test("--dry-run prints exactly these command lines, in order, and changes nothing", async () => {
    const ctx = testContext({ root, dryRun: true, runner: runner(), tempDir: WORK });
    expect(await deploy(ctx, {}, { preflight: okPreflight, release: noSmoke })).toBe(0);
    const K = `kubectl --kubeconfig ${WORK}/kubeconfig --namespace tertulia`;
    expect(ctx.planned).toEqual([
      `terraform -chdir=${root}/terraform/stacks/aws init -input=false -no-color -backend-config=${root}/terraform/stacks/aws/backend.hcl`,
      `terraform -chdir=${root}/terraform/stacks/aws plan -input=false -no-color -var-file=${root}/terraform/stacks/aws/terraform.tfvars -out=tertulia.tfplan -detailed-exitcode`,
      `terraform -chdir=${root}/terraform/stacks/aws apply -input=false -no-color tertulia.tfplan`,
      `docker build --platform linux/amd64 --file ${root}/packages/server/Dockerfile --build-arg TERTULIA_COMMIT=${TAG} --tag ${REG}/tertulia-server:${TAG} ${root}`,
      `docker build --platform linux/amd64 --file ${root}/packages/client/Dockerfile --build-arg TERTULIA_COMMIT=${TAG} --tag ${REG}/tertulia-client:${TAG} ${root}`,
      `docker login --username AWS --password-stdin ${REG} <<< [stdin redacted]`,
      `docker push ${REG}/tertulia-server:${TAG}`,
      `docker push ${REG}/tertulia-client:${TAG}`,
      `${K} apply --filename ${WORK}/routing.yaml`,
      `${K} apply --filename ${WORK}/workloads.yaml`,
      `${K} rollout status deployment/tertulia-server --timeout=300s`,
      `${K} rollout status deployment/tertulia-client --timeout=300s`,
    ]);
    expect(eks.calls()).toHaveLength(0);
    expect(ctx.io.results[0]!.text).toStartWith("Dry run: nothing was changed.");
  });

  test("with an in-cluster stack, it is initialised with its own state key after the AWS stack", async () => {
    const ctx = testContext({ root, dryRun: true, runner: runner(), tempDir: WORK });
    await Bun.write(join(root, "terraform/stacks/kubernetes/versions.tf"), "terraform {}\n");
    expect(await deploy(ctx, { skipRelease: true }, { preflight: okPreflight })).toBe(0);
    const B = `${root}/terraform/stacks/aws/backend.hcl`;
    expect(ctx.planned.slice(3)).toEqual([
      `terraform -chdir=${root}/terraform/stacks/kubernetes init -input=false -no-color -backend-config=${B} -backend-config=key=tertulia/kubernetes.tfstate`,
      `terraform -chdir=${root}/terraform/stacks/kubernetes plan -input=false -no-color '-var=aws_stack_state={bucket="b",key="tertulia/aws.tfstate",region="sa-east-1"}' -out=tertulia.tfplan -detailed-exitcode`,
      `terraform -chdir=${root}/terraform/stacks/kubernetes apply -input=false -no-color tertulia.tfplan`,
    ]);
    await rm(join(root, "terraform/stacks/kubernetes"), { recursive: true });
  });

  test("re-running with nothing changed applies nothing and builds nothing", async () => {
    ecr.on(DescribeImagesCommand).resolves({ imageDetails: [{ imageTags: [TAG] }] });
    const r = runner([
      [/ plan /, { code: 0 }],
      [/get deployments/, running(TAG)],
    ]);
    const ctx = testContext({ root, runner: r, tempDir: WORK });
    expect(await deploy(ctx, {}, { preflight: okPreflight, release: noSmoke })).toBe(0);
    expect(r.calls.some((c) => / apply -input/.test(c))).toBe(false);
    expect(r.calls.some((c) => c.startsWith("docker"))).toBe(false);
    expect(ctx.io.results[0]!.text).toStartWith("Terraform: no changes.");
  });

  test("a plan with changes needs --yes when there is no terminal (exit 2, nothing applied)", async () => {
    const r = runner([[/ plan /, { code: 2 }]]);
    const ctx = testContext({ root, runner: r, tempDir: WORK, tty: false, json: true });
    expect(await deploy(ctx, {}, { preflight: okPreflight, release: noSmoke })).toBe(2);
    expect(r.calls.some((c) => / apply -input/.test(c))).toBe(false);
    expect(ctx.io.results[0]!.data).toMatchObject({ ok: false, error: { code: "ConfirmationRequired" } });
  });

  test("a plan with changes is applied after typing yes, then released", async () => {
    const r = runner([[/ plan /, { code: 2 }]]);
    const ctx = testContext({ root, runner: r, tempDir: WORK, answers: ["yes"] });
    expect(await deploy(ctx, {}, { preflight: okPreflight, release: noSmoke })).toBe(0);
    expect(r.calls).toContain(
      `terraform -chdir=${root}/terraform/stacks/aws apply -input=false -no-color tertulia.tfplan`,
    );
    expect(r.calls.some((c) => c.startsWith("docker push"))).toBe(true);
  });

  test("a failed preflight stops before terraform", async () => {
    const r = runner();
    const ctx = testContext({ root, runner: r, tempDir: WORK });
    const bad = async (): Promise<PreflightResult> => ({
      ok: false,
      checks: [{ title: "EKS version", status: "failed", ms: 1 }],
    });
    expect(await deploy(ctx, {}, { preflight: bad, release: noSmoke })).toBe(1);
    expect(r.calls.some((c) => c.startsWith("terraform"))).toBe(false);
  });
});
