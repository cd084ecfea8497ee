/**
 * The compiled binaries need nothing from the runtime image but the C runtime: every library `ldd` lists is one
 * distroless/cc-debian12 ships, and no symbol asks for a glibc newer than its 2.36.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { type CompiledBinaries, compiledBinaries, releaseCompiledBinaries } from "./support/binaries.ts";
import { BASE_GLIBC, BASE_LIBRARIES, highestGlibcVersion, ldd, parseLdd } from "./support/runtime-base.ts";

const haveLdd = Bun.which("ldd") !== null;
if (!haveLdd) console.log("skip: linkage tests need ldd (Debian's libc-bin), which this machine lacks");

let binaries: CompiledBinaries;
beforeAll(async () => {
  binaries = await compiledBinaries(["server", "client"]);
}, 60_000);
afterAll(() => releaseCompiledBinaries());

describe.skipIf(!haveLdd)("linkage of the compiled binaries", () => {
  test.each(["server", "client"] as const)("%s links only C runtime libraries the runtime base provides", (name) => {
    const libraries = ldd(binaries.path(name));
    expect(libraries.filter((l) => !l.found)).toEqual([]);
    expect(libraries.map((l) => l.soname).filter((soname) => !BASE_LIBRARIES.has(soname))).toEqual([]);
    expect(libraries.map((l) => l.soname)).toContain("libc.so.6");
  });

  test.each(["server", "client"] as const)("%s asks for no glibc newer than the base's", async (name) => {
    const needed = await highestGlibcVersion(binaries.path(name));
    expect(needed.major).toBe(BASE_GLIBC.major);
    expect(needed.minor).toBeLessThanOrEqual(BASE_GLIBC.minor);
  });
});

describe("parseLdd", () => {
  test("reads resolved, bare and missing libraries", () => {
    const parsed = parseLdd(
      [
        "\tlinux-vdso.so.1 (0x00007ffd1a5f2000)",
        "\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f0c0a000000)",
        "\t/lib64/ld-linux-x86-64.so.2 (0x00007f0c0a400000)",
        "\tlibssl.so.3 => not found",
      ].join("\n"),
    );
    expect(parsed).toEqual([
      { soname: "linux-vdso.so.1", path: null, found: true },
      { soname: "libc.so.6", path: "/lib/x86_64-linux-gnu/libc.so.6", found: true },
      { soname: "ld-linux-x86-64.so.2", path: "/lib64/ld-linux-x86-64.so.2", found: true },
      { soname: "libssl.so.3", path: null, found: false },
    ]);
  });
});
