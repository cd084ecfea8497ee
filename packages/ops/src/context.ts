/**
 * What every command handler receives besides its own options: output, progress, the process runner, the AWS
 * clients and the global flags. Built once in `cli.ts` (`createContext`), built by hand in tests.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultRetry, type RetryPolicy } from "./aws/call.ts";
import { type AwsClientOptions, type AwsClients, createAwsClients, DEFAULT_TIMEOUTS } from "./aws/clients.ts";
import { assertProfileExists, profileName, regionMissing, resolveRegion } from "./aws/region.ts";
import { OpsError } from "./errors.ts";
import { createStdIO, type IO } from "./output/io.ts";
import { listrProgress } from "./output/listr-progress.ts";
import { type Progress, plainProgress, silentProgress } from "./output/steps.ts";
import { createProcessRunner, dryRunRunner, type ProcessRunner } from "./process/runner.ts";

/** Flags every command accepts. */
export interface GlobalOptions {
  /** @default AWS_REGION, AWS_DEFAULT_REGION, then the profile's region (`aws/region.ts`) */
  readonly region?: string;
  readonly profile?: string;
  /** One JSON document on stdout. @default false */
  readonly json?: boolean;
  /** Answer yes to confirmations (CodeBuild). @default false */
  readonly yes?: boolean;
  /** Print every step and call; change nothing. @default false */
  readonly dryRun?: boolean;
  /** Repository root. @default the current directory */
  readonly root?: string;
  /** Copy every tool's whole output (terraform, kubectl, docker) to stderr. @default false */
  readonly verbose?: boolean;
  /** Path-style S3 addressing for S3-compatible endpoints. @default AWS_S3_FORCE_PATH_STYLE=true, else false */
  readonly s3PathStyle?: boolean;
  /** Seconds an AWS request may take before it is abandoned (and retried once). @default 30 */
  readonly awsTimeout?: number;
}

export interface Context {
  readonly io: IO;
  readonly progress: Progress;
  /** Already wrapped for `--dry-run`: mutating commands are printed, not run. */
  readonly runner: ProcessRunner;
  readonly aws: AwsClients;
  readonly retry: RetryPolicy;
  readonly dryRun: boolean;
  readonly yes: boolean;
  /** The working region as `aws/region.ts` resolved it (the same one every SDK client uses); undefined when unset. */
  readonly region?: string;
  /** Where the region came from ("--region", "AWS_DEFAULT_REGION", "profile dev" …), for messages. */
  readonly regionSource?: string;
  /** Why there is no region (an unknown profile, or none set anywhere); thrown when a command needs one. */
  readonly regionProblem?: OpsError;
  readonly profile?: string;
  /** Path-style S3 addressing was asked for (written into the backend config too). */
  readonly s3PathStyle?: boolean;
  /** Repository root; relative paths in options resolve against it. */
  readonly root: string;
  /** A private temporary directory, removed by `cleanup()`. */
  makeTempDir(): Promise<string>;
  /** Removes the temporary directories (cli.ts calls it after the command). */
  cleanup(): Promise<void>;
}

const truthy = (v: string | undefined): boolean => /^(1|true|yes)$/i.test(v?.trim() ?? "");

/**
 * @throws {OpsError} InvalidRegion when the region given (flag, environment or profile) is not a region name.
 */
export async function createContext(
  options: GlobalOptions,
  env: Readonly<Record<string, string | undefined>> = process.env,
  /** Tests point every client at a loopback stand-in with fixed credentials. */
  edge: Pick<AwsClientOptions, "endpoint" | "credentials"> = {},
): Promise<Context> {
  const io = createStdIO({ json: options.json ?? false });
  const temps: string[] = [];
  const dryRun = options.dryRun ?? false;
  const real = createProcessRunner({
    onOutput: (chunk) => void process.stderr.write(chunk),
    streamAll: options.verbose ?? false,
  });
  const progress = options.json ? silentProgress() : io.tty && !dryRun ? listrProgress() : plainProgress(io);
  const profile = options.profile?.trim() || undefined;
  const resolved = await resolveRegion({
    ...(options.region ? { flag: options.region } : {}),
    env,
    ...(profile ? { profile } : {}),
  });
  const profileInUse = profileName({ env, ...(profile ? { profile } : {}) });
  // A profile named by --profile or AWS_PROFILE must exist; "default" may be absent (env keys, roles). Checked now
  // but reported at the first AWS need, so offline commands are not stopped by it.
  const profileProblem = await assertProfileExists(
    profileInUse,
    profile !== undefined || Boolean(env.AWS_PROFILE?.trim()),
    env,
  ).then(
    () => undefined,
    (error: unknown) => (error instanceof OpsError ? error : undefined),
  );
  const regionProblem = resolved ? undefined : (profileProblem ?? regionMissing(profileInUse));
  const s3PathStyle = options.s3PathStyle ?? truthy(env.AWS_S3_FORCE_PATH_STYLE);
  return {
    io,
    progress,
    runner: dryRun ? dryRunRunner(real, (line) => io.info(`would run: $ ${line}`)) : real,
    aws: createAwsClients({
      region: async () => {
        if (!resolved) throw regionProblem;
        return resolved.region;
      },
      ...(profile ? { profile } : {}),
      // A profile named on the command line or in AWS_PROFILE must exist; "default" may be absent (env keys, roles).
      beforeCredentials: async () => {
        if (profileProblem) throw profileProblem;
      },
      timeouts: {
        connectMs: DEFAULT_TIMEOUTS.connectMs,
        requestMs: options.awsTimeout ? options.awsTimeout * 1000 : DEFAULT_TIMEOUTS.requestMs,
      },
      s3PathStyle,
      ...edge,
    }),
    retry: defaultRetry,
    dryRun,
    yes: options.yes ?? false,
    ...(resolved ? { region: resolved.region, regionSource: resolved.source } : { regionProblem }),
    ...(profile ? { profile } : {}),
    s3PathStyle,
    root: options.root ?? process.cwd(),
    async makeTempDir() {
      const dir = await mkdtemp(join(tmpdir(), "tertulia-ops-"));
      temps.push(dir);
      return dir;
    },
    cleanup: async () => void (await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })))),
  };
}

/** Prints a planned AWS call during `--dry-run` (writes are never sent). */
export function planCall(ctx: Context, operation: string, input: unknown): void {
  ctx.io.info(`would call: ${operation} ${JSON.stringify(input)}`);
}
