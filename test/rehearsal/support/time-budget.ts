/**
 * How long a build may take at worst, from what bounds it: the phases measured in the rehearsal, an estimate for
 * what the rehearsal stands in for (two real image builds and pushes), and every wait ops makes, at its bound.
 * The pipeline module's `build_timeout_minutes` must cover it, or CodeBuild could stop a build mid-rollback.
 */

import { OLDER_BUILDS_BACKOFF } from "@tertulia/ops/src/commands/release/pipeline-turn.ts";
import { KUBE } from "@tertulia/ops/src/config.ts";
import { type Backoff, LOAD_BALANCER_BACKOFF } from "@tertulia/ops/src/kube/backoff.ts";

/** Sum of the waits between attempts, plus each attempt's own bound. */
export function backoffSeconds(b: Omit<Backoff, "sleep">, perAttemptSeconds: number): number {
  let total = 0;
  let delay = b.firstMs;
  for (let i = 1; i < b.attempts; i++) {
    total += delay / 1000;
    delay = Math.min(delay * 2, b.maxMs);
  }
  return total + b.attempts * perAttemptSeconds;
}

/**
 * Two cold multi-stage image builds on BUILD_GENERAL1_SMALL (pull node:24-bookworm-slim and distroless, npm-install
 * bun, `bun install`, `bun build --compile` of a ~110 MB binary) and two pushes of ~50 MB each: an estimate, since
 * the rehearsal stands in for docker.
 */
export const IMAGE_BUILDS_SECONDS = 10 * 60;

export interface Budget {
  readonly lines: [string, number][];
  readonly totalSeconds: number;
}

export function worstCase(measured: Readonly<Record<string, number>>): Budget {
  const rollout = Number.parseInt(KUBE.rolloutTimeout, 10);
  const lines: [string, number][] = [
    ["install (measured)", (measured.install ?? 0) / 1000],
    ["pre_build (measured)", (measured.pre_build ?? 0) / 1000],
    ["build: two image builds and pushes (estimate)", IMAGE_BUILDS_SECONDS],
    ["post_build: ops calls and the rehearsal's short waits (measured)", (measured.post_build ?? 0) / 1000],
    ["wait for older builds (bound)", backoffSeconds(OLDER_BUILDS_BACKOFF, 2)],
    ["wait for target groups (bound)", backoffSeconds(LOAD_BALANCER_BACKOFF, 2)],
    ["two rollouts (bound)", 2 * rollout],
    ["wait for the ALB's DNS name (bound)", backoffSeconds(LOAD_BALANCER_BACKOFF, 2)],
    ["wait for the ALB to answer (bound, 10 s per request)", backoffSeconds(LOAD_BALANCER_BACKOFF, 10)],
    ["rollback: two rollouts (bound)", 2 * rollout],
  ];
  return { lines, totalSeconds: lines.reduce((n, [, s]) => n + s, 0) };
}
