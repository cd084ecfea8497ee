import { afterAll, beforeAll, beforeEach, describe, expect, test } from "bun:test";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CodeStarConnectionsClient, GetConnectionCommand } from "@aws-sdk/client-codestar-connections";
import {
  DescribeAccountAttributesCommand,
  DescribeAddressesCommand,
  DescribeAvailabilityZonesCommand,
  DescribeInstanceTypeOfferingsCommand,
  DescribeVpcsCommand,
  EC2Client,
} from "@aws-sdk/client-ec2";
import { DescribeRepositoriesCommand, ECRClient } from "@aws-sdk/client-ecr";
import { DescribeClusterCommand, DescribeClusterVersionsCommand, EKSClient } from "@aws-sdk/client-eks";
import {
  GetBucketEncryptionCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { mockClient } from "aws-sdk-client-mock";
import { awsError } from "../../testing/aws-errors.ts";
import { testContext } from "../../testing/fake-context.ts";
import { fakeRunner } from "../../testing/fake-runner.ts";
import { preflight } from "./index.ts";

const sts = mockClient(STSClient);
const ec2 = mockClient(EC2Client);
const eks = mockClient(EKSClient);
const ecr = mockClient(ECRClient);
const s3 = mockClient(S3Client);
const conn = mockClient(CodeStarConnectionsClient);
const ZONES = ["sa-east-1a", "sa-east-1b"];
const CONNECTION = "arn:aws:codeconnections:sa-east-1:123456789012:connection/abc";
let root: string;
// Stands in for https://checkip.amazonaws.com/, which answers 200 text/plain: the caller's address and a newline.
let checkip: ReturnType<typeof Bun.serve>;

const tools = () =>
  fakeRunner(
    [
      [/^terraform version/, { stdout: '{"terraform_version":"1.11.4"}' }],
      [/^kubectl version/, { stdout: '{"clientVersion":{"gitVersion":"v1.32.4"}}' }],
      [/^docker --version/, { stdout: "Docker version 28.2.2, build e6534b4" }],
      [/^aws --version/, { stdout: "aws-cli/2.27.0 Python/3.13" }],
    ],
    ["terraform", "kubectl", "docker", "aws"],
  );

beforeAll(async () => {
  checkip = Bun.serve({
    port: 0,
    hostname: "127.0.0.1",
    fetch: () => new Response("198.51.100.7\n", { headers: { "content-type": "text/plain;charset=UTF-8" } }),
  });
  process.env.TERTULIA_CHECKIP_URL = `http://127.0.0.1:${checkip.port}/`;
  root = await mkdtemp(join(tmpdir(), "ops-preflight-"));
  await Bun.write(
    join(root, "terraform/stacks/aws/variables.tf"),
    `variable "region" { type = string }
variable "project_name" { type = string }
variable "availability_zones" { type = list(string) }
variable "instance_types" {
  type    = list(string)
  default = ["t3.medium"]
}
variable "kubernetes_version" {
  type    = string
  default = "1.33"
}
variable "codeconnections_arn" { type = string }
`,
  );
  await Bun.write(
    join(root, "terraform/stacks/aws/terraform.tfvars"),
    `region = "sa-east-1"\nproject_name = "tertulia"\navailability_zones = ["sa-east-1a", "sa-east-1b"]\ninstance_types = ["t3.medium"]\nkubernetes_version = "1.33"\ncodeconnections_arn = "${CONNECTION}"\n`,
  );
  await Bun.write(
    join(root, "terraform/stacks/aws/backend.hcl"),
    `bucket = "tertulia-tfstate"\nkey = "tertulia/terraform.tfstate"\nregion = "sa-east-1"\nuse_lockfile = true\n`,
  );
});
afterAll(async () => {
  delete process.env.TERTULIA_CHECKIP_URL;
  checkip.stop(true);
  for (const m of [sts, ec2, eks, ecr, s3, conn]) m.restore();
  await rm(root, { recursive: true, force: true });
});

beforeEach(() => {
  for (const m of [sts, ec2, eks, ecr, s3, conn]) m.reset();
  sts.on(GetCallerIdentityCommand).resolves({ Account: "123456789012", Arn: "arn:aws:iam::123456789012:user/dev" });
  ec2
    .on(DescribeAvailabilityZonesCommand)
    .resolves({ AvailabilityZones: ZONES.map((z) => ({ ZoneName: z, State: "available" })) });
  ec2.on(DescribeInstanceTypeOfferingsCommand).resolves({
    InstanceTypeOfferings: ZONES.map((z) => ({
      InstanceType: "t3.medium",
      Location: z,
      LocationType: "availability-zone",
    })),
  });
  ec2.on(DescribeAccountAttributesCommand).resolves({
    AccountAttributes: [{ AttributeName: "vpc-max-elastic-ips", AttributeValues: [{ AttributeValue: "5" }] }],
  });
  ec2.on(DescribeAddressesCommand).resolves({ Addresses: [] });
  ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [{ VpcId: "vpc-1" }] });
  eks.on(DescribeClusterVersionsCommand).resolves({
    clusterVersions: [
      { clusterVersion: "1.33", versionStatus: "STANDARD_SUPPORT" },
      { clusterVersion: "1.29", versionStatus: "UNSUPPORTED" },
    ],
  });
  eks.on(DescribeClusterCommand).rejects(awsError("ResourceNotFoundException", 404));
  ecr.on(DescribeRepositoriesCommand).rejects(awsError("RepositoryNotFoundException", 400));
  conn.on(GetConnectionCommand).resolves({ Connection: { ConnectionStatus: "AVAILABLE" } });
  s3.on(GetBucketVersioningCommand).resolves({ Status: "Enabled" });
  s3.on(GetBucketEncryptionCommand).resolves({
    ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }] },
  });
  s3.on(GetPublicAccessBlockCommand).resolves({
    PublicAccessBlockConfiguration: {
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: true,
    },
  });
});

