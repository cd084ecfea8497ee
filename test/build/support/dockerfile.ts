/**
 * Just enough of Docker's formats for the image tests: Dockerfile instructions grouped by stage, and
 * .dockerignore matching (Go filepath.Match plus `**`, a pattern that matches a directory covers everything in
 * it, `!` re-includes, the last matching line wins).
 * @see https://docs.docker.com/build/concepts/context/#dockerignore-files
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";

export interface Instruction {
  /** Upper-cased keyword: FROM, COPY, RUN … */
  readonly keyword: string;
  /** Everything after the keyword, continuation lines joined. */
  readonly args: string;
  readonly line: number;
}

export interface Stage {
  /** The image reference after FROM. */
  readonly from: string;
  readonly name: string | null;
  readonly instructions: readonly Instruction[];
}

/** Splits a Dockerfile into stages; comments and blank lines go, `\` continuations are joined. */
export function parseDockerfile(text: string): Stage[] {
  const instructions: Instruction[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const start = i + 1;
    let line = lines[i]!.trim();
    if (line === "" || line.startsWith("#")) continue;
    while (line.endsWith("\\") && i + 1 < lines.length) {
      line = line.slice(0, -1).trimEnd();
      const next = lines[++i]!.trim();
      if (!next.startsWith("#")) line += ` ${next}`;
    }
    const [keyword, ...rest] = line.split(/\s+/);
    instructions.push({ keyword: keyword!.toUpperCase(), args: rest.join(" "), line: start });
  }
  const stages: { from: string; name: string | null; instructions: Instruction[] }[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === "FROM") {
      const parts = instruction.args.split(/\s+/).filter((p) => !p.startsWith("--platform"));
      const as = parts.findIndex((p) => p.toUpperCase() === "AS");
      stages.push({ from: parts[0]!, name: as >= 0 ? parts[as + 1]! : null, instructions: [] });
    } else if (stages.length > 0) stages.at(-1)!.instructions.push(instruction);
  }
  return stages;
}

/** A COPY's flags, sources and destination (JSON-array form is not used in our Dockerfiles). */
export function parseCopy(args: string): { flags: Record<string, string>; sources: string[]; destination: string } {
  const words = args.split(/\s+/);
  const flags: Record<string, string> = {};
  while (words[0]?.startsWith("--")) {
    const [flag, value] = words.shift()!.slice(2).split("=");
    flags[flag!] = value ?? "";
  }
  return { flags, sources: words.slice(0, -1), destination: words.at(-1)! };
}

interface IgnoreRule {
  readonly exception: boolean;
  readonly regex: RegExp;
  readonly segments: readonly string[];
}

function segmentRegex(segment: string): string {
  return segment
    .split("")
    .map((c) => (c === "*" ? "[^/]*" : c === "?" ? "[^/]" : c.replace(/[.+^${}()|[\]\\]/g, "\\$&")))
    .join("");
}

function toRegex(pattern: string): RegExp {
  const parts = pattern.split("/").map((segment) => (segment === "**" ? "**" : segmentRegex(segment)));
  let source = "";
  parts.forEach((part, index) => {
    const last = index === parts.length - 1;
    if (part === "**") source += last ? ".*" : "(?:.*/)?";
    else source += last ? part : `${part}/`;
  });
  return new RegExp(`^${source}$`);
}

/** A parsed .dockerignore. */
export class DockerIgnore {
  readonly rules: readonly IgnoreRule[];

  constructor(text: string) {
    this.rules = text
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.startsWith("#"))
      .map((line) => {
        const exception = line.startsWith("!");
        const pattern = (exception ? line.slice(1) : line).replace(/^\/+/, "").replace(/\/+$/, "");
        return { exception, regex: toRegex(pattern), segments: pattern.split("/") };
      });
  }

  /** True when `path` (relative, `/`-separated) is sent to the builder. */
  includes(path: string): boolean {
    const prefixes = path.split("/").map((_, i, all) => all.slice(0, i + 1).join("/"));
    let included = true;
    for (const rule of this.rules) if (prefixes.some((p) => rule.regex.test(p))) included = rule.exception;
    return included;
  }

  /** False when nothing under directory `dir` can be included, so a walk need not enter it. */
  mayIncludeUnder(dir: string): boolean {
    if (this.includes(dir)) return true;
    const depth = dir.split("/");
    return this.rules.some(
      (rule) =>
        rule.exception &&
        (rule.segments.includes("**") ||
          depth.every(
            (segment, i) =>
              i >= rule.segments.length || new RegExp(`^${segmentRegex(rule.segments[i]!)}$`).test(segment),
          )),
    );
  }

  /** Every file under `root` that the context would hold, relative and sorted. */
  contextFiles(root: string): string[] {
    const files: string[] = [];
    const walk = (relative: string) => {
      for (const entry of readdirSync(join(root, relative), { withFileTypes: true })) {
        const path = relative ? `${relative}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
          if (this.mayIncludeUnder(path)) walk(path);
        } else if (this.includes(path)) files.push(path);
      }
    };
    walk("");
    return files.sort();
  }
}
