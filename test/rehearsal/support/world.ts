/**
 * Everything outside the build that the build talks to, in one place, recording every call in order:
 *
 * - AWS: ECR and CodeBuild (JSON 1.1: `X-Amz-Target`, errors as `{"__type", "message"}` with status 400) and EKS
 *   (REST JSON: `GET /clusters/{name}`, errors as `x-amzn-ErrorType` with a `message` body), as their API
 *   references define them; the real AWS SDK in ops parses these answers. Credentials come from a container
 *   credentials endpoint, as in CodeBuild (https://docs.aws.amazon.com/sdkref/latest/guide/feature-container-credentials.html).
 * - docker: build, `login --password-stdin` (only the password GetAuthorizationToken issued is accepted), push
 *   (refused for a tag an IMMUTABLE repository already holds, with ECR's message:
 *   https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html).
 * - kubectl: the cluster (fake-cluster.ts). aws: `eks get-token`, the ExecCredential kubectl asks for.
 * - curl and npm: the downloads the install phase makes (kubectl from dl.k8s.io, bun from npm).
 * - The ALB: the web tier behind it, with "initial" targets answering 503 at first, and the AWSALB cookie.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { type Answer, FakeCluster } from "./fake-cluster.ts";

export const ACCOUNT = "123456789012";
export const REGION = "eu-west-1";
export const REGISTRY = `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com`;
export const CLUSTER = "tertulia";
const ECR_PASSWORD = "ecr-password-issued-by-GetAuthorizationToken";

export interface WorldFaults {
  /** `docker push` of this repository's image fails (the network drops), once. */
  pushFailsOnce?: string;
  /** /readyz behind the ALB answers this status (503: the smoke test fails). */
  readyz?: number;
  /** /healthz answers 503 this many times first (targets still "initial"). */
  initialHealthz?: number;
}

export interface ToolCall {
  readonly tool: string;
  readonly args: string[];
  readonly stdin: string;
  readonly cwd: string;
}

export class World {
  /** Every external call, in order, as one line each (the rehearsal's assertions read these). */
  readonly calls: string[] = [];
  readonly ecr = new Map<string, Set<string>>([
    ["tertulia-server", new Set()],
    ["tertulia-client", new Set()],
  ]);
  readonly cluster = new FakeCluster("tertulia");
  readonly faults: WorldFaults = {};
  /** CodeBuild's view of the project's builds, newest first. */
  builds: { id: string; buildStatus: string; resolvedSourceVersion?: string }[] = [];
  private readonly built = new Set<string>();
  private loggedIn = false;
  private healthzSeen = 0;

  constructor(readonly paths: { kubectlStandIn: string; bunVersion: string }) {}

  /** A fresh build: docker's local images and login do not survive between builds (new build container). */
  newBuildContainer(): void {
    this.built.clear();
    this.loggedIn = false;
  }

  tool(call: ToolCall): Answer & { body?: string; copyFrom?: string; installAt?: string } {
    const line = [call.tool, ...call.args].join(" ");
    this.calls.push(call.stdin && call.tool === "docker" ? `${line} <<< [stdin]` : line);
    switch (call.tool) {
      case "docker":
        return this.docker(call);
      case "kubectl":
        return this.cluster.kubectl(call.args, call.stdin);
      case "aws":
        return this.aws(call.args);
      case "curl":
        return this.curl(call.args);
      case "npm":
        return this.npm(call.args);
      case "terraform":
        return this.terraform(call.args);
      default:
        return { code: 127, stderr: `${call.tool}: command not found\n` };
    }
  }

