/**
 * `ops release images`: each image checked and pushed on its own. The ECR repositories are IMMUTABLE, so a tag that
 * is there can never be pushed again ("ImageTagAlreadyExistsException … cannot be overwritten because the
 * repository is immutable", https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html):
 * an image already in ECR is reused, a missing one is built and pushed. So a build that pushed the server and
 * failed on the client is finished by a retry that builds and pushes the client only.
 */
import { imageTagExists, registryLogin } from "../../aws/ecr.ts";
import type { Component } from "../../config.ts";
import { type Context, planCall } from "../../context.ts";
import { OpsError } from "../../errors.ts";
import type { Step } from "../../output/steps.ts";
import type { Cmd } from "../../process/runner.ts";
import { tail } from "../../process/runner.ts";
import { pickBuilder } from "../../process/tools.ts";
import { type Builder, imageCmds, registryOf, repositoryName } from "./images.ts";
import type { ReleaseState } from "./options.ts";

export const COMPONENTS: readonly Component[] = ["server", "client"];

export function imageRef(state: ReleaseState, component: Component): string {
  const t = state.targets;
  if (!t) throw new Error("targets are resolved by the first step");
  return `${component === "server" ? t.serverRepository : t.clientRepository}:${state.tag}`;
}

/** Reads which of the two tags ECR already holds (nothing is read in a dry run: both count as missing). */
export function ecrStep(ctx: Context, state: ReleaseState, require: boolean): Step {
  return {
    title: "Images in ECR",
    run: async (s) => {
      if (ctx.dryRun) return s.skip("dry run: ECR is not read");
      const d = { ecr: ctx.aws.ecr, retry: ctx.retry };
      state.inEcr = new Set();
      for (const c of COMPONENTS)
        if (await imageTagExists(d, repositoryName(imageRef(state, c).split(":")[0] as string), state.tag))
          state.inEcr.add(c);
      const missing = COMPONENTS.filter((c) => !state.inEcr.has(c));
      if (require && missing.length)
        throw new OpsError(
          "CommandFailed",
          `${missing.map((c) => imageRef(state, c)).join(" and ")} ${missing.length > 1 ? "are" : "is"} not in ECR.`,
          `Push ${missing.length > 1 ? "them" : "it"} first: ops release images --tag ${state.tag}.`,
        );
      s.detail(
        missing.length === 0
          ? "both already pushed: reusing them"
          : COMPONENTS.map((c) => `${c} ${state.inEcr.has(c) ? "already pushed" : "to build and push"}`).join(", "),
      );
    },
  };
}

export function imageSteps(ctx: Context, state: ReleaseState): Step[] {
  let builder: Builder | undefined;
  const need = (): Builder => {
    builder ??= pickBuilder(ctx.runner);
    if (!builder)
      throw new OpsError(
        "ToolMissing",
        "Neither docker nor buildah is installed, so the images cannot be built.",
        "Install Docker (or buildah), or pass --skip-build to deploy images already pushed with this tag.",
      );
    return builder;
  };
  const runOrFail = async (cmd: Cmd, what: string, fix: string): Promise<void> => {
    const r = await ctx.runner.run(cmd);
    if (r.code !== 0) throw new OpsError("CommandFailed", `${what} failed: ${tail(r.stderr || r.stdout, 3)}`, fix);
  };
  const pushed = (c: Component): boolean => state.inEcr.has(c);
  return [
    ecrStep(ctx, state, false),
    ...COMPONENTS.map(
      (c): Step => ({
        title: `Build ${c} image`,
        run: async (s) => {
          if (pushed(c)) s.skip("already in ECR");
          await runOrFail(
            imageCmds.build(need(), ctx.root, c, imageRef(state, c), state.tag),
            `Building the ${c} image`,
            `Fix the build (try it locally: ${need()} build --file packages/${c}/Dockerfile .).`,
          );
          s.detail(imageRef(state, c));
        },
      }),
    ),
    {
      title: "Log in to ECR",
      run: async (s) => {
        if (COMPONENTS.every(pushed)) s.skip("nothing to push");
        const registry = registryOf(imageRef(state, "server"));
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
    ...COMPONENTS.map(
      (c): Step => ({
        title: `Push ${c} image`,
        run: async (s) => {
          if (pushed(c)) s.skip("already in ECR");
          await runOrFail(
            imageCmds.push(need(), imageRef(state, c)),
            `Pushing ${imageRef(state, c)}`,
            "Check the repository exists (`ops preflight`) and the identity may push to it; run the same command again to push what is missing.",
          );
          state.inEcr.add(c);
          s.detail(imageRef(state, c));
        },
      }),
    ),
  ];
}
