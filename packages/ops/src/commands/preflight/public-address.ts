/**
 * The public IPv4 address this machine reaches AWS from: what the EKS public endpoint sees, so what its
 * `public_access_cidrs` must admit.
 */
import { OpsError } from "../../errors.ts";

/**
 * AWS's own "what is my IP" service: answers `GET /` with the caller's address and a newline, as text/plain
 * (https://checkip.amazonaws.com, used by the AWS docs for security-group rules, e.g.
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/authorizing-access-to-an-instance.html).
 * `TERTULIA_CHECKIP_URL` points it elsewhere (a proxy's own service, or a loopback stand-in).
 */
export const checkIpUrl = (): string => process.env.TERTULIA_CHECKIP_URL || "https://checkip.amazonaws.com/";

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/**
 * @throws {OpsError} PreflightFailed when the service cannot be reached in 10 s or answers anything but an IPv4
 *   address (the answer is never echoed whole: it is not ours).
 */
export async function publicAddress(url: string = checkIpUrl()): Promise<string> {
  const fix =
    "Set endpoint_public_access_cidrs in the tfvars to the CIDRs you run ops from (or [] when ops runs inside the VPC).";
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(10_000), redirect: "error" });
  } catch (error) {
    throw new OpsError(
      "PreflightFailed",
      `Could not work out this machine's public address from ${url}: ${(error as Error).message}.`,
      fix,
    );
  }
  const body = (await res.text()).trim();
  if (!res.ok || !IPV4.test(body))
    throw new OpsError(
      "PreflightFailed",
      `${url} answered ${res.status} without an IPv4 address, so this machine's public address is unknown.`,
      fix,
    );
  return body;
}
