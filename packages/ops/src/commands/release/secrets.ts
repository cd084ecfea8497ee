/**
 * The Kubernetes Secrets the pods reference (manifests/README.md), written before each apply. Values never come
 * from the repository and are never printed: they go to `kubectl apply --filename -` on stdin.
 *
 * - `tertulia-app-secrets` (JWT_SECRET, RELAY_SECRET, SESSION_SECRET): taken from a Secrets Manager JSON secret when
 *   `--app-secret-id` is given; otherwise generated once (48 random bytes each) and kept on later releases, so
 *   sessions and tokens survive a deploy.
 * - `tertulia-data-secrets` (DATABASE_URL, REDIS_URL), scale-out only: from the stack's outputs and the RDS-managed
 *   credentials secret (`database_secret_arn`); rewritten when RDS rotates the password.
 */
import { stringify } from "yaml";
import { getJsonSecret } from "../../aws/secrets.ts";
import { KUBE } from "../../config.ts";
import type { Context } from "../../context.ts";
import { OpsError } from "../../errors.ts";
import { type KubeTarget, kubectl, kubectlHint, parseJson } from "../../kube/kubectl.ts";
import type { Step } from "../../output/steps.ts";
import { tail } from "../../process/runner.ts";
import type { Outputs } from "../../terraform/outputs.ts";

export const APP_SECRET = {
  name: "tertulia-app-secrets",
  keys: ["JWT_SECRET", "RELAY_SECRET", "SESSION_SECRET"],
} as const;
export const DATA_SECRET = { name: "tertulia-data-secrets", keys: ["DATABASE_URL", "REDIS_URL"] } as const;

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
  readonly outputs: () => Outputs;
  /** Secrets Manager id of a JSON secret with JWT_SECRET, RELAY_SECRET, SESSION_SECRET. */
  readonly appSecretId?: string;
  readonly overlay: string;
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
  if (input.overlay !== "scale-out") return steps;
  steps.push({
    title: `Secret ${DATA_SECRET.name}`,
    run: async (s) => {
      if (ctx.dryRun) return s.skip("dry run: would write DATABASE_URL and REDIS_URL from the stack's data outputs");
      const o = input.outputs();
      const [db, name, secretArn, redis] = [
        o.database_endpoint,
        o.database_name,
        o.database_secret_arn,
        o.redis_endpoint,
      ].map((v) => (typeof v === "string" ? v : undefined));
      if (!db || !name || !secretArn || !redis)
        throw new OpsError(
          "TerraformOutputMissing",
          "The scale-out profile needs the stack's database_endpoint, database_name, database_secret_arn and redis_endpoint outputs.",
          "Set enable_data = true in the tfvars and deploy, or release the default overlay.",
        );
      const creds = await getJsonSecret(d, secretArn);
      if (!creds.username || !creds.password)
        throw new OpsError(
          "CommandFailed",
          "The database credentials secret has no username/password.",
          "Check the RDS-managed secret named by database_secret_arn.",
        );
      const wanted = {
        DATABASE_URL: `postgres://${encodeURIComponent(creds.username)}:${encodeURIComponent(creds.password)}@${db}/${encodeURIComponent(name)}?sslmode=require`,
        // ElastiCache has in-transit encryption on: rediss.
        REDIS_URL: `rediss://${redis}`,
      };
      const current = await readSecret(ctx, input.target(), DATA_SECRET.name);
      if (current && DATA_SECRET.keys.every((k) => current[k] === wanted[k])) return s.detail("unchanged");
      await writeSecret(ctx, input.target(), DATA_SECRET.name, wanted);
      s.detail(current ? "updated" : "created");
    },
  });
  return steps;
}
