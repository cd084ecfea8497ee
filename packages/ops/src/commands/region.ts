/** The region a command works in: the one `aws/region.ts` resolved for the context (and handed to every client). */
import { profileName, regionMissing } from "../aws/region.ts";
import type { Context } from "../context.ts";

/** @throws {OpsError} AwsRegionMissing, listing every place that was looked at. */
export function resolveRegion(ctx: Pick<Context, "region" | "profile" | "regionProblem">, fallback?: string): string {
  const region = ctx.region ?? fallback;
  if (!region)
    throw (
      ctx.regionProblem ??
      regionMissing(profileName({ env: process.env, ...(ctx.profile ? { profile: ctx.profile } : {}) }))
    );
  return region;
}
