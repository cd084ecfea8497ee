/**
 * What preflight needs to know about the stack about to be deployed, read from the tfvars (names in config.ts)
 * and overridden by flags.
 */
import { TFVAR_NAMES } from "../../config.ts";
import { findValue } from "../../terraform/tfvars.ts";

export interface StackInputs {
  readonly region?: string;
  readonly clusterName?: string;
  readonly availabilityZones: string[];
  readonly instanceTypes: string[];
  readonly kubernetesVersion?: string;
  readonly singleNatGateway: boolean;
  readonly connectionArn?: string;
  readonly tokenSecret?: string;
  readonly expectedAccount?: string;
}

const str = (v: unknown): string | undefined =>
  typeof v === "string" && v !== "" && !v.startsWith("${") ? v : typeof v === "number" ? String(v) : undefined;
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

export function stackInputs(values: Record<string, unknown>, overrides: Partial<StackInputs> = {}): StackInputs {
  const pick = <T>(o: T | undefined, fallback: T | undefined): T | undefined =>
    o !== undefined && !(Array.isArray(o) && o.length === 0) ? o : fallback;
  const region = pick(overrides.region, str(findValue(values, TFVAR_NAMES.region)));
  const clusterName = pick(overrides.clusterName, str(findValue(values, TFVAR_NAMES.clusterName)));
  const kubernetesVersion = pick(overrides.kubernetesVersion, str(findValue(values, TFVAR_NAMES.kubernetesVersion)));
  const connectionArn = pick(overrides.connectionArn, str(findValue(values, TFVAR_NAMES.connectionArn)));
  const tokenSecret = pick(overrides.tokenSecret, str(findValue(values, TFVAR_NAMES.tokenSecret)));
  const expectedAccount = pick(overrides.expectedAccount, str(findValue(values, TFVAR_NAMES.accountId)));
  return {
    availabilityZones:
      pick(overrides.availabilityZones, strings(findValue(values, TFVAR_NAMES.availabilityZones))) ?? [],
    instanceTypes: pick(overrides.instanceTypes, strings(findValue(values, TFVAR_NAMES.instanceTypes))) ?? [],
    singleNatGateway: overrides.singleNatGateway ?? findValue(values, TFVAR_NAMES.singleNatGateway) === true,
    ...(region ? { region } : {}),
    ...(clusterName ? { clusterName } : {}),
    ...(kubernetesVersion ? { kubernetesVersion } : {}),
    ...(connectionArn ? { connectionArn } : {}),
    ...(tokenSecret ? { tokenSecret } : {}),
    ...(expectedAccount ? { expectedAccount } : {}),
  };
}
