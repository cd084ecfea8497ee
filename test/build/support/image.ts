/**
 * The runtime image assembled without a daemon: Debian's buildah, `FROM scratch`, the compiled binary, the C
 * runtime libraries `ldd` lists (copied from this Debian 12 host: the same glibc 2.36 packages distroless
 * cc-debian12 ships), an empty /tmp and, for the server, /data owned by 65532. Configured as the Dockerfiles
 * configure theirs (USER, ENTRYPOINT, EXPOSE, ENV, VOLUME).
 *
 * Storage is vfs in a temporary directory (no overlay mounts, nothing left in /var/lib/containers), and
 * `buildah run --isolation chroot` runs the binary inside the image without a container runtime.
 */
import { chmodSync, chownSync, copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { NONROOT } from "./binaries.ts";
import { ldd } from "./runtime-base.ts";

export interface Buildah {
  /** The buildah command with this test run's private storage. */
  readonly base: readonly string[];
  run(args: readonly string[]): string;
}

/** buildah with its own storage under `root`. @throws Error with buildah's stderr when a command fails. */
export function buildah(root: string): Buildah {
  const base = ["buildah", "--root", join(root, "storage"), "--runroot", join(root, "run"), "--storage-driver", "vfs"];
  return {
    base,
    run(args) {
      const proc = Bun.spawnSync([...base, ...args], { stdout: "pipe", stderr: "pipe" });
      if (proc.exitCode !== 0)
        throw new Error(`buildah ${args.join(" ")} failed (${proc.exitCode}): ${proc.stderr.toString()}`);
      return proc.stdout.toString().trim();
    },
  };
}

export interface ImageSpec {
  readonly name: "server" | "client";
  readonly binary: string;
  readonly port: number;
  readonly commit: string;
  /** The server's data volume and the environment that points at it. */
  readonly volume?: { readonly path: string; readonly env: Record<string, string> };
}

export interface BuiltImage {
  readonly reference: string;
  /** The working container the image was committed from, for `buildah run`. */
  readonly container: string;
  /** Every file and directory in the image, absolute. */
  readonly files: readonly string[];
  /** Uncompressed layer bytes (what the node's disk holds). */
  readonly bytes: number;
  /** gzip-compressed layer bytes (what a registry stores and a node pulls). */
  readonly gzipBytes: number;
}

/** Files under a directory, absolute as seen from inside it. */
function listTree(root: string, relative = ""): string[] {
  return readdirSync(join(root, relative), { withFileTypes: true }).flatMap((entry) => {
    const path = `${relative}/${entry.name}`;
    return entry.isDirectory() ? [path, ...listTree(root, path)] : [path];
  });
}

/**
 * Assembles, configures and commits one runtime image, then pushes it to an OCI layout to measure its size.
 * The VOLUME is declared last, after `smoke` ran in the working container: buildah 1.28's chroot isolation
 * mounts a declared volume unwritable (the server fails with SQLITE_CANTOPEN), which Docker and Kubernetes do not.
 */
export async function buildRuntimeImage(
  b: Buildah,
  root: string,
  spec: ImageSpec,
  smoke: (container: string) => Promise<void>,
): Promise<BuiltImage> {
  const container = b.run(["from", "--name", `tertulia-${spec.name}-${process.pid}`, "scratch"]);
  const rootfs = b.run(["mount", container]);
  const binaryPath = `/usr/local/bin/tertulia-${spec.name}`;
  mkdirSync(join(rootfs, "usr/local/bin"), { recursive: true });
  copyFileSync(spec.binary, join(rootfs, binaryPath));
  chmodSync(join(rootfs, binaryPath), 0o755);
  for (const library of ldd(spec.binary)) {
    if (!library.path) continue;
    mkdirSync(join(rootfs, library.path, ".."), { recursive: true });
    copyFileSync(library.path, join(rootfs, library.path));
  }
  mkdirSync(join(rootfs, "tmp"));
  chmodSync(join(rootfs, "tmp"), 0o1777);
  if (spec.volume) {
    mkdirSync(join(rootfs, spec.volume.path));
    chownSync(join(rootfs, spec.volume.path), NONROOT, NONROOT);
  }
  const files = listTree(rootfs).sort();
  b.run(["umount", container]);

  const env = Object.entries(spec.volume?.env ?? {}).flatMap(([k, v]) => ["--env", `${k}=${v}`]);
  b.run([
    "config",
    "--user",
    `${NONROOT}:${NONROOT}`,
    "--entrypoint",
    JSON.stringify([binaryPath]),
    "--cmd",
    "",
    "--port",
    String(spec.port),
    "--workingdir",
    spec.volume?.path ?? "/",
    "--label",
    `org.opencontainers.image.revision=${spec.commit}`,
    "--label",
    `org.opencontainers.image.title=tertulia-${spec.name}`,
    ...env,
    container,
  ]);
  await smoke(container);
  if (spec.volume) b.run(["config", "--volume", spec.volume.path, container]);

  const reference = `localhost/tertulia-${spec.name}:${spec.commit.slice(0, 12)}`;
  b.run(["commit", "--quiet", "--format", "oci", container, reference]);
  const manifest = JSON.parse(JSON.parse(b.run(["inspect", "--type", "image", reference])).Manifest as string) as {
    layers: { size: number }[];
  };
  const layout = join(root, `oci-${spec.name}`);
  b.run(["push", "--quiet", "--compression-format", "gzip", reference, `oci:${layout}:latest`]);
  const index = JSON.parse(readFileSync(join(layout, "index.json"), "utf8")) as { manifests: { digest: string }[] };
  const pushed = JSON.parse(
    readFileSync(join(layout, "blobs/sha256", index.manifests[0]!.digest.slice(7)), "utf8"),
  ) as { layers: { digest: string }[] };
  const gzipBytes = pushed.layers.reduce(
    (sum, l) => sum + statSync(join(layout, "blobs/sha256", l.digest.slice(7))).size,
    0,
  );
  return { reference, container, files, bytes: manifest.layers.reduce((sum, l) => sum + l.size, 0), gzipBytes };
}
