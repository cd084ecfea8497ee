/**
 * Checks rendered objects against the Kubernetes API schema, in two passes:
 *
 * 1. `validateObject`: the validators of `kubernetes-models` (generated from the Kubernetes OpenAPI
 *    document) check types, formats and required fields.
 * 2. `unknownFieldErrors`: those validators accept any extra field, because the OpenAPI document does not
 *    forbid them, while the API server with strict field validation (kubectl's default) rejects them, and
 *    a misspelt field (`livenesProbe`) would otherwise pass silently. The objects are written out as
 *    TypeScript literals typed with the same package's interfaces and type-checked: TypeScript's
 *    excess-property check rejects a field the interfaces do not declare, at any depth.
 *
 * The schema is the one `kubernetes-models` 5.1.0 carries (a recent Kubernetes release, newer than the
 * clusters we target), so it catches mistakes, not the use of a field newer than the cluster.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import { Ingress } from "kubernetes-models/networking.k8s.io/v1/Ingress";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import { StorageClass } from "kubernetes-models/storage.k8s.io/v1/StorageClass";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { Namespace } from "kubernetes-models/v1/Namespace";
import { PersistentVolumeClaim } from "kubernetes-models/v1/PersistentVolumeClaim";
import { Service } from "kubernetes-models/v1/Service";
import { ServiceAccount } from "kubernetes-models/v1/ServiceAccount";
import { type KubeObject, REPO_ROOT } from "./render";

type Validate = (object: KubeObject) => void;

/** A `kubernetes-models` class: built from an object's data, it checks that data in `validate()`. */
type ModelClass = new (data: never) => { validate(): void };

function modelValidator(Model: ModelClass): Validate {
  // The model's own validator decides whether the data fits; the cast only hands the data over.
  return (object) => new Model(object as never).validate();
}

/** The kinds the manifests may use, by `apiVersion/kind`. A kind missing here fails validation. */
const VALIDATORS: Readonly<Record<string, Validate>> = {
  "apps/v1/Deployment": modelValidator(Deployment),
  "autoscaling/v2/HorizontalPodAutoscaler": modelValidator(HorizontalPodAutoscaler),
  "networking.k8s.io/v1/Ingress": modelValidator(Ingress),
  "policy/v1/PodDisruptionBudget": modelValidator(PodDisruptionBudget),
  "storage.k8s.io/v1/StorageClass": modelValidator(StorageClass),
  "v1/ConfigMap": modelValidator(ConfigMap),
  "v1/Namespace": modelValidator(Namespace),
  "v1/PersistentVolumeClaim": modelValidator(PersistentVolumeClaim),
  "v1/Service": modelValidator(Service),
  "v1/ServiceAccount": modelValidator(ServiceAccount),
};

/** `Kind/name`, for messages. */
export function describeObject(object: KubeObject): string {
  return `${object.kind}/${object.metadata.name}`;
}

/** Type and required-field errors of one object; empty when it is valid. */
export function validateObject(object: KubeObject): string[] {
  const validate = VALIDATORS[`${object.apiVersion}/${object.kind}`];
  if (validate === undefined) return [`${describeObject(object)}: no schema for ${object.apiVersion} ${object.kind}`];
  try {
    validate(object);
    return [];
  } catch (error) {
    return [`${describeObject(object)}: ${error instanceof Error ? error.message : String(error)}`];
  }
}

/** The `kubernetes-models` module and interface that type one object, e.g. `apps/v1/Deployment`. */
function typeImport(object: KubeObject): { module: string; name: string } {
  return { module: `kubernetes-models/${object.apiVersion}/${object.kind}`, name: `I${object.kind}` };
}

/** The TypeScript compiler's launcher, run with the same Bun that runs the tests (no Node.js needed). */
const TSC = path.join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");

/**
 * Fields the Kubernetes schema does not declare, found by type-checking the objects as typed literals.
 * TypeScript reports the first unknown field of each object. Empty when there is none.
 * @throws Error when the TypeScript compiler is missing or fails without a diagnostic.
 */
export function unknownFieldErrors(objects: readonly KubeObject[]): string[] {
  if (!existsSync(TSC)) throw new Error(`${TSC} is missing: run \`bun install\``);
  const imports = new Map<string, string>();
  const lines: string[] = [];
  for (const [index, object] of objects.entries()) {
    const { module, name } = typeImport(object);
    const alias = `T${index}`;
    imports.set(alias, `import type { ${name} as ${alias} } from "${module}";`);
    lines.push(`export const o${index}: ${alias} = ${JSON.stringify(object)};`);
  }
  const header = [...imports.values()];
  const source = [...header, ...lines].join("\n");

  const dir = mkdtempSync(path.join(tmpdir(), "tertulia-schema-"));
  try {
    writeFileSync(path.join(dir, "objects.ts"), source);
    writeFileSync(
      path.join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: "preserve",
          moduleResolution: "bundler",
          skipLibCheck: true,
          types: [],
          paths: { "kubernetes-models/*": [path.join(REPO_ROOT, "node_modules", "kubernetes-models", "*")] },
        },
        files: ["objects.ts"],
      }),
    );
    const run = Bun.spawnSync([process.execPath, TSC, "-p", path.join(dir, "tsconfig.json"), "--pretty", "false"], {
      cwd: dir,
      stderr: "pipe",
    });
    if (run.exitCode === 0) return [];
    const output = `${run.stdout.toString()}${run.stderr.toString()}`;
    const errors = [...output.matchAll(/^objects\.ts\((\d+),\d+\): error TS\d+: (.*)$/gm)].map((match) => {
      const object = objects[Number(match[1]) - header.length - 1];
      // The literals are JSON, so TypeScript quotes property names twice ('"livenesProbe"').
      const message = (match[2] ?? "").replace(/'"([^"']*)"'/g, "'$1'");
      return `${object === undefined ? "objects.ts" : describeObject(object)}: ${message}`;
    });
    if (errors.length === 0) throw new Error(`tsc failed without a diagnostic on the objects:\n${output}`);
    return errors;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
