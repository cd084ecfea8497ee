/** The AWS region a command works in, without reading any client's config. */
import type { Context } from "../context.ts";
import { OpsError } from "../errors.ts";

/** @throws {OpsError} AwsRegionMissing */
export function resolveRegion(ctx: Pick<Context, "region">, fallback?: string): string {
  const region = ctx.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? fallback;
  if (!region)
    throw new OpsError(
      "AwsRegionMissing",
      "No AWS region is set.",
      "Pass --region (e.g. --region sa-east-1) or set AWS_REGION.",
    );
  return region;
}
