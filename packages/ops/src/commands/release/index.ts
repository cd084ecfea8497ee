/**
 * `ops release` (what CodeBuild runs): build the two images tagged with the git commit, push them to ECR, render
 * the manifests with them, apply, wait for the rollout, smoke-test. When the rollout or the smoke test fails:
 * say which pod and why, roll back to the previous images, exit 1 — the previous release keeps serving.
 */
import { join, resolve } from "node:path";
import { imageTagExists, registryLogin } from "../../aws/ecr.ts";
import { DEFAULTS, KUBE } from "../../config.ts";
import { type Context, planCall } from "../../context.ts";
import { type ExitCode, OpsError } from "../../errors.ts";
import {
  type DeploymentJson,
  type KubeList,
  type KubeTarget,
  kubectl,
  kubectlHint,
  parseJson,
} from "../../kube/kubectl.ts";
import { UNRELEASED_MARKERS, writeReleaseKustomization } from "../../kube/render.ts";
import type { Step, StepHandle, StepReport, StepsOutcome } from "../../output/steps.ts";
import { tail } from "../../process/runner.ts";
import { pickBuilder } from "../../process/tools.ts";
import { type Outputs, type StackTargets, stackTargets } from "../../terraform/outputs.ts";
import { clusterTarget, readOutputs, type StackPaths, terraformRoot } from "../cluster-access.ts";
import { fail, reportsJson, succeed } from "../outcome.ts";
import { discoverUrl, runSmoke, type SmokeOptions } from "../smoke/index.ts";
import { type Builder, imageCmds, isValidTag, registryOf, repositoryName } from "./images.ts";
import { rollbackSteps, rolloutFailure, rolloutSteps } from "./rollout.ts";
import { secretSteps } from "./secrets.ts";

export interface ReleaseOptions extends StackPaths {
  /** Image tag. @default the git commit (`git rev-parse HEAD`) */
  readonly tag?: string;
  /** Kustomize overlay under manifests/overlays. @default default */
  readonly overlay?: string;
  /** @default manifests */
  readonly manifestsDir?: string;
  /** Override the stack's outputs. */
  readonly cluster?: string;
  readonly serverRepository?: string;
  readonly clientRepository?: string;
  /** Deploy images already pushed with this tag. @default false */
  readonly skipBuild?: boolean;
  /** @default false */
  readonly skipSmoke?: boolean;
  /** Smoke-test this URL instead of the Ingress's hostname. */
  readonly url?: string;
  /** Rollout wait per deployment. @default 300s */
  readonly timeout?: string;
  /** ACM certificate for HTTPS on the ALB (adds manifests/components/tls). @default the stack's certificate_arn output, if any */
  readonly certificateArn?: string;
  /** Secrets Manager JSON secret holding JWT_SECRET, RELAY_SECRET, SESSION_SECRET. @default generate them once */
  readonly appSecretId?: string;
}

export interface ReleaseDeps {
  readonly smoke: (ctx: Context, options: SmokeOptions & { url: string }) => Promise<StepsOutcome>;
}

const PLACEHOLDER = (what: string): string => `<${what}>`;

/** What a release ended with, for `release` to print or for `deploy` to fold into its own result. */
export interface ReleaseOutcome {
  readonly error?: OpsError;
  /** The error was already drawn by a step line. */
  readonly shown: boolean;
  readonly text: string;
  readonly data: Record<string, unknown>;
}

export async function release(
  ctx: Context,
  options: ReleaseOptions,
  deps: ReleaseDeps = { smoke: runSmoke },
): Promise<ExitCode> {
  try {
    const out = await runRelease(ctx, options, deps);
    return out.error ? fail(ctx, out.error, out.data, out.shown) : succeed(ctx, out.text, out.data);
  } catch (error) {
    return fail(ctx, error);
  }
}

