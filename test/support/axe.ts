/**
 * axe-core (Deque's accessibility engine, the one Lighthouse and the browsers' devtools use) run inside a
 * Playwright page: its script is injected from node_modules and `axe.run` is called on the whole document.
 * https://github.com/dequelabs/axe-core/blob/develop/doc/API.md#api-name-axerun
 */
import { readFileSync } from "node:fs";
import type { AxeResults } from "axe-core";

type Impact = "critical" | "serious" | "moderate" | "minor";

import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeSummary {
  /** Violations by impact: critical, serious, moderate, minor. */
  readonly byImpact: Record<Impact, string[]>;
  /** Selectors of the elements whose colour contrast axe checked and found sufficient. */
  readonly contrastPassed: string[];
  readonly results: AxeResults;
}

/**
 * Runs every axe rule (WCAG 2.x A/AA and best practices) on `page` as it is now, or only `rules` on the
 * elements matching `include`.
 */
export async function runAxe(page: Page, only?: { rules: string[]; include: string }): Promise<AxeSummary> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy (no inline scripts)
  // does not apply to, so the page is tested with its real policy in place.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async (scope) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: object): Promise<AxeResults> } }).axe;
    if (!scope) return axe.run(document, { resultTypes: ["violations", "passes"] });
    return axe.run(
      { include: [[scope.include]] },
      { resultTypes: ["violations", "passes"], runOnly: { type: "rule", values: scope.rules } },
    );
  }, only ?? null);
  const byImpact: Record<Impact, string[]> = { critical: [], serious: [], moderate: [], minor: [] };
  for (const violation of results.violations) {
    for (const node of violation.nodes) {
      byImpact[(violation.impact ?? "minor") as Impact].push(`${violation.id}: ${node.target.join(" ")}`);
    }
  }
  const contrastPassed = (results.passes.find((p) => p.id === "color-contrast")?.nodes ?? []).map((n) =>
    n.target.join(" "),
  );
  return { byImpact, contrastPassed, results };
}

/** One line per impact for a test's log: "critical 0, serious 0, moderate 1 (region: …), minor 0". */
export function describeAxe(label: string, summary: AxeSummary): string {
  const parts = (Object.keys(summary.byImpact) as Impact[]).map((impact) => {
    const found = summary.byImpact[impact];
    return found.length === 0 ? `${impact} 0` : `${impact} ${found.length} (${found.join("; ")})`;
  });
  return `axe ${label}: ${parts.join(", ")}`;
}