type Check = { title: string; status: string; detail?: string; fix?: string };
const checks = (ctx: ReturnType<typeof testContext>): Check[] =>
  (ctx.io.results[0]!.data as { checks: Check[] }).checks;
const check = (ctx: ReturnType<typeof testContext>, title: string): Check =>
  checks(ctx).find((c) => c.title.startsWith(title))!;

describe("preflight", () => {
  test("all checks pass, with the exact inputs sent", async () => {
    const ctx = testContext({ root, json: true, runner: tools() });
    const code = await preflight(ctx, {});
    expect(checks(ctx).filter((c) => c.status === "failed")).toEqual([]);
    expect(code).toBe(0);
    expect(ec2.commandCalls(DescribeAvailabilityZonesCommand)[0]!.args[0].input).toEqual({
      Filters: [{ Name: "zone-name", Values: ZONES }],
    });
    expect(ec2.commandCalls(DescribeInstanceTypeOfferingsCommand)[0]!.args[0].input).toEqual({
      LocationType: "availability-zone",
      Filters: [
        { Name: "instance-type", Values: ["t3.medium"] },
        { Name: "location", Values: ZONES },
      ],
    });
    expect(eks.commandCalls(DescribeClusterCommand)[0]!.args[0].input).toEqual({ name: "tertulia" });
    expect(ecr.commandCalls(DescribeRepositoriesCommand).map((c) => c.args[0].input)).toEqual([
      { repositoryNames: ["tertulia-server"] },
      { repositoryNames: ["tertulia-client"] },
    ]);
    expect(conn.commandCalls(GetConnectionCommand)[0]!.args[0].input).toEqual({ ConnectionArn: CONNECTION });
    expect(s3.commandCalls(GetBucketVersioningCommand)[0]!.args[0].input).toEqual({
      Bucket: "tertulia-tfstate",
      ExpectedBucketOwner: "123456789012",
    });
    expect(check(ctx, "Cluster name").detail).toBe("tertulia is free");
    // No endpoint_public_access_cidrs in the tfvars: deploy will limit the API to the stand-in's answer.
    expect(check(ctx, "Kubernetes API reachable from here")).toMatchObject({
      status: "ok",
      detail: "public endpoint limited to 198.51.100.7/32 (this machine; set by ops)",
    });
  });

  test("plain output is one line per check with ✔/✖ and the fix", async () => {
    ec2
      .on(DescribeInstanceTypeOfferingsCommand)
      .resolves({ InstanceTypeOfferings: [{ InstanceType: "t3.medium", Location: "sa-east-1a" }] });
    const ctx = testContext({ root, runner: tools() });
    expect(await preflight(ctx, {})).toBe(1);
    const talk = ctx.io.talk();
    expect(talk).toMatch(/✔ Credentials and account · 123456789012 as arn:aws:iam::123456789012:user\/dev/);
    expect(talk).toContain("✖ Instance types offered · Not offered: t3.medium in sa-east-1b.");
    expect(talk).toContain("fix: Choose instance types offered in every zone");
    expect(ctx.io.results[0]!.text).toMatch(/1 failed/);
  });

  test("an unsupported EKS version fails and lists the supported ones", async () => {
    eks.on(DescribeClusterVersionsCommand).resolves({
      clusterVersions: [
        { clusterVersion: "1.34", versionStatus: "STANDARD_SUPPORT" },
        { clusterVersion: "1.33", versionStatus: "UNSUPPORTED" },
      ],
    });
    const ctx = testContext({ root, json: true, runner: tools() });
    expect(await preflight(ctx, {})).toBe(1);
    expect(check(ctx, "EKS version")).toMatchObject({
      status: "failed",
      fix: "Set kubernetes_version to one of 1.34 (newest: 1.34).",
    });
  });

  test("a zone that does not exist in the region fails", async () => {
    ec2
      .on(DescribeAvailabilityZonesCommand)
      .resolves({ AvailabilityZones: [{ ZoneName: "sa-east-1a", State: "available" }] });
    const ctx = testContext({ root, json: true, runner: tools() });
    expect(await preflight(ctx, {})).toBe(1);
    expect(check(ctx, "Availability zones").detail).toBe("No such zone in this region: sa-east-1b.");
  });

  test("AccessDenied and expired credentials are reported with their fixes", async () => {
    sts.on(GetCallerIdentityCommand).rejects(awsError("ExpiredTokenException", 400));
    ec2.on(DescribeVpcsCommand).rejects(awsError("UnauthorizedOperation", 403));
    const ctx = testContext({ root, json: true, runner: tools() });
    expect(await preflight(ctx, {})).toBe(1);
    expect(check(ctx, "Credentials")).toMatchObject({ status: "failed", code: "AwsCredentialsExpired" });
    expect(check(ctx, "Elastic IP")).toMatchObject({ status: "failed", code: "AwsAccessDenied" });
  });

  test("throttled calls are retried", async () => {
    ec2
      .on(DescribeAvailabilityZonesCommand)
      .rejectsOnce(awsError("RequestLimitExceeded", 503))
      .resolves({ AvailabilityZones: ZONES.map((z) => ({ ZoneName: z, State: "available" })) });
    const ctx = testContext({ root, json: true, runner: tools() });
    expect(await preflight(ctx, {})).toBe(0);
    expect(ec2.commandCalls(DescribeAvailabilityZonesCommand)).toHaveLength(2);
  });

  test("the wrong account fails when --expect-account is given", async () => {
    const ctx = testContext({ root, json: true, runner: tools() });
    expect(await preflight(ctx, { expectAccount: "999999999999" })).toBe(1);
    expect(check(ctx, "Credentials").detail).toContain("not 999999999999");
  });

  test("not enough Elastic IPs for one NAT per zone", async () => {
    ec2.on(DescribeAddressesCommand).resolves({ Addresses: [{}, {}, {}, {}] });
    const ctx = testContext({ root, json: true, runner: tools() });
    expect(await preflight(ctx, {})).toBe(1);
    expect(check(ctx, "Elastic IP").fix).toContain("single_nat_gateway");
  });

  test("a pending connection fails with the handshake fix", async () => {
    conn.on(GetConnectionCommand).resolves({ Connection: { ConnectionStatus: "PENDING" } });
    const ctx = testContext({ root, json: true, runner: tools() });
    expect(await preflight(ctx, {})).toBe(1);
    expect(check(ctx, "CodeBuild source").fix).toContain("handshake");
  });

  test("an unhealthy state bucket points at bootstrap", async () => {
    s3.on(GetBucketVersioningCommand).resolves({ Status: "Suspended" });
    const ctx = testContext({ root, json: true, runner: tools() });
    expect(await preflight(ctx, {})).toBe(1);
    expect(check(ctx, "State bucket")).toMatchObject({
      detail: "State bucket tertulia-tfstate: versioning is off.",
      fix: "Run `ops bootstrap --bucket tertulia-tfstate` to fix it.",
    });
  });

  test("--offline makes no AWS call and runs the local checks", async () => {
    const ctx = testContext({ root, json: true, runner: tools() });
    expect(await preflight(ctx, { offline: true })).toBe(0);
    expect(checks(ctx).map((c) => c.title)).toEqual([
      "terraform ≥ 1.11.0",
      "kubectl",
      "docker or buildah (image builds)",
      "aws CLI (kubectl's EKS token)",
      "tfvars terraform.tfvars",
    ]);
    for (const m of [sts, ec2, eks, ecr, s3, conn]) expect(m.calls()).toHaveLength(0);
  });

  test("old terraform and a bad tfvars fail offline", async () => {
    const runner = fakeRunner([[/^terraform version/, { stdout: '{"terraform_version":"1.9.8"}' }]], ["terraform"]);
    const bad = join(root, "bad.tfvars");
    await Bun.write(bad, `region = "sa-east-1"\nzones = 3\n`);
    const ctx = testContext({ root, json: true, runner });
    expect(await preflight(ctx, { offline: true, varFile: bad })).toBe(1);
    expect(check(ctx, "terraform").detail).toBe("terraform 1.9.8 is older than 1.11.0.");
    expect(check(ctx, "kubectl").status).toBe("failed");
    expect(check(ctx, "tfvars").detail).toContain('"zones" is not a variable of the stack');
    expect(check(ctx, "tfvars").detail).toContain('"project_name" is required');
  });
});
