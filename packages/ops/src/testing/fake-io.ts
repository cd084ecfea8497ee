/** A fake `IO` for tests: records every line and answers prompts from a queue. */
import { createColors } from "picocolors";
import type { IO } from "../output/io.ts";

export interface FakeIO extends IO {
  readonly lines: string[];
  readonly results: { text: string; data: unknown }[];
  /** All talk (info/warn/error) joined by newlines. */
  talk(): string;
}

export function fakeIO(options: { json?: boolean; tty?: boolean; answers?: string[] } = {}): FakeIO {
  const lines: string[] = [];
  const results: { text: string; data: unknown }[] = [];
  const answers = [...(options.answers ?? [])];
  return {
    json: options.json ?? false,
    tty: options.tty ?? false,
    color: createColors(false),
    lines,
    results,
    info: (m) => lines.push(m),
    warn: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    result: (text, data) => results.push({ text, data }),
    prompt: async (q) => {
      lines.push(q);
      return options.tty === false ? undefined : answers.shift();
    },
    talk: () => lines.join("\n"),
  };
}
