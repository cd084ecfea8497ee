/**
 * `ops release deploy`: render the manifests with the release's images and apply them in the order that lets the
 * load balancer gate the very first pods (kube/apply-order.ts): Services and the Ingress, then the ALB's target
 * groups, then the Deployments, then each rollout.
 */
import { join, resolve } from "node:path";
import { DEFAULTS, KUBE } from "../../config.ts";
import { type Context, planCall } from "../../context.ts";
import { OpsError } from "../../errors.ts";
import { parseApplyOutput, splitForApply } from "../../kube/apply-order.ts";
import { LOAD_BALANCER_BACKOFF } from "../../kube/backoff.ts";
import { type DeploymentJson, type KubeList, kubectl, kubectlHint, parseJson } from "../../kube/kubectl.ts";
import { UNRELEASED_MARKERS, writeReleaseKustomization } from "../../kube/render.ts";
import { waitForTargetGroups } from "../../kube/target-groups.ts";
import type { Step } from "../../output/steps.ts";
import { tail } from "../../process/runner.ts";
import { clusterTarget } from "../cluster-access.ts";
import { imageRef } from "./image-steps.ts";
import type { ReleaseOptions, ReleaseState } from "./options.ts";
import { rolloutFailure, rolloutSteps } from "./rollout.ts";
import { secretSteps } from "./secrets.ts";

export function clusterSteps(ctx: Context, state: ReleaseState): Step[] {
  return [
    {
      title: "Cluster credentials",
      run: async (s) => {
        const name = state.targets!.clusterName;
        if (ctx.dryRun) {
          planCall(ctx, "EKS DescribeCluster", { name });
          return s.detail(`would write a kubeconfig for ${name}`);
        }
        const t = await clusterTarget(ctx, name, state.workDir);
        state.kube = { kubeconfig: t.kubeconfig, namespace: state.targets!.namespace };
        s.detail(name);
      },
    },
    {
      title: "Current deployments",
      run: async (s) => {
        if (ctx.dryRun) return s.skip("dry run: the cluster is not read");
        const r = await ctx.runner.run(kubectl.getDeployments(state.kube));
        if (r.code !== 0)
          throw new OpsError(
            "CommandFailed",
            `kubectl cannot read the cluster: ${tail(r.stderr, 2)}`,
            kubectlHint(r.stderr) ?? "Check your access to the cluster (`ops status`).",
          );
        for (const d of parseJson<KubeList<DeploymentJson>>(r.stdout)?.items ?? []) {
          const name = d.metadata?.name;
          const img = d.spec?.template?.spec?.containers?.[0]?.image;
          if (name && img) state.previous[name] = img;
          if (name && d.spec?.replicas === 0) state.zeroed.push(name);
        }
        const names = Object.keys(state.previous);
        s.detail(
          names.length
            ? `${Object.values(state.previous).join(", ")}${state.zeroed.length ? ` (${state.zeroed.join(", ")} at zero replicas)` : ""}`
            : "none (first release)",
        );
      },
    },
  ];
}

