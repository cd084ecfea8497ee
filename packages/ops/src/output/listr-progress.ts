/**
 * Live progress on a terminal: listr2's default renderer (spinners, per-step timers), drawn on stderr so stdout
 * stays clean for the result. Only used when stderr is a TTY and neither `--json` nor `--dry-run` is set.
 */
import { Listr, ListrLogger, PRESET_TIMER, ProcessOutput } from "listr2";
import type { OpsError } from "../errors.ts";
import { type Progress, runStep, type StepReport } from "./steps.ts";

export function listrProgress(): Progress {
  return {
    async run(steps, options = {}) {
      const reports: (StepReport | undefined)[] = steps.map(() => undefined);
      const errors: (OpsError | undefined)[] = steps.map(() => undefined);
      const list = new Listr(
        steps.map((s, i) => ({
          title: s.title,
          task: async (_ctx: unknown, task: { title: string; skip(message?: string): void }) => {
            const { report, error } = await runStep(s);
            reports[i] = report;
            errors[i] = error;
            if (report.detail && report.status !== "failed") task.title = `${s.title} · ${report.detail}`;
            if (report.status === "skipped") task.skip(`${s.title} · skipped: ${report.detail ?? ""}`);
            if (error) throw new Error(`${error.message}\n→ ${error.fix}`);
          },
        })),
        {
          concurrent: options.concurrent ?? false,
          exitOnError: !options.continueOnError,
          collectErrors: false,
          rendererOptions: {
            timer: PRESET_TIMER,
            collapseErrors: false,
            logger: new ListrLogger({ processOutput: new ProcessOutput(process.stderr, process.stderr) }),
          },
        },
      );
      try {
        await list.run();
      } catch {
        // The failure is already drawn by listr2 and kept in `errors`.
      }
      const done = reports.filter((r): r is StepReport => r !== undefined);
      const failure = errors.find((e) => e !== undefined);
      return { reports: done, ...(failure ? { failure } : {}) };
    },
  };
}
