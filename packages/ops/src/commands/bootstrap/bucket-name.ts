/**
 * S3 general-purpose bucket naming rules, checked before any call.
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html
 */
import { OpsError } from "../../errors.ts";

const PREFIXES = ["xn--", "sthree-", "amzn-s3-demo-"];
const SUFFIXES = ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"];

/** The reasons `name` is not a valid bucket name; empty when it is valid. */
export function bucketNameProblems(name: string): string[] {
  const problems: string[] = [];
  if (name.length < 3 || name.length > 63) problems.push(`must be 3–63 characters long (it has ${name.length})`);
  const bad = [...new Set(name.replace(/[a-z0-9.-]/g, ""))];
  if (bad.length)
    problems.push(
      `may contain only lowercase letters, digits, dots and hyphens (found ${bad.map((c) => JSON.stringify(c)).join(", ")})`,
    );
  if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name))
    problems.push("must begin and end with a lowercase letter or digit");
  if (name.includes("..")) problems.push("must not contain two adjacent dots");
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) problems.push("must not look like an IP address");
  for (const p of PREFIXES) if (name.startsWith(p)) problems.push(`must not start with "${p}"`);
  for (const s of SUFFIXES) if (name.endsWith(s)) problems.push(`must not end with "${s}"`);
  return problems;
}

/**
 * Dots are legal in a bucket name, but a dotted name cannot be addressed virtual-host style over HTTPS
 * (`a.b.s3.amazonaws.com` is not covered by S3's wildcard certificate), which is how Terraform's S3 backend and the
 * SDK address buckets unless path-style is asked for. So ops refuses them unless `--s3-path-style` is set.
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html ("we recommend that you avoid
 *   using dots (.) in bucket names, except for buckets that are used only for static website hosting")
 */
function dotProblem(name: string): string | undefined {
  return name.includes(".")
    ? "must not contain dots here: a dotted name cannot be reached over HTTPS virtual-host addressing, which Terraform's S3 backend uses (pass --s3-path-style for S3-compatible endpoints that need dots)"
    : undefined;
}

/** @throws {OpsError} InvalidBucketName, with every rule broken and a corrected suggestion. */
export function assertBucketName(name: string, options: { pathStyle?: boolean } = {}): void {
  const dots = options.pathStyle ? undefined : dotProblem(name);
  const problems = [...bucketNameProblems(name), ...(dots ? [dots] : [])];
  if (problems.length === 0) return;
  const suggestion = name
    .toLowerCase()
    .replace(options.pathStyle ? /[^a-z0-9.-]+/g : /[^a-z0-9-]+/g, "-")
    .replace(/\.{2,}/g, ".")
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "")
    .slice(0, 63);
  throw new OpsError(
    "InvalidBucketName",
    `"${name}" is not a valid S3 bucket name: it ${problems.join("; ")}.`,
    bucketNameProblems(suggestion).length === 0
      ? `Use a valid name, e.g. --bucket ${suggestion}.`
      : "Use 3–63 lowercase letters, digits and hyphens, e.g. --bucket tertulia-tfstate-<account-id>.",
  );
}
