import { afterAll, beforeAll, beforeEach, describe, expect, test } from "bun:test";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DescribeClusterCommand, EKSClient } from "@aws-sdk/client-eks";
import { mockClient } from "aws-sdk-client-mock";
import { awsError } from "../../testing/aws-errors.ts";
import { testContext } from "../../testing/fake-context.ts";
import { fakeRunner } from "../../testing/fake-runner.ts";
import { awsRootWithAccess } from "../deploy.ts";
import { admits, endpointAccessCheck, stackValues, tcpReachable } from "./endpoint-access.ts";
import { publicAddress } from "./public-address.ts";

const eks = mockClient(EKSClient);
let root: string;
let answer: () => Response;
/**
 * Stands in for https://checkip.amazonaws.com/: 200, text/plain, the caller's address and a newline. Every test
 * says what it answers, so a broken service can be played too.
 */
let checkip: ReturnType<typeof Bun.serve>;
const url = () => `http://127.0.0.1:${checkip.port}/`;
const HERE = "198.51.100.7";
const plain = (body: string, status = 200) =>
  new Response(body, { status, headers: { "content-type": "text/plain;charset=UTF-8" } });

const VARIABLES = `variable "region" { type = string }
variable "endpoint_public_access_cidrs" {
  type    = list(string)
  default = null
}
`;

async function stack(tfvars: string): Promise<{ dir: string; varFile: string }> {
  const dir = await mkdtemp(join(root, "stack-"));
  await Bun.write(join(dir, "variables.tf"), VARIABLES);
  await Bun.write(join(dir, "terraform.tfvars"), `region = "eu-west-1"\n${tfvars}`);
  return { dir, varFile: join(dir, "terraform.tfvars") };
}

async function runCheck(tfvars: string, clusterName?: string) {
  const s = await stack(tfvars);
  const ctx = testContext({ root, runner: fakeRunner(), json: true });
  const values = (await stackValues(s.dir, s.varFile)) ?? {};
  const outcome = await ctx.progress.run([
    endpointAccessCheck(ctx, { values, ...(clusterName ? { clusterName } : {}), address: () => publicAddress(url()) }),
  ]);
  return outcome.reports[0]!;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "ops-endpoint-"));
  checkip = Bun.serve({ port: 0, hostname: "127.0.0.1", fetch: () => answer() });
});
beforeEach(() => {
  eks.reset();
  eks.on(DescribeClusterCommand).rejects(awsError("ResourceNotFoundException", 404));
  answer = () => plain(`${HERE}\n`);
});
afterAll(async () => {
  eks.restore();
  checkip.stop(true);
  await rm(root, { recursive: true, force: true });
});

describe("the Kubernetes API admits the machine ops runs on", () => {
  test("unset in the tfvars: passes, and deploy limits the public endpoint to this machine's /32", async () => {
    const report = await runCheck("");
    expect(report).toMatchObject({
      status: "ok",
      detail: `public endpoint limited to ${HERE}/32 (this machine; set by ops)`,
    });

    const s = await stack("");
    const ctx = testContext({ root, runner: fakeRunner() });
    const r = await awsRootWithAccess(ctx, { terraformDir: s.dir, varFile: s.varFile, checkIpUrl: url() });
    expect(r.vars).toEqual([`endpoint_public_access_cidrs=["${HERE}/32"]`]);
  });

  test("set to CIDRs that include this machine: passes, and ops adds nothing", async () => {
    expect(await runCheck(`endpoint_public_access_cidrs = ["198.51.100.0/24"]\n`)).toMatchObject({ status: "ok" });
    const s = await stack(`endpoint_public_access_cidrs = ["198.51.100.0/24"]\n`);
    const ctx = testContext({ root, runner: fakeRunner() });
    expect((await awsRootWithAccess(ctx, { terraformDir: s.dir, varFile: s.varFile, checkIpUrl: url() })).vars).toBe(
      undefined,
    );
  });

  test("set to CIDRs without this machine: fails before the apply, naming the /32 to add", async () => {
    const report = await runCheck(`endpoint_public_access_cidrs = ["203.0.113.0/24"]\n`);
    expect(report.status).toBe("failed");
    expect(report.detail).toContain(
      `This machine's address ${HERE} is not in endpoint_public_access_cidrs (203.0.113.0/24)`,
    );
    expect(report.fix).toContain(`Add "${HERE}/32" to endpoint_public_access_cidrs`);
  });

  test("[] (private-only) from outside the VPC: fails with the fix", async () => {
    const report = await runCheck("endpoint_public_access_cidrs = []\n", "tertulia");
    expect(report.status).toBe("failed");
    expect(report.detail).toContain("makes the Kubernetes API private-only, and ops runs outside the VPC");
    expect(report.fix).toContain(
      `Remove endpoint_public_access_cidrs from the tfvars (ops then limits the public endpoint to ${HERE}/32)`,
    );
  });

  test("[] with an existing cluster whose endpoint answers from here: passes (ops runs inside the VPC)", async () => {
    const api = Bun.serve({ port: 0, hostname: "127.0.0.1", fetch: () => new Response("ok") });
    try {
      // EKS endpoints are https://<id>.<region>.eks.amazonaws.com (port 443); the stand-in names its port.
      eks
        .on(DescribeClusterCommand)
        .resolves({ cluster: { name: "tertulia", endpoint: `https://127.0.0.1:${api.port}` } });
      const report = await runCheck("endpoint_public_access_cidrs = []\n", "tertulia");
      expect(report).toMatchObject({
        status: "ok",
        detail: "private-only endpoint, reachable from here (inside the VPC)",
      });
    } finally {
      api.stop(true);
    }
    const closed = Bun.serve({ port: 0, hostname: "127.0.0.1", fetch: () => new Response("") });
    const port = closed.port;
    closed.stop(true);
    expect(await tcpReachable("127.0.0.1", port)).toBe(false);
  });

  test("a checkip answer that is not an address fails with the setting to use instead", async () => {
    answer = () => plain("<html>captive portal</html>");
    const report = await runCheck("");
    expect(report.status).toBe("failed");
    expect(report.detail).toContain("answered 200 without an IPv4 address");
    expect(report.detail).not.toContain("captive portal");
    expect(report.fix).toContain("Set endpoint_public_access_cidrs in the tfvars");
    answer = () => plain("", 503);
    expect((await runCheck("")).detail).toContain("answered 503");
  });

  test("CIDR matching follows the address family and the prefix", () => {
    expect(admits(["198.51.100.0/24"], "198.51.100.7")).toBe(true);
    expect(admits(["198.51.100.7/32"], "198.51.100.8")).toBe(false);
    expect(admits(["2001:db8::/32"], "198.51.100.7")).toBe(false);
    expect(admits(["not-a-cidr"], "198.51.100.7")).toBe(false);
  });
});