  private docker(c: ToolCall): Answer {
    const [verb] = c.args;
    if (verb === "--version") return { code: 0, stdout: "Docker version 27.3.1, build ce12230\n" };
    if (verb === "build") {
      const tag = c.args[c.args.indexOf("--tag") + 1] as string;
      this.built.add(tag);
      return { code: 0, stdout: `Successfully built 0123456789ab\nSuccessfully tagged ${tag}\n` };
    }
    if (verb === "login") {
      if (c.stdin.trim() !== ECR_PASSWORD)
        return {
          code: 1,
          stderr: `Error response from daemon: login attempt to https://${c.args.at(-1)}/v2/ failed with status: 401 Unauthorized\n`,
        };
      this.loggedIn = true;
      return { code: 0, stdout: "Login Succeeded\n" };
    }
    if (verb === "push") {
      const image = c.args[1] as string;
      const [repoPath, tag] = image.split(":") as [string, string];
      const repo = repoPath.slice(repoPath.indexOf("/") + 1);
      if (!this.built.has(image))
        return { code: 1, stderr: `An image does not exist locally with the tag: ${repoPath}\n` };
      if (!this.loggedIn) return { code: 1, stderr: "no basic auth credentials\n" };
      if (this.ecr.get(repo)?.has(tag))
        return {
          code: 1,
          stderr: `tag invalid: The image tag '${tag}' already exists in the '${repo}' repository and cannot be overwritten because the repository is immutable.\n`,
        };
      if (this.faults.pushFailsOnce === repo) {
        delete this.faults.pushFailsOnce;
        return { code: 1, stderr: `Put "https://${REGISTRY}/v2/${repo}/blobs/uploads/": dial tcp: i/o timeout\n` };
      }
      this.ecr.get(repo)?.add(tag);
      return {
        code: 0,
        stdout: `${tag}: digest: sha256:${createHash("sha256").update(image).digest("hex")} size: 1573\n`,
      };
    }
    return { code: 1, stderr: `docker: '${verb}' is not a docker command.\n` };
  }

  private aws(args: string[]): Answer {
    if (args[0] === "--version")
      return { code: 0, stdout: "aws-cli/2.22.0 Python/3.12.6 Linux/6.1.0 exe/x86_64.ubuntu.22\n" };
    if (args[0] === "eks" && args[1] === "get-token")
      return {
        code: 0,
        stdout: `${JSON.stringify({
          kind: "ExecCredential",
          apiVersion: "client.authentication.k8s.io/v1beta1",
          spec: {},
          status: {
            expirationTimestamp: "2026-12-02T23:59:00Z",
            token: "k8s-aws-v1.aHR0cHM6Ly9zdHMuZXUtd2VzdC0xLmFtYXpvbmF3cy5jb20v",
          },
        })}\n`,
      };
    return { code: 252, stderr: `aws: error: argument operation: Invalid choice: ${args.join(" ")}\n` };
  }

  private curl(args: string[]): Answer & { body?: string; copyFrom?: string } {
    const url = args.find((a) => a.startsWith("https://")) ?? "";
    if (/\/bin\/linux\/amd64\/kubectl$/.test(url)) return { code: 0, copyFrom: this.paths.kubectlStandIn };
    // dl.k8s.io's kubectl.sha256 holds the hex digest alone
    // (https://kubernetes.io/docs/tasks/tools/install-kubectl-linux/#install-kubectl-binary-with-curl-on-linux).
    if (/\/bin\/linux\/amd64\/kubectl\.sha256$/.test(url))
      return { code: 0, body: createHash("sha256").update(readFileSync(this.paths.kubectlStandIn)).digest("hex") };
    return { code: 22, stderr: `curl: (22) The requested URL returned error: 404\n` };
  }

  private npm(args: string[]): Answer & { installAt?: string } {
    const spec = args.find((a) => a.startsWith("bun@"));
    if (args[0] !== "install" || !args.includes("--global") || !spec)
      return { code: 1, stderr: `npm ERR! the rehearsal's npm only installs bun globally\n` };
    if (spec !== `bun@${this.paths.bunVersion}`)
      return { code: 1, stderr: `npm ERR! the rehearsal has bun ${this.paths.bunVersion}, not ${spec}\n` };
    return { code: 0, stdout: "\nadded 1 package in 2s\n", installAt: "/usr/local/bin/bun" };
  }

