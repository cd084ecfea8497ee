/**
 * The one error type of the ops CLI.
 *
 * Every failure a user can meet is an `OpsError` with a stable `code` (tests and `--json` match on it), a sentence
 * saying what failed and a `fix` saying what to do about it. `exitCodeOf` maps any error to the process exit code
 * in one place: usage problems exit 2, everything else 1.
 */

/** Stable error codes. Add new ones here; never rename one (scripts match on them). */
export type OpsErrorCode =
  | "Usage"
  | "ConfirmationRequired"
  | "InvalidBucketName"
  | "BucketOwnedByAnotherAccount"
  | "LockTableMismatch"
  | "AwsAccessDenied"
  | "AwsCredentialsExpired"
  | "AwsNoCredentials"
  | "AwsRegionMissing"
  | "InvalidRegion"
  | "AwsProfileUnknown"
  | "AwsTimeout"
  | "BucketInAnotherRegion"
  | "AwsThrottled"
  | "AwsCallFailed"
  | "AwsUnreachable"
  | "CommandFailed"
  | "ToolMissing"
  | "TerraformOutputMissing"
  | "TargetMissing"
  | "BackendConfigMissing"
  | "TfvarsInvalid"
  | "PreflightFailed"
  | "RolloutFailed"
  | "RollbackFailed"
  | "SmokeFailed"
  | "PipelineNotFound"
  | "PipelineBuildFailed"
  | "Aborted";

/** Codes that mean the command line itself was wrong: exit 2. */
const USAGE_CODES: ReadonlySet<OpsErrorCode> = new Set([
  "Usage",
  "ConfirmationRequired",
  "InvalidBucketName",
  "InvalidRegion",
]);

export class OpsError extends Error {
  override readonly name = "OpsError";
  constructor(
    readonly code: OpsErrorCode,
    message: string,
    /** What the user should do about it; one sentence, imperative. */
    readonly fix: string,
    options?: { cause?: unknown; output?: string },
  ) {
    super(message, { cause: options?.cause });
    if (options?.output !== undefined) this.output = options.output;
  }

  /** The failed tool's whole output (e.g. Terraform's stderr): in `--json` results and printed with `--verbose`. */
  readonly output?: string;

  /** The shape printed by `--json` and by the plain renderer. */
  toJSON(): { code: OpsErrorCode; message: string; fix: string; output?: string } {
    return {
      code: this.code,
      message: this.message,
      fix: this.fix,
      ...(this.output !== undefined ? { output: this.output } : {}),
    };
  }
}

/** Exit codes: 0 ok, 1 a check or step failed, 2 usage. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export function exitCodeOf(error: unknown): ExitCode {
  return error instanceof OpsError && USAGE_CODES.has(error.code) ? EXIT.usage : EXIT.failed;
}

/** Wraps anything thrown into an `OpsError`, keeping an `OpsError` as it is. */
export function toOpsError(error: unknown, what: string): OpsError {
  if (error instanceof OpsError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new OpsError(
    "CommandFailed",
    `${what}: ${message}`,
    "Re-run with the same options; if it fails again, report it with this message.",
    { cause: error },
  );
}
