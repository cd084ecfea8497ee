/** destroy's confirmation rule: a dry run asks nothing; no fix ever suggests typing a placeholder. */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testContext } from "../testing/fake-context.ts";
import { fakeRunner } from "../testing/fake-runner.ts";
import { destroy } from "./destroy.ts";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "ops-destroy-confirm-"));
  await Bun.write(
    join(root, "terraform/stacks/aws/backend.hcl"),
    'bucket = "tertulia-tfstate"\nkey = "tertulia/aws.tfstate"\nregion = "sa-east-1"\n',
  );
});
afterAll(() => rm(root, { recursive: true, force: true }));

const outputs = (json: string) => fakeRunner([[/ output -no-color -json$/, { stdout: json }]]);

test("--dry-run without a terminal and without --confirm needs no typed confirmation", async () => {
  const ctx = testContext({
    root,
    tty: false,
    dryRun: true,
    tempDir: root,
    runner: outputs(
      JSON.stringify({
        cluster_name: { value: "tertulia" },
        server_repository_url: { value: "1.dkr.ecr.sa-east-1.amazonaws.com/s" },
        client_repository_url: { value: "1.dkr.ecr.sa-east-1.amazonaws.com/c" },
      }),
    ),
  });
  expect(await destroy(ctx, { clusterStack: false })).toBe(0);
  expect(ctx.io.talk()).toContain("would ask you to type the name to destroy the cluster tertulia");
  expect(ctx.io.talk()).not.toContain("ConfirmationRequired");
});

test("a stack without outputs is never answered with `--confirm <…>` (a shell redirection)", async () => {
  const ctx = testContext({ root, tty: false, tempDir: root, runner: outputs("{}") });
  expect(await destroy(ctx, { clusterStack: false })).toBe(1);
  expect(ctx.io.talk()).not.toMatch(/--confirm\s*</);
  expect(ctx.io.talk()).toContain("names no project_name, so there is nothing to name");
});
