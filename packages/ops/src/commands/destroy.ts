/**
 * `ops destroy`: `terraform destroy` of both stacks after the operator types the cluster name. Before that it
 * deletes the Ingress (so the load balancer controller removes the ALB it made, which Terraform does not know
 * about and which would keep the VPC from being deleted) and empties the ECR repositories. The state bucket is
 * kept unless `--include-state`, which asks a second time (the bucket name).
 */

import { deleteTable } from "../aws/dynamodb.ts";
import { deleteImages, listImages } from "../aws/ecr.ts";
import { describeCluster } from "../aws/eks.ts";
import { deleteBucket, deleteVersions, listAllVersions } from "../aws/s3.ts";
import { KUBE } from "../config.ts";
import { type Context, planCall } from "../context.ts";
import { type ExitCode, OpsError } from "../errors.ts";
import type { KubeTarget } from "../kube/kubectl.ts";
import type { Step, StepReport } from "../output/steps.ts";
import { tail } from "../process/runner.ts";
import { type BackendConfig, readBackendConfig } from "../terraform/backend-config.ts";
import { stackTargets } from "../terraform/outputs.ts";
import { terraform } from "../terraform/terraform.ts";
import { clusterTarget, readOutputs, type StackPaths, terraformRoot } from "./cluster-access.ts";
import { inClusterRoot } from "./deploy.ts";
import { fail, reportsJson, succeed } from "./outcome.ts";

export interface DestroyOptions extends StackPaths {
  /** The cluster name, typed in advance (non-interactive runs); must match the stack's. */
  readonly confirm?: string;
  /** Also delete the state bucket (and lock table). @default false */
  readonly includeState?: boolean;
  /** The state bucket's name, typed in advance, for `--include-state` without a terminal. */
  readonly confirmState?: string;
  /** @default terraform/stacks/kubernetes; false skips it */
  readonly clusterStack?: string | false;
  readonly clusterVarFile?: string;
}

/** Asks the operator to type `expected`; `given` is the answer passed as a flag. */
async function typed(
  ctx: Context,
  what: string,
  expected: string,
  given: string | undefined,
  flag: string,
): Promise<void> {
  const answer = given ?? (await ctx.io.prompt(`This destroys ${what}. Type ${JSON.stringify(expected)} to continue:`));
  if (answer === undefined)
    throw new OpsError(
      "ConfirmationRequired",
      `Destroying ${what} needs confirmation and there is no terminal to ask on.`,
      `Pass ${flag} ${expected} (--yes alone is not enough for destroy).`,
    );
  if (answer !== expected)
    throw new OpsError(
      "Aborted",
      `Nothing was destroyed: ${JSON.stringify(answer)} is not ${JSON.stringify(expected)}.`,
      `Type exactly ${JSON.stringify(expected)}, or pass ${flag} ${expected}.`,
    );
}

const repoName = (uri: string): string => uri.slice(uri.indexOf("/") + 1);

