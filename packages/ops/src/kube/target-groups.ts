/**
 * Waiting for the ALB's target groups: the AWS Load Balancer Controller reconciles the Ingress into a load
 * balancer, one target group per backend Service, and one TargetGroupBinding (elbv2.k8s.aws/v1beta1, in the
 * Service's namespace, `spec.serviceRef.name` naming the Service, `spec.targetGroupARN` the target group) per
 * target group (https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/targetgroupbinding/targetgroupbinding/).
 * Pods created after the binding exists get the readiness gate (apply-order.ts).
 */
import type { ProcessRunner } from "../process/runner.ts";
import { tail } from "../process/runner.ts";
import { type Backoff, retryWithBackoff } from "./backoff.ts";
import { type KubeList, type KubeTarget, kubectl, parseJson } from "./kubectl.ts";

export interface TargetGroupBindingJson {
  readonly metadata?: { name?: string };
  readonly spec?: { serviceRef?: { name?: string }; targetGroupARN?: string };
}

export interface TargetGroupWait {
  readonly runner: ProcessRunner;
  readonly target: KubeTarget;
  readonly services: readonly string[];
  readonly backoff: Backoff;
  /** Called after each attempt that is not yet done, with what is still missing. */
  readonly onAttempt: (attempt: number, of: number, note: string, nextInMs: number) => void;
}

/**
 * Resolves with the target group ARN per Service once every Service has a bound target group.
 * @throws {Error} when the attempts run out, naming the Services still without a target group.
 */
export async function waitForTargetGroups(w: TargetGroupWait): Promise<Record<string, string>> {
  return retryWithBackoff(w.backoff, w.onAttempt, async () => {
    const r = await w.runner.run(kubectl.getTargetGroupBindings(w.target));
    if (r.code !== 0) return { done: false, note: `kubectl: ${tail(r.stderr, 1)}` };
    const bound: Record<string, string> = {};
    for (const b of parseJson<KubeList<TargetGroupBindingJson>>(r.stdout)?.items ?? []) {
      const svc = b.spec?.serviceRef?.name;
      if (svc && b.spec?.targetGroupARN) bound[svc] = b.spec.targetGroupARN;
    }
    const missing = w.services.filter((s) => !bound[s]);
    return missing.length
      ? { done: false, note: `no target group yet for ${missing.join(", ")}` }
      : { done: true, value: bound };
  });
}
