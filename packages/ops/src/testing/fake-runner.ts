/** A scripted `ProcessRunner` for tests: answers by matching the command line, records every call. */
import { type Cmd, formatCmd, type ProcessRunner, type RunResult } from "../process/runner.ts";

export interface FakeRunner extends ProcessRunner {
  /** Every command line run, formatted as `formatCmd` prints it. */
  readonly calls: string[];
  readonly cmds: Cmd[];
}

export type FakeAnswer = Partial<RunResult> | ((c: Cmd) => Partial<RunResult>);

/**
 * @param answers pairs of (pattern, answer); the first pattern matching the formatted command line wins.
 * @param tools executables `which` finds.
 */
export function fakeRunner(
  answers: [RegExp, FakeAnswer][] = [],
  tools: readonly string[] = ["terraform", "kubectl", "docker", "git"],
): FakeRunner {
  const calls: string[] = [];
  const cmds: Cmd[] = [];
  return {
    calls,
    cmds,
    which: (name) => (tools.includes(name) ? `/usr/bin/${name}` : undefined),
    async run(c) {
      const line = formatCmd(c);
      calls.push(line);
      cmds.push(c);
      const hit = answers.find(([re]) => re.test(line));
      const a = hit ? (typeof hit[1] === "function" ? hit[1](c) : hit[1]) : {};
      return { code: a.code ?? 0, stdout: a.stdout ?? "", stderr: a.stderr ?? "" };
    },
  };
}
