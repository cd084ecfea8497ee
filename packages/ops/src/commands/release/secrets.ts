/**
 * The Kubernetes Secrets the pods reference (manifests/README.md), written before each apply. Values never come
 * from the repository and are never printed: they go to `kubectl apply --filename -` on stdin.
 *
 * - `tertulia-app-secrets` (JWT_SECRET, RELAY_SECRET, SESSION_SECRET): taken from a Secrets Manager JSON secret when
 *   `--app-secret-id` is given; otherwise generated once (48 random bytes each) and kept on later releases, so
 *   sessions and tokens survive a deploy.
 *
 * Nothing is written for the database: RDS rotates its password, so the scale-out server reads it from Secrets
 * Manager at run time through its Pod Identity role (packages/server/README.md), and a copy made here would stop
 * working within a week.
 */
import { stringify } from "yaml";
import { getJsonSecret } from "../../aws/secrets.ts";
import { KUBE } from "../../config.ts";
import type { Context } from "../../context.ts";
import { OpsError } from "../../errors.ts";
import { type KubeTarget, kubectl, kubectlHint, parseJson } from "../../kube/kubectl.ts";
import type { Step } from "../../output/steps.ts";
import { tail } from "../../process/runner.ts";

export const APP_SECRET = {
  name: "tertulia-app-secrets",
  keys: ["JWT_SECRET", "RELAY_SECRET", "SESSION_SECRET"],
} as const;

export function secretManifest(name: string, values: Readonly<Record<string, string>>): string {
  return stringify({
    apiVersion: "v1",
    kind: "Secret",
    type: "Opaque",
    metadata: {
      name,
      namespace: KUBE.namespace,
      labels: { "app.kubernetes.io/part-of": "tertulia", "app.kubernetes.io/managed-by": "tertulia-ops" },
    },
    stringData: values,
  });
}

/** The Secret's current values, or undefined when it does not exist. */
async function readSecret(ctx: Context, t: KubeTarget, name: string): Promise<Record<string, string> | undefined> {
  const r = await ctx.runner.run(kubectl.getSecret(t, name));
  if (r.code !== 0) {
    if (/NotFound/i.test(r.stderr)) return undefined;
    throw new OpsError(
      "CommandFailed",
      `kubectl cannot read the Secret ${name}: ${tail(r.stderr, 2)}`,
      kubectlHint(r.stderr) ?? "Check your access to the tertulia namespace.",
    );
  }
  const data = parseJson<{ data?: Record<string, string> }>(r.stdout)?.data ?? {};
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v, "base64").toString("utf8")]));
}

async function writeSecret(ctx: Context, t: KubeTarget, name: string, values: Record<string, string>): Promise<void> {
  const r = await ctx.runner.run(kubectl.applyStdin(t, secretManifest(name, values)));
  if (r.code !== 0)
    throw new OpsError(
      "CommandFailed",
      `Writing the Secret ${name} failed: ${tail(r.stderr, 2)}`,
      kubectlHint(r.stderr) ?? "Check your access to the tertulia namespace.",
    );
}

const random = (): string => Buffer.from(crypto.getRandomValues(new Uint8Array(48))).toString("base64url");

export interface SecretInputs {
  readonly target: () => KubeTarget;
  /** Secrets Manager id of a JSON secret with JWT_SECRET, RELAY_SECRET, SESSION_SECRET. */
  readonly appSecretId?: string;
}

export function secretSteps(ctx: Context, input: SecretInputs): Step[] {
  const d = { secrets: ctx.aws.secrets, retry: ctx.retry };
  const steps: Step[] = [
    {
      title: `Secret ${APP_SECRET.name}`,
      run: async (s) => {
        if (ctx.dryRun) return s.skip(`dry run: would create any missing key of ${APP_SECRET.keys.join(", ")}`);
        const current = (await readSecret(ctx, input.target(), APP_SECRET.name)) ?? {};
        const source = input.appSecretId ? await getJsonSecret(d, input.appSecretId) : undefined;
        const next: Record<string, string> = { ...current };
        const changed: string[] = [];
        for (const key of APP_SECRET.keys) {
          const wanted = source ? source[key] : (current[key] ?? random());
          if (!wanted)
            throw new OpsError(
              "CommandFailed",
              `The secret ${input.appSecretId} has no ${key}.`,
              `Add ${key} to it (a random string of 32 bytes or more).`,
            );
          if (current[key] !== wanted) changed.push(key);
          next[key] = wanted;
        }
        if (changed.length === 0) return s.detail("unchanged");
        await writeSecret(ctx, input.target(), APP_SECRET.name, next);
        s.detail(`${source ? "set from Secrets Manager" : "generated"}: ${changed.join(", ")}`);
      },
    },
  ];
  return steps;
}
