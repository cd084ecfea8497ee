/**
 * What every command handler receives besides its own options: output, progress, the process runner, the AWS
 * clients and the global flags. Built once in `cli.ts` (`createContext`), built by hand in tests.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultRetry, type RetryPolicy } from "./aws/call.ts";
import { type AwsClients, createAwsClients } from "./aws/clients.ts";
import { createStdIO, type IO } from "./output/io.ts";
import { listrProgress } from "./output/listr-progress.ts";
import { type Progress, plainProgress, silentProgress } from "./output/steps.ts";
import { createProcessRunner, dryRunRunner, type ProcessRunner } from "./process/runner.ts";

/** Flags every command accepts. */
export interface GlobalOptions {
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
  readonly region?: string;
  readonly profile?: string;
  /** Repository root; relative paths in options resolve against it. */
  readonly root: string;
  /** A private temporary directory, removed by `cleanup()`. */
  makeTempDir(): Promise<string>;
  /** Removes the temporary directories (cli.ts calls it after the command). */
  cleanup(): Promise<void>;
}

export function createContext(options: GlobalOptions): Context {
  const io = createStdIO({ json: options.json ?? false });
  const temps: string[] = [];
  const dryRun = options.dryRun ?? false;
  const real = createProcessRunner({ onOutput: (chunk) => void process.stderr.write(chunk) });
  const progress = options.json ? silentProgress() : io.tty && !dryRun ? listrProgress() : plainProgress(io);
  return {
    io,
    progress,
    runner: dryRun ? dryRunRunner(real, (line) => io.info(`would run: $ ${line}`)) : real,
    aws: createAwsClients({
      ...(options.region ? { region: options.region } : {}),
      ...(options.profile ? { profile: options.profile } : {}),
    }),
    retry: defaultRetry,
    dryRun,
    yes: options.yes ?? false,
    ...(options.region ? { region: options.region } : {}),
    ...(options.profile ? { profile: options.profile } : {}),
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
