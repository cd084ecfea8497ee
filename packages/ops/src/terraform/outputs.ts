/** Reading the AWS stack's outputs (`terraform output -json`) under the names listed in config.ts. */
import { OUTPUT_NAMES } from "../config.ts";
import { OpsError } from "../errors.ts";

export type Outputs = Record<string, unknown>;

/** `terraform output -json` gives `{ name: { value, type, sensitive } }`; this keeps the values. */
export function parseOutputs(json: string): Outputs {
  const raw = JSON.parse(json || "{}") as Record<string, { value?: unknown }>;
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v?.value]));
}

export interface StackTargets {
  readonly clusterName: string;
  readonly region?: string;
  readonly serverRepository: string;
  readonly clientRepository: string;
}

function pick(outputs: Outputs, names: readonly string[]): string | undefined {
  for (const n of names) if (typeof outputs[n] === "string" && outputs[n]) return outputs[n] as string;
  return undefined;
}

function fromMap(outputs: Outputs, component: "server" | "client"): string | undefined {
  for (const n of OUTPUT_NAMES.repositoryMap) {
    const m = outputs[n];
    if (m && typeof m === "object" && typeof (m as Record<string, unknown>)[component] === "string")
      return (m as Record<string, string>)[component];
  }
  return undefined;
}

/**
 * The cluster and repositories a release targets; explicit values win over outputs.
 * @throws {OpsError} TerraformOutputMissing naming the output that is missing.
 */
export function stackTargets(outputs: Outputs, explicit: Partial<StackTargets> = {}): StackTargets {
  const need = (value: string | undefined, names: readonly string[], flag: string): string => {
    if (value) return value;
    throw new OpsError(
      "TerraformOutputMissing",
      `The Terraform stack has no output ${names.map((n) => `"${n}"`).join(" or ")}.`,
      `Apply the stack first (\`ops deploy\`), or pass ${flag}.`,
    );
  };
  const region = explicit.region ?? pick(outputs, OUTPUT_NAMES.region);
  return {
    clusterName: need(
      explicit.clusterName ?? pick(outputs, OUTPUT_NAMES.clusterName),
      OUTPUT_NAMES.clusterName,
      "--cluster NAME",
    ),
    serverRepository: need(
      explicit.serverRepository ?? pick(outputs, OUTPUT_NAMES.serverRepository) ?? fromMap(outputs, "server"),
      OUTPUT_NAMES.serverRepository,
      "--server-repository URI",
    ),
    clientRepository: need(
      explicit.clientRepository ?? pick(outputs, OUTPUT_NAMES.clientRepository) ?? fromMap(outputs, "client"),
      OUTPUT_NAMES.clientRepository,
      "--client-repository URI",
    ),
    ...(region ? { region } : {}),
  };
}
