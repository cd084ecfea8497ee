/**
 * Reaching the Kubernetes API from where ops runs. `ops deploy` applies the in-cluster stack (helm, kubernetes
 * providers) and runs kubectl from this machine, so the EKS endpoint must admit it:
 *
 * 1. `endpoint_public_access_cidrs` unset in the tfvars (the default): ops passes this machine's public address as
 *    a /32 (`endpointAccessVars`), so the public endpoint is open to the operator and nobody else.
 * 2. Set to CIDRs: this machine's address must be inside one, or kubectl would time out after the apply.
 * 3. Set to `[]` (private-only): only a machine inside the VPC reaches it; outside, preflight fails before anything
 *    is changed. An existing cluster's endpoint that answers a TCP connection from here passes.
 */
import { connect } from "node:net";
import ipaddr from "ipaddr.js";
import { describeCluster } from "../../aws/eks.ts";
import type { Context } from "../../context.ts";
import { OpsError } from "../../errors.ts";
import type { Step } from "../../output/steps.ts";
import type { HclObject } from "../../terraform/hcl.ts";
import { checkTfvars, effectiveValues, readVariables } from "../../terraform/tfvars.ts";

export const ENDPOINT_CIDRS_VAR = "endpoint_public_access_cidrs";

/**
 * What the stack will be planned with: the tfvars over the declared defaults; undefined when either cannot be
 * read (Terraform then fails on its own, and preflight's tfvars check says why).
 */
export async function stackValues(tfDir: string, varFile: string): Promise<HclObject | undefined> {
  const file = Bun.file(varFile);
  if (!(await file.exists())) return undefined;
  const vars = await readVariables(tfDir).catch(() => undefined);
  if (!vars) return undefined;
  return effectiveValues(checkTfvars(await file.text(), vars.variables).values, vars.variables);
}

/** The tfvars' CIDRs, or null when unset (ops then supplies the caller's /32). */
export function configuredCidrs(values: HclObject): string[] | null {
  const v = values[ENDPOINT_CIDRS_VAR];
  return Array.isArray(v) ? v.filter((c): c is string => typeof c === "string") : null;
}

/** The `-var` assignment ops adds when the tfvars leave the endpoint CIDRs unset; none otherwise. */
export async function endpointAccessVars(
  values: HclObject | undefined,
  address: () => Promise<string>,
): Promise<string[]> {
  if (!values || configuredCidrs(values) !== null) return [];
  return [`${ENDPOINT_CIDRS_VAR}=${JSON.stringify([`${await address()}/32`])}`];
}

/** Whether `address` lies in any of `cidrs` (IPv4 and IPv6; a CIDR of the other family never matches). */
export function admits(cidrs: readonly string[], address: string): boolean {
  const ip = ipaddr.parse(address);
  return cidrs.some((c) => {
    if (!ipaddr.isValidCIDR(c)) return false;
    const range = ipaddr.parseCIDR(c);
    return range[0].kind() === ip.kind() && ip.match(range);
  });
}

/** Opens (and closes) a TCP connection to `host:443`; false on refusal or after `timeoutMs`. */
export function tcpReachable(host: string, port = 443, timeoutMs = 5_000): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host, port, timeout: timeoutMs });
    const finish = (ok: boolean) => {
      socket.destroy();
      done(ok);
    };
    socket.once("connect", () => finish(true));
    socket.once("timeout", () => finish(false));
    socket.once("error", () => finish(false));
  });
}

export interface EndpointCheckInputs {
  readonly values: HclObject;
  readonly clusterName?: string;
  readonly address: () => Promise<string>;
}

/** The preflight check: would the API admit this machine after the apply? */
export function endpointAccessCheck(ctx: Context, input: EndpointCheckInputs): Step {
  return {
    title: "Kubernetes API reachable from here",
    run: async (s) => {
      const cidrs = configuredCidrs(input.values);
      const address = await input.address();
      if (cidrs === null) return s.detail(`public endpoint limited to ${address}/32 (this machine; set by ops)`);
      const here = `"${address}/32"`;
      if (cidrs.length > 0) {
        if (admits(cidrs, address)) return s.detail(`${address} is inside ${cidrs.join(", ")}`);
        throw new OpsError(
          "PreflightFailed",
          `This machine's address ${address} is not in ${ENDPOINT_CIDRS_VAR} (${cidrs.join(", ")}): the apply would succeed, then the in-cluster stack and kubectl would time out.`,
          `Add ${here} to ${ENDPOINT_CIDRS_VAR} in the tfvars, or remove the setting so ops limits the endpoint to this machine.`,
        );
      }
      const cluster = input.clusterName
        ? await describeCluster({ eks: ctx.aws.eks, retry: ctx.retry }, input.clusterName)
        : undefined;
      const api = cluster?.endpoint ? new URL(cluster.endpoint) : undefined;
      if (api && (await tcpReachable(api.hostname, Number(api.port || 443))))
        return s.detail(`private-only endpoint, reachable from here (inside the VPC)`);
      throw new OpsError(
        "PreflightFailed",
        `${ENDPOINT_CIDRS_VAR} = [] makes the Kubernetes API private-only, and ops runs outside the VPC (from ${address}): the in-cluster stack and kubectl could not reach it.`,
        `Remove ${ENDPOINT_CIDRS_VAR} from the tfvars (ops then limits the public endpoint to ${address}/32), set it to [${here}], or run ops from inside the VPC.`,
      );
    },
  };
}
