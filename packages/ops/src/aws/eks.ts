/** EKS: supported Kubernetes versions and the cluster's own description. */
import {
  type Cluster,
  DescribeClusterCommand,
  DescribeClusterVersionsCommand,
  type EKSClient,
} from "@aws-sdk/client-eks";
import { awsCall, awsErrorInfo, type RetryPolicy } from "./call.ts";

export interface EksDeps {
  readonly eks: EKSClient;
  readonly retry?: RetryPolicy;
}
const retryOf = (d: EksDeps): { retry?: RetryPolicy } => (d.retry ? { retry: d.retry } : {});

export interface VersionSupport {
  readonly version: string;
  /** STANDARD_SUPPORT, EXTENDED_SUPPORT or UNSUPPORTED */
  readonly status: string;
}

/** The versions EKS offers for new clusters in this region, newest first. */
export async function supportedVersions(d: EksDeps): Promise<VersionSupport[]> {
  const versions: VersionSupport[] = [];
  let next: string | undefined;
  do {
    const out = await awsCall(
      "EKS DescribeClusterVersions",
      () => d.eks.send(new DescribeClusterVersionsCommand({ ...(next ? { nextToken: next } : {}) })),
      retryOf(d),
    );
    for (const v of out.clusterVersions ?? [])
      if (v.clusterVersion) versions.push({ version: v.clusterVersion, status: v.versionStatus ?? "UNKNOWN" });
    next = out.nextToken;
  } while (next);
  return versions.sort((a, b) => Number(b.version.split(".")[1]) - Number(a.version.split(".")[1]));
}

/** The cluster, or undefined when there is none of that name. */
export async function describeCluster(d: EksDeps, name: string): Promise<Cluster | undefined> {
  try {
    const out = await awsCall("EKS DescribeCluster", () => d.eks.send(new DescribeClusterCommand({ name })), {
      ...retryOf(d),
      passThrough: ["ResourceNotFoundException"],
    });
    return out.cluster;
  } catch (error) {
    if (awsErrorInfo(error).name === "ResourceNotFoundException") return undefined;
    throw error;
  }
}
