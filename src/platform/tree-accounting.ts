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
  // The processes of the last sample and their names.
  names = new Map<number, string>();

  // A process's CPU before the first window: a baseline, counted in no window.
  prime(pid: number, cpu: number, start?: string): void {
    this.last.set(pid, cpu);
    if (start !== undefined) this.seen.set(pid, start);
  }

  // One sampling window ending now, with the tree as sampled now.
  window(processes: ProcessSample[]): TreeTotals {
    const deltas: number[] = [];
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
      if (p.cpu - before >= BUSY_SECONDS) deltas.push(p.cpu - before);
    }
    if (deltas.length > 1) this.parallel += deltas.reduce((a, b) => a + b, 0) - Math.max(...deltas);
    this.maxBusy = Math.max(this.maxBusy, deltas.length);
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

// The first limit a sample breaks, if any. Threads count as processes: 2,000
// threads weigh on the machine as processes do.
export function limitHit(totals: TreeTotals, limits: TreeLimits | undefined): TreeLimitHit | undefined {
  if (!limits) return undefined;
  if (totals.threads > limits.processes) return { limit: "processes", value: totals.threads };
  if (totals.rssBytes > limits.memoryBytes) return { limit: "memory", value: totals.rssBytes };
  if (totals.cpu > limits.cpuSeconds) return { limit: "cpu", value: totals.cpu };
  return undefined;
}
