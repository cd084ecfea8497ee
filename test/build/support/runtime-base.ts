/**
 * What the images' runtime base gives a binary: `gcr.io/distroless/cc-debian12` holds Debian 12's libc6
 * (glibc 2.36), libgcc-s1, libgomp1 and libstdc++6, and nothing else a binary could link against.
 * @see GoogleContainerTools/distroless cc/config.bzl (CC_PACKAGES) and base/README.md
 */
export const BASE_GLIBC = { major: 2, minor: 36 } as const;

/** Shared objects distroless/cc-debian12 ships, by soname (the vDSO comes from the kernel). */
export const BASE_LIBRARIES: ReadonlySet<string> = new Set([
  "linux-vdso.so.1",
  "ld-linux-x86-64.so.2",
  "libc.so.6",
  "libm.so.6",
  "libpthread.so.0",
  "libdl.so.2",
  "librt.so.1",
  "libutil.so.1",
  "libresolv.so.2",
  "libgcc_s.so.1",
  "libstdc++.so.6",
  "libgomp.so.1",
]);

/** One line of `ldd` output: the soname and the host file it resolved to (null for the vDSO or "not found"). */
export interface LinkedLibrary {
  readonly soname: string;
  readonly path: string | null;
  readonly found: boolean;
}

/** Parses `ldd` output ("libc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x…)", "/lib64/ld-linux-x86-64.so.2 (0x…)"). */
export function parseLdd(output: string): LinkedLibrary[] {
  return output
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const arrow = /^(\S+) => (not found|\S+)/.exec(line);
      if (arrow)
        return {
          soname: arrow[1]!,
          path: arrow[2] === "not found" ? null : arrow[2]!,
          found: arrow[2] !== "not found",
        };
      const bare = /^(\S+) \(0x[0-9a-f]+\)$/.exec(line);
      if (!bare) throw new Error(`unexpected ldd line: ${line}`);
      const name = bare[1]!;
      return { soname: name.split("/").pop()!, path: name.startsWith("/") ? name : null, found: true };
    });
}

/** `ldd` on a file. @throws Error when ldd fails (not a dynamic executable, ldd missing). */
export function ldd(file: string): LinkedLibrary[] {
  const proc = Bun.spawnSync(["ldd", file], { stdout: "pipe", stderr: "pipe" });
  if (proc.exitCode !== 0) throw new Error(`ldd ${file} failed: ${proc.stderr.toString()}`);
  return parseLdd(proc.stdout.toString());
}

/** The highest GLIBC_x.y symbol version named in a binary: the oldest glibc it can run on. */
export async function highestGlibcVersion(file: string): Promise<{ major: number; minor: number }> {
  const text = new TextDecoder("latin1").decode(await Bun.file(file).bytes());
  let best = { major: 0, minor: 0 };
  for (const match of text.matchAll(/GLIBC_(\d+)\.(\d+)/g)) {
    const version = { major: Number(match[1]), minor: Number(match[2]) };
    if (version.major > best.major || (version.major === best.major && version.minor > best.minor)) best = version;
  }
  return best;
}