export async function runRelease(
  ctx: Context,
  options: ReleaseOptions,
  deps: ReleaseDeps = { smoke: runSmoke },
): Promise<ReleaseOutcome> {
  const root = terraformRoot(ctx, options);
  const manifestsDir = resolve(ctx.root, options.manifestsDir ?? DEFAULTS.manifestsDir);
  const overlayDir = resolve(manifestsDir, "overlays", options.overlay ?? DEFAULTS.overlay);
  const workDir = await ctx.makeTempDir();
  const builder: Builder | undefined = pickBuilder(ctx.runner);

  let tag = options.tag ?? "";
  let outputs: Outputs = {};
  let targets: StackTargets | undefined;
  let kube: KubeTarget = { kubeconfig: join(workDir, "kubeconfig") };
  const previous: Record<string, string> = {};
  let url = options.url;
  const image = (repo: string): string => `${repo}:${tag}`;
  const images = (): { server: string; client: string } => ({
    server: image(targets!.serverRepository),
    client: image(targets!.clientRepository),
  });
  /** Both images are already in ECR (the cluster may run them): nothing to build or push. */
  let alreadyPushed = false;

  const steps: Step[] = [
    {
      title: "Release tag and targets",
      run: async (s) => {
        if (!tag) {
          const head = await ctx.runner.run({ cmd: "git", args: ["rev-parse", "HEAD"], cwd: ctx.root, readOnly: true });
          if (head.code !== 0)
            throw new OpsError(
              "Usage",
              "No --tag given and `git rev-parse HEAD` failed.",
              'Run inside the repository or pass --tag (CodeBuild: --tag "$CODEBUILD_RESOLVED_SOURCE_VERSION").',
            );
          tag = head.stdout.trim();
        }
        if (!isValidTag(tag))
          throw new OpsError(
            "Usage",
            `"${tag}" is not a valid image tag.`,
            "Use letters, digits, '_', '.' and '-', at most 128, e.g. the commit hash.",
          );
        const explicit = {
          ...(options.cluster ? { clusterName: options.cluster } : {}),
          ...(options.serverRepository ? { serverRepository: options.serverRepository } : {}),
          ...(options.clientRepository ? { clientRepository: options.clientRepository } : {}),
        };
        const complete = options.cluster && options.serverRepository && options.clientRepository;
        try {
          outputs = complete ? {} : await readOutputs(ctx, root);
          targets = stackTargets(outputs, explicit);
        } catch (error) {
          if (!ctx.dryRun) throw error;
          targets = {
            clusterName: options.cluster ?? PLACEHOLDER("cluster_name output"),
            serverRepository: options.serverRepository ?? PLACEHOLDER("server_repository_url output"),
            clientRepository: options.clientRepository ?? PLACEHOLDER("client_repository_url output"),
          };
          ctx.io.warn("the stack's outputs are not readable yet (not applied?): showing placeholders");
        }
        const region = ctx.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
        if (targets.region && region && targets.region !== region)
          throw new OpsError(
            "Usage",
            `The stack is in ${targets.region} but the AWS calls would go to ${region}.`,
            `Pass --region ${targets.region} (or set AWS_REGION=${targets.region}).`,
          );
        s.detail(`${tag.slice(0, 12)} → ${targets.clusterName}`);
      },
    },
    {
      title: "Cluster credentials",
      run: async (s) => {
        if (ctx.dryRun) {
          planCall(ctx, "EKS DescribeCluster", { name: targets!.clusterName });
          return s.detail(`would write a kubeconfig for ${targets!.clusterName}`);
        }
        kube = await clusterTarget(ctx, targets!.clusterName, workDir);
        s.detail(targets!.clusterName);
      },
    },
    {
      title: "Current images",
      run: async (s) => {
        if (ctx.dryRun) return s.skip("dry run: the cluster is not read");
        const r = await ctx.runner.run(kubectl.getDeployments(kube));
        if (r.code !== 0)
          throw new OpsError(
            "CommandFailed",
            `kubectl cannot read the cluster: ${tail(r.stderr, 2)}`,
            kubectlHint(r.stderr) ?? "Check your access to the cluster (`ops status`).",
          );
        for (const d of parseJson<KubeList<DeploymentJson>>(r.stdout)?.items ?? []) {
          const img = d.spec?.template?.spec?.containers?.[0]?.image;
          if (d.metadata?.name && img) previous[d.metadata.name] = img;
        }
        s.detail(Object.keys(previous).length ? Object.values(previous).join(", ") : "none (first release)");
      },
    },
    ...(options.skipBuild
      ? []
      : [
          {
            title: "Images in ECR",
            run: async (s: StepHandle) => {
              if (ctx.dryRun) return s.skip("dry run: ECR is not read");
              const d = { ecr: ctx.aws.ecr, retry: ctx.retry };
              const found = await Promise.all(
                [targets!.serverRepository, targets!.clientRepository].map((r) =>
                  imageTagExists(d, repositoryName(r), tag),
                ),
              );
              alreadyPushed = found.every(Boolean);
              s.detail(
                alreadyPushed ? `both already pushed with ${tag.slice(0, 12)}: reusing them` : "to build and push",
              );
            },
          },
          ...buildSteps(
            ctx,
            () => builder,
            () => images(),
            () => targets!,
            () => alreadyPushed,
            () => tag,
          ),
        ]),
    {
      title: "Render manifests",
      run: async (s) => {
        const certificateArn =
          options.certificateArn ?? (typeof outputs.certificate_arn === "string" ? outputs.certificate_arn : undefined);
        const tls = certificateArn
          ? { componentDir: resolve(manifestsDir, "components", "tls"), certificateArn }
          : undefined;
        const dir = await writeReleaseKustomization(
          workDir,
          overlayDir,
          [
            { name: KUBE.workloads[0].image, newName: targets!.serverRepository, newTag: tag },
            { name: KUBE.workloads[1].image, newName: targets!.clientRepository, newTag: tag },
          ],
          tls,
        );
        const r = await ctx.runner.run(kubectl.kustomize(dir));
        if (r.code !== 0)
          throw new OpsError(
            "CommandFailed",
            `kubectl kustomize failed: ${tail(r.stderr, 3)}`,
            `Fix the manifests under ${overlayDir} (render them with \`kubectl kustomize ${overlayDir}\`).`,
          );
        for (const img of Object.values(images()))
          if (!r.stdout.includes(`image: ${img}`))
            throw new OpsError(
              "CommandFailed",
              `The rendered manifests do not use ${img}.`,
              `Check that the manifests name their images ${KUBE.workloads.map((w) => w.image).join(" and ")}.`,
            );
        const marker = UNRELEASED_MARKERS.find((m) => r.stdout.includes(m));
        if (marker)
          throw new OpsError(
            "CommandFailed",
            `The rendered manifests still contain the placeholder "${marker}".`,
            "Every image needs a release override, and the TLS component needs --certificate-arn.",
          );
        await Bun.write(join(workDir, "rendered.yaml"), r.stdout);
        s.detail(
          `overlay ${options.overlay ?? DEFAULTS.overlay}${tls ? " + TLS" : ""}, ${(r.stdout.match(/^kind:/gm) ?? []).length} objects`,
        );
      },
    },
    ...secretSteps(ctx, {
      target: () => kube,
      ...(options.appSecretId ? { appSecretId: options.appSecretId } : {}),
    }),
    {
      title: "Apply",
      run: async (s) => {
        const r = await ctx.runner.run(kubectl.apply(kube, join(workDir, "rendered.yaml")));
        if (r.code !== 0)
          throw new OpsError(
            "CommandFailed",
            `kubectl apply failed: ${tail(r.stderr, 3)}`,
            kubectlHint(r.stderr) ??
              "Check the error above; the cluster is unchanged if the API server rejected the objects.",
          );
        const lines = r.stdout.split("\n").filter(Boolean);
        const changed = lines.filter((l) => !/ unchanged$/.test(l)).length;
        s.detail(ctx.dryRun ? "would apply" : `${changed} changed, ${lines.length - changed} unchanged`);
      },
    },
    ...rolloutSteps(
      ctx,
      () => kube,
      options.timeout,
      (deployment) => rolloutFailure(ctx, kube, deployment),
    ),
  ];

  const outcome = await ctx.progress.run(steps);
  const reports: StepReport[] = [...outcome.reports];
  const data = (): Record<string, unknown> => ({
    tag,
    images: targets ? images() : undefined,
    previousImages: previous,
    url: url ?? null,
    steps: reportsJson(reports),
  });
  const applied = outcome.reports.some((r) => r.title === "Apply" && r.status === "ok");
  let failure = outcome.failure;

  if (!failure && !options.skipSmoke) {
    if (ctx.dryRun) ctx.io.info(`would smoke-test ${url ?? "the Ingress's ALB hostname"}`);
    else {
      url ??= await discoverUrl(ctx, kube);
      if (!url)
        ctx.io.warn(
          "the Ingress has no ALB hostname yet, so the smoke test was skipped: run `ops smoke` once `ops status` shows the URL",
        );
      else {
        const smoked = await deps.smoke(ctx, { url });
        reports.push(...smoked.reports);
        if (smoked.failure)
          failure = new OpsError(
            "SmokeFailed",
            `The smoke test failed after the rollout: ${smoked.failure.message}`,
            "The previous images were restored. Fix the cause and release again.",
          );
      }
    }
  }

  if (failure && applied) {
    const back = await ctx.progress.run(rollbackSteps(ctx, kube, previous));
    reports.push(...back.reports);
    if (back.failure)
      return {
        error: new OpsError(
          "RollbackFailed",
          `${failure.message}\nThen the rollback failed: ${back.failure.message}`,
          back.failure.fix,
        ),
        shown: false,
        text: "",
        data: data(),
      };
    return { error: failure, shown: false, text: "", data: data() };
  }
  if (failure) return { error: failure, shown: !ctx.io.json, text: "", data: data() };
  const img = targets ? images() : { server: "?", client: "?" };
  return {
    shown: false,
    text: `${ctx.dryRun ? "Would release" : "Released"} ${tag}:\n  server ${img.server}\n  client ${img.client}${url ? `\n  url    ${url}` : ""}`,
    data: data(),
  };
}

