/**
 * A kubeconfig for one EKS cluster, written to a temporary file for one run (the user's ~/.kube/config is never
 * touched). Authentication is the exec plugin `aws eks get-token`, so kubectl gets a fresh token from the same
 * credential chain (profile, SSO, CodeBuild role) as ops itself.
 */
import { stringify } from "yaml";

export interface ClusterAccess {
  readonly name: string;
  readonly endpoint: string;
  /** Base64 certificate authority data from DescribeCluster. */
  readonly certificateAuthority: string;
  readonly region: string;
  readonly profile?: string;
}

export function renderKubeconfig(c: ClusterAccess): string {
  const user = `tertulia-ops@${c.name}`;
  return stringify({
    apiVersion: "v1",
    kind: "Config",
    clusters: [{ name: c.name, cluster: { server: c.endpoint, "certificate-authority-data": c.certificateAuthority } }],
    users: [
      {
        name: user,
        user: {
          exec: {
            apiVersion: "client.authentication.k8s.io/v1beta1",
            command: "aws",
            args: ["eks", "get-token", "--cluster-name", c.name, "--region", c.region, "--output", "json"],
            ...(c.profile ? { env: [{ name: "AWS_PROFILE", value: c.profile }] } : {}),
            interactiveMode: "Never",
          },
        },
      },
    ],
    contexts: [{ name: c.name, context: { cluster: c.name, user } }],
    "current-context": c.name,
  });
}
