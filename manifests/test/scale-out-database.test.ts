/**
 * Issue 13, finding 5: the scale-out server finds PostgreSQL and Redis through the ConfigMap the cluster
 * stack writes and reads the database password from Secrets Manager at run time; no Secret in the cluster
 * holds it, and every key the pod reads is one the stack writes.
 */
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseHcl } from "../../terraform/test/lib/hcl";
import { workloadNamed, workloads } from "./objects";
import { kubectlProblem, REPO_ROOT, renderProfile, reportSkip } from "./render";

reportSkip();

const INFRA_CONFIG_MAP = "tertulia-infra";

/** The keys terraform/stacks/kubernetes puts in the ConfigMap (its `app_settings` local). */
function keysTheStackWrites(): string[] {
  const file = path.join(REPO_ROOT, "terraform/stacks/kubernetes/main.tf");
  const locals = parseHcl(readFileSync(file, "utf8"), file).locals as Array<Record<string, unknown>>;
  const expression = String(locals.find((block) => "app_settings" in block)?.app_settings ?? "");
  return [...expression.matchAll(/^\s*([A-Z][A-Z0-9_]*)\s*=/gm)].map((match) => match[1]!).sort();
}

describe.skipIf(kubectlProblem !== null)("scale-out: database credentials are read at run time", () => {
  const server = () => workloadNamed(workloads(renderProfile("scale-out")), "tertulia-server").pod.containers[0]!;
  const env = () => server().env ?? [];

  test("the server gets where the database is from tertulia-infra, and no DATABASE_URL", () => {
    const fromInfra = Object.fromEntries(
      env()
        .filter((variable) => variable.valueFrom?.configMapKeyRef?.name === INFRA_CONFIG_MAP)
        .map((variable) => [variable.name, variable.valueFrom?.configMapKeyRef?.key]),
    );
    expect(fromInfra).toMatchObject({
      DATABASE_SECRET_ARN: "DATABASE_SECRET_ARN",
      DATABASE_HOST_PORT: "DATABASE_HOST_PORT",
      DATABASE_NAME: "DATABASE_NAME",
    });
    expect(env().map((variable) => variable.name)).not.toContain("DATABASE_URL");
    expect(server().envFrom?.some((source) => source.secretRef !== undefined) ?? false).toBe(false);
  });

  test("every key read from tertulia-infra is one the cluster stack writes", () => {
    const read = env()
      .map((variable) => variable.valueFrom?.configMapKeyRef)
      .filter((ref) => ref?.name === INFRA_CONFIG_MAP)
      .map((ref) => ref!.key);
    const written = keysTheStackWrites();
    expect(written.length).toBeGreaterThan(0);
    expect(read.filter((key) => !written.includes(key))).toEqual([]);
  });

  test("REDIS_URL is composed from a variable defined before it", () => {
    const names = env().map((variable) => variable.name);
    const redis = env().find((variable) => variable.name === "REDIS_URL");
    const used = [...(redis?.value ?? "").matchAll(/\$\(([A-Z0-9_]+)\)/g)].map((match) => match[1]!);
    expect(used.length).toBeGreaterThan(0);
    for (const name of used) expect(names.indexOf(name)).toBeLessThan(names.indexOf("REDIS_URL"));
    expect(redis?.value).toStartWith("rediss://");
  });
});
