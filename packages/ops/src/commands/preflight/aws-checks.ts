/**
 * Preflight checks against AWS, all read-only. They share two lazily fetched facts (who is calling, whether the
 * cluster exists) so running in parallel costs one call each.
 */

import type { Cluster } from "@aws-sdk/client-eks";
import { countVpcs, describeZones, elasticIpHeadroom, instanceTypeOfferings } from "../../aws/ec2.ts";
import { describeRepositories } from "../../aws/ecr.ts";
import { describeCluster, supportedVersions } from "../../aws/eks.ts";
import {
  bucketOwnedElsewhere,
  getBucketEncryption,
  getBucketVersioning,
  getPublicAccessBlock,
  headBucket,
  type S3Deps,
} from "../../aws/s3.ts";
import { connectionStatus, secretExists } from "../../aws/source.ts";
import { type CallerIdentity, getCallerIdentity } from "../../aws/sts.ts";
import type { Context } from "../../context.ts";
import { OpsError } from "../../errors.ts";
import type { Step } from "../../output/steps.ts";
import type { BackendConfig } from "../../terraform/backend-config.ts";
import type { StackInputs } from "./stack-inputs.ts";

export interface AwsCheckInputs {
  readonly stack: StackInputs;
  readonly backend: () => Promise<BackendConfig>;
  /** ECR repository names to look at. */
  readonly repositories: readonly string[];
  /** The region's VPC quota. @default 5 */
  readonly vpcLimit: number;
}

const fail = (code: OpsError["code"], message: string, fix: string): never => {
  throw new OpsError(code, message, fix);
};

function once<T>(f: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= f());
}

