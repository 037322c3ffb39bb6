// What the CPU did during a run, read from Linux's /proc: how much of it the
// rest of the machine was using (so speed checks can stand aside on a busy
// machine) and how much of the program's CPU time was spent by two or more of
// its processes in the same instant (so "the processes computed in parallel"
// is decided by what happened, not by how fast the machine happened to be).
// macOS reads the same through a helper (stream-sampler.ts); elsewhere both
// are unknown, and checks on them are undecided.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { markedProcesses } from "./proc-environ.js";
import { TreeAccounting, limitHit, type ProcessSample } from "./tree-accounting.js";

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

type ProcStat = { cpu: number; rssBytes: number; start: string; threads: number; name: string };

const PAGE_BYTES = 4096;

// utime + stime (all threads), resident memory and start time of one process.
function processStat(pid: number): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "latin1");
    // The command name is in parentheses and may itself contain spaces or ')'.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return {
      cpu: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
      rssBytes: Number(fields[21]) * PAGE_BYTES,
      start: fields[19] ?? "",
      threads: Number(fields[17]) || 1,
      name: text.slice(text.indexOf("(") + 1, text.lastIndexOf(")")),
    };
  } catch {
    return undefined;
  }
}

// What childrenOf reads of /proc (tests pass another).
export type ProcReader = { list: (path: string) => string[]; read: (path: string) => string; exists: (path: string) => boolean };
const PROC: ProcReader = { list: (path) => readdirSync(path), read: (path) => readFileSync(path, "latin1"), exists: (path) => existsSync(path) };

// Direct children of every thread of a process, from its threads' `children`
// files; undefined when the kernel has none (no CONFIG_PROC_CHILDREN: the
// tree cannot be walked).
export function childrenOf(pid: number, proc: ProcReader = PROC): number[] | undefined {
  let tasks: string[];
  try {
    tasks = proc.list(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  const out: number[] = [];
  let readable = false;
  for (const task of tasks) {
    try {
      const text = proc.read(`/proc/${pid}/task/${task}/children`).trim();
      readable = true;
      if (text) for (const p of text.split(" ")) out.push(Number(p));
    } catch {
      /* a thread that just ended, or no CONFIG_PROC_CHILDREN */
    }
  }
  if (readable || tasks.length === 0) return out;
  // Every read failed. A process that ended between the listing and the reads
  // (the program's last moment, more likely on a loaded machine) has nothing
  // to add; only a live one whose children files do not exist means the kernel
  // cannot show the tree. Taking the first for the second threw away the
  // whole run's CPU account.
  const gone = !proc.exists(`/proc/${pid}/task`);
  return gone || tasks.some((task) => proc.exists(`/proc/${pid}/task/${task}/children`)) ? out : undefined;
}

// Threads blocked in a timed sleep, as the kernel shows them: time.sleep is
// clock_nanosleep on CPython 3.11+ and select() before (poll_schedule_timeout).
const SLEEP_WCHAN = /nanosleep|poll_schedule_timeout|do_select|core_sys_select/u;

// The processes pytutor puts between itself and the program.
const LAUNCHERS = new Set(["bwrap", "sh", "dash", "bash"]);

// How many of a process's threads are in a timed sleep, and how many show
// where they wait at all: a kernel that hides it from pytutor (another
// uid, a container) shows "0" for every thread, and then nothing is inferred.
function sleepingThreads(pid: number): { sleeping: number; shown: number } {
  let sleeping = 0;
  let shown = 0;
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        const where = readFileSync(`/proc/${pid}/task/${tid}/wchan`, "latin1").trim();
        if (where !== "" && where !== "0") shown++;
        if (SLEEP_WCHAN.test(where)) sleeping++;
      } catch {
        /* ended meanwhile */
      }
    }
  } catch {
    /* gone */
  }
  return { sleeping, shown };
}

export type CpuSummary = {
  // Most of the run's threads seen at once inside a timed sleep, from outside
  // the program (undefined where the kernel does not show it): what confirms
  // the probe's own account of overlapping waits.
  maxSleepingThreads?: number;
  // When each sample was taken (system monotonic seconds; program seconds once
  // interpreted) and how many of the program's threads it saw sleeping: a
  // starved grader that sampled nothing during a wait has seen nothing.
  sleepSamples?: Array<[number, number]>;
  // CPU seconds spent beyond the busiest process of each sampling window:
  // zero when the processes only ever took turns.
  parallelSeconds: number;
  // Most processes of the run seen using CPU in one window.
  maxBusyProcesses: number;
  processesSeen: number;
  // CPU seconds of every process of the run, as last sampled.
  totalSeconds: number;
  // Most processes alive at once (and most threads of them all), and most resident memory of them all.
  maxProcesses: number;
  maxThreads: number;
  maxRssBytes: number;
};

// Limits watched from outside the program, where its code cannot lift them.
export type TreeLimits = { cpuSeconds: number; memoryBytes: number; processes: number };
export type TreeLimitHit = { limit: "cpu" | "memory" | "processes"; value: number };

const MAX_TREE = 4096;
// Ten minutes of samples at SAMPLE_MS.
const MAX_SLEEP_SAMPLES = 12_000;
const monotonicSeconds = (): number => Number(process.hrtime.bigint()) / 1e9;

