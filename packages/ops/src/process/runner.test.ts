import { describe, expect, test } from "bun:test";
import { createProcessRunner, dryRunRunner, formatCmd } from "./runner.ts";
import { compareVersions } from "./tools.ts";

describe("process runner", () => {
  test("formatCmd quotes what needs quoting and never shows stdin", () => {
    expect(formatCmd({ cmd: "kubectl", args: ["get", "pods", "--selector", "app=x,tier=y"] })).toBe(
      "kubectl get pods --selector app=x,tier=y",
    );
    expect(formatCmd({ cmd: "terraform", args: ['-var=aws_stack_state={bucket="b"}'] })).toBe(
      `terraform '-var=aws_stack_state={bucket="b"}'`,
    );
    expect(formatCmd({ cmd: "docker", args: ["login", "--password-stdin", "r"], stdin: "secret" })).toBe(
      "docker login --password-stdin r <<< [stdin redacted]",
    );
  });

  test("formatCmd redacts secret-looking arguments by name", () => {
    expect(formatCmd({ cmd: "x", args: ["--token", "abc", "--password=pw", "DB_PASSWORD=pw", "--name", "ok"] })).toBe(
      "x --token '[redacted]' '--password=[redacted]' 'DB_PASSWORD=[redacted]' --name ok",
    );
  });

  test("the real runner captures output, exit code and stdin", async () => {
    const r = await createProcessRunner().run({
      cmd: "sh",
      args: ["-c", "read x; echo out:$x; echo err >&2; exit 3"],
      stdin: "hi\n",
    });
    expect(r).toEqual({ code: 3, stdout: "out:hi\n", stderr: "err\n" });
    expect((await createProcessRunner().run({ cmd: "no-such-tool-xyz", args: [] })).code).toBe(127);
  });

  test("the dry-run runner runs read-only commands and prints the rest", async () => {
    const planned: string[] = [];
    const r = dryRunRunner(createProcessRunner(), (line) => planned.push(line));
    expect((await r.run({ cmd: "echo", args: ["read"], readOnly: true })).stdout).toBe("read\n");
    expect(await r.run({ cmd: "rm", args: ["-rf", "/definitely/not"] })).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(planned).toEqual(["rm -rf /definitely/not"]);
  });

  test("--verbose copies every command's output through, not only streamed ones", async () => {
    const seen: string[] = [];
    const quiet = createProcessRunner({ onOutput: (c) => void seen.push(c) });
    await quiet.run({ cmd: "sh", args: ["-c", "echo quiet; echo err >&2"] });
    expect(seen).toEqual([]);
    const verbose = createProcessRunner({ onOutput: (c) => void seen.push(c), streamAll: true });
    await verbose.run({ cmd: "sh", args: ["-c", "echo loud; echo err >&2"] });
    expect(seen.join("").split("\n").sort()).toEqual(["", "err", "loud"]);
  });

  test("versions compare numerically", () => {
    expect(compareVersions("1.11.4", "1.11.0")).toBeGreaterThan(0);
    expect(compareVersions("1.9.8", "1.11.0")).toBeLessThan(0);
    expect(compareVersions("1.11", "1.11.0")).toBe(0);
  });
});
