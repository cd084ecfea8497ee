/**
 * Output policy, stated once:
 * 1. `result` is the command's data and the only thing written to stdout: with `--json` one JSON document,
 *    otherwise the human summary. So `ops status --json | jq` always works.
 * 2. `info`, `warn`, `error` and progress are talk, written to stderr.
 * 3. Colours only when stderr is a terminal and NO_COLOR is unset.
 * Commands never touch `console` or `process.stdout`; they get an `IO` (tests pass a fake one).
 */
import { createColors } from "picocolors";

export interface IO {
  /** `--json`: stdout carries exactly one JSON value. */
  readonly json: boolean;
  /** stderr is a terminal: live progress and prompts are possible. */
  readonly tty: boolean;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** The command's result: `data` with `--json`, `text` otherwise. Call once. */
  result(text: string, data: unknown): void;
  /** Asks a question on the terminal; `undefined` when there is no terminal to ask on. */
  prompt(question: string): Promise<string | undefined>;
  readonly color: Colors;
}

export type Colors = ReturnType<typeof createColors>;

export interface StdIOOptions {
  readonly json: boolean;
}

export function createStdIO(options: StdIOOptions): IO {
  const tty = Boolean(process.stderr.isTTY) && process.env.CI !== "true";
  const color = createColors(tty && !process.env.NO_COLOR);
  const err = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  return {
    json: options.json,
    tty,
    color,
    info: err,
    warn: (m) => err(`${color.yellow("warning:")} ${m}`),
    error: (m) => err(`${color.red("error:")} ${m}`),
    result(text, data) {
      process.stdout.write(
        options.json ? `${JSON.stringify(data, null, 2)}\n` : text.endsWith("\n") || text === "" ? text : `${text}\n`,
      );
    },
    async prompt(question) {
      if (!tty || !process.stdin.isTTY) return undefined;
      process.stderr.write(`${question} `);
      for await (const line of console) return line.trim();
      return undefined;
    },
  };
}