  /** Outputs the applied AWS stack has (terraform/stacks/aws/outputs.tf), in `terraform output -json`'s shape. */
  stackOutputs: Record<string, unknown> = {};
  /** Terraform roots (`-chdir`) applied so far: outputs and "no changes" only after an apply. */
  private readonly applied = new Set<string>();

  /**
   * Terraform on an operator's machine: `version -json` (https://developer.hashicorp.com/terraform/cli/commands/version),
   * `plan -detailed-exitcode` exiting 2 when there are changes, `output -json` as `{name: {sensitive, type, value}}`
   * (https://developer.hashicorp.com/terraform/cli/commands/output).
   */
  private terraform(args: string[]): Answer {
    const root = args.find((a) => a.startsWith("-chdir="))?.slice("-chdir=".length) ?? ".";
    const rest = args.filter((a) => !a.startsWith("-chdir="));
    const [verb] = rest;
    if (verb === "version")
      return {
        code: 0,
        stdout: JSON.stringify({
          terraform_version: "1.11.4",
          platform: "linux_amd64",
          provider_selections: {},
          terraform_outdated: false,
        }),
      };
    if (verb === "init") {
      const backend = rest.find((a) => a.startsWith("-backend-config="))?.split("=")[1] ?? "";
      try {
        readFileSync(backend);
      } catch {
        return { code: 1, stderr: `Error: Failed to read file\n\nThe file "${backend}" could not be read.\n` };
      }
      return { code: 0, stdout: "Terraform has been successfully initialized!\n" };
    }
    if (verb === "plan")
      return this.applied.has(root)
        ? { code: 0, stdout: "No changes. Your infrastructure matches the configuration.\n" }
        : { code: 2, stdout: "Plan: 62 to add, 0 to change, 0 to destroy.\n" };
    if (verb === "apply") {
      this.applied.add(root);
      return { code: 0, stdout: "Apply complete! Resources: 62 added, 0 changed, 0 destroyed.\n" };
    }
    if (verb === "output")
      return {
        code: 0,
        stdout: JSON.stringify(
          Object.fromEntries(
            Object.entries(this.applied.has(root) && root.endsWith("/stacks/aws") ? this.stackOutputs : {}).map(
              ([k, value]) => [
                k,
                { sensitive: false, type: typeof value === "string" ? "string" : ["object", {}], value },
              ],
            ),
          ),
        ),
      };
    return { code: 1, stderr: `Terraform has no command named "${verb}".\n` };
  }