// Samples the run's process tree every SAMPLE_MS: CPU use (for the facts
// above), and the limits on CPU, memory and number of processes. The window
// arithmetic is TreeAccounting's; the waits seen from outside are Linux's own.
export class CpuSampler {
  private readonly accounting = new TreeAccounting();
  // Every process seen, with its start time: what to kill when the run ends
  // (a pid alone could have been reused by then).
  readonly seen = this.accounting.seen;
  private maxSleeping = 0;
  private readonly sleepSamples: Array<[number, number]> = [];
  // Some thread of the run (the shell or bubblewrap waiting for the program
  // at least) was ever seen waiting somewhere: the kernel shows this run's
  // waits (off Linux, or where it hides them, the figure stays undefined).
  private sleepsShown = false;
  private broken = false;
  private timer: NodeJS.Timeout | undefined;

  private readonly started = Date.now();

  constructor(
    private readonly root: number,
    private readonly limits?: TreeLimits,
    private readonly onLimit?: (hit: TreeLimitHit) => void,
    // Each sample's CPU seconds of the whole tree so far, and wall seconds.
    private readonly onSample?: (cpuSeconds: number, wallSeconds: number) => void,
  ) {
    const first = processStat(root);
    this.accounting.prime(root, first?.cpu ?? 0, first?.start, monotonicSeconds());
    this.timer = setInterval(() => this.sample(), SAMPLE_MS);
    this.timer.unref();
  }

  // The run's processes, breadth first; no more than `cap` + 1 of them (past
  // the process limit the rest does not change the verdict).
  private tree(cap: number): number[] {
    const out: number[] = [];
    const queue = [this.root];
    while (queue.length > 0 && out.length < MAX_TREE && out.length <= cap) {
      const pid = queue.shift() as number;
      out.push(pid);
      const kids = childrenOf(pid);
      if (kids === undefined) this.broken = true;
      else queue.push(...kids);
    }
    return out;
  }

  sample(): void {
    let sleeping = 0;
    let threads = 0;
    const processes: ProcessSample[] = [];
    // Under a fork or thread bomb a whole sample would read thousands of
    // files every 50 ms while the machine is already drowning: past the
    // process limit the walk stops and the run is stopped at once.
    const cap = this.limits && this.onLimit ? this.limits.processes : Number.POSITIVE_INFINITY;
    for (const pid of this.tree(cap)) {
      const now = processStat(pid);
      if (now === undefined) continue;
      threads += now.threads;
      if (threads > cap) {
        processes.push({ pid, cpu: now.cpu, rssBytes: now.rssBytes, threads: now.threads, start: now.start, name: now.name });
        this.accounting.window(processes, monotonicSeconds());
        this.onLimit?.({ limit: "processes", value: threads });
        return;
      }
      // bubblewrap and the shell wait in poll/select too: only the program's
      // own threads count, and theirs are read only until a wait was shown.
      const launcher = LAUNCHERS.has(now.name);
      if (!launcher || !this.sleepsShown) {
        const seen = sleepingThreads(pid);
        if (!launcher) sleeping += seen.sleeping;
        if (seen.shown > 0) this.sleepsShown = true;
      }
      processes.push({ pid, cpu: now.cpu, rssBytes: now.rssBytes, threads: now.threads, start: now.start, name: now.name });
    }
    const at = monotonicSeconds();
    const totals = this.accounting.window(processes, at);
    this.maxSleeping = Math.max(this.maxSleeping, sleeping);
    if (this.sleepSamples.length < MAX_SLEEP_SAMPLES) this.sleepSamples.push([at, sleeping]);
    this.onSample?.(totals.cpu, (Date.now() - this.started) / 1000);
    const hit = this.onLimit ? limitHit(totals, this.limits) : undefined;
    if (hit) this.onLimit?.(hit);
  }

  // The run's interpreters (not the shell or bubblewrap around them), as last sampled.
  pythons(): number[] {
    return this.accounting.pythons();
  }

  stop(): CpuSummary | undefined {
    clearInterval(this.timer);
    this.timer = undefined;
    if (this.broken) return undefined;
    const { maxRssBytes, ...rest } = this.accounting.summary();
    return {
      ...rest,
      ...(this.sleepsShown ? { maxSleepingThreads: this.maxSleeping, sleepSamples: this.sleepSamples } : {}),
      maxRssBytes,
    };
  }
}

// Kills what the run left behind: every process the sampler saw (if it is
// still the same process), and any process still carrying the run's marker in
// its environment (one that escaped into its own session between two samples).
// No marker: no process can have escaped (a sandbox's pid namespace ends with
// it), so /proc is not read process by process.
export async function sweepLeftovers(seen: Map<number, string>, marker: string | undefined, firstPid: number): Promise<number> {
  let killed = 0;
  const kill = (pid: number) => {
    try {
      process.kill(pid, "SIGKILL");
      killed++;
    } catch {
      /* already gone */
    }
  };
  for (const [pid, start] of seen) {
    if (processStat(pid)?.start === start) kill(pid);
  }
  if (marker === undefined) return killed;
  let pids: string[];
  try {
    pids = readdirSync("/proc");
  } catch {
    return killed;
  }
  // Only processes started after the run's first one (pids grow; a wrapped
  // pid space is rare enough to accept missing one there).
  const candidates = pids.map(Number).filter((pid) => Number.isInteger(pid) && pid >= firstPid && !seen.has(pid));
  const { marked } = await markedProcesses(candidates, "PYTUTOR_RUN", (value) => value === marker);
  for (const pid of marked) kill(pid);
  return killed;
}
