import { afterAll, expect, test } from "bun:test";
import { mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DescribeClusterCommand, EKSClient } from "@aws-sdk/client-eks";
import { mockClient } from "aws-sdk-client-mock";
import { testContext } from "../testing/fake-context.ts";
import { fakeRunner } from "../testing/fake-runner.ts";
import { status } from "./status.ts";

const eks = mockClient(EKSClient);
// Unique per run: concurrent runs of the suite (CI beside a developer, the rehearsal's own unit phase) share /tmp.
const WORK = mkdtempSync(join(tmpdir(), "ops-status-test-"));
afterAll(async () => {
  eks.restore();
  await rm(WORK, { recursive: true, force: true });
});

test("status shows cluster, nodes, workloads with images and the URL, as text and as one JSON document", async () => {
  eks.on(DescribeClusterCommand, { name: "tertulia" }).resolves({
    cluster: {
      endpoint: "https://x.eks.amazonaws.com",
      certificateAuthority: { data: "Q0E=" },
      status: "ACTIVE",
      version: "1.34",
    },
  });
  const runner = fakeRunner([
    [/ output -no-color -json$/, { stdout: JSON.stringify({ cluster_name: { value: "tertulia" } }) }],
    [
      /get nodes/,
      {
        stdout: JSON.stringify({
          items: [
            {
              metadata: {
                name: "ip-10-0-1-5",
                labels: {
                  "node.kubernetes.io/instance-type": "t3.medium",
                  "topology.kubernetes.io/zone": "eu-west-1a",
                },
              },
              status: { conditions: [{ type: "Ready", status: "True" }], nodeInfo: { kubeletVersion: "v1.34.1" } },
            },
          ],
        }),
      },
    ],
    [
      /get deployments/,
      {
        stdout: JSON.stringify({
          items: [
            {
              metadata: { name: "tertulia-server" },
              spec: { replicas: 1, template: { spec: { containers: [{ image: "r/tertulia-server:abc" }] } } },
              status: { readyReplicas: 1 },
            },
          ],
        }),
      },
    ],
    [
      /get ingress/,
      {
        stdout: JSON.stringify({
          status: { loadBalancer: { ingress: [{ hostname: "k8s-tertulia.eu-west-1.elb.amazonaws.com" }] } },
        }),
      },
    ],
  ]);
  const ctx = testContext({ runner, tempDir: WORK, root: "/repo" });
  expect(await status(ctx, {})).toBe(0);
  const text = ctx.io.results[0]!.text;
  expect(text).toContain("Cluster    tertulia  ACTIVE  Kubernetes 1.34");
  expect(text).toContain("  ip-10-0-1-5  Ready  t3.medium  eu-west-1a  v1.34.1");
  expect(text).toContain("  tertulia-server  1/1 ready  r/tertulia-server:abc");
  expect(text).toContain("URL        http://k8s-tertulia.eu-west-1.elb.amazonaws.com");

  const json = testContext({ runner, tempDir: WORK, root: "/repo", json: true });
  expect(await status(json, {})).toBe(0);
  expect(json.io.results).toHaveLength(1);
  expect(json.io.results[0]!.data).toMatchObject({
    ok: true,
    url: "http://k8s-tertulia.eu-west-1.elb.amazonaws.com",
    workloads: [{ name: "tertulia-server", ready: 1, desired: 1 }],
  });
});

test("status says how to fix a stack that was never applied", async () => {
  const runner = fakeRunner([[/ output -no-color -json$/, { stdout: "{}" }]]);
  const ctx = testContext({ runner, tempDir: WORK, json: true });
  expect(await status(ctx, {})).toBe(1);
  expect(ctx.io.results[0]!.data).toMatchObject({ ok: false, error: { code: "TerraformOutputMissing" } });
});
