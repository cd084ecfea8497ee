/**
 * `ops destroy`: `terraform destroy` of both stacks after the operator types the cluster name. It finishes, or
 * refuses before it deletes anything:
 *
 * 1. Before any question: a database with deletion protection (`database_deletion_protection` output, or the
 *    tfvars when the stack has no outputs) is refused by name, unless `--disable-deletion-protection`, which turns
 *    it off with a targeted apply as the first step (RDS refuses DeleteDBInstance while it is on).
 * 2. Every Ingress and every `LoadBalancer` Service in the app namespace is deleted and waited for: the load
 *    balancer controller removes their ALBs/NLBs and security groups (a finalizer holds each object until it has),
 *    which Terraform does not own and which would keep the VPC from being deleted.
 * 3. The in-cluster stack, the ECR images, the AWS stack. RDS takes a final snapshot with a unique name.
 * 4. What outlives the stack is listed: retained EBS volumes (PVs with reclaim policy Retain), the final database
 *    snapshot, the state bucket (kept unless `--include-state`, which asks a second time: the bucket name).
 */

import { join } from "node:path";
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
import { type Outputs, stackTargets } from "../terraform/outputs.ts";
import { terraform } from "../terraform/terraform.ts";
import { clusterTarget, readOutputs, type StackPaths } from "./cluster-access.ts";
import { awsRootWithAccess, inClusterRoot } from "./deploy.ts";
import { fail, reportsJson, succeed } from "./outcome.ts";
import { stackValues } from "./preflight/endpoint-access.ts";

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
  /** Turn the database's deletion protection off (a targeted apply) before destroying. @default false */
  readonly disableDeletionProtection?: boolean;
  /** Where this machine's public address is asked (for the API endpoint's CIDRs). @default checkip.amazonaws.com */
  readonly checkIpUrl?: string;
}

/**
 * A dry run on a stack whose outputs cannot be read (no backend yet, nothing applied) names what the tfvars would
 * create: the cluster is `project_name`, the repositories `<project_name>-server|client` (stacks/aws/main.tf).
 * @throws {OpsError} TerraformOutputMissing when the tfvars do not name the project either.
 */
async function targetsFromTfvars(
  ctx: Context,
  root: { dir: string; varFile: string },
): Promise<{ clusterName: string; serverRepository: string; clientRepository: string }> {
  const project = (await stackValues(root.dir, root.varFile))?.project_name;
  if (typeof project !== "string")
    throw new OpsError(
      "TerraformOutputMissing",
      `The stack's outputs cannot be read and ${root.varFile} names no project_name, so there is nothing to name.`,
      "Run `ops bootstrap` and `ops deploy` first, or pass --var-file with the stack's tfvars.",
    );
  ctx.io.warn(`the stack's outputs are not readable (no backend or nothing applied): names from ${root.varFile}`);
  return { clusterName: project, serverRepository: `${project}-server`, clientRepository: `${project}-client` };
}

/** Whether the stack's database refuses deletion: the applied stack's output, else what the tfvars would give. */
async function deletionProtected(outputs: Outputs, tfDir: string, varFile: string): Promise<boolean> {
  const applied = outputs.database_deletion_protection;
  if (applied !== undefined) return applied === true;
  const values = (await stackValues(tfDir, varFile)) ?? {};
  return values.enable_data === true && values.data_deletion_protection !== false;
}

interface Kept {
  volumes: string[];
  snapshot?: string;
}

