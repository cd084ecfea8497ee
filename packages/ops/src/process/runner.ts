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
export function createProcessRunner(
  options: {
    onOutput?: (chunk: string) => void;
    /** Copy every command's output through `onOutput`, not only `stream` ones (`--verbose`). @default false */
    streamAll?: boolean;
  } = {},
): ProcessRunner {
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
          if (c.stream || options.streamAll) options.onOutput?.(s);
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

// ANSI escapes (colours, cursor moves) and the box Terraform draws around diagnostics on a colour terminal.
const ESC = String.fromCharCode(27);
const BEL = String.fromCharCode(7);
const ANSI = new RegExp(`${ESC}\\[[0-9;?]*[A-Za-z]|${ESC}\\][^${BEL}]*${BEL}`, "g");
const BOX_MARGIN = /^[│╷╵]\s?/;
/** Longest excerpt put in a message; the whole output is kept on the error (`--json`) and shown by `--verbose`. */
const MAX_EXCERPT_LINES = 40;

/** Output as plain text: no colour codes, no box-drawing margins, no trailing spaces. */
export function plainText(text: string): string {
  return text
    .replace(ANSI, "")
    .split("\n")
    .map((l) => l.replace(BOX_MARGIN, "").trimEnd())
    .join("\n");
}

/**
 * The part of a command's output an error message should show. When the output holds Terraform diagnostics
 * (`Error: summary`, then the file, line and detail), every line from the first `Error:` on: the summary alone, or
 * the last few lines, would cut the cause. Otherwise the last `n` non-empty lines. Colour codes and box margins are
 * removed either way, and the excerpt is capped at 40 lines.
 */
export function tail(text: string, n = 5): string {
  const lines = plainText(text).split("\n");
  const first = lines.findIndex((l) => /^Error: /.test(l));
  const picked =
    first >= 0
      ? lines.slice(first).filter((l, i, all) => l !== "" || (i > 0 && all[i - 1] !== ""))
      : lines.filter((l) => l.trim() !== "").slice(-n);
  while (picked.length && picked[picked.length - 1] === "") picked.pop();
  if (picked.length <= MAX_EXCERPT_LINES) return picked.join("\n");
  return [
    ...picked.slice(0, MAX_EXCERPT_LINES),
    `… ${picked.length - MAX_EXCERPT_LINES} more lines (--verbose or --json shows them all)`,
  ].join("\n");
}
