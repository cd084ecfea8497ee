/**
 * The one way ops runs terraform, kubectl, docker and git.
 *
 * Commands are plain data (`Cmd`), so a dry run can print them and tests can assert the exact command lines.
 * `readOnly` marks commands that change nothing (git rev-parse, terraform output, kubectl kustomize, version probes):
 * a dry run still executes those, and prints every other command instead of running it.
 */
import { redactArgs } from "../output/redact.ts";

export interface Cmd {
  readonly cmd: string;
  readonly args: readonly string[];
  readonly cwd?: string;
  /** Extra environment variables (merged over the current environment). */
  readonly env?: Readonly<Record<string, string>>;
  /** Written to the child's stdin (used for `docker login --password-stdin`; never printed). */
  readonly stdin?: string;
  /** Changes nothing: safe to run during `--dry-run`. */
  readonly readOnly?: boolean;
  /** Copy the child's output to our stderr as it arrives (terraform plan/apply), as well as capturing it. */
  readonly stream?: boolean;
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface ProcessRunner {
  run(cmd: Cmd): Promise<RunResult>;
  /** The absolute path of an executable on PATH, or undefined. */
  which(name: string): string | undefined;
}

/** Shell-style rendering of a command line, secrets redacted, for printing and for tests. */
export function formatCmd(c: Cmd): string {
  const quote = (s: string): string => (/^[\w@%+=:,./{}-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`);
  const line = [c.cmd, ...redactArgs(c.args)].map(quote).join(" ");
  return c.stdin === undefined ? line : `${line} <<< [stdin redacted]`;
}

/** Runs commands for real with Bun.spawn. */
export function createProcessRunner(options: { onOutput?: (chunk: string) => void } = {}): ProcessRunner {
  return {
    which: (name) => Bun.which(name) ?? undefined,
    async run(c) {
      const bin = Bun.which(c.cmd);
      if (!bin) return { code: 127, stdout: "", stderr: `${c.cmd}: command not found` };
      const child = Bun.spawn([bin, ...c.args], {
        cwd: c.cwd,
        env: { ...process.env, ...c.env },
        stdin: c.stdin === undefined ? "ignore" : new TextEncoder().encode(c.stdin),
        stdout: "pipe",
        stderr: "pipe",
      });
      const collect = async (stream: ReadableStream<Uint8Array>): Promise<string> => {
        let text = "";
        const decoder = new TextDecoder();
        for await (const chunk of stream) {
          const s = decoder.decode(chunk, { stream: true });
          text += s;
          if (c.stream) options.onOutput?.(s);
        }
        return text;
      };
      const [stdout, stderr, code] = await Promise.all([collect(child.stdout), collect(child.stderr), child.exited]);
      return { code, stdout, stderr };
    },
  };
}

/**
 * Wraps a runner for `--dry-run`: read-only commands run; every other command is reported through `onPlanned`
 * and answered with success and empty output.
 */
export function dryRunRunner(inner: ProcessRunner, onPlanned: (line: string, cmd: Cmd) => void): ProcessRunner {
  return {
    which: (name) => inner.which(name),
    async run(c) {
      if (c.readOnly) return inner.run(c);
      onPlanned(formatCmd(c), c);
      return { code: 0, stdout: "", stderr: "" };
    },
  };
}

/** The last `n` non-empty lines of a command's output, for error messages. */
export function tail(text: string, n = 5): string {
  return text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .slice(-n)
    .join("\n");
}