/** Asks the operator to type `expected`; `given` is the answer passed as a flag. */
async function typed(
  ctx: Context,
  what: string,
  expected: string,
  given: string | undefined,
  flag: string,
): Promise<void> {
  // A dry run destroys nothing, so there is nothing to confirm; it says what a real run will ask for.
  if (ctx.dryRun) return ctx.io.info(`would ask you to type the name to destroy ${what} (or take ${flag} NAME)`);
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
    const root = await awsRootWithAccess(ctx, options);
    const init = await ctx.runner.run(terraform.init(root));
    if (init.code !== 0)
      throw new OpsError(
        "CommandFailed",
        `terraform init failed: ${tail(init.stderr, 4)}`,
        "Check the backend config (`ops bootstrap`) and your access to the state bucket.",
      );
    const outputs: Outputs = await readOutputs(ctx, root).catch((error: unknown) => {
      if (ctx.dryRun) return {};
      throw error;
    });
    const targets = Object.keys(outputs).length ? stackTargets(outputs) : await targetsFromTfvars(ctx, root);
    const backend: BackendConfig | undefined = options.includeState
      ? await readBackendConfig(root.backendFile)
      : undefined;

    const protectedDb = await deletionProtected(outputs, root.dir, root.varFile);
    if (protectedDb && !options.disableDeletionProtection)
      throw new OpsError(
        "ConfirmationRequired",
        "The database has deletion protection on (data_deletion_protection = true): RDS would refuse to delete it and leave the stack half destroyed, so nothing was destroyed.",
        "Re-run with --disable-deletion-protection (ops turns it off first; RDS still takes a final snapshot), or set data_deletion_protection = false and run ops deploy.",
      );
    const unprotect = [...(root.vars ?? []), "data_deletion_protection=false"];
    const kept: Kept = {
      volumes: [],
      ...(typeof outputs.database_final_snapshot_identifier === "string"
        ? { snapshot: outputs.database_final_snapshot_identifier }
        : {}),
    };

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
      ...(protectedDb
        ? [
            {
              title: "Turn off the database's deletion protection",
              run: async (st: { detail(t: string): void }) => {
                // Only the DB instance changes; RDS applies deletion_protection immediately.
                const r = await ctx.runner.run({
                  cmd: "terraform",
                  args: [
                    `-chdir=${root.dir}`,
                    "apply",
                    "-input=false",
                    "-no-color",
                    "-auto-approve",
                    "-target=module.data[0].aws_db_instance.this",
                    ...(root.varFile ? [`-var-file=${root.varFile}`] : []),
                    ...unprotect.map((v) => `-var=${v}`),
                  ],
                  stream: true,
                });
                if (r.code !== 0)
                  throw new OpsError(
                    "CommandFailed",
                    `Turning off deletion protection failed: ${tail(r.stderr, 4)}`,
                    "Nothing was destroyed. Fix the error above (or turn it off in the RDS console) and run destroy again.",
                  );
                st.detail(ctx.dryRun ? "would turn it off" : "off");
              },
            },
          ]
        : []),
      {
        title: "Delete the load balancers (every Ingress and LoadBalancer Service)",
        run: async (s) => {
          if (ctx.dryRun) planCall(ctx, "EKS DescribeCluster", { name: targets.clusterName });
          else if (!(await describeCluster(d, targets.clusterName))) return s.skip("the cluster is already gone");
          else kube = await clusterTarget(ctx, targets.clusterName, await ctx.makeTempDir());
          // A dry run names the private file a real run writes the kubeconfig to (it is not written).
          const k = kube ?? { kubeconfig: join(await ctx.makeTempDir(), "kubeconfig") };
          if (ctx.dryRun)
            ctx.io.info(
              `would list the Services of type LoadBalancer in ${KUBE.namespace} (kubectl get services) and delete each, waiting`,
            );
          const services = ctx.dryRun ? [] : await loadBalancerServices(ctx, k);
          kept.volumes = ctx.dryRun ? [] : await retainedVolumes(ctx, k);
          // The controller's finalizers hold each object until its load balancer is deleted, so waiting for the
          // objects waits for the ALBs/NLBs. https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/
          for (const what of [["ingress", "--all"], services.length ? ["service", ...services] : []]) {
            if (!what.length) continue;
            const r = await ctx.runner.run({
              cmd: "kubectl",
              args: [
                "--kubeconfig",
                k.kubeconfig,
                "--namespace",
                KUBE.namespace,
                "delete",
                ...what,
                "--ignore-not-found",
                "--wait=true",
                "--timeout=600s",
              ],
            });
            if (r.code !== 0)
              throw new OpsError(
                "CommandFailed",
                `Deleting the load balancers (${what[0]}) failed: ${tail(r.stderr, 3)}`,
                "Check the load balancer controller's logs (kube-system), make sure the ALBs/NLBs are gone, then run destroy again.",
              );
          }
          s.detail(
            ctx.dryRun
              ? "would delete and wait"
              : `deleted every Ingress and ${services.length} LoadBalancer Service(s); their load balancers are gone`,
          );
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
          const r = await ctx.runner.run(terraform.destroy(protectedDb ? { ...root, vars: unprotect } : root));
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
      deletionProtectionTurnedOff: protectedDb && !ctx.dryRun,
      steps: reportsJson(reports),
    };
    if (outcome.failure) return fail(ctx, outcome.failure, data, !ctx.io.json);
    const keeps = keptList(
      ctx,
      kept,
      backend ? undefined : await readBackendConfig(root.backendFile).catch(() => undefined),
    );
    return succeed(
      ctx,
      [`${ctx.dryRun ? "Would destroy" : "Destroyed"} ${targets.clusterName}.`, ...keeps].join("\n"),
      { ...data, kept: { ...kept, stateBucket: !backend } },
    );
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

/** Names of the app namespace's Services of type LoadBalancer (each has an NLB/ELB outside Terraform). */
async function loadBalancerServices(ctx: Context, k: KubeTarget): Promise<string[]> {
  type Svc = { metadata?: { name?: string }; spec?: { type?: string } };
  const list = await kubeList<Svc>(ctx, k, ["get", "services"]);
  return list.filter((s) => s.spec?.type === "LoadBalancer" && s.metadata?.name).map((s) => s.metadata!.name!);
}

/** EBS volumes that outlive the cluster: PVs of the app namespace with reclaim policy Retain. */
async function retainedVolumes(ctx: Context, k: KubeTarget): Promise<string[]> {
  type Pv = {
    spec?: {
      persistentVolumeReclaimPolicy?: string;
      claimRef?: { namespace?: string; name?: string };
      csi?: { volumeHandle?: string };
    };
  };
  const pvs = await kubeList<Pv>(ctx, k, ["get", "persistentvolumes"], false);
  return pvs
    .filter((p) => p.spec?.persistentVolumeReclaimPolicy === "Retain" && p.spec.claimRef?.namespace === KUBE.namespace)
    .map((p) => `${p.spec?.csi?.volumeHandle ?? "?"} (was ${p.spec?.claimRef?.name})`);
}

async function kubeList<T>(ctx: Context, k: KubeTarget, args: string[], namespaced = true): Promise<T[]> {
  const r = await ctx.runner.run({
    cmd: "kubectl",
    args: [
      "--kubeconfig",
      k.kubeconfig,
      ...(namespaced ? ["--namespace", KUBE.namespace] : []),
      ...args,
      "--output",
      "json",
    ],
    readOnly: true,
  });
  if (r.code !== 0)
    throw new OpsError(
      "CommandFailed",
      `kubectl ${args.join(" ")} failed: ${tail(r.stderr, 3)}`,
      "Check that the cluster is reachable (ops preflight), then run destroy again; nothing was deleted yet.",
    );
  return ((JSON.parse(r.stdout || "{}") as { items?: T[] }).items ?? []) as T[];
}

/** What outlives the stack, one line each, with how to delete it. */
function keptList(ctx: Context, kept: Kept, stateBucket: BackendConfig | undefined): string[] {
  const would = ctx.dryRun ? "Would keep" : "Kept";
  const lines = [`${would} (delete by hand when no longer needed):`];
  if (ctx.dryRun)
    lines.push("  - EBS volumes of the app's PersistentVolumes with reclaim policy Retain (listed when run)");
  for (const v of kept.volumes) lines.push(`  - EBS volume ${v}: aws ec2 delete-volume --volume-id ${v.split(" ")[0]}`);
  if (kept.snapshot)
    lines.push(
      `  - RDS snapshot ${kept.snapshot}: aws rds delete-db-snapshot --db-snapshot-identifier ${kept.snapshot}`,
    );
  else if (ctx.dryRun)
    lines.push("  - the database's final RDS snapshot, when the data tier is on (named in the state)");
  if (stateBucket)
    lines.push(`  - the Terraform state bucket ${stateBucket.bucket} (ops destroy --include-state deletes it)`);
  return lines.length > 1 ? lines : [];
}
