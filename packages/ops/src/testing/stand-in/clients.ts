/** The real client factory (`createAwsClients`) pointed at a stand-in, with short time-outs for tests. */
import { type AwsClients, type AwsTimeouts, createAwsClients } from "../../aws/clients.ts";
import { TEST_CREDENTIALS } from "../fake-context.ts";

export function standInClients(url: string, options: { region?: string; timeouts?: AwsTimeouts } = {}): AwsClients {
  const region = options.region ?? "sa-east-1";
  return createAwsClients({
    region: async () => region,
    endpoint: url,
    credentials: TEST_CREDENTIALS,
    s3PathStyle: true,
    ...(options.timeouts ? { timeouts: options.timeouts } : {}),
  });
}
