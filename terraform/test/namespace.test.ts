/**
 * The app namespace is one fixed name, not a setting: Terraform (the pipeline's access entry, the in-cluster
 * stack's namespace), ops (`KUBE.namespace`) and the manifests' overlays all use it. An `app_namespace` variable
 * once let the stack accept a name that ops and the manifests ignored, so the pipeline got edit rights in a
 * namespace nothing deployed to.
 */
import { describe, expect, test } from "bun:test";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { KUBE } from "../../packages/ops/src/config.ts";
import { loadConfiguration, TERRAFORM_DIR } from "./lib/hcl.ts";

const aws = loadConfiguration(join(TERRAFORM_DIR, "stacks/aws"));
const OVERLAYS = join(TERRAFORM_DIR, "../manifests/overlays");

describe("the app namespace", () => {
  test("is not a variable of the AWS stack (so tfvars cannot set a name nothing else uses)", () => {
    expect(Object.keys(aws.variables).filter((v) => /namespace/.test(v))).toEqual([]);
  });

  test("the AWS stack's name is ops' name", () => {
    expect(aws.locals.app_namespace).toBe(KUBE.namespace);
    expect(aws.outputs.app_namespace?.value).toBe("${local.app_namespace}");
  });

  test("every overlay renders into ops' namespace", () => {
    const overlays = readdirSync(OVERLAYS);
    expect(overlays.length).toBeGreaterThan(0);
    for (const o of overlays) {
      const k = parse(readFileSync(join(OVERLAYS, o, "kustomization.yaml"), "utf8")) as { namespace?: string };
      expect(k.namespace, o).toBe(KUBE.namespace);
    }
  });

  test("the in-cluster stack creates the namespace the AWS stack names (read from its outputs)", () => {
    const k8s = loadConfiguration(join(TERRAFORM_DIR, "stacks/kubernetes"));
    expect(k8s.modules.cluster_addons?.app_namespace).toBe("${local.cluster.app_namespace}");
  });
});
