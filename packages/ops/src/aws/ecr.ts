/** ECR: repositories, registry login and emptying repositories before destroy. */
import {
  BatchDeleteImageCommand,
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  type ECRClient,
  GetAuthorizationTokenCommand,
  type ImageIdentifier,
  ListImagesCommand,
  type Repository,
} from "@aws-sdk/client-ecr";
import { awsCall, awsErrorInfo, type RetryPolicy } from "./call.ts";

export interface EcrDeps {
  readonly ecr: ECRClient;
  readonly retry?: RetryPolicy;
}
const retryOf = (d: EcrDeps): { retry?: RetryPolicy } => (d.retry ? { retry: d.retry } : {});

/** The named repositories that exist (missing ones are simply absent from the result). */
export async function describeRepositories(d: EcrDeps, names: readonly string[]): Promise<Repository[]> {
  const found: Repository[] = [];
  for (const name of names) {
    try {
      const out = await awsCall(
        "ECR DescribeRepositories",
        () => d.ecr.send(new DescribeRepositoriesCommand({ repositoryNames: [name] })),
        { ...retryOf(d), passThrough: ["RepositoryNotFoundException"] },
      );
      found.push(...(out.repositories ?? []));
    } catch (error) {
      if (awsErrorInfo(error).name !== "RepositoryNotFoundException") throw error;
    }
  }
  return found;
}

export interface RegistryLogin {
  /** e.g. 123456789012.dkr.ecr.sa-east-1.amazonaws.com */
  readonly registry: string;
  readonly username: string;
  /** Secret: only ever written to `docker login --password-stdin`. */
  readonly password: string;
}

/** A 12-hour registry credential from GetAuthorizationToken (the CLI v1 `aws ecr get-login` is gone). */
export async function registryLogin(d: EcrDeps): Promise<RegistryLogin> {
  const out = await awsCall(
    "ECR GetAuthorizationToken",
    () => d.ecr.send(new GetAuthorizationTokenCommand({})),
    retryOf(d),
  );
  const data = out.authorizationData?.[0];
  const decoded = Buffer.from(data?.authorizationToken ?? "", "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return {
    registry: (data?.proxyEndpoint ?? "").replace(/^https?:\/\//, ""),
    username: decoded.slice(0, colon),
    password: decoded.slice(colon + 1),
  };
}

/**
 * Whether the repository already holds this tag. The stack's repositories are IMMUTABLE, so a tag that exists
 * can never be pushed again: a release reuses it instead.
 */
export async function imageTagExists(d: EcrDeps, repositoryName: string, tag: string): Promise<boolean> {
  try {
    const out = await awsCall(
      "ECR DescribeImages",
      () => d.ecr.send(new DescribeImagesCommand({ repositoryName, imageIds: [{ imageTag: tag }] })),
      { ...retryOf(d), passThrough: ["ImageNotFoundException"] },
    );
    return (out.imageDetails?.length ?? 0) > 0;
  } catch (error) {
    if (awsErrorInfo(error).name === "ImageNotFoundException") return false;
    throw error;
  }
}

/** Every image id in a repository. */
export async function listImages(d: EcrDeps, repositoryName: string): Promise<ImageIdentifier[]> {
  const ids: ImageIdentifier[] = [];
  let next: string | undefined;
  do {
    const out = await awsCall(
      "ECR ListImages",
      () => d.ecr.send(new ListImagesCommand({ repositoryName, ...(next ? { nextToken: next } : {}) })),
      retryOf(d),
    );
    ids.push(...(out.imageIds ?? []));
    next = out.nextToken;
  } while (next);
  return ids;
}

/** Deletes images in batches of 100 (the API's limit). */
export async function deleteImages(
  d: EcrDeps,
  repositoryName: string,
  imageIds: readonly ImageIdentifier[],
): Promise<void> {
  for (let i = 0; i < imageIds.length; i += 100) {
    const batch = imageIds.slice(i, i + 100);
    await awsCall(
      "ECR BatchDeleteImage",
      () => d.ecr.send(new BatchDeleteImageCommand({ repositoryName, imageIds: [...batch] })),
      retryOf(d),
    );
  }
}