export async function destroy(ctx: Context, options: DestroyOptions): Promise<ExitCode> {
  const reports: StepReport[] = [];
  try {
    const root = terraformRoot(ctx, options);
    const init = await ctx.runner.run(terraform.init(root));
    if (init.code !== 0)
      throw new OpsError(
        "CommandFailed",
        `terraform init failed: ${tail(init.stderr, 4)}`,
        "Check the backend config (`ops bootstrap`) and your access to the state bucket.",
      );
    const outputs = await readOutputs(ctx, root).catch((error: unknown) => {
      if (ctx.dryRun) return {};
      throw error;
    });
    const targets = Object.keys(outputs).length
      ? stackTargets(outputs)
      : {
          clusterName: "<cluster_name output>",
          serverRepository: "<server_repository_url output>",
          clientRepository: "<client_repository_url output>",
        };
    const backend: BackendConfig | undefined = options.includeState
      ? await readBackendConfig(root.backendFile)
      : undefined;

    await typed(
      ctx,
      `the cluster ${targets.clusterName} and everything in its stack`,
      targets.clusterName,
      options.confirm,
      "--confirm",
    );
    if (backend)
      await typed(
        ctx,
        `the Terraform state bucket ${backend.bucket} (all versions of the state)`,
        backend.bucket,
        options.confirmState,
        "--confirm-state",
      );

    const d = { ...ctx.aws, retry: ctx.retry };
    let kube: KubeTarget | undefined;
    const clusterRoot = await inClusterRoot(ctx, {
      ...options,
      ...(options.clusterStack === undefined ? {} : { clusterStack: options.clusterStack }),
    });
    const steps: Step[] = [
      {
        title: "Delete the Ingress (its ALB)",
        run: async (s) => {
          if (ctx.dryRun) planCall(ctx, "EKS DescribeCluster", { name: targets.clusterName });
          else if (!(await describeCluster(d, targets.clusterName))) return s.skip("the cluster is already gone");
          else kube = await clusterTarget(ctx, targets.clusterName, await ctx.makeTempDir());
          const k = kube ?? { kubeconfig: "<kubeconfig>" };
          const r = await ctx.runner.run({
            cmd: "kubectl",
            args: [
              "--kubeconfig",
              k.kubeconfig,
              "--namespace",
              KUBE.namespace,
              "delete",
              "ingress",
              KUBE.ingress,
              "--ignore-not-found",
              "--wait=true",
              "--timeout=300s",
            ],
          });
          if (r.code !== 0)
            throw new OpsError(
              "CommandFailed",
              `Deleting the Ingress failed: ${tail(r.stderr, 3)}`,
              "Delete it by hand (kubectl delete ingress) and make sure its ALB is gone, then run destroy again.",
            );
          s.detail(ctx.dryRun ? "would delete" : "deleted; the controller removed the ALB");
        },
      },
      ...(clusterRoot
        ? [
            {
              title: "terraform destroy (in-cluster stack)",
              run: async (s: { detail(t: string): void }) => {
                for (const cmd of [terraform.init(clusterRoot), terraform.destroy(clusterRoot)]) {
                  const r = await ctx.runner.run(cmd);
                  if (r.code !== 0)
                    throw new OpsError(
                      "CommandFailed",
                      `terraform ${cmd.args[1]} failed in ${clusterRoot.dir}: ${tail(r.stderr, 4)}`,
                      "Fix the error above and run destroy again; it resumes where it stopped.",
                    );
                }
                s.detail(ctx.dryRun ? "would destroy" : "destroyed");
              },
            },
          ]
        : []),
      {
        title: "Empty the ECR repositories",
        run: async (s) => {
          const done: string[] = [];
          for (const repo of [targets.serverRepository, targets.clientRepository].map(repoName)) {
            if (ctx.dryRun) {
              planCall(ctx, "ECR ListImages", { repositoryName: repo });
              planCall(ctx, "ECR BatchDeleteImage", { repositoryName: repo, imageIds: "<every image>" });
              continue;
            }
            const ids = await listImages(d, repo).catch((error: unknown) => {
              if (error instanceof OpsError && /RepositoryNotFound/.test(error.message)) return [];
              throw error;
            });
            if (ids.length) await deleteImages(d, repo, ids);
            done.push(`${repo}: ${ids.length} image(s)`);
          }
          s.detail(ctx.dryRun ? "would empty both" : done.join(", "));
        },
      },
      {
        title: "terraform destroy (AWS stack)",
        run: async (s) => {
          const r = await ctx.runner.run(terraform.destroy(root));
          if (r.code !== 0)
            throw new OpsError(
              "CommandFailed",
              `terraform destroy failed: ${tail(r.stderr, 4)}`,
              "Fix the error above and run destroy again; it resumes where it stopped.",
            );
          s.detail(ctx.dryRun ? "would destroy" : "destroyed");
        },
      },
      ...(backend ? stateSteps(ctx, d, backend) : []),
    ];
    const outcome = await ctx.progress.run(steps);
    reports.push(...outcome.reports);
    const data = {
      cluster: targets.clusterName,
      stateDeleted: Boolean(backend) && !outcome.failure && !ctx.dryRun,
      steps: reportsJson(reports),
    };
    if (outcome.failure) return fail(ctx, outcome.failure, data, !ctx.io.json);
    const kept = backend ? "" : `\nThe state bucket was kept (delete it with --include-state).`;
    return succeed(ctx, `${ctx.dryRun ? "Would destroy" : "Destroyed"} ${targets.clusterName}.${kept}`, data);
  } catch (error) {
    return fail(ctx, error, { steps: reportsJson(reports) });
  }
}

function stateSteps(
  ctx: Context,
  d: Parameters<typeof listAllVersions>[0] & Parameters<typeof deleteTable>[0],
  backend: BackendConfig,
): Step[] {
  return [
    {
      title: `Delete the state bucket ${backend.bucket}`,
      run: async (s) => {
        if (ctx.dryRun) {
          planCall(ctx, "S3 DeleteObjects", { Bucket: backend.bucket, Delete: "<every version and delete marker>" });
          planCall(ctx, "S3 DeleteBucket", { Bucket: backend.bucket });
          return s.detail("would delete");
        }
        const versions = await listAllVersions(d, backend.bucket);
        await deleteVersions(d, backend.bucket, versions);
        await deleteBucket(d, backend.bucket);
        s.detail(`${versions.length} object version(s) and the bucket deleted`);
      },
    },
    ...(backend.dynamodbTable
      ? [
          {
            title: `Delete the lock table ${backend.dynamodbTable}`,
            run: async (s: { detail(t: string): void }) => {
              if (ctx.dryRun) {
                planCall(ctx, "DynamoDB DeleteTable", { TableName: backend.dynamodbTable });
                return s.detail("would delete");
              }
              await deleteTable(d, backend.dynamodbTable!);
              s.detail("deleted");
            },
          },
        ]
      : []),
  ];
}
