/**
 * A measurement window: CPU of the server, the web tier, the load generator and the whole machine between
 * `start()` and `stop()`, and memory at the end.
 */
import { busyCores, type MachineSample, type ProcSample, sampleMachine, sampleProcess } from "./proc.ts";
import type { BenchStack } from "./stack.ts";
import { round3 } from "./stats.ts";
import { sampleThreads, type ThreadSample, type ThreadTimes, threadTimesBetween } from "./threads.ts";

export interface ProcessFigures {
  /** Average cores used over the window (1 = one core fully busy). */
  readonly cpuCores: number;
  /** The part of cpuCores spent in the kernel. */
  readonly sysCores: number;
  readonly rssMb: number;
  readonly peakRssMb: number;
  /**
   * CPU milliseconds over the window by thread (threads.ts); `ended` is the process's CPU found in no thread
   * alive at the end: threads that stopped in the window, mostly JIT threads JavaScriptCore let go when idle.
   */
  readonly threadMs: ThreadTimes & { readonly ended: number };
}

export interface WindowFigures {
  readonly durationMs: number;
  /** Wall clock (ms since the epoch) at start and stop: to cut a whole-process CPU profile to the window. */
  readonly wallMs: { readonly start: number; readonly stop: number };
  readonly server: ProcessFigures | null;
  readonly web: ProcessFigures | null;
  readonly loadgen: ProcessFigures;
  /** Cores busy on the whole machine, and the part of it that was none of the three (other people's work). */
  readonly machine: { readonly busyCores: number; readonly otherCores: number };
}

export class MeasureWindow {
  #startedAt = 0;
  #wallStart = 0;
  #server: ProcSample | null = null;
  #web: ProcSample | null = null;
  #threads: ThreadSample = new Map();
  #self = process.cpuUsage();
  #machine: MachineSample = sampleMachine();

  constructor(private readonly stack: BenchStack) {}

  start(): this {
    this.#startedAt = performance.now();
    this.#wallStart = Date.now();
    this.#server = sampleAll(serverPids(this.stack));
    this.#web = sampleAll(webPids(this.stack));
    this.#threads = sampleThreads([...serverPids(this.stack), ...webPids(this.stack), process.pid]);
    this.#self = process.cpuUsage();
    this.#machine = sampleMachine();
    return this;
  }

  stop(): WindowFigures {
    const durationMs = performance.now() - this.#startedAt;
    const self = process.cpuUsage(this.#self);
    const machine = busyCores(this.#machine, sampleMachine());
    const figures = (before: ProcSample | null, pids: readonly number[]): ProcessFigures | null => {
      const after = sampleAll(pids);
      if (!before || !after) return null;
      return {
        cpuCores: round3((after.cpuMs - before.cpuMs) / durationMs),
        sysCores: round3((after.sysMs - before.sysMs) / durationMs),
        rssMb: round1(after.rssMb),
        peakRssMb: round1(after.peakRssMb),
        threadMs: this.#threadMs(pids, after.cpuMs - before.cpuMs),
      };
    };
    const server = figures(this.#server, serverPids(this.stack));
    const web = figures(this.#web, webPids(this.stack));
    const memory = process.memoryUsage();
    const selfMs = (self.user + self.system) / 1000;
    const loadgen: ProcessFigures = {
      cpuCores: round3(selfMs / durationMs),
      sysCores: round3(self.system / 1000 / durationMs),
      rssMb: round1(memory.rss / 1024 / 1024),
      peakRssMb: round1(sampleProcess(process.pid)?.peakRssMb ?? Number.NaN),
      threadMs: this.#threadMs([process.pid], selfMs),
    };
    const ours = (server?.cpuCores ?? 0) + (web?.cpuCores ?? 0) + loadgen.cpuCores;
    return {
      durationMs: Math.round(durationMs),
      wallMs: { start: this.#wallStart, stop: Date.now() },
      server,
      web,
      loadgen,
      machine: { busyCores: round3(machine), otherCores: round3(Math.max(0, machine - ours)) },
    };
  }

  /** The window's CPU of these processes by thread, and what no live thread accounts for. */
  #threadMs(pids: readonly number[], cpuMs: number): ProcessFigures["threadMs"] {
    const times = threadTimesBetween(this.#threads, sampleThreads(pids));
    const found = times.main + times.jit + times.gc + times.other;
    return { ...times, ended: round1(Math.max(0, cpuMs - found)) };
  }
}

function webPids(stack: BenchStack): readonly number[] {
  return stack.webPid === null ? [] : [stack.webPid];
}

function serverPids(stack: BenchStack): readonly number[] {
  return stack.serverPids ?? (stack.serverPid === null ? [] : [stack.serverPid]);
}

/** CPU and memory of several processes added up (every server replica), or null when one is gone. */
function sampleAll(pids: readonly number[]): ProcSample | null {
  const samples = pids.map(sampleProcess);
  if (samples.length === 0 || samples.some((s) => s === null)) return null;
  const sum = (pick: (s: ProcSample) => number) => samples.reduce((total, s) => total + pick(s!), 0);
  return {
    cpuMs: sum((s) => s.cpuMs),
    sysMs: sum((s) => s.sysMs),
    rssMb: sum((s) => s.rssMb),
    peakRssMb: sum((s) => s.peakRssMb),
  };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
