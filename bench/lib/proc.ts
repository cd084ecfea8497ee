/**
 * CPU and memory of processes and of the whole machine, read from /proc (Linux only): what the bench reports
 * for the server, the web tier and itself, and how busy the rest of the machine was meanwhile.
 */
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";

/** Clock ticks per second for /proc/<pid>/stat times: 100 on every Linux we run on. */
const TICKS_PER_SECOND = 100;

export interface ProcSample {
  /** user + system CPU, milliseconds since the process started. */
  readonly cpuMs: number;
  /** The kernel's part of cpuMs (system time: sockets, files). */
  readonly sysMs: number;
  readonly rssMb: number;
  /** Peak RSS (VmHWM). */
  readonly peakRssMb: number;
}

/** CPU and memory of one process, or null when it is gone. */
export function sampleProcess(pid: number): ProcSample | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces; fields after its closing parenthesis are fixed.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of the whole line)
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return {
      cpuMs: (ticks * 1000) / TICKS_PER_SECOND,
      sysMs: (Number(fields[12]) * 1000) / TICKS_PER_SECOND,
      rssMb: kbField(status, "VmRSS") / 1024,
      peakRssMb: kbField(status, "VmHWM") / 1024,
    };
  } catch {
    return null;
  }
}

function kbField(status: string, name: string): number {
  const match = new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status);
  return match ? Number(match[1]) : Number.NaN;
}

export interface MachineSample {
  readonly busyTicks: number;
  readonly totalTicks: number;
}

/** Whole-machine CPU counters (first line of /proc/stat). */
export function sampleMachine(): MachineSample {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n", 1)[0]!;
    const values = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = (values[3] ?? 0) + (values[4] ?? 0); // idle + iowait
    const total = values.slice(0, 8).reduce((a, b) => a + b, 0);
    return { busyTicks: total - idle, totalTicks: total };
  } catch {
    return { busyTicks: 0, totalTicks: 0 };
  }
}

/** Cores busy between two machine samples (0..number of cores). */
export function busyCores(before: MachineSample, after: MachineSample): number {
  const total = after.totalTicks - before.totalTicks;
  if (total <= 0) return Number.NaN;
  return ((after.busyTicks - before.busyTicks) / total) * cpus().length;
}

export function machineDescription(): {
  cores: number;
  cpu: string;
  memoryGb: number;
  loadavg: number[];
  kernel: string;
} {
  const list = cpus();
  let memoryGb = Number.NaN;
  try {
    memoryGb = kbField(readFileSync("/proc/meminfo", "utf8"), "MemTotal") / 1024 / 1024;
  } catch {
    // not Linux: leave it unknown
  }
  let kernel = "";
  try {
    kernel = readFileSync("/proc/sys/kernel/osrelease", "utf8").trim();
  } catch {
    kernel = process.platform;
  }
  return {
    cores: list.length,
    cpu: list[0]?.model ?? "unknown",
    memoryGb: Math.round(memoryGb * 10) / 10,
    loadavg: loadavg().map((v) => Math.round(v * 100) / 100),
    kernel,
  };
}
