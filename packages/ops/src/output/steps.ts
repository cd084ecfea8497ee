/**
 * Steps: the unit of progress. Commands describe work as a list of `Step`s; a `Progress` runs them and draws them.
 * Drawing lives here only: listr2 spinners with timers on a terminal (`listr-progress.ts`), one plain line per
 * finished step otherwise (CI logs, pipes), nothing at all with `--json` (the command's JSON result carries the
 * reports instead).
 */
import { type OpsError, toOpsError } from "../errors.ts";
import type { IO } from "./io.ts";

export type StepStatus = "ok" | "warn" | "skipped" | "failed";

export interface StepReport {
  readonly title: string;
  readonly status: StepStatus;
  readonly detail?: string;
  readonly code?: string;
  readonly fix?: string;
  readonly ms: number;
}

/** Handed to a running step so it can describe its outcome. */
export interface StepHandle {
  /** Short text shown after the title (what was found or done). */
  detail(text: string): void;
  /** Finish as a warning: not a failure, but worth a look. */
  warn(text: string): void;
  /** Stop here and report the step as skipped. */
  skip(reason: string): never;
}

export interface Step {
  readonly title: string;
  run(step: StepHandle): Promise<void>;
}

export interface RunOptions {
  /** Run all steps at once (preflight checks). @default false */
  readonly concurrent?: boolean;
  /** Keep going after a failed step (preflight reports every check). @default false */
  readonly continueOnError?: boolean;
}

export interface StepsOutcome {
  readonly reports: StepReport[];
  /** The first failure, if any step failed. */
  readonly failure?: OpsError;
}

export interface Progress {
  run(steps: readonly Step[], options?: RunOptions): Promise<StepsOutcome>;
}

class SkipSignal {
  constructor(readonly reason: string) {}
}

/** Runs one step and turns what happened into a report; never throws. */
export async function runStep(
  step: Step,
  onStart?: (handle: StepHandle) => void,
): Promise<{ report: StepReport; error?: OpsError }> {
  const started = performance.now();
  let detail: string | undefined;
  let warned = false;
  const handle: StepHandle = {
    detail: (t) => void (detail = t),
    warn: (t) => {
      detail = t;
      warned = true;
    },
    skip: (reason) => {
      throw new SkipSignal(reason);
    },
  };
  onStart?.(handle);
  const ms = (): number => Math.round(performance.now() - started);
  try {
    await step.run(handle);
    return { report: { title: step.title, status: warned ? "warn" : "ok", ...(detail ? { detail } : {}), ms: ms() } };
  } catch (e) {
    if (e instanceof SkipSignal)
      return { report: { title: step.title, status: "skipped", detail: e.reason, ms: ms() } };
    const error = toOpsError(e, step.title);
    return {
      report: {
        title: step.title,
        status: "failed",
        detail: error.message,
        code: error.code,
        fix: error.fix,
        ms: ms(),
      },
      error,
    };
  }
}

/** Runs steps in order (or all at once), stopping at the first failure unless told to continue. */
export async function runAll(
  steps: readonly Step[],
  options: RunOptions,
  onDone: (report: StepReport) => void,
  onStart: (step: Step) => () => void = () => () => {},
): Promise<StepsOutcome> {
  const tracked = async (s: Step): Promise<{ report: StepReport; error?: OpsError }> => {
    const stop = onStart(s);
    try {
      return await runStep(s);
    } finally {
      stop();
    }
  };
  if (options.concurrent) {
    const done = await Promise.all(
      steps.map(async (s) => {
        const r = await tracked(s);
        onDone(r.report);
        return r;
      }),
    );
    return { reports: done.map((d) => d.report), ...firstFailure(done.map((d) => d.error)) };
  }
  const reports: StepReport[] = [];
  const errors: (OpsError | undefined)[] = [];
  for (const s of steps) {
    const r = await tracked(s);
    reports.push(r.report);
    errors.push(r.error);
    onDone(r.report);
    if (r.error && !options.continueOnError) break;
  }
  return { reports, ...firstFailure(errors) };
}

function firstFailure(errors: (OpsError | undefined)[]): { failure?: OpsError } {
  const e = errors.find((x) => x !== undefined);
  return e ? { failure: e } : {};
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${ms}ms` : `${(ms / 1000).toFixed(1)}s`;
}

/** One line per finished step, plus an indented fix line for failures. */
export function formatReport(r: StepReport, io: Pick<IO, "color">): string {
  const c = io.color;
  const mark = { ok: c.green("✔"), warn: c.yellow("⚠"), skipped: c.dim("–"), failed: c.red("✖") }[r.status];
  const detail = r.detail ? ` ${c.dim("·")} ${r.detail}` : "";
  const line = `${mark} ${r.title}${detail} ${c.dim(`(${formatMs(r.ms)})`)}`;
  return r.status === "failed" && r.fix ? `${line}\n    ${c.cyan("fix:")} ${r.fix}` : line;
}

export interface PlainProgressOptions {
  /**
   * A step still running after this long is announced (`… title · running, started 2.0s ago`), so a CI log shows
   * what is being waited for; quick steps print only their result line. @default 2000
   */
  readonly announceAfterMs?: number;
}

/** Plain progress: a line per finished step on stderr, and a line for each step that is taking a while. */
export function plainProgress(io: IO, options: PlainProgressOptions = {}): Progress {
  const after = options.announceAfterMs ?? 2000;
  const announce = (step: Step): (() => void) => {
    const started = performance.now();
    const timer = setTimeout(
      () =>
        io.info(
          `${io.color.dim("…")} ${step.title} · running, started ${formatMs(Math.round(performance.now() - started))} ago`,
        ),
      after,
    );
    return () => clearTimeout(timer);
  };
  return {
    run: (steps, runOptions = {}) => runAll(steps, runOptions, (r) => io.info(formatReport(r, io)), announce),
  };
}

/** No drawing at all (`--json`). */
export function silentProgress(): Progress {
  return { run: (steps, options = {}) => runAll(steps, options, () => {}) };
}
