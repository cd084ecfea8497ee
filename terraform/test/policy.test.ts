/**
 * Security and hygiene policy, as tests over the parsed HCL of every module and stack: encryption, public
 * access, least privilege, pinned versions, and none of the original's defects (INVENTORY §9, defect 21).
 */
import { describe, expect, test } from "bun:test";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type Block,
  type Body,
  blocks,
  type Configuration,
  expressions,
  loadConfiguration,
  moduleDirs,
  requiredProviders,
  stackDirs,
  strings,
  TERRAFORM_DIR,
} from "./lib/hcl.ts";
import { checkValidations } from "./lib/validations.ts";

const modules = moduleDirs().map(loadConfiguration);
const stacks = stackDirs().map(loadConfiguration);
const all: Configuration[] = [...modules, ...stacks];

const byId = (id: string): Configuration => {
  const c = all.find((x) => x.id === id);
  if (!c) throw new Error(`no configuration ${id}`);
  return c;
};
const resourcesOf = (type: string): (Block & { config: string })[] =>
  all.flatMap((c) => c.resources.filter((r) => r.type === type).map((r) => ({ ...r, config: c.id })));
const dataOf = (type: string): Block[] => all.flatMap((c) => c.data.filter((d) => d.type === type));
const first = (body: Body, name: string): Body => blocks(body, name)[0] ?? {};

const LBC_POLICY = join(TERRAFORM_DIR, "modules/cluster/policies/aws-load-balancer-controller-iam-policy.json");

describe("encryption", () => {
  test("state: every backend is a partial S3 config with encryption and S3-native locking", () => {
    for (const s of stacks) {
      const backend = s.settings.flatMap((t) => blocks(first(t, "backend"), "s3"));
      expect(backend.length, s.id).toBe(1);
      expect(backend[0]?.encrypt, s.id).toBe(true);
      expect(backend[0]?.use_lockfile, s.id).toBe(true);
      // Account-specific values come from `-backend-config`, never from the repo.
      for (const k of ["bucket", "key", "region", "dynamodb_table"])
        expect(backend[0] ?? {}, s.id).not.toHaveProperty(k);
    }
  });

  test("ECR repositories are KMS-encrypted", () => {
    const repos = resourcesOf("aws_ecr_repository");
    expect(repos.length).toBeGreaterThan(0);
    for (const r of repos) expect(first(r.body, "encryption_configuration").encryption_type).toBe("KMS");
  });

  test("every KMS key rotates", () => {
    const keys = resourcesOf("aws_kms_key");
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) expect(k.body.enable_key_rotation, `${k.config} ${k.name}`).toBe(true);
  });

  test("EKS secrets are envelope-encrypted with the module's KMS key", () => {
    const [cluster] = resourcesOf("aws_eks_cluster");
    const enc = first(cluster?.body ?? {}, "encryption_config");
    expect(enc.resources).toEqual(["secrets"]);
    expect(first(enc, "provider").key_arn).toBe("${aws_kms_key.this.arn}");
  });

  test("RDS storage and its master-user secret are KMS-encrypted", () => {
    for (const db of resourcesOf("aws_db_instance")) {
      expect(db.body.storage_encrypted).toBe(true);
      expect(String(db.body.kms_key_id)).toContain("aws_kms_key.");
      expect(db.body.manage_master_user_password).toBe(true);
      expect(String(db.body.master_user_secret_kms_key_id)).toContain("aws_kms_key.");
    }
    expect(resourcesOf("aws_db_instance").length).toBe(1);
  });

  test("Redis is encrypted in transit and at rest (with the KMS key)", () => {
    const groups = resourcesOf("aws_elasticache_replication_group");
    expect(groups.length).toBe(1);
    for (const g of groups) {
      expect(g.body.transit_encryption_enabled).toBe(true);
      expect(g.body.at_rest_encryption_enabled).toBe(true);
      expect(String(g.body.kms_key_id)).toContain("aws_kms_key.");
    }
  });

  test("node root volumes are encrypted", () => {
    for (const lt of resourcesOf("aws_launch_template")) {
      for (const bdm of blocks(lt.body, "block_device_mappings")) expect(first(bdm, "ebs").encrypted).toBe(true);
    }
  });
});

