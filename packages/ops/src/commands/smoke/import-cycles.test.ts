/**
 * smoke's files import one way: index.ts → chat-session.ts / http-checks.ts / web-tier-protocol.ts, and the
 * two sides of a chat connection meet only in chat-protocol.ts. A cycle here (type-only imports count, as
 * they do for madge) means a concept lives in the wrong file.
 */
import { describe, expect, test } from "bun:test";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** Relative imports of each .ts file in `dir` (tests excluded), as file names in `dir`. */
function importGraph(dir: string): Map<string, string[]> {
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
  return new Map(
    files.map((file) => {
      const source = readFileSync(join(dir, file), "utf8");
      const imports = [...source.matchAll(/\bfrom\s+"\.\/([^"/]+\.ts)"/g)].map((m) => m[1]!);
      return [file, imports.filter((i) => files.includes(i))];
    }),
  );
}

/** The first cycle found, as a path that ends where it starts; null when there is none. */
function findCycle(graph: Map<string, string[]>): string[] | null {
  const done = new Set<string>();
  const visit = (file: string, path: string[]): string[] | null => {
    if (path.includes(file)) return [...path.slice(path.indexOf(file)), file];
    if (done.has(file)) return null;
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next, [...path, file]);
      if (cycle) return cycle;
    }
    done.add(file);
    return null;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file, []);
    if (cycle) return cycle;
  }
  return null;
}

describe("ops smoke's imports", () => {
  test("form no cycle", () => {
    expect(findCycle(importGraph(resolve(import.meta.dir)))).toBeNull();
  });

  test("the check finds a cycle when there is one", () => {
    const graph = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["a.ts"]],
    ]);
    expect(findCycle(graph)).toEqual(["a.ts", "b.ts", "a.ts"]);
  });
});
