// The per-window arithmetic of a run's CPU, fed with snapshots of its process
// tree by whichever sampler reads them (Linux's /proc, the stdlib helper on
// macOS): deltas per process, CPU spent beyond the busiest process of each
// window (zero when the processes only took turns), the most processes busy at
// once, the maxima and the limits watched from outside. Pure: no I/O.
import type { CpuSummary, TreeLimitHit, TreeLimits } from "./linux-sampler.js";

// One process as a sample saw it: CPU seconds so far (every thread), resident
// bytes, threads, start time (a pid alone may be reused) and command name.
export type ProcessSample = { pid: number; cpu: number; rssBytes: number; threads: number; start: string; name: string };

// The whole tree in one sample: CPU seconds of every process seen so far,
// resident memory, threads and processes alive now.
export type TreeTotals = { cpu: number; rssBytes: number; threads: number; processes: number };

// Less CPU than this in a window is a process waking up, not computing: with
// nanosecond counters (macOS) a waiting parent's housekeeping threads would
// otherwise look busy. Linux counts in hundredths, always above it.
export const BUSY_SECONDS = 0.002;

// A window longer than this (the sampler was starved, or its event loop held)
// cannot tell processes that computed together from processes that took turns
// inside it: a parent ending its own work and a child starting in one
// second-long window look like half a second of parallel work. Such a window
// counts the most of: what its length proves (CPU beyond what one process at
// a time could have spent in it); the CPU beyond the busiest of the processes
// that were already busy in the window before (processes that went on
// computing together, not one taking over from another); its share as if it
// had been this long. Two nominal windows (50 ms each) count in full.
export const SHARP_WINDOW_SECONDS = 0.1;
// Linux counts CPU in ticks of 10 ms: a delta may be one tick more than the
// process spent in the window.
const TICK_SECONDS = 0.01;

export class TreeAccounting {
  // Every process seen, with its start time: what to kill when the run ends.
  readonly seen = new Map<number, string>();
  private readonly last = new Map<number, number>();
  // CPU seconds of processes whose pid was later reused by another.
  private retired = 0;
  private parallel = 0;
  private maxBusy = 0;
  private maxProcesses = 0;
  private maxThreads = 0;
  private maxRss = 0;
  // When the last window ended (monotonic seconds), when the samples say.
  private lastAt: number | undefined;
  // The processes busy in the last window.
  private busyBefore = new Set<number>();
  // The processes of the last sample and their names.
  names = new Map<number, string>();

  // A process's CPU before the first window: a baseline, counted in no window.
  // `at`: when that baseline was read (monotonic seconds).
  prime(pid: number, cpu: number, start?: string, at?: number): void {
    this.last.set(pid, cpu);
    if (start !== undefined) this.seen.set(pid, start);
    if (at !== undefined) this.lastAt = at;
  }

  // One sampling window ending now, with the tree as sampled now at `at`
  // (monotonic seconds; without it the window is taken as sharp).
  window(processes: ProcessSample[], at?: number): TreeTotals {
    // The processes busy in this window, with their CPU in it.
    const busy = new Map<number, number>();
    let rss = 0;
    let threads = 0;
    const names = new Map<number, string>();
    for (const p of processes) {
      threads += p.threads;
      names.set(p.pid, p.name);
      rss += p.rssBytes;
      // A process first seen now: what it used before this window is unknown
      // (a fork starts at zero), so its whole time counts in this window. A
      // pid seen before with another start time is another process.
      let before = this.last.get(p.pid) ?? 0;
      const known = this.seen.get(p.pid);
      if (known !== undefined && known !== p.start) {
        this.retired += before;
        before = 0;
      }
      this.last.set(p.pid, p.cpu);
      this.seen.set(p.pid, p.start);
      if (p.cpu - before >= BUSY_SECONDS) busy.set(p.pid, p.cpu - before);
    }
    const length = at !== undefined && this.lastAt !== undefined ? at - this.lastAt : undefined;
    if (at !== undefined) this.lastAt = at;
    const going = [...busy].filter(([pid]) => this.busyBefore.has(pid)).map(([, d]) => d);
    this.parallel += overlap([...busy.values()], length, going);
    this.busyBefore = new Set(busy.keys());
    this.maxBusy = Math.max(this.maxBusy, busy.size);
    this.names = names;
    this.maxProcesses = Math.max(this.maxProcesses, processes.length);
    this.maxThreads = Math.max(this.maxThreads, threads);
    this.maxRss = Math.max(this.maxRss, rss);
    return { cpu: this.total(), rssBytes: rss, threads, processes: processes.length };
  }

  // CPU seconds of every process of the run, as last sampled.
  total(): number {
    let cpu = this.retired;
    for (const value of this.last.values()) cpu += value;
    return cpu;
  }

  // The run's interpreters, as last sampled (a framework build on macOS is "Python").
  pythons(): number[] {
    return [...this.names].filter(([, name]) => /^python/iu.test(name)).map(([pid]) => pid);
  }

  summary(): CpuSummary {
    return {
      parallelSeconds: Math.round(this.parallel * 1000) / 1000,
      maxBusyProcesses: this.maxBusy,
      processesSeen: this.seen.size,
      totalSeconds: this.total(),
      maxProcesses: this.maxProcesses,
      maxThreads: this.maxThreads,
      maxRssBytes: this.maxRss,
    };
  }
}

// CPU seconds of one window spent beyond its busiest process: zero when only
// one process computed. A window longer than SHARP_WINDOW_SECONDS counts as
// that constant says; `going` holds the deltas of the processes that were
// already busy in the window before.
export function overlap(deltas: number[], length: number | undefined, going: number[] = []): number {
  if (deltas.length < 2) return 0;
  const sum = deltas.reduce((a, b) => a + b, 0);
  const busiest = Math.max(...deltas);
  const beyond = sum - busiest;
  if (length === undefined || length <= SHARP_WINDOW_SECONDS) return beyond;
  const proven = Math.max(0, sum - Math.max(busiest, length) - TICK_SECONDS * deltas.length);
  return Math.max(proven, (beyond * SHARP_WINDOW_SECONDS) / length, overlap(going, undefined));
}

// The first limit a sample breaks, if any. Threads count as processes: 2,000
// threads weigh on the machine as processes do.
export function limitHit(totals: TreeTotals, limits: TreeLimits | undefined): TreeLimitHit | undefined {
  if (!limits) return undefined;
  if (totals.threads > limits.processes) return { limit: "processes", value: totals.threads };
  if (totals.rssBytes > limits.memoryBytes) return { limit: "memory", value: totals.rssBytes };
  if (totals.cpu > limits.cpuSeconds) return { limit: "cpu", value: totals.cpu };
  return undefined;
}