describe("public access", () => {
  test("every S3 bucket has a public access block with all four flags (the state bucket is made by ops bootstrap)", () => {
    const buckets = resourcesOf("aws_s3_bucket");
    const pabs = resourcesOf("aws_s3_bucket_public_access_block");
    expect(pabs.length).toBe(buckets.length);
    for (const p of pabs) {
      for (const f of ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"])
        expect(p.body[f]).toBe(true);
    }
  });

  test("every destroy of the database leaves a snapshot with a name of its own", () => {
    const db = resourcesOf("aws_db_instance")[0] as Block;
    expect(db.body.skip_final_snapshot).toBe(false);
    // Fixed at creation (timestamp() then ignore_changes): a second create/destroy cycle gets a new name.
    expect(String(db.body.final_snapshot_identifier)).toContain("timestamp()");
    expect(first(db.body, "lifecycle").ignore_changes).toEqual(["${final_snapshot_identifier}"]);
  });

  test("the database is not publicly accessible and public subnets assign no public IPs", () => {
    for (const db of resourcesOf("aws_db_instance")) expect(db.body.publicly_accessible).toBe(false);
    for (const s of resourcesOf("aws_subnet")) expect(s.body.map_public_ip_on_launch ?? false).toBe(false);
  });

  test("the public API endpoint is a choice the caller must make (null is refused at plan) and never 0.0.0.0/0", () => {
    for (const id of ["modules/cluster", "stacks/aws"]) {
      const v = byId(id).variables.endpoint_public_access_cidrs as Body;
      // null: ops deploy passes the caller's /32; plain Terraform hits the cluster's precondition.
      expect(v.default, id).toBeNull();
      const { failed } = checkValidations(byId(id).variables, { endpoint_public_access_cidrs: ["0.0.0.0/0"] }, [
        "endpoint_public_access_cidrs",
      ]);
      expect(failed.length, `${id} must refuse 0.0.0.0/0`).toBe(1);
    }
    const example = readFileSync(join(TERRAFORM_DIR, "stacks/aws/terraform.tfvars.example"), "utf8");
    expect(example).not.toContain("0.0.0.0/0");
    const [cluster] = resourcesOf("aws_eks_cluster");
    const vpc = first(cluster?.body ?? {}, "vpc_config");
    expect(vpc.endpoint_private_access).toBe(true);
    expect(String(vpc.public_access_cidrs)).not.toContain("0.0.0.0/0");
  });

  test("no security group ingress is open to the internet; data stores admit only the cluster security group", () => {
    for (const r of resourcesOf("aws_vpc_security_group_ingress_rule")) {
      // The interface endpoints answer HTTPS from inside the VPC only.
      if (r.name === "endpoints") {
        expect(r.body.cidr_ipv4).toBe("${aws_vpc.this.cidr_block}");
        expect([r.body.from_port, r.body.to_port]).toEqual([443, 443]);
        continue;
      }
      expect(r.body.cidr_ipv4, r.name).toBeUndefined();
      expect(r.body.cidr_ipv6, r.name).toBeUndefined();
      expect(String(r.body.referenced_security_group_id), r.name).toMatch(
        /^\$\{(var\.client_security_group_id|aws_security_group\.this\.id)\}$/,
      );
    }
    expect(resourcesOf("aws_security_group_rule")).toEqual([]);
    for (const sg of resourcesOf("aws_security_group")) expect(sg.body.ingress, sg.name).toBeUndefined();
  });
});

describe("VPC endpoints", () => {
  test("an S3 gateway endpoint serves every route table, so ECR image layers skip the NAT", () => {
    const s3 = resourcesOf("aws_vpc_endpoint").find((e) => e.name === "s3") as Block;
    expect(s3.body.vpc_endpoint_type).toBe("Gateway");
    expect(String(s3.body.service_name)).toMatch(/\.s3$/);
    expect(String(s3.body.route_table_ids)).toContain("aws_route_table.private");
    expect(String(s3.body.route_table_ids)).toContain("aws_route_table.public");
  });

  test("ECR and STS interface endpoints are an option, off by default", () => {
    const iface = resourcesOf("aws_vpc_endpoint").find((e) => e.name === "interface") as Block;
    expect(iface.body.for_each).toBe("${toset(var.interface_endpoints)}");
    expect(iface.body.private_dns_enabled).toBe(true);
    for (const id of ["modules/network", "stacks/aws"])
      expect(byId(id).variables.interface_endpoints?.default).toEqual([]);
    const { failed } = checkValidations(byId("stacks/aws").variables, { interface_endpoints: ["ecr.dkr", "s3"] }, [
      "interface_endpoints",
    ]);
    expect(failed.length).toBe(1);
  });
});

describe("EKS", () => {
  const cluster = resourcesOf("aws_eks_cluster")[0] as Block;

  test("control-plane logging includes api, audit and authenticator by default", () => {
    expect(cluster.body.enabled_cluster_log_types).toBe("${var.enabled_log_types}");
    const v = byId("modules/cluster").variables.enabled_log_types as Body;
    expect(v.default).toEqual(expect.arrayContaining(["api", "audit", "authenticator"]));
  });

  test("authentication uses access entries only (API mode, no implicit creator admin)", () => {
    const access = first(cluster.body, "access_config");
    expect(access.authentication_mode).toBe("API");
    expect(access.bootstrap_cluster_creator_admin_permissions).toBe(false);
    expect(resourcesOf("kubernetes_config_map_v1_data")).toEqual([]);
  });

  test("nobody is mapped to system:masters and access entries set no Kubernetes groups", () => {
    const values = all.flatMap((c) => strings([c.resources.map((r) => r.body), c.locals, c.modules, c.variables]));
    expect(values.filter((s) => s.includes("system:masters"))).toEqual([]);
    for (const e of resourcesOf("aws_eks_access_entry")) expect(e.body.kubernetes_groups).toBeUndefined();
  });

  test("the CodeBuild role gets a namespace-scoped edit policy, not cluster admin", () => {
    const call = byId("stacks/aws").modules.cluster as Body;
    const codebuild = (call.access_entries as Record<string, Body>).codebuild as Body;
    expect(codebuild.principal_arn).toBe("${module.pipeline.role_arn}");
    expect(codebuild.policy).toBe("AmazonEKSEditPolicy");
    expect(codebuild.namespaces).toEqual(["${local.app_namespace}"]);
  });

  test("nodes require IMDSv2 and keep pods away from instance metadata", () => {
    const lt = resourcesOf("aws_launch_template")[0] as Block;
    const md = first(lt.body, "metadata_options");
    expect(md.http_tokens).toBe("required");
    expect(md.http_put_response_hop_limit).toBe(1);
    expect(String(first(resourcesOf("aws_eks_node_group")[0]?.body ?? {}, "launch_template").id)).toContain(
      "aws_launch_template.node",
    );
  });

  test("the node group is replaced new-before-old: a name prefix and create_before_destroy", () => {
    const ng = resourcesOf("aws_eks_node_group")[0] as Block;
    expect(ng.body.node_group_name).toBeUndefined();
    expect(String(ng.body.node_group_name_prefix)).toMatch(/-$/);
    expect(first(ng.body, "lifecycle").create_before_destroy).toBe(true);
  });

  test("nodes are auto-repaired by default", () => {
    const ng = resourcesOf("aws_eks_node_group")[0] as Block;
    expect(first(ng.body, "node_repair_config").enabled).toBe("${var.node_auto_repair}");
    expect(byId("modules/cluster").variables.node_auto_repair?.default).toBe(true);
  });

  test("EKS installs no self-managed copies of the managed add-ons", () => {
    expect(cluster.body.bootstrap_self_managed_addons).toBe(false);
  });

  test("the Kubernetes version is validated and defaults to a current one", () => {
    for (const id of ["modules/cluster", "stacks/aws"]) {
      const v = byId(id).variables.kubernetes_version as Body;
      expect(blocks(v, "validation").length, id).toBeGreaterThan(0);
      expect(String(v.default), id).toMatch(/^1\.3[2-9]$/);
    }
  });

  test("every add-on version is exact: an override, or what EKS publishes for kubernetes_version", () => {
    for (const a of resourcesOf("aws_eks_addon"))
      expect(String(a.body.addon_version)).toMatch(/^\$\{local\.addon_versions\[each\.(key|value)\]\}$/);
    const [lookup] = dataOf("aws_eks_addon_version");
    expect(lookup?.body.kubernetes_version).toBe("${var.kubernetes_version}");
    expect(lookup?.body.most_recent).toBe(false);
    const overrides = (byId("modules/cluster").variables.addon_versions as Body).default;
    expect(overrides).toEqual({});
  });

  test("no deprecated managed_policy_arns and no legacy AmazonEKSServicePolicy", () => {
    for (const r of resourcesOf("aws_iam_role")) expect(r.body.managed_policy_arns).toBeUndefined();
    expect(
      all.flatMap((c) => strings(c.resources.map((r) => r.body))).filter((s) => s.includes("AmazonEKSServicePolicy")),
    ).toEqual([]);
  });

  test("no OIDC provider with a hardcoded thumbprint (the controller uses Pod Identity)", () => {
    for (const p of resourcesOf("aws_iam_openid_connect_provider")) expect(p.body.thumbprint_list).toBeUndefined();
    const assoc = resourcesOf("aws_eks_pod_identity_association").find((a) => a.name === "load_balancer_controller");
    expect(assoc?.body.role_arn).toBe("${aws_iam_role.load_balancer_controller.arn}");
  });
});

describe("Pod Identity trust", () => {
  test("one trust policy, limited to the account, cluster, namespace and service account", () => {
    const docs = all.flatMap((c) =>
      c.data.filter((d) => d.type === "aws_iam_policy_document").map((d) => ({ ...d, config: c.id })),
    );
    const podTrusts = docs.filter((d) => JSON.stringify(d.body).includes("pods.eks.amazonaws.com"));
    expect(podTrusts.map((d) => `${d.config} ${d.name}`)).toEqual(["modules/pod-identity-trust this"]);
    const vars = blocks(first(podTrusts[0]!.body, "statement"), "condition").map((c) => c.variable);
    expect(vars.sort()).toEqual([
      "aws:RequestTag/eks-cluster-name",
      "aws:RequestTag/kubernetes-namespace",
      "aws:RequestTag/kubernetes-service-account",
      "aws:SourceAccount",
    ]);
  });

  test("every role pods assume takes its trust from that module", () => {
    const podRoles = ["load_balancer_controller", "ebs_csi_driver", "app", "cloudwatch_agent"];
    for (const name of podRoles) {
      const role = resourcesOf("aws_iam_role").find((r) => r.name === name);
      const ref = /^\$\{module\.(\w+)\.json\}$/.exec(String(role?.body.assume_role_policy));
      expect(ref, name).not.toBeNull();
      const call = byId(role!.config).modules[ref![1]!] as Body;
      expect(call.source, name).toBe("../pod-identity-trust");
    }
    // Every Pod Identity association's role is one of those.
    for (const a of resourcesOf("aws_eks_pod_identity_association"))
      expect(
        podRoles.some((r) => String(a.body.role_arn).includes(`aws_iam_role.${r}`)),
        a.name,
      ).toBe(true);
  });
});

describe("ECR", () => {
  test("tags are immutable, images are scanned on push and every repository has a lifecycle policy", () => {
    for (const r of resourcesOf("aws_ecr_repository")) {
      expect(r.body.image_tag_mutability).toBe("IMMUTABLE");
      expect(first(r.body, "image_scanning_configuration").scan_on_push).toBe(true);
    }
    const lifecycle = resourcesOf("aws_ecr_lifecycle_policy");
    expect(lifecycle.map((l) => l.body.for_each)).toEqual(["${aws_ecr_repository.this}"]);
  });
});

describe("IAM least privilege", () => {
  const jsonPolicies = (): { where: string; statements: Body[] }[] => {
    const out: { where: string; statements: Body[] }[] = [];
    const doc = JSON.parse(readFileSync(LBC_POLICY, "utf8")) as { Statement: Body[] };
    out.push({ where: "LBC policy file", statements: doc.Statement });
    return out;
  };
  const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]);

  test('no statement allows Action "*" (or a whole service) on Resource "*"', () => {
    const offenders: string[] = [];
    for (const { where, statements } of jsonPolicies()) {
      for (const s of statements) {
        const actions = asList(s.Action);
        if (
          s.Effect === "Allow" &&
          asList(s.Resource).includes("*") &&
          actions.some((a) => a === "*" || a.endsWith(":*"))
        )
          offenders.push(where);
      }
    }
    for (const d of all.flatMap((c) =>
      c.data.filter((x) => x.type === "aws_iam_policy_document").map((x) => ({ ...x, config: c.id })),
    )) {
      const statements = [
        ...blocks(d.body, "statement"),
        ...blocks(first(d.body, "dynamic"), "statement").flatMap((s) => blocks(s, "content")),
      ];
      for (const s of statements) {
        const actions = asList(s.actions);
        if (asList(s.resources).includes("*") && actions.some((a) => a === "*" || a.endsWith(":*")))
          offenders.push(`${d.config} ${d.name}`);
      }
    }
    // Inline jsonencode() policies must not appear: policies are documents or pinned files.
    for (const r of [...resourcesOf("aws_iam_policy"), ...resourcesOf("aws_iam_role_policy")]) {
      expect(String(r.body.policy), `${r.config} ${r.name}`).toMatch(
        /^\$\{(data\.aws_iam_policy_document\.[a-z_]+\.json|file\(.*\))\}$/,
      );
    }
    expect(offenders).toEqual([]);
  });

  test("the CodeBuild role can describe its cluster only: no eks:* and no other EKS call", () => {
    const doc = byId("modules/pipeline").data.find(
      (d) => d.type === "aws_iam_policy_document" && d.name === "this",
    ) as Block;
    const eks = blocks(doc.body, "statement").filter((s) => asList(s.actions).some((a) => a.startsWith("eks:")));
    expect(eks.map((s) => [asList(s.actions), asList(s.resources)])).toEqual([
      [["eks:DescribeCluster"], ["${var.cluster_arn}"]],
    ]);
  });

  test("only calls that support no resource scoping are granted on *", () => {
    const doc = byId("modules/pipeline").data.find((d) => d.name === "this") as Block;
    const star = blocks(doc.body, "statement")
      .filter((s) => asList(s.resources).includes("*"))
      .flatMap((s) => asList(s.actions));
    expect(star.sort()).toEqual(
      [
        "ecr:GetAuthorizationToken",
        "ec2:CreateNetworkInterface",
        "ec2:DeleteNetworkInterface",
        "ec2:DescribeDhcpOptions",
        "ec2:DescribeNetworkInterfaces",
        "ec2:DescribeSecurityGroups",
        "ec2:DescribeSubnets",
        "ec2:DescribeVpcs",
      ].sort(),
    );
  });
});