function buildSteps(
  ctx: Context,
  builder: () => Builder | undefined,
  images: () => { server: string; client: string },
  targets: () => StackTargets,
  alreadyPushed: () => boolean,
  tag: () => string,
): Step[] {
  const pushed = "already in ECR";
  const need = (): Builder => {
    const b = builder();
    if (!b)
      throw new OpsError(
        "ToolMissing",
        "Neither docker nor buildah is installed, so the images cannot be built.",
        "Install Docker (or buildah), or pass --skip-build to deploy images already pushed with this tag.",
      );
    return b;
  };
  const runOrFail = async (cmd: Parameters<typeof ctx.runner.run>[0], what: string, fix: string): Promise<void> => {
    const r = await ctx.runner.run(cmd);
    if (r.code !== 0) throw new OpsError("CommandFailed", `${what} failed: ${tail(r.stderr || r.stdout, 3)}`, fix);
  };
  return [
    ...(["server", "client"] as const).map(
      (component): Step => ({
        title: `Build ${component} image`,
        run: async (s) => {
          if (alreadyPushed()) s.skip(pushed);
          await runOrFail(
            imageCmds.build(need(), ctx.root, component, images()[component], tag()),
            `Building the ${component} image`,
            `Fix the build (try it locally: ${need()} build --file packages/${component}/Dockerfile .).`,
          );
          s.detail(images()[component]);
        },
      }),
    ),
    {
      title: "Log in to ECR",
      run: async (s) => {
        if (alreadyPushed()) s.skip(pushed);
        const registry = registryOf(targets().serverRepository);
        if (ctx.dryRun) {
          planCall(ctx, "ECR GetAuthorizationToken", {});
          await ctx.runner.run(imageCmds.login(need(), registry, "AWS", "[from GetAuthorizationToken]"));
          return s.detail(registry);
        }
        const login = await registryLogin({ ecr: ctx.aws.ecr, retry: ctx.retry });
        await runOrFail(
          imageCmds.login(need(), registry, login.username, login.password),
          `${need()} login to ${registry}`,
          "Check the builder's daemon is running and the credentials may call ecr:GetAuthorizationToken.",
        );
        s.detail(registry);
      },
    },
    ...(["server", "client"] as const).map(
      (component): Step => ({
        title: `Push ${component} image`,
        run: async (s) => {
          if (alreadyPushed()) s.skip(pushed);
          await runOrFail(
            imageCmds.push(need(), images()[component]),
            `Pushing ${images()[component]}`,
            "Check the repository exists (`ops preflight`) and the identity may push to it.",
          );
          s.detail(images()[component]);
        },
      }),
    ),
  ];
}
