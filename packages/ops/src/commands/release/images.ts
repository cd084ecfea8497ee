/** Image build, registry login and push command lines (docker, or buildah with the same syntax). */

import { join } from "node:path";
import { type Component, IMAGES } from "../../config.ts";
import type { Cmd } from "../../process/runner.ts";

export type Builder = "docker" | "buildah";

/** EKS nodes in the stack are x86_64; building for it explicitly keeps releases from ARM laptops runnable. */
export const IMAGE_PLATFORM = "linux/amd64";

export const imageCmds = {
  /** `commit` is stamped into the binary (`--version`): the build context holds no .git to read it from. */
  build: (builder: Builder, root: string, component: Component, image: string, commit: string): Cmd => ({
    cmd: builder,
    args: [
      "build",
      "--platform",
      IMAGE_PLATFORM,
      "--file",
      join(root, IMAGES[component].dockerfile),
      "--build-arg",
      `TERTULIA_COMMIT=${commit}`,
      "--tag",
      image,
      root,
    ],
    cwd: root,
    stream: true,
  }),
  /** The password goes on stdin only: never in argv, never printed. */
  login: (builder: Builder, registry: string, username: string, password: string): Cmd => ({
    cmd: builder,
    args: ["login", "--username", username, "--password-stdin", registry],
    stdin: password,
  }),
  push: (builder: Builder, image: string): Cmd => ({ cmd: builder, args: ["push", image], stream: true }),
};

/** Docker tag rules: 1–128 of [A-Za-z0-9_.-], not starting with . or -. */
export function isValidTag(tag: string): boolean {
  return /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(tag);
}

/** The repository name of a repository URI (`host/tertulia-server` → `tertulia-server`). */
export function repositoryName(repository: string): string {
  return repository.slice(repository.indexOf("/") + 1);
}

/** The registry host of a repository URI (`123.dkr.ecr.sa-east-1.amazonaws.com/x` → the host). */
export function registryOf(repository: string): string {
  return repository.split("/")[0] ?? repository;
}
