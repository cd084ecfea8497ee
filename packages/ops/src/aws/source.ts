/** The CodeBuild source: a CodeConnections (CodeStar) connection, or a token kept in Secrets Manager. */
import { type CodeStarConnectionsClient, GetConnectionCommand } from "@aws-sdk/client-codestar-connections";
import { DescribeSecretCommand, type SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { awsCall, awsErrorInfo, type RetryPolicy } from "./call.ts";

/** The connection's status (AVAILABLE, PENDING, ERROR), or undefined when it does not exist. */
export async function connectionStatus(
  d: { connections: CodeStarConnectionsClient; retry?: RetryPolicy },
  arn: string,
): Promise<string | undefined> {
  try {
    const out = await awsCall(
      "CodeConnections GetConnection",
      () => d.connections.send(new GetConnectionCommand({ ConnectionArn: arn })),
      {
        ...(d.retry ? { retry: d.retry } : {}),
        passThrough: ["ResourceNotFoundException"],
      },
    );
    return out.Connection?.ConnectionStatus ?? "UNKNOWN";
  } catch (error) {
    if (awsErrorInfo(error).name === "ResourceNotFoundException") return undefined;
    throw error;
  }
}

/** Whether the secret exists (its value is never read). */
export async function secretExists(
  d: { secrets: SecretsManagerClient; retry?: RetryPolicy },
  id: string,
): Promise<boolean> {
  try {
    await awsCall("SecretsManager DescribeSecret", () => d.secrets.send(new DescribeSecretCommand({ SecretId: id })), {
      ...(d.retry ? { retry: d.retry } : {}),
      passThrough: ["ResourceNotFoundException"],
    });
    return true;
  } catch (error) {
    if (awsErrorInfo(error).name === "ResourceNotFoundException") return false;
    throw error;
  }
}
