/**
 * Where a Bun process's CPU goes besides its JavaScript thread. JavaScriptCore compiles hot functions on its
 * `JITWorker` threads and marks the heap on `HeapHelper` threads, so a process spends CPU on work no request
 * asked for; `other` is the rest (the SQLite checkpoint Worker, mimalloc's scavenger, Bun's thread pool).
 * Read from /proc (Linux only), per thread, so a change can tell the JIT's share from its own.
 */
import { readdirSync, readFileSync } from "node:fs";

/** CPU milliseconds by thread role. */
export interface ThreadTimes {
  readonly main: number;
  readonly jit: number;
  readonly gc: number;
  readonly other: number;
}

type Role = keyof ThreadTimes;

/** Each thread of a process (by thread id): its role and its CPU milliseconds since it started. */
export type ThreadSample = ReadonlyMap<string, { readonly role: Role; readonly ms: number }>;

/** Thread names (/proc/<pid>/task/<tid>/comm) JavaScriptCore gives its threads. */
const THREAD_ROLES: readonly [RegExp, Role][] = [
  [/^(JITWorker|JSCWarmUp)/, "jit"],
  [/^HeapHelper/, "gc"],
];

/**
 * Every thread of the processes. CPU from `schedstat`, the scheduler's own nanoseconds on the CPU
 * (https://docs.kernel.org/scheduler/sched-stats.html), not a thread's `stat` ticks: a thread that runs a
 * millisecond at a time is charged a whole 10 ms tick or nothing there.
 */
export function sampleThreads(pids: readonly number[]): ThreadSample {
  const threads = new Map<string, { role: Role; ms: number }>();
  for (const pid of pids) {
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue; // the process is gone
    }
    for (const tid of tids) {
      try {
        const ns = Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ", 1)[0]);
        const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, "utf8").trim();
        threads.set(tid, { role: tid === String(pid) ? "main" : roleOf(name), ms: ns / 1e6 });
      } catch {
        // The thread ended between the listing and the read.
      }
    }
  }
  return threads;
}

/**
 * CPU milliseconds each role used between two samples, thread by thread. A thread started in between counts
 * whole; one that ended in between (JavaScriptCore stops a JIT thread idle for a while) is missing, so the roles
 * can add up to less than the process's CPU, never more.
 */
export function threadTimesBetween(before: ThreadSample, after: ThreadSample): ThreadTimes {
  const times = { main: 0, jit: 0, gc: 0, other: 0 };
  for (const [tid, thread] of after) times[thread.role] += thread.ms - (before.get(tid)?.ms ?? 0);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { main: round(times.main), jit: round(times.jit), gc: round(times.gc), other: round(times.other) };
}

function roleOf(threadName: string): Role {
  return THREAD_ROLES.find(([pattern]) => pattern.test(threadName))?.[1] ?? "other";
}
