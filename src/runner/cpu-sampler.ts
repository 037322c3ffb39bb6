// What the CPU did during a run, read from Linux's /proc: how much of it the
// rest of the machine was using (so speed checks can stand aside on a busy
// machine) and how much of the program's CPU time was spent by two or more of
// its processes in the same instant (so "the processes computed in parallel"
// is decided by what happened, not by how fast the machine happened to be).
// Elsewhere than Linux both are unknown, and checks on them are undecided.
import { readFileSync, readdirSync } from "node:fs";

// USER_HZ: the unit of /proc/stat and /proc/<pid>/stat, 100 on every Linux ABI.
const TICKS_PER_SECOND = 100;
export const SAMPLE_MS = 50;

export type MachineTimes = { busy: number; cpus: number };

// Busy CPU seconds of the whole machine so far, and its CPU count.
export function machineTimes(): MachineTimes | undefined {
  let text: string;
  try {
    text = readFileSync("/proc/stat", "latin1");
  } catch {
    return undefined;
  }
  let busy: number | undefined;
  let cpus = 0;
  for (const line of text.split("\n")) {
    if (line.startsWith("cpu ")) {
      // user nice system idle iowait irq softirq steal ...
      const f = line.trim().split(/\s+/).slice(1).map(Number);
      busy = (f[0] ?? 0) + (f[1] ?? 0) + (f[2] ?? 0) + (f[5] ?? 0) + (f[6] ?? 0) + (f[7] ?? 0);
    } else if (/^cpu\d/.test(line)) cpus++;
  }
  return busy === undefined || cpus === 0 ? undefined : { busy: busy / TICKS_PER_SECOND, cpus };
}

// utime + stime of one process (all its threads), in seconds.
function processCpu(pid: number): number | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "latin1");
    // The command name is in parentheses and may itself contain spaces or ')'.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

// Direct children of every thread of a process (needs CONFIG_PROC_CHILDREN).
function childrenOf(pid: number): number[] | undefined {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  const out: number[] = [];
  let readable = false;
  for (const task of tasks) {
    try {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, "latin1").trim();
      readable = true;
      if (text) for (const p of text.split(" ")) out.push(Number(p));
    } catch {
      /* a thread that just ended, or no CONFIG_PROC_CHILDREN */
    }
  }
  return readable || tasks.length === 0 ? out : undefined;
}

export type CpuSummary = {
  // CPU seconds spent beyond the busiest process of each sampling window:
  // zero when the processes only ever took turns.
  parallelSeconds: number;
  // Most processes of the run seen using CPU in one window.
  maxBusyProcesses: number;
  processesSeen: number;
  // CPU seconds of every process of the run, as last sampled.
  totalSeconds: number;
};

export class CpuSampler {
  private readonly last = new Map<number, number>();
  private readonly seen = new Set<number>();
  private parallel = 0;
  private maxBusy = 0;
  private broken = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly root: number) {
    this.last.set(root, processCpu(root) ?? 0);
    this.seen.add(root);
    this.timer = setInterval(() => this.sample(), SAMPLE_MS);
    this.timer.unref();
  }

  private tree(): number[] {
    const out: number[] = [];
    const queue = [this.root];
    while (queue.length > 0 && out.length < 512) {
      const pid = queue.shift() as number;
      out.push(pid);
      const kids = childrenOf(pid);
      if (kids === undefined) this.broken = true;
      else queue.push(...kids);
    }
    return out;
  }

  sample(): void {
    const deltas: number[] = [];
    for (const pid of this.tree()) {
      const now = processCpu(pid);
      if (now === undefined) continue;
      // A process first seen now: what it used before this window is unknown
      // (a fork starts at zero), so its whole time counts in this window.
      const before = this.last.get(pid) ?? 0;
      this.last.set(pid, now);
      this.seen.add(pid);
      if (now > before) deltas.push(now - before);
    }
    if (deltas.length > 1) {
      this.parallel += deltas.reduce((a, b) => a + b, 0) - Math.max(...deltas);
    }
    this.maxBusy = Math.max(this.maxBusy, deltas.length);
  }

  stop(): CpuSummary | undefined {
    clearInterval(this.timer);
    this.timer = undefined;
    if (this.broken) return undefined;
    return {
      parallelSeconds: Math.round(this.parallel * 1000) / 1000,
      maxBusyProcesses: this.maxBusy,
      processesSeen: this.seen.size,
      totalSeconds: [...this.last.values()].reduce((a, b) => a + b, 0),
    };
  }
}
