/**
 * A loopback stand-in for the EKS Pod Identity Agent, so a server process gets its AWS credentials the way it
 * does in the cluster: through the SDK's default chain, from the container credential endpoint.
 *
 * In a pod with a Pod Identity association, EKS sets AWS_CONTAINER_CREDENTIALS_FULL_URI (the agent,
 * http://169.254.170.23/v1/credentials) and AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE (the projected service
 * account token); the SDK sends a GET with the token's contents as `Authorization` and expects 200 with
 * `{"AccessKeyId","SecretAccessKey","Token","Expiration"(RFC 3339)}`
 * (https://docs.aws.amazon.com/sdkref/latest/guide/feature-container-credentials.html; the SDK accepts a
 * loopback address there as well as the agent's). A wrong token is refused with a 4xx.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface PodIdentityAgentStandIn {
  /** The environment EKS gives a pod with a Pod Identity association. */
  readonly env: {
    readonly AWS_CONTAINER_CREDENTIALS_FULL_URI: string;
    readonly AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE: string;
  };
  /** How many times credentials were handed out. */
  readonly served: () => number;
  stop(): Promise<void>;
}

export function startPodIdentityAgentStandIn(role: {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}): PodIdentityAgentStandIn {
  const dir = mkdtempSync(join(tmpdir(), "tertulia-pod-identity-"));
  const token = `eyJ.${crypto.randomUUID()}.sig`;
  const tokenFile = join(dir, "eks-pod-identity-token");
  writeFileSync(tokenFile, token);
  let served = 0;
  const server = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    fetch(request) {
      const url = new URL(request.url);
      if (request.method !== "GET" || url.pathname !== "/v1/credentials") return new Response("", { status: 404 });
      if (request.headers.get("authorization") !== token)
        return Response.json({ Message: "the service account token is not valid" }, { status: 401 });
      served++;
      return Response.json({
        AccessKeyId: role.accessKeyId,
        SecretAccessKey: role.secretAccessKey,
        Token: `session-${crypto.randomUUID()}`,
        AccountId: "123456789012",
        Expiration: new Date(Date.now() + 6 * 3600_000).toISOString(),
      });
    },
  });
  return {
    env: {
      AWS_CONTAINER_CREDENTIALS_FULL_URI: `http://127.0.0.1:${server.port}/v1/credentials`,
      AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE: tokenFile,
    },
    served: () => served,
    async stop() {
      await server.stop(true);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
