/**
 * The pipeline module and ops agree on the names of the build's environment variables, and the pipeline never
 * drops a push: the CodeBuild project has no concurrent build limit (with one, a build started during another is
 * rejected, https://docs.aws.amazon.com/codebuild/latest/userguide/builds-working.html).
 */
import { expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseToObject } from "hcl2-parser";
import {
  buildEnvironment,
  opsEnvironmentBlock,
  PIPELINE_MODULE,
} from "../../../../test/rehearsal/support/pipeline-environment.ts";
import { BUILD_ENVIRONMENT } from "./build-environment.ts";

test("every variable ops reads is one the pipeline module sets, and the module sets no other", () => {
  expect(Object.keys(opsEnvironmentBlock()).sort()).toEqual(Object.values(BUILD_ENVIRONMENT).sort());
});

test("the module's values reach the build: optional ones are left out when null", () => {
  const env = buildEnvironment({
    region: "eu-west-1",
    vars: {
      cluster_name: "tertulia",
      app_namespace: "tertulia",
      ecr_repository_urls: { server: "1.dkr/s", client: "1.dkr/c" },
      certificate_arn: null,
      public_host: null,
      environment_variables: { EXTRA: "x" },
    },
  });
  expect(env).toEqual({
    EXTRA: "x",
    EKS_CLUSTER_NAME: "tertulia",
    EKS_REGION: "eu-west-1",
    K8S_NAMESPACE: "tertulia",
    SERVER_ECR_URI: "1.dkr/s",
    CLIENT_ECR_URI: "1.dkr/c",
  });
});

test("the CodeBuild project sets no concurrent_build_limit, so a push during a build is never rejected", () => {
  const parsed = parseToObject(readFileSync(join(PIPELINE_MODULE, "main.tf"), "utf8")) as [
    { resource: { aws_codebuild_project: { this: Record<string, unknown>[] } } },
  ];
  const project = parsed[0].resource.aws_codebuild_project.this[0]!;
  expect(project).not.toHaveProperty("concurrent_build_limit");
  expect(project).toHaveProperty("queued_timeout");
});
