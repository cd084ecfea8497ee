/**
 * The one region resolver. ops and every SDK client use its answer, so ops' own checks and the SDK's calls can
 * never disagree about where they are working.
 *
 * Order: `--region`, `AWS_REGION` (what the SDK reads), `AWS_DEFAULT_REGION` (what the AWS CLI reads; the SDK does
 * not), then the profile's `region` read by the SDK's own shared-config loader (`loadConfig` with the SDK's region
 * selectors, so `AWS_CONFIG_FILE`, `AWS_PROFILE` and `[profile NAME]` sections behave exactly as for the SDK).
 * The answer is checked by syntax and against the region list of the SDK's partitions table.
 *
 * @see https://docs.aws.amazon.com/sdkref/latest/guide/feature-region.html
 * @see https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html (AWS_DEFAULT_REGION)
 */
import { partition } from "@aws-sdk/core/client";
import { loadConfig, loadSharedConfigFiles, NODE_REGION_CONFIG_OPTIONS } from "@smithy/core/config";
import { OpsError } from "../errors.ts";

export interface ResolvedRegion {
  readonly region: string;
  /** Where it came from, for messages: "--region", "AWS_REGION", "AWS_DEFAULT_REGION", "profile dev". */
  readonly source: string;
}

export interface RegionInputs {
  /** `--region`. */
  readonly flag?: string;
  /** The process environment (injected for tests). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** `--profile`, else `AWS_PROFILE`, else "default". */
  readonly profile?: string;
}

/** Empty means unset, as everywhere in Tertulia's configuration. */
const set = (v: string | undefined): string | undefined => (v?.trim() ? v.trim() : undefined);

/** The shared files as the SDK finds them: AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE, else under ~/.aws. */
function sharedFiles(env: RegionInputs["env"]): { configFilepath?: string; filepath?: string; ignoreCache: true } {
  return {
    ...(set(env.AWS_CONFIG_FILE) ? { configFilepath: set(env.AWS_CONFIG_FILE)! } : {}),
    ...(set(env.AWS_SHARED_CREDENTIALS_FILE) ? { filepath: set(env.AWS_SHARED_CREDENTIALS_FILE)! } : {}),
    ignoreCache: true,
  };
}

/** The profile the SDK will use: `--profile`, `AWS_PROFILE`, else "default". */
export function profileName(inputs: Pick<RegionInputs, "env" | "profile">): string {
  return set(inputs.profile) ?? set(inputs.env.AWS_PROFILE) ?? "default";
}

/**
 * Resolves and validates the region; undefined when none is set anywhere.
 * @throws {OpsError} InvalidRegion when the region found is not a region name.
 */
export async function resolveRegion(inputs: RegionInputs): Promise<ResolvedRegion | undefined> {
  const found = firstSet(inputs) ?? (await profileRegion(inputs));
  if (found) assertRegion(found.region, found.source);
  return found;
}

function firstSet(inputs: RegionInputs): ResolvedRegion | undefined {
  const candidates: [string | undefined, string][] = [
    [inputs.flag, "--region"],
    [inputs.env.AWS_REGION, "AWS_REGION"],
    [inputs.env.AWS_DEFAULT_REGION, "AWS_DEFAULT_REGION"],
  ];
  for (const [value, source] of candidates) {
    const v = set(value);
    if (v) return { region: v, source };
  }
  return undefined;
}

async function profileRegion(inputs: RegionInputs): Promise<ResolvedRegion | undefined> {
  const profile = profileName(inputs);
  // Only the shared-config part of the SDK's region chain: the environment was read above (with AWS_DEFAULT_REGION,
  // which the SDK ignores), and "not found" must be undefined here, not the SDK's "Region is missing" error.
  const fromProfile = loadConfig<string | undefined>(
    {
      environmentVariableSelector: () => undefined,
      configFileSelector: NODE_REGION_CONFIG_OPTIONS.configFileSelector,
      default: () => undefined,
    },
    { profile, ...sharedFiles(inputs.env) },
  );
  const region = set(await fromProfile().catch(() => undefined));
  return region ? { region, source: `profile ${profile}` } : undefined;
}

const REGION_SYNTAX = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;

/**
 * A region name in lower-case `area-place-N` form that one of the SDK's partitions lists (`partition()` returns the
 * region's description only for listed regions).
 * @throws {OpsError} InvalidRegion naming where the value came from.
 */
export function assertRegion(region: string, source: string): void {
  if (!REGION_SYNTAX.test(region)) {
    const lower = region.toLowerCase();
    throw new OpsError(
      "InvalidRegion",
      `"${region}" (from ${source}) is not an AWS region name: regions are lower-case, like sa-east-1 or eu-west-1.`,
      REGION_SYNTAX.test(lower) && isListed(lower)
        ? `Write it in lower case: ${lower} (in ${source}).`
        : `Set ${source} to a region code such as sa-east-1 (see \`aws ec2 describe-regions\`).`,
    );
  }
  if (!isListed(region))
    throw new OpsError(
      "InvalidRegion",
      `"${region}" (from ${source}) is not a region the AWS SDK knows in any partition (aws, aws-cn, aws-us-gov, …).`,
      `Check the spelling of ${source}; regions are listed by \`aws ec2 describe-regions\`.`,
    );
}

function isListed(region: string): boolean {
  return (partition(region) as { description?: string }).description !== undefined;
}

/** The error for "no region anywhere", listing every place looked at. */
export function regionMissing(profile: string): OpsError {
  return new OpsError(
    "AwsRegionMissing",
    `No AWS region is set: not --region, AWS_REGION, AWS_DEFAULT_REGION, nor a region in profile "${profile}".`,
    `Pass --region (e.g. --region sa-east-1), set AWS_REGION, or run \`aws configure set region sa-east-1 --profile ${profile}\`.`,
  );
}

/**
 * Checks that an explicitly named profile exists in the shared config or credentials file, so `--profile nosuch`
 * reads as an unknown profile instead of "no credentials".
 * @throws {OpsError} AwsProfileUnknown
 */
export async function assertProfileExists(
  profile: string,
  explicit: boolean,
  env: RegionInputs["env"] = process.env,
): Promise<void> {
  if (!explicit) return;
  const { configFile, credentialsFile } = await loadSharedConfigFiles(sharedFiles(env));
  const known = new Set([...Object.keys(configFile), ...Object.keys(credentialsFile)]);
  if (known.has(profile)) return;
  const list = [...known].sort();
  throw new OpsError(
    "AwsProfileUnknown",
    `The AWS profile "${profile}" is not in ${set(env.AWS_CONFIG_FILE) ?? "~/.aws/config"} or ${set(env.AWS_SHARED_CREDENTIALS_FILE) ?? "~/.aws/credentials"}${list.length ? ` (profiles there: ${list.join(", ")})` : " (no profiles are defined)"}.`,
    `${list.length ? "Use one of those with --profile/AWS_PROFILE, or create it" : "Create it"}: \`aws configure --profile ${profile}\` (or \`aws configure sso\`).`,
  );
}
