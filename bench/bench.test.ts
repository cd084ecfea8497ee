/**
 * CI's short run of the load harness: every scenario at tiny sizes, through the real CLI, against a real
 * server and web tier in their own processes. It checks that the harness works and that nothing is lost or
 * duplicated; it never asserts a timing (the figures are reported, not tested).
 */
import { describe, expect, test } from "bun:test";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { BenchReport } from "./lib/report.ts";

describe("bun run bench --short", () => {
  test("runs every scenario and loses or duplicates no delivery", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tertulia-bench-test-"));
    try {
      const out = join(dir, "report.json");
      const child = Bun.spawn([process.execPath, resolve(import.meta.dir, "run.ts"), "--short", "--out", out], {
        stdout: "pipe",
        stderr: "pipe",
      });
      const [stdout, stderr, code] = await Promise.all([
        new Response(child.stdout).text(),
        new Response(child.stderr).text(),
        child.exited,
      ]);
      expect(code, stderr).toBe(0);
      expect(stdout).toContain("latency p50 ms");

      const report = JSON.parse(readFileSync(out, "utf8")) as BenchReport;
      expect(report.mode).toBe("short");
      expect(report.scenarios.map((s) => s.id)).toEqual([
        "ping-pong",
        "one-room",
        "many-rooms",
        "connect-storm",
        "grpc-only",
        "idle",
      ]);
      for (const scenario of report.scenarios) {
        expect(scenario.error, scenario.id).toBeUndefined();
        const [run] = scenario.runs;
        expect(run, scenario.id).toBeDefined();
        if (run!.deliveries) {
          expect({ id: scenario.id, ...run!.deliveries }).toMatchObject({
            id: scenario.id,
            lost: 0,
            duplicated: 0,
            outOfOrder: 0,
            sendErrors: 0,
          });
          expect(run!.deliveries.expected).toBeGreaterThan(0);
        }
        if (run!.connect) expect(run!.connect.joined).toBe(run!.connect.users);
        expect(run!.window.server?.rssMb ?? 0).toBeGreaterThan(0);
        expect(run!.window.web?.rssMb ?? 0).toBeGreaterThan(0);
        // Every message runs JavaScript in both processes: their threads were found and read.
        if (run!.deliveries && scenario.id !== "grpc-only") {
          expect(run!.window.server?.threadMs.main ?? 0, scenario.id).toBeGreaterThan(0);
          expect(run!.window.web?.threadMs.main ?? 0, scenario.id).toBeGreaterThan(0);
        }
      }
      // One-room warms up before its clock: those messages arrive, and only the measured ones are counted.
      const oneRoom = report.scenarios.find((s) => s.id === "one-room")!;
      const { users = 0, rate = 0, seconds = 0, warmup = 0 } = oneRoom.params;
      expect(warmup).toBeGreaterThan(0);
      expect(oneRoom.runs[0]!.deliveries!.expected).toBe(users * rate * seconds);
      expect(oneRoom.notes.join("; ")).not.toContain("warm-up");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  test("--peers and --scale-out run the scenarios against the peers and two replicas too, losing nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tertulia-bench-test-"));
    try {
      const out = join(dir, "report.json");
      const child = Bun.spawn(
        [
          process.execPath,
          resolve(import.meta.dir, "run.ts"),
          "--short",
          "--peers",
          "--scale-out",
          "--only",
          "ping-pong,many-rooms,grpc-only",
          "--out",
          out,
        ],
        { stdout: "pipe", stderr: "pipe" },
      );
      const [stdout, stderr, code] = await Promise.all([
        new Response(child.stdout).text(),
        new Response(child.stderr).text(),
        child.exited,
      ]);
      expect(code, stderr).toBe(0);
      expect(stdout).toContain("ratio = tertulia / other");

      const report = JSON.parse(readFileSync(out, "utf8")) as BenchReport;
      expect(report.alongside?.map((o) => o.label)).toEqual(["scale-out", "socket.io", "bun"]);
      for (const peer of report.alongside ?? []) {
        // The gRPC scenario is Tertulia's alone (the scale-out stack is Tertulia).
        const grpc = peer.label === "scale-out" ? ["grpc-only"] : [];
        expect(peer.scenarios.map((s) => s.id)).toEqual(["ping-pong", "many-rooms", ...grpc]);
        for (const scenario of peer.scenarios) {
          expect(scenario.error, `${peer.label} ${scenario.id}`).toBeUndefined();
          const run = scenario.runs[0]!;
          expect({ peer: peer.label, id: scenario.id, ...run.deliveries }).toMatchObject({
            peer: peer.label,
            id: scenario.id,
            lost: 0,
            duplicated: 0,
            outOfOrder: 0,
          });
          expect(run.deliveries!.expected).toBeGreaterThan(0);
          expect(run.window.server?.rssMb ?? 0).toBeGreaterThan(0);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000); // four systems, the scale-out one four processes and two services, on a shared 2-core machine
});
