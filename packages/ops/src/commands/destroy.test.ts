import { afterAll, beforeAll, beforeEach, describe, expect, test } from "bun:test";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BatchDeleteImageCommand, ECRClient, ListImagesCommand } from "@aws-sdk/client-ecr";
import { DescribeClusterCommand, EKSClient } from "@aws-sdk/client-eks";
import { DeleteBucketCommand, DeleteObjectsCommand, ListObjectVersionsCommand, S3Client } from "@aws-sdk/client-s3";
import { mockClient } from "aws-sdk-client-mock";
import { testContext } from "../testing/fake-context.ts";
import { fakeRunner } from "../testing/fake-runner.ts";
import { destroy } from "./destroy.ts";

const eks = mockClient(EKSClient);
const ecr = mockClient(ECRClient);
const s3 = mockClient(S3Client);
const REG = "123456789012.dkr.ecr.sa-east-1.amazonaws.com";
const OUTPUTS = JSON.stringify({
  cluster_name: { value: "tertulia" },
  server_repository_url: { value: `${REG}/tertulia-server` },
  client_repository_url: { value: `${REG}/tertulia-client` },
});
let root: string;
let work: string;

const runner = () => fakeRunner([[/ output -json$/, { stdout: OUTPUTS }]]);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "ops-destroy-"));
  work = await mkdtemp(join(tmpdir(), "ops-destroy-work-"));
  await Bun.write(
    join(root, "terraform/stacks/aws/backend.hcl"),
    'bucket = "tertulia-tfstate"\nkey = "tertulia/aws.tfstate"\nregion = "sa-east-1"\n',
  );
});
beforeEach(() => {
  for (const m of [eks, ecr, s3]) m.reset();
  eks
    .on(DescribeClusterCommand)
    .resolves({ cluster: { endpoint: "https://x.eks.amazonaws.com", certificateAuthority: { data: "Q0E=" } } });
  ecr
    .on(ListImagesCommand, { repositoryName: "tertulia-server" })
    .resolves({ imageIds: [{ imageDigest: "sha256:a", imageTag: "abc" }] });
  ecr.on(ListImagesCommand, { repositoryName: "tertulia-client" }).resolves({ imageIds: [] });
  ecr.on(BatchDeleteImageCommand).resolves({});
});
afterAll(async () => {
  for (const m of [eks, ecr, s3]) m.restore();
  await rm(root, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
});

describe("destroy", () => {
  test("without a terminal and without --confirm it refuses (exit 2) and destroys nothing", async () => {
    const r = runner();
    const ctx = testContext({ root, runner: r, tty: false, yes: true, tempDir: work });
    expect(await destroy(ctx, {})).toBe(2);
    expect(r.calls.some((c) => c.includes(" destroy "))).toBe(false);
    expect(ctx.io.talk()).toContain("Pass --confirm tertulia (--yes alone is not enough for destroy).");
  });

  test("typing the wrong name aborts", async () => {
    const r = runner();
    const ctx = testContext({ root, runner: r, answers: ["tertulia-prod"], tempDir: work });
    expect(await destroy(ctx, {})).toBe(1);
    expect(r.calls.some((c) => c.includes(" destroy "))).toBe(false);
  });

  test("after typing the cluster name: delete the Ingress, empty ECR, terraform destroy; keep the state bucket", async () => {
    const r = runner();
    const ctx = testContext({ root, runner: r, answers: ["tertulia"], tempDir: work });
    expect(await destroy(ctx, { clusterStack: false })).toBe(0);
    expect(r.calls).toEqual([
      `terraform -chdir=${root}/terraform/stacks/aws init -input=false -backend-config=${root}/terraform/stacks/aws/backend.hcl`,
      `terraform -chdir=${root}/terraform/stacks/aws output -json`,
      `kubectl --kubeconfig ${work}/kubeconfig --namespace tertulia delete ingress tertulia --ignore-not-found --wait=true --timeout=300s`,
      `terraform -chdir=${root}/terraform/stacks/aws destroy -input=false -auto-approve -var-file=${root}/terraform/stacks/aws/terraform.tfvars`,
    ]);
    expect(ecr.commandCalls(BatchDeleteImageCommand).map((c) => c.args[0].input)).toEqual([
      { repositoryName: "tertulia-server", imageIds: [{ imageDigest: "sha256:a", imageTag: "abc" }] },
    ]);
    expect(s3.calls()).toHaveLength(0);
    expect(ctx.io.results[0]!.text).toContain("The state bucket was kept");
  });

  test("--include-state asks for the bucket name too, then deletes every version and the bucket", async () => {
    s3.on(ListObjectVersionsCommand).resolves({
      Versions: [{ Key: "tertulia/aws.tfstate", VersionId: "v1" }],
      DeleteMarkers: [{ Key: "tertulia/aws.tfstate", VersionId: "d1" }],
    });
    s3.on(DeleteObjectsCommand).resolves({});
    s3.on(DeleteBucketCommand).resolves({});
    const ctx = testContext({ root, runner: runner(), answers: ["tertulia", "tertulia-tfstate"], tempDir: work });
    expect(await destroy(ctx, { includeState: true, clusterStack: false })).toBe(0);
    expect(s3.commandCalls(DeleteObjectsCommand)[0]!.args[0].input).toEqual({
      Bucket: "tertulia-tfstate",
      Delete: {
        Objects: [
          { Key: "tertulia/aws.tfstate", VersionId: "v1" },
          { Key: "tertulia/aws.tfstate", VersionId: "d1" },
        ],
        Quiet: true,
      },
    });
    expect(s3.commandCalls(DeleteBucketCommand)[0]!.args[0].input).toEqual({ Bucket: "tertulia-tfstate" });
  });

  test("--include-state with the wrong bucket name deletes nothing at all", async () => {
    const r = runner();
    const ctx = testContext({ root, runner: r, answers: ["tertulia", "nope"], tempDir: work });
    expect(await destroy(ctx, { includeState: true, clusterStack: false })).toBe(1);
    expect(r.calls.some((c) => c.includes(" destroy "))).toBe(false);
    expect(s3.calls()).toHaveLength(0);
  });

  test("--dry-run prints every call and command, sends nothing", async () => {
    const ctx = testContext({ root, runner: runner(), dryRun: true, tempDir: work });
    expect(await destroy(ctx, { confirm: "tertulia", clusterStack: false })).toBe(0);
    expect(ctx.planned).toEqual([
      `terraform -chdir=${root}/terraform/stacks/aws init -input=false -backend-config=${root}/terraform/stacks/aws/backend.hcl`,
      `kubectl --kubeconfig '<kubeconfig>' --namespace tertulia delete ingress tertulia --ignore-not-found --wait=true --timeout=300s`,
      `terraform -chdir=${root}/terraform/stacks/aws destroy -input=false -auto-approve -var-file=${root}/terraform/stacks/aws/terraform.tfvars`,
    ]);
    expect(ctx.io.talk()).toContain('would call: ECR BatchDeleteImage {"repositoryName":"tertulia-server"');
    for (const m of [eks, ecr, s3]) expect(m.calls()).toHaveLength(0);
  });
});