export function awsChecks(ctx: Context, input: AwsCheckInputs): Step[] {
  const d = { ...ctx.aws, retry: ctx.retry };
  const { stack } = input;
  const caller = once<CallerIdentity>(() => getCallerIdentity(d));
  const cluster = once<Cluster | undefined>(() =>
    stack.clusterName ? describeCluster(d, stack.clusterName) : Promise.resolve(undefined),
  );
  const zones = stack.availabilityZones;

  return [
    {
      title: "Credentials and account",
      run: async (s) => {
        const who = await caller();
        if (stack.expectedAccount && who.account !== stack.expectedAccount)
          fail(
            "AwsAccessDenied",
            `The credentials are for account ${who.account}, not ${stack.expectedAccount}.`,
            "Use --profile (or AWS_PROFILE) for the expected account, or fix --expect-account.",
          );
        s.detail(`${who.account} as ${who.arn}`);
      },
    },
    {
      title: "Availability zones",
      run: async (s) => {
        if (zones.length === 0) s.skip("no availability_zones in the tfvars (or --azs)");
        const found = await describeZones(d, zones);
        const missing = zones.filter((z) => !found.has(z));
        const unavailable = zones.filter((z) => found.has(z) && found.get(z) !== "available");
        if (missing.length)
          fail(
            "PreflightFailed",
            `No such zone in this region: ${missing.join(", ")}.`,
            "Use zones of the region you deploy to (`aws ec2 describe-availability-zones`), e.g. sa-east-1a.",
          );
        if (unavailable.length)
          fail(
            "PreflightFailed",
            `Zones not available now: ${unavailable.map((z) => `${z} (${found.get(z)})`).join(", ")}.`,
            "Pick other zones, or wait until AWS reports them available.",
          );
        s.detail(`${zones.join(", ")} available`);
      },
    },
    {
      title: "Instance types offered",
      run: async (s) => {
        if (stack.instanceTypes.length === 0 || zones.length === 0)
          s.skip("no instance_types or availability_zones to check");
        const offered = await instanceTypeOfferings(d, stack.instanceTypes, zones);
        const gaps = stack.instanceTypes.flatMap((t) =>
          zones.filter((z) => !offered.get(t)?.has(z)).map((z) => `${t} in ${z}`),
        );
        if (gaps.length)
          fail(
            "PreflightFailed",
            `Not offered: ${gaps.join(", ")}.`,
            "Choose instance types offered in every zone (`aws ec2 describe-instance-type-offerings --location-type availability-zone`), or other zones.",
          );
        s.detail(`${stack.instanceTypes.join(", ")} in all ${zones.length} zones`);
      },
    },
    {
      title: "EKS version",
      run: async (s) => {
        if (!stack.kubernetesVersion) s.skip("no kubernetes_version set (the stack's default applies)");
        const versions = await supportedVersions(d);
        const v = versions.find((x) => x.version === stack.kubernetesVersion);
        const offered = versions.filter((x) => x.status !== "UNSUPPORTED").map((x) => x.version);
        if (!v || v.status === "UNSUPPORTED")
          fail(
            "PreflightFailed",
            `EKS does not support Kubernetes ${stack.kubernetesVersion} for new clusters here.`,
            `Set kubernetes_version to one of ${offered.join(", ")}${offered[0] ? ` (newest: ${offered[0]})` : ""}.`,
          );
        if (v!.status === "EXTENDED_SUPPORT")
          return s.warn(`${v!.version} is in extended support (extra cost); newest is ${offered[0]}`);
        s.detail(`${v!.version} (standard support)`);
      },
    },
    {
      title: "Cluster name",
      run: async (s) => {
        if (!stack.clusterName) s.skip("no cluster/project name in the tfvars");
        const c = await cluster();
        if (!c) return s.detail(`${stack.clusterName} is free`);
        // The stack tags everything Project=<project> (the cluster's name).
        const ours =
          c.tags?.Project === stack.clusterName || Object.values(c.tags ?? {}).some((v) => /tertulia/i.test(v));
        if (!ours)
          return s.warn(
            `${stack.clusterName} exists (${c.status}) and is not tagged as Tertulia's: check it is this stack's before deploying`,
          );
        s.detail(`${stack.clusterName} exists (${c.status}, ${c.version}) and is ours`);
      },
    },
    {
      title: "ECR repositories",
      run: async (s) => {
        if (input.repositories.length === 0) s.skip("no repository names known");
        const repos = await describeRepositories(d, input.repositories);
        const names = new Set(repos.map((r) => r.repositoryName));
        const missing = input.repositories.filter((r) => !names.has(r));
        const state = repos.map(
          (r) =>
            `${r.repositoryName} (${r.imageTagMutability ?? "?"}${r.imageScanningConfiguration?.scanOnPush ? ", scan on push" : ""})`,
        );
        s.detail([...state, ...missing.map((m) => `${m} (to be created)`)].join(", "));
      },
    },
    {
      title: "CodeBuild source",
      run: async (s) => {
        if (stack.connectionArn) {
          const status = await connectionStatus(d, stack.connectionArn);
          if (!status)
            fail(
              "PreflightFailed",
              `The connection ${stack.connectionArn} does not exist.`,
              "Create a CodeConnections connection to GitHub and put its ARN in the tfvars.",
            );
          if (status !== "AVAILABLE")
            fail(
              "PreflightFailed",
              `The connection is ${status}, not AVAILABLE.`,
              "Finish the GitHub handshake: Developer Tools › Settings › Connections › Update pending connection.",
            );
          return s.detail("connection AVAILABLE");
        }
        if (stack.tokenSecret) {
          if (!(await secretExists(d, stack.tokenSecret)))
            fail(
              "PreflightFailed",
              `The secret ${stack.tokenSecret} does not exist.`,
              "Create it in Secrets Manager holding the GitHub token (never in tfvars or state).",
            );
          return s.detail(`secret ${stack.tokenSecret} exists`);
        }
        s.skip("no connection ARN or token secret in the tfvars");
      },
    },
    {
      title: "Elastic IP and VPC headroom",
      run: async (s) => {
        if (await cluster()) return s.skip("the stack is already deployed; its addresses and VPC exist");
        const needEips = stack.singleNatGateway ? 1 : Math.max(zones.length, 1);
        const [eip, vpcs] = await Promise.all([elasticIpHeadroom(d), countVpcs(d)]);
        if (eip.limit - eip.used < needEips)
          fail(
            "PreflightFailed",
            `The NAT layout needs ${needEips} Elastic IP(s); ${eip.used} of ${eip.limit} are in use.`,
            "Release unused Elastic IPs, request a quota increase, or set single_nat_gateway = true.",
          );
        if (vpcs + 1 > input.vpcLimit)
          fail(
            "PreflightFailed",
            `The region has ${vpcs} VPCs; the quota is ${input.vpcLimit}.`,
            "Delete an unused VPC or request a quota increase (then pass --vpc-limit).",
          );
        s.detail(`EIPs ${eip.used}+${needEips}/${eip.limit}, VPCs ${vpcs}+1/${input.vpcLimit}`);
      },
    },
    {
      title: "State bucket",
      // The backend's bucket, in the backend's region (not the deploy region), owned by the caller's account: the
      // same bucket Terraform will use, asked the way bootstrap asks.
      run: async (s) => {
        const backend = await input.backend();
        const who = await caller();
        const bucket = backend.bucket;
        const b: S3Deps = {
          s3: backend.region === ctx.region ? ctx.aws.s3 : ctx.aws.s3In(backend.region),
          retry: ctx.retry,
          expectedOwner: who.account,
        };
        const probe = await headBucket(b, bucket, backend.region);
        if (probe.state === "missing")
          fail(
            "PreflightFailed",
            `State bucket ${bucket} does not exist in ${backend.region}.`,
            `Run \`ops bootstrap --bucket ${bucket} --region ${backend.region}\`.`,
          );
        if (probe.state === "forbidden") throw bucketOwnedElsewhere(bucket, who.account, who.partition);
        if (probe.state === "elsewhere")
          fail(
            "BucketInAnotherRegion",
            `State bucket ${bucket} is in ${probe.region}, but the backend config says ${backend.region}.`,
            `Run \`ops bootstrap --bucket ${bucket}\` to rewrite the backend config with the bucket's region.`,
          );
        const [versioning, encryption, pab] = await Promise.all([
          getBucketVersioning(b, bucket),
          getBucketEncryption(b, bucket),
          getPublicAccessBlock(b, bucket),
        ]);
        const problems = [
          versioning !== "Enabled" ? "versioning is off" : "",
          !encryption?.length ? "no default encryption" : "",
          !(pab?.BlockPublicAcls && pab.IgnorePublicAcls && pab.BlockPublicPolicy && pab.RestrictPublicBuckets)
            ? "public access is not fully blocked"
            : "",
        ].filter(Boolean);
        if (problems.length)
          fail(
            "PreflightFailed",
            `State bucket ${bucket}: ${problems.join(", ")}.`,
            `Run \`ops bootstrap --bucket ${bucket}\` to fix it.`,
          );
        s.detail(`${bucket} (${backend.region}): versioned, encrypted, private`);
      },
    },
  ];
}
