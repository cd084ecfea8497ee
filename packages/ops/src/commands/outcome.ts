/**
 * How a command ends, in one place: a success result, or a failure printed with its fix (and as
 * `{ ok: false, error }` on stdout with `--json`), turned into the exit code.
 */
import type { Context } from "../context.ts";
import { EXIT, type ExitCode, exitCodeOf, toOpsError } from "../errors.ts";
import type { StepReport } from "../output/steps.ts";

export function succeed(ctx: Context, text: string, data: Record<string, unknown>): ExitCode {
  ctx.io.result(text, { ok: true, ...(ctx.dryRun ? { dryRun: true } : {}), ...data });
  return EXIT.ok;
}

/**
 * @param shown the failure was already drawn by a step line (with its fix), so only a closing line is printed.
 */
export function fail(ctx: Context, error: unknown, data: Record<string, unknown> = {}, shown = false): ExitCode {
  const e = toOpsError(error, "ops");
  if (shown) ctx.io.error(`${e.message} (${e.code})`);
  else ctx.io.error(`${e.message}\n  fix: ${e.fix}`);
  if (ctx.io.json) ctx.io.result("", { ok: false, error: e.toJSON(), ...data });
  return exitCodeOf(e);
}

/** Step reports as they appear in `--json` results. */
export function reportsJson(reports: readonly StepReport[]): StepReport[] {
  return reports.map((r) => ({ ...r }));
}