describe("secrets", () => {
  const secretLike = /(password|passwd|secret|token|private_key|api_key|credential)/i;

  test("no variable carries a secret value: secret-like names are ARNs, and nothing is marked sensitive", () => {
    const offenders: string[] = [];
    for (const c of all) {
      for (const [name, v] of Object.entries(c.variables)) {
        if (v.sensitive === true) offenders.push(`${c.id} var.${name} is sensitive`);
        if (secretLike.test(name) && !/_arns?$/.test(name)) offenders.push(`${c.id} var.${name}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  test("no resource sets a password, token or AUTH value from Terraform", () => {
    const attrs = ["password", "password_wo", "auth_token", "token", "secret_string", "secret_string_wo"];
    const offenders = all.flatMap((c) =>
      c.resources.filter((r) => attrs.some((a) => a in r.body)).map((r) => `${c.id} ${r.type}.${r.name}`),
    );
    expect(offenders).toEqual([]);
    expect(resourcesOf("aws_codebuild_source_credential")).toEqual([]);
  });

  test("the build cannot read the database's rotating secret: only the server's own role reads it at run time", () => {
    const pipeline = byId("stacks/aws").modules.pipeline ?? {};
    const granted = JSON.stringify([pipeline.readable_secret_arns, pipeline.readable_secret_kms_key_arns]);
    expect(granted).not.toContain("module.data");
  });
});

describe("pinned and hermetic", () => {
  test("the Load Balancer Controller chart version is pinned to an exact version", () => {
    const release = resourcesOf("helm_release").find((r) => r.name === "load_balancer_controller") as Block;
    expect(release.body.version).toBe("${var.load_balancer_controller_chart_version}");
    for (const id of ["modules/cluster-addons", "stacks/kubernetes"]) {
      expect(String((byId(id).variables.load_balancer_controller_chart_version as Body).default)).toMatch(
        /^\d+\.\d+\.\d+$/,
      );
    }
  });

  test("the controller IAM policy is the pinned file in the repo, with the checksum its README records", () => {
    const policy = resourcesOf("aws_iam_policy").find((r) => r.name === "load_balancer_controller") as Block;
    expect(policy.body.policy).toBe('${file("${path.module}/policies/aws-load-balancer-controller-iam-policy.json")}');
    const sha = createHash("sha256").update(readFileSync(LBC_POLICY)).digest("hex");
    const readme = readFileSync(join(TERRAFORM_DIR, "modules/cluster/policies/README.md"), "utf8");
    expect(readme).toContain(sha);
    const chart = String(
      (byId("modules/cluster-addons").variables.load_balancer_controller_chart_version as Body).default,
    );
    expect(readme).toContain(`chart ${chart}`);
  });

  test("nothing is downloaded or executed at plan/apply: no null_resource, provisioners, http or external data", () => {
    const forbidden = ["null_resource", "terraform_data"];
    expect(
      all.flatMap((c) => c.resources.filter((r) => forbidden.includes(r.type)).map((r) => `${c.id} ${r.type}`)),
    ).toEqual([]);
    expect(
      all.flatMap((c) =>
        c.data.filter((d) => ["http", "external", "local_file"].includes(d.type)).map((d) => `${c.id} ${d.type}`),
      ),
    ).toEqual([]);
    expect(
      all.flatMap((c) => c.resources.filter((r) => "provisioner" in r.body).map((r) => `${c.id} ${r.type}.${r.name}`)),
    ).toEqual([]);
    const text = all.flatMap((c) => Object.values(c.sources)).join("\n");
    expect(text).not.toMatch(/local-exec|remote-exec|\bcurl\b|\bwget\b/);
  });

  test("only the root stacks configure providers; every provider is pinned with an upper bound there", () => {
    for (const m of modules) {
      expect(m.providers, m.id).toEqual([]);
      expect(
        m.settings.flatMap((s) => Object.keys(s)).filter((k) => k === "backend"),
        m.id,
      ).toEqual([]);
    }
    for (const s of stacks) {
      const req = requiredProviders(s);
      expect(Object.keys(req).length, s.id).toBeGreaterThan(0);
      for (const [name, p] of Object.entries(req))
        expect(p.version, `${s.id} ${name}`).toMatch(/>= ?[\d.]+, ?< ?[\d.]+/);
    }
  });

  test("every configuration requires Terraform >= 1.11", () => {
    for (const c of all)
      expect(
        c.settings.map((s) => s.required_version),
        c.id,
      ).toEqual([">= 1.11"]);
  });

  test("the AWS stack uses only the hashicorp/aws provider, so it validates offline", () => {
    expect(Object.values(requiredProviders(byId("stacks/aws"))).map((p) => p.source)).toEqual(["hashicorp/aws"]);
    const prefixes = new Set(byId("stacks/aws").data.map((d) => d.type.split("_")[0]));
    expect([...prefixes].filter((p) => p !== "aws" && p !== "terraform")).toEqual([]);
    for (const id of ["modules/network", "modules/cluster", "modules/data", "modules/pipeline"]) {
      expect(Object.keys(requiredProviders(byId(id))), id).toEqual(["aws"]);
    }
  });
});

describe("pipeline", () => {
  test("the stack hands the pipeline its certificate and the host it covers, for the smoke test's SNI check", () => {
    const pipeline = byId("stacks/aws").modules.pipeline ?? {};
    expect(pipeline.certificate_arn).toBe("${var.pipeline_certificate_arn}");
    expect(pipeline.public_host).toBe("${var.pipeline_public_host}");
  });

  const project = resourcesOf("aws_codebuild_project")[0] as Block;

  test("builds are privileged (docker build), use a pinned image and read GitHub by reference", () => {
    const env = first(project.body, "environment");
    expect(env.privileged_mode).toBe(true);
    expect(String((byId("modules/pipeline").variables.build_image as Body).default)).toMatch(
      /^aws\/codebuild\/[a-z0-9-]+:\d+\.\d+$/,
    );
    const auth = first(first(project.body, "source"), "auth");
    expect(auth.type).toBe("${var.source_auth.type}");
    expect(auth.resource).toBe("${var.source_auth.resource}");
  });

  test("the build gets the cluster name, region and ECR URIs", () => {
    // The full list is ops's (packages/ops/src/targets/build-environment.test.ts keeps the two equal).
    const env = JSON.stringify(byId("modules/pipeline").locals.ops_environment);
    for (const k of ["EKS_CLUSTER_NAME", "EKS_REGION", "SERVER_ECR_URI", "CLIENT_ECR_URI"]) expect(env).toContain(k);
  });

  test("the webhook fires on pushes to the configured branch only", () => {
    const hook = resourcesOf("aws_codebuild_webhook")[0] as Block;
    const groups = blocks(hook.body, "filter_group");
    expect(groups.length).toBe(1);
    const filters = blocks(groups[0] as Body, "filter").map((f) => [f.type, f.pattern]);
    expect(filters).toContainEqual(["EVENT", "PUSH"]);
    expect(filters.find(([t]) => t === "HEAD_REF")?.[1]).toMatch(/^\^refs\/heads\/.*var\.branch.*\$$/);
  });

  test("build logs go to the module's CloudWatch log group", () => {
    const logs = first(first(project.body, "logs_config"), "cloudwatch_logs");
    expect(logs.status).toBe("ENABLED");
    expect(logs.group_name).toBe("${aws_cloudwatch_log_group.this.name}");
  });
});

describe("cluster add-ons", () => {
  test("the Load Balancer Controller gets clusterName, region and vpcId", () => {
    const release = resourcesOf("helm_release")[0] as Block;
    const values = expressions(release.body.values).join("\n");
    for (const k of ["clusterName  = var.cluster_name", "region       = var.region", "vpcId        = var.vpc_id"])
      expect(values).toContain(k);
  });

  test("only cluster-addons (and its root) use the helm and kubernetes providers", () => {
    for (const c of all) {
      const usesK8s = c.resources.some((r) => r.type.startsWith("helm_") || r.type.startsWith("kubernetes_"));
      const declares = Object.keys(requiredProviders(c)).some((p) => p === "helm" || p === "kubernetes");
      if (usesK8s || declares) expect(["modules/cluster-addons", "stacks/kubernetes"], c.id).toContain(c.id);
    }
  });
});