  /** The AWS endpoint the SDK is pointed at (AWS_ENDPOINT_URL) and the container credentials endpoint. */
  async awsApi(req: Request): Promise<Response> {
    const url = new URL(req.url);
    // checkip.amazonaws.com answers the caller's address alone, on one line (ops reads it for the API's CIDRs).
    if (url.pathname === "/checkip") {
      this.calls.push("GET checkip.amazonaws.com");
      return new Response("203.0.113.10\n", { headers: { "content-type": "text/plain" } });
    }
    if (url.pathname === "/credentials")
      return Response.json({
        AccessKeyId: "ASIAREHEARSALEXAMPLE",
        SecretAccessKey: "rehearsal-secret-access-key",
        Token: "rehearsal-session-token",
        Expiration: new Date(Date.now() + 3_600_000).toISOString(),
      });
    const target = req.headers.get("x-amz-target");
    const json11 = (body: unknown, status = 200): Response =>
      new Response(JSON.stringify(body), { status, headers: { "content-type": "application/x-amz-json-1.1" } });
    if (target) {
      const input = (await req.json()) as Record<string, unknown>;
      const [service, op] = target.split(".") as [string, string];
      if (service.startsWith("AmazonEC2ContainerRegistry")) {
        if (op === "DescribeImages") {
          const repo = input.repositoryName as string;
          const tag = (input.imageIds as { imageTag: string }[])[0]?.imageTag ?? "";
          this.calls.push(`ECR DescribeImages ${repo}:${tag}`);
          if (!this.ecr.get(repo)?.has(tag))
            return json11(
              {
                __type: "ImageNotFoundException",
                message: `The image with imageId {imageDigest:'null', imageTag:'${tag}'} does not exist within the repository with name '${repo}' in the registry with id '${ACCOUNT}'`,
              },
              400,
            );
          return json11({
            imageDetails: [
              {
                registryId: ACCOUNT,
                repositoryName: repo,
                imageDigest: `sha256:${"0".repeat(64)}`,
                imageTags: [tag],
                imagePushedAt: 1_796_000_000,
              },
            ],
          });
        }
        if (op === "GetAuthorizationToken") {
          this.calls.push("ECR GetAuthorizationToken");
          return json11({
            authorizationData: [
              {
                authorizationToken: Buffer.from(`AWS:${ECR_PASSWORD}`).toString("base64"),
                expiresAt: Math.floor(Date.now() / 1000) + 43_200,
                proxyEndpoint: `https://${REGISTRY}`,
              },
            ],
          });
        }
      }
      if (service.startsWith("CodeBuild")) {
        if (op === "ListBuildsForProject") {
          this.calls.push(`CodeBuild ListBuildsForProject ${input.projectName}`);
          return json11({ ids: this.builds.map((b) => b.id) });
        }
        if (op === "BatchGetBuilds") {
          this.calls.push(`CodeBuild BatchGetBuilds ${(input.ids as string[]).join(",")}`);
          const ids = input.ids as string[];
          return json11({ builds: this.builds.filter((b) => ids.includes(b.id)), buildsNotFound: [] });
        }
      }
      return json11({ __type: "UnknownOperationException", message: `${target} is not served here` }, 400);
    }
    const cluster = /^\/clusters\/([^/]+)$/.exec(url.pathname);
    if (req.method === "GET" && cluster) {
      this.calls.push(`EKS DescribeCluster ${cluster[1]}`);
      if (cluster[1] !== CLUSTER)
        return Response.json(
          { message: `No cluster found for name: ${cluster[1]}.` },
          { status: 404, headers: { "x-amzn-errortype": "ResourceNotFoundException" } },
        );
      return Response.json({
        cluster: {
          name: CLUSTER,
          arn: `arn:aws:eks:${REGION}:${ACCOUNT}:cluster/${CLUSTER}`,
          endpoint: "https://0123456789ABCDEF0123456789ABCDEF.gr7.eu-west-1.eks.amazonaws.com",
          certificateAuthority: { data: Buffer.from("-----BEGIN CERTIFICATE-----\n").toString("base64") },
          version: "1.34",
          status: "ACTIVE",
        },
      });
    }
    return Response.json({ message: `${req.method} ${url.pathname} is not served here` }, { status: 404 });
  }

  /** The web tier behind the ALB: what smoke reaches through the load balancer's DNS name. */
  alb(req: Request): Response {
    const path = new URL(req.url).pathname;
    this.calls.push(`ALB GET ${path}`);
    const cookie = { "set-cookie": "AWSALB=rehearsal; Expires=Thu, 03 Dec 2026 16:00:00 GMT; Path=/" };
    if (path === "/healthz") {
      this.healthzSeen++;
      return new Response(this.healthzSeen <= (this.faults.initialHealthz ?? 0) ? "" : "ok", {
        status: this.healthzSeen <= (this.faults.initialHealthz ?? 0) ? 503 : 200,
        headers: cookie,
      });
    }
    if (path === "/readyz") return new Response("", { status: this.faults.readyz ?? 200, headers: cookie });
    return new Response("<!doctype html><title>Tertulia</title>", {
      headers: { "content-type": "text/html", ...cookie },
    });
  }
}
