/**
 * `ops deploy` from an operator's machine with the example tfvars: Terraform on PATH, a backend config written by
 * `ops bootstrap`, credentials in the environment and none of CodeBuild's variables, so the release finds its
 * targets in the stack's Terraform outputs. Same stand-ins and namespaces as the pipeline rehearsal.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { copyFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { cloneLikeCodeBuild } from "./support/clone.ts";
import { CodeBuildRehearsal } from "./support/codebuild.ts";
import { exampleTfvars } from "./support/module-inputs.ts";
import { ACCOUNT, REGISTRY } from "./support/world.ts";

/** Explicit, so `bun test test/rehearsal` without --timeout does not stop the hooks at Bun's 5 s default. */
const HOOK_TIMEOUT_MS = 120_000;
const canRehearse =
  process.getuid?.() === 0 && Bun.spawnSync(["/usr/bin/unshare", "--mount", "--net", "/bin/true"]).exitCode === 0;

let rehearsal: CodeBuildRehearsal;
let src: { dir: string; commit: string };

describe.skipIf(!canRehearse)("ops deploy on an operator's machine, with the example tfvars", () => {
  beforeAll(async () => {
    src = await cloneLikeCodeBuild();
    rehearsal = await CodeBuildRehearsal.start(src.dir, {});
    rehearsal.world.cluster.bindingDelay = 1;
    const tfvars = exampleTfvars();
    const region = String(tfvars.region);
    const name = String(tfvars.project_name);
    // terraform/stacks/aws/outputs.tf, as an apply of the example would fill it.
    rehearsal.world.stackOutputs = {
      region,
      app_namespace: "tertulia",
      cluster_name: name,
      client_repository_url: `${REGISTRY}/${name}-client`,
      server_repository_url: `${REGISTRY}/${name}-server`,
      ecr_repository_urls: { client: `${REGISTRY}/${name}-client`, server: `${REGISTRY}/${name}-server` },
      codebuild_project_name: name,
    };
    // What the README has an operator do first: copy the example, run `ops bootstrap` (which writes backend.hcl).
    await copyFile(
      join(src.dir, "terraform/stacks/aws/terraform.tfvars.example"),
      join(src.dir, "terraform/stacks/aws/terraform.tfvars"),
    );
    await Bun.write(
      join(src.dir, "terraform/stacks/aws/backend.hcl"),
      `bucket       = "tertulia-tfstate-${ACCOUNT}"\nkey          = "tertulia/aws.tfstate"\nregion       = "${region}"\nencrypt      = true\nuse_lockfile = true\n`,
    );
  }, HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await rehearsal?.stop();
    if (src) await rm(src.dir, { recursive: true, force: true });
  }, HOOK_TIMEOUT_MS);

  test("preflight, terraform init/plan/apply, then a release whose targets come from the stack's outputs", async () => {
    const env = rehearsal.operatorEnvironment("eu-west-1");
    for (const setup of [
      `npm install --global --no-fund --no-audit "bun@${Bun.version}"`,
      "bun install --frozen-lockfile",
    ]) {
      const r = await rehearsal.runCommand(setup, env);
      expect(r.code, r.output).toBe(0);
    }
    const from = rehearsal.world.calls.length;
    const r = await rehearsal.runCommand("bun run ops deploy --yes --offline", env);
    expect(r.code, r.output).toBe(0);
    const calls = rehearsal.world.calls
      .slice(from)
      .filter((c) => !c.startsWith("aws eks get-token"))
      .map((c) =>
        c
          .replaceAll(/\/tmp\/tertulia-ops-[A-Za-z0-9]+/g, "$WORK")
          .replaceAll(src.dir, "$SRC")
          .replaceAll(REGISTRY, "$REG")
          .replaceAll(src.commit, "$C")
          .replace("kubectl --kubeconfig $WORK/kubeconfig --namespace tertulia ", "kubectl "),
      );
    const init = calls.findIndex((c) => c.includes(" init "));
    expect(calls.slice(0, init).sort()).toEqual(
      [
        // the API endpoint's CIDRs are checked against this machine's public address
        "GET checkip.amazonaws.com",
        "aws --version",
        "docker --version",
        "kubectl version --client -o json",
        "terraform version -json",
      ].sort(),
    );
    const tf = "terraform -chdir=$SRC/terraform/stacks/aws";
    const k8s = "terraform -chdir=$SRC/terraform/stacks/kubernetes";
    expect(calls.slice(init)).toEqual([
      `${tf} init -input=false -no-color -backend-config=$SRC/terraform/stacks/aws/backend.hcl`,
      `${tf} plan -input=false -no-color -var-file=$SRC/terraform/stacks/aws/terraform.tfvars -var=endpoint_public_access_cidrs=["203.0.113.10/32"] -out=tertulia.tfplan -detailed-exitcode`,
      `${tf} apply -input=false -no-color tertulia.tfplan`,
      `${k8s} init -input=false -no-color -backend-config=$SRC/terraform/stacks/aws/backend.hcl -backend-config=key=tertulia/kubernetes.tfstate`,
      `${k8s} plan -input=false -no-color -var=aws_stack_state={bucket="tertulia-tfstate-${ACCOUNT}",key="tertulia/aws.tfstate",region="eu-west-1"} -out=tertulia.tfplan -detailed-exitcode`,
      `${k8s} apply -input=false -no-color tertulia.tfplan`,
      `${tf} output -no-color -json`,
      "ECR DescribeImages tertulia-server:$C",
      "ECR DescribeImages tertulia-client:$C",
      ...["server", "client"].map(
        (x) =>
          `docker build --platform linux/amd64 --file $SRC/packages/${x}/Dockerfile --build-arg TERTULIA_COMMIT=$C --tag $REG/tertulia-${x}:$C $SRC`,
      ),
      "ECR GetAuthorizationToken",
      "docker login --username AWS --password-stdin $REG <<< [stdin]",
      "docker push $REG/tertulia-server:$C",
      "docker push $REG/tertulia-client:$C",
      "EKS DescribeCluster tertulia",
      "kubectl get deployments --output json",
      "kubectl kustomize $WORK/release",
      "kubectl get secret tertulia-app-secrets --output json",
      "kubectl apply --filename -",
      "kubectl apply --filename $WORK/routing.yaml",
      "kubectl get targetgroupbindings.elbv2.k8s.aws --output json",
      "kubectl get targetgroupbindings.elbv2.k8s.aws --output json",
      "kubectl apply --filename $WORK/workloads.yaml",
      "kubectl rollout status deployment/tertulia-server --timeout=300s",
      "kubectl rollout status deployment/tertulia-client --timeout=300s",
      "kubectl get ingress tertulia --output json",
      "ALB GET /healthz",
      "ALB GET /healthz",
      "ALB GET /readyz",
      "ALB GET /",
    ]);
    expect(r.output).toContain("Terraform applied: AWS stack, in-cluster stack.");
    expect([...rehearsal.world.cluster.podsWithoutReadinessGate]).toEqual([]);
  }, 900_000);
});
