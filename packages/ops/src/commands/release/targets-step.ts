/** The first step of every release: the image tag, and where the release goes (targets/resolve-targets.ts). */
import type { Context } from "../../context.ts";
import { OpsError } from "../../errors.ts";
import type { Step } from "../../output/steps.ts";
import type { TargetName } from "../../targets/build-environment.ts";
import { resolveTargets } from "../../targets/resolve-targets.ts";
import { readOutputs, terraformRoot } from "../cluster-access.ts";
import { isValidTag } from "./images.ts";
import type { ReleaseOptions, ReleaseState } from "./options.ts";

export function targetsStep(
  ctx: Context,
  options: ReleaseOptions,
  state: ReleaseState,
  need: readonly TargetName[],
  env: Readonly<Record<string, string | undefined>> = process.env,
): Step {
  return {
    title: "Release tag and targets",
    run: async (s) => {
      if (!state.tag) {
        const head = await ctx.runner.run({ cmd: "git", args: ["rev-parse", "HEAD"], cwd: ctx.root, readOnly: true });
        if (head.code !== 0)
          throw new OpsError(
            "Usage",
            "No --tag given and `git rev-parse HEAD` failed.",
            'Run inside the repository or pass --tag (CodeBuild: --tag "$CODEBUILD_RESOLVED_SOURCE_VERSION").',
          );
        state.tag = head.stdout.trim();
      }
      if (!isValidTag(state.tag))
        throw new OpsError(
          "Usage",
          `"${state.tag}" is not a valid image tag.`,
          "Use letters, digits, '_', '.' and '-', at most 128, e.g. the commit hash.",
        );
      const t = await resolveTargets({
        flags: {
          ...(options.cluster ? { clusterName: options.cluster } : {}),
          ...(options.namespace ? { namespace: options.namespace } : {}),
          ...(options.serverRepository ? { serverRepository: options.serverRepository } : {}),
          ...(options.clientRepository ? { clientRepository: options.clientRepository } : {}),
          ...(options.certificateArn ? { certificateArn: options.certificateArn } : {}),
          ...(options.host ? { publicHost: options.host } : {}),
        },
        env,
        readOutputs: () => readOutputs(ctx, terraformRoot(ctx, options)),
        need,
      });
      const region = ctx.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
      if (t.region && region && t.region !== region)
        throw new OpsError(
          "Usage",
          `The stack is in ${t.region} but the AWS calls would go to ${region}.`,
          `Pass --region ${t.region} (or set AWS_REGION=${t.region}).`,
        );
      if (need.includes("clusterName") && t.certificateArn && !t.publicHost && !options.url)
        throw new OpsError(
          "TargetMissing",
          "A certificate is configured but not the host name it covers, so the smoke test could not check HTTPS.",
          "Pass --host NAME (or set PUBLIC_HOST; the pipeline module's public_host).",
        );
      state.targets = t;
      state.kube = { ...state.kube, namespace: t.namespace };
      const from = [...new Set(Object.values(t.sources))].join("+");
      s.detail(`${state.tag.slice(0, 12)} → ${need.includes("clusterName") ? t.clusterName : "ECR"} (from ${from})`);
    },
  };
}
