/** STS: who is calling. */
import { GetCallerIdentityCommand, type STSClient } from "@aws-sdk/client-sts";
import { awsCall, type RetryPolicy } from "./call.ts";

export interface CallerIdentity {
  readonly account: string;
  readonly arn: string;
  /** "aws", "aws-cn" or "aws-us-gov", from the caller's ARN. */
  readonly partition: string;
}

/** @throws {OpsError} AwsNoCredentials, AwsCredentialsExpired, AwsAccessDenied … (see `awsCall`) */
export async function getCallerIdentity(d: { sts: STSClient; retry?: RetryPolicy }): Promise<CallerIdentity> {
  const out = await awsCall(
    "STS GetCallerIdentity",
    () => d.sts.send(new GetCallerIdentityCommand({})),
    d.retry ? { retry: d.retry } : {},
  );
  const arn = out.Arn ?? "";
  return { account: out.Account ?? "", arn, partition: arn.split(":")[1] || "aws" };
}
