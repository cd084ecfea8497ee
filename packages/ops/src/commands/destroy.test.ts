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

const runner = (extra: [RegExp, { stdout?: string; code?: number; stderr?: string }][] = []) =>
  fakeRunner([...extra, [/ output -no-color -json$/, { stdout: OUTPUTS }]]);
/** `kubectl get ... --output json` answers a List (https://kubernetes.io/docs/reference/using-api/api-concepts/#collections). */
const kubeList = (items: unknown[]) =>
  JSON.stringify({ apiVersion: "v1", kind: "List", items, metadata: { resourceVersion: "" } });

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

  test("after typing the cluster name: delete every Ingress, empty ECR, terraform destroy; keep the state bucket", async () => {
    const r = runner();
    const ctx = testContext({ root, runner: r, answers: ["tertulia"], tempDir: work });
    expect(await destroy(ctx, { clusterStack: false })).toBe(0);
    expect(r.calls).toEqual([
      `terraform -chdir=${root}/terraform/stacks/aws init -input=false -no-color -backend-config=${root}/terraform/stacks/aws/backend.hcl`,
      `terraform -chdir=${root}/terraform/stacks/aws output -no-color -json`,
      `kubectl --kubeconfig ${work}/kubeconfig --namespace tertulia get services --output json`,
      `kubectl --kubeconfig ${work}/kubeconfig get persistentvolumes --output json`,
      `kubectl --kubeconfig ${work}/kubeconfig --namespace tertulia delete ingress --all --ignore-not-found --wait=true --timeout=600s`,
      `terraform -chdir=${root}/terraform/stacks/aws destroy -input=false -no-color -auto-approve -var-file=${root}/terraform/stacks/aws/terraform.tfvars`,
    ]);
    expect(ecr.commandCalls(BatchDeleteImageCommand).map((c) => c.args[0].input)).toEqual([
      { repositoryName: "tertulia-server", imageIds: [{ imageDigest: "sha256:a", imageTag: "abc" }] },
    ]);
    expect(s3.calls()).toHaveLength(0);
    expect(ctx.io.results[0]!.text).toContain(
      "the Terraform state bucket tertulia-tfstate (ops destroy --include-state deletes it)",
    );
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
      `terraform -chdir=${root}/terraform/stacks/aws init -input=false -no-color -backend-config=${root}/terraform/stacks/aws/backend.hcl`,
      `kubectl --kubeconfig ${work}/kubeconfig --namespace tertulia delete ingress --all --ignore-not-found --wait=true --timeout=600s`,
      `terraform -chdir=${root}/terraform/stacks/aws destroy -input=false -no-color -auto-approve -var-file=${root}/terraform/stacks/aws/terraform.tfvars`,
    ]);
    expect(ctx.io.talk()).toContain('would call: ECR BatchDeleteImage {"repositoryName":"tertulia-server"');
    expect(ctx.io.talk()).toContain("would list the Services of type LoadBalancer in tertulia");
    expect(ctx.io.talk()).not.toMatch(/<kubeconfig>|<each /);
    for (const m of [eks, ecr, s3]) expect(m.calls()).toHaveLength(0);
  });

  test("every LoadBalancer Service is deleted and waited for, and what outlives the stack is listed", async () => {
    const outputs = JSON.stringify({
      ...JSON.parse(OUTPUTS),
      database_deletion_protection: { value: false },
      database_final_snapshot_identifier: { value: "tertulia-final-20261202161500" },
    });
    const r = runner([
      [/ output -no-color -json$/, { stdout: outputs }],
      [
        /get services/,
        {
          stdout: kubeList([
            { metadata: { name: "tertulia-server" }, spec: { type: "ClusterIP" } },
            { metadata: { name: "grafana" }, spec: { type: "LoadBalancer" } },
          ]),
        },
      ],
      [
        /get persistentvolumes/,
        {
          stdout: kubeList([
            {
              metadata: { name: "pvc-1" },
              spec: {
                persistentVolumeReclaimPolicy: "Retain",
                claimRef: { namespace: "tertulia", name: "tertulia-server-data" },
                csi: { driver: "ebs.csi.aws.com", volumeHandle: "vol-0abc" },
              },
            },
            {
              metadata: { name: "pvc-2" },
              spec: { persistentVolumeReclaimPolicy: "Delete", claimRef: { namespace: "tertulia", name: "scratch" } },
            },
          ]),
        },
      ],
    ]);
    const ctx = testContext({ root, runner: r, answers: ["tertulia"], tempDir: work });
    expect(await destroy(ctx, { clusterStack: false })).toBe(0);
    expect(r.calls).toContain(
      `kubectl --kubeconfig ${work}/kubeconfig --namespace tertulia delete service grafana --ignore-not-found --wait=true --timeout=600s`,
    );
    const deletes = r.calls.filter((c) => c.includes(" delete "));
    expect(deletes.findIndex((c) => c.includes("delete service"))).toBeLessThan(
      r.calls.findIndex((c) => c.includes(" destroy ")),
    );
    const text = ctx.io.results[0]!.text;
    expect(text).toContain(
      "EBS volume vol-0abc (was tertulia-server-data): aws ec2 delete-volume --volume-id vol-0abc",
    );
    expect(text).toContain("RDS snapshot tertulia-final-20261202161500");
    expect(text).toContain("the Terraform state bucket tertulia-tfstate");
    expect(text).not.toContain("scratch");
  });

  test("a protected database is refused by name before any question or deletion", async () => {
    const r = runner([
      [
        / output -no-color -json$/,
        { stdout: JSON.stringify({ ...JSON.parse(OUTPUTS), database_deletion_protection: { value: true } }) },
      ],
    ]);
    const ctx = testContext({ root, runner: r, answers: ["tertulia"], tempDir: work });
    expect(await destroy(ctx, { clusterStack: false })).toBe(2);
    expect(ctx.io.talk()).toContain("deletion protection on (data_deletion_protection = true)");
    expect(ctx.io.talk()).toContain("--disable-deletion-protection");
    expect(r.calls.filter((c) => / destroy | delete | apply /.test(c))).toEqual([]);
    expect(ecr.calls()).toHaveLength(0);
  });

  test("--disable-deletion-protection turns it off first, then destroys with it off", async () => {
    const r = runner([
      [
        / output -no-color -json$/,
        { stdout: JSON.stringify({ ...JSON.parse(OUTPUTS), database_deletion_protection: { value: true } }) },
      ],
    ]);
    const ctx = testContext({ root, runner: r, answers: ["tertulia"], tempDir: work });
    expect(await destroy(ctx, { clusterStack: false, disableDeletionProtection: true })).toBe(0);
    const tfWrites = r.calls.filter((c) => / apply | destroy /.test(c));
    expect(tfWrites).toEqual([
      `terraform -chdir=${root}/terraform/stacks/aws apply -input=false -no-color -auto-approve '-target=module.data[0].aws_db_instance.this' -var-file=${root}/terraform/stacks/aws/terraform.tfvars -var=data_deletion_protection=false`,
      `terraform -chdir=${root}/terraform/stacks/aws destroy -input=false -no-color -auto-approve -var-file=${root}/terraform/stacks/aws/terraform.tfvars -var=data_deletion_protection=false`,
    ]);
    expect(r.calls.findIndex((c) => c.includes(" apply "))).toBeLessThan(
      r.calls.findIndex((c) => c.includes("delete ingress")),
    );
  });
});
