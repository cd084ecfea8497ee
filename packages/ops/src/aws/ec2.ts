/** EC2 read-only lookups for preflight: AZs, instance type offerings, Elastic IP and VPC headroom. */
import {
  DescribeAccountAttributesCommand,
  DescribeAddressesCommand,
  DescribeAvailabilityZonesCommand,
  DescribeInstanceTypeOfferingsCommand,
  DescribeVpcsCommand,
  type EC2Client,
} from "@aws-sdk/client-ec2";
import { awsCall, type RetryPolicy } from "./call.ts";

export interface Ec2Deps {
  readonly ec2: EC2Client;
  readonly retry?: RetryPolicy;
}
const retryOf = (d: Ec2Deps): { retry?: RetryPolicy } => (d.retry ? { retry: d.retry } : {});

/** Zone name → state ("available", "impaired", …) for the named zones that exist in the region. */
export async function describeZones(d: Ec2Deps, names: readonly string[]): Promise<Map<string, string>> {
  const out = await awsCall(
    "EC2 DescribeAvailabilityZones",
    () => d.ec2.send(new DescribeAvailabilityZonesCommand({ Filters: [{ Name: "zone-name", Values: [...names] }] })),
    retryOf(d),
  );
  return new Map((out.AvailabilityZones ?? []).map((z) => [z.ZoneName ?? "", z.State ?? "unknown"]));
}

/** Instance type → the zones (among `zones`) that offer it. */
export async function instanceTypeOfferings(
  d: Ec2Deps,
  types: readonly string[],
  zones: readonly string[],
): Promise<Map<string, Set<string>>> {
  const found = new Map<string, Set<string>>(types.map((t) => [t, new Set<string>()]));
  let next: string | undefined;
  do {
    const out = await awsCall(
      "EC2 DescribeInstanceTypeOfferings",
      () =>
        d.ec2.send(
          new DescribeInstanceTypeOfferingsCommand({
            LocationType: "availability-zone",
            Filters: [
              { Name: "instance-type", Values: [...types] },
              { Name: "location", Values: [...zones] },
            ],
            ...(next ? { NextToken: next } : {}),
          }),
        ),
      retryOf(d),
    );
    for (const o of out.InstanceTypeOfferings ?? [])
      if (o.InstanceType && o.Location) found.get(o.InstanceType)?.add(o.Location);
    next = out.NextToken;
  } while (next);
  return found;
}

/** The account's Elastic IP limit for VPCs, and how many it already holds. */
export async function elasticIpHeadroom(d: Ec2Deps): Promise<{ limit: number; used: number }> {
  const [attrs, addresses] = await Promise.all([
    // All attributes: the SDK's enum lists only default-vpc and supported-platforms, not vpc-max-elastic-ips.
    awsCall("EC2 DescribeAccountAttributes", () => d.ec2.send(new DescribeAccountAttributesCommand({})), retryOf(d)),
    awsCall("EC2 DescribeAddresses", () => d.ec2.send(new DescribeAddressesCommand({})), retryOf(d)),
  ]);
  const attr = attrs.AccountAttributes?.find((a) => a.AttributeName === "vpc-max-elastic-ips");
  const limit = Number(attr?.AttributeValues?.[0]?.AttributeValue ?? 5);
  return { limit, used: addresses.Addresses?.length ?? 0 };
}

/** How many VPCs the region holds already. */
export async function countVpcs(d: Ec2Deps): Promise<number> {
  const out = await awsCall("EC2 DescribeVpcs", () => d.ec2.send(new DescribeVpcsCommand({})), retryOf(d));
  return out.Vpcs?.length ?? 0;
}