export function deploySteps(ctx: Context, options: ReleaseOptions, state: ReleaseState): Step[] {
  const manifestsDir = resolve(ctx.root, options.manifestsDir ?? DEFAULTS.manifestsDir);
  const overlayDir = resolve(manifestsDir, "overlays", options.overlay ?? DEFAULTS.overlay);
  const file = (name: string): string => join(state.workDir, name);
  const applyFile = (name: string) => ctx.runner.run(kubectl.apply(state.kube, file(name)));
  return [
    {
      title: "Render manifests",
      run: async (s) => {
        const t = state.targets!;
        const tls = t.certificateArn
          ? { componentDir: resolve(manifestsDir, "components", "tls"), certificateArn: t.certificateArn }
          : undefined;
        const dir = await writeReleaseKustomization(
          state.workDir,
          overlayDir,
          [
            { name: KUBE.workloads[0].image, newName: t.serverRepository, newTag: state.tag },
            { name: KUBE.workloads[1].image, newName: t.clientRepository, newTag: state.tag },
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
        for (const img of [imageRef(state, "server"), imageRef(state, "client")])
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
        state.phases = splitForApply(r.stdout);
        await Bun.write(file("rendered.yaml"), r.stdout);
        await Bun.write(file("routing.yaml"), state.phases.routing);
        await Bun.write(file("workloads.yaml"), state.phases.workloads);
        s.detail(
          `overlay ${options.overlay ?? DEFAULTS.overlay}${tls ? " + TLS" : ""}, ${(r.stdout.match(/^kind:/gm) ?? []).length} objects`,
        );
      },
    },
    ...secretSteps(ctx, {
      target: () => state.kube,
      ...(options.appSecretId ? { appSecretId: options.appSecretId } : {}),
    }),
    {
      title: "Apply Services and Ingress",
      run: async (s) => {
        const r = await applyFile("routing.yaml");
        if (r.code !== 0)
          throw new OpsError(
            "CommandFailed",
            `kubectl apply of the Services and the Ingress failed: ${tail(r.stderr, 3)}`,
            kubectlHint(r.stderr) ??
              "No Deployment was changed. Fix the error above and release again (what was applied is kept: it routes to the running pods).",
          );
        const applied = parseApplyOutput(r.stdout);
        s.detail(
          ctx.dryRun
            ? "would apply"
            : `${applied.filter((a) => a.operation !== "unchanged").length} changed, ${applied.filter((a) => a.operation === "unchanged").length} unchanged`,
        );
      },
    },
    {
      title: "Load balancer target groups",
      run: async (s) => {
        const services = state.phases?.ingressBackends ?? [];
        if (ctx.dryRun) return s.skip(`dry run: would wait for a TargetGroupBinding for ${services.join(", ")}`);
        const bound = await waitForTargetGroups({
          runner: ctx.runner,
          target: state.kube,
          services,
          backoff: { ...LOAD_BALANCER_BACKOFF, sleep: ctx.retry.sleep },
          onAttempt: (n, of, note, next) =>
            ctx.io.info(`target groups: attempt ${n}/${of}: ${note}${next ? `; next in ${next / 1000}s` : ""}`),
        }).catch((error: unknown) => {
          throw new OpsError(
            "CommandFailed",
            `The load balancer controller made no target group for ${services.join(", ")}: ${error instanceof Error ? error.message : String(error)}.`,
            "No Deployment was changed. Look at the Ingress's events (`kubectl describe ingress`) and the controller's logs (kube-system).",
          );
        });
        s.detail(Object.keys(bound).join(", "));
      },
    },
    {
      title: "Apply Deployments",
      run: async (s) => {
        const r = await applyFile("workloads.yaml");
        state.applied = parseApplyOutput(r.stdout);
        if (r.code !== 0)
          throw new OpsError(
            "CommandFailed",
            `kubectl apply of the Deployments failed part-way: ${tail(r.stderr, 3)}`,
            kubectlHint(r.stderr) ??
              "What was applied is rolled back (see below). Fix the error above and release again.",
          );
        for (const name of state.zeroed) {
          const replicas = state.phases?.replicas[name] ?? 1;
          const up = await ctx.runner.run(kubectl.scale(state.kube, name, replicas));
          if (up.code !== 0)
            throw new OpsError(
              "CommandFailed",
              `Could not scale ${name} back up from zero: ${tail(up.stderr, 2)}`,
              `Scale it by hand: kubectl -n ${state.kube.namespace} scale deployment/${name} --replicas=${replicas}.`,
            );
        }
        const changed = state.applied.filter((a) => a.operation !== "unchanged").length;
        s.detail(ctx.dryRun ? "would apply" : `${changed} changed, ${state.applied.length - changed} unchanged`);
      },
    },
    ...rolloutSteps(
      ctx,
      () => state.kube,
      options.timeout,
      (deployment) => rolloutFailure(ctx, state.kube, deployment),
    ),
  ];
}
