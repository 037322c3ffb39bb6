// Watches a run's process group with `ps` (macOS's fallback, when the tree
// sampler helper cannot run): its processes, their resident memory and CPU
// time, against the run's limits. BSD ps's `-g` is not "process group", so it
// lists every process and keeps the run's group. A process per sample and CPU
// in hundredths: no CPU accounting per window (see stream-sampler.ts).
import type { CpuSummary } from "./linux-sampler.js";
import type { SamplerOptions, System, TreeSampler } from "./types.js";

export const PS_ARGS = ["-axo", "pid=,ppid=,pgid=,rss=,cputime=,comm="];
export const PS_SAMPLE_MS = 250;

export type PsRow = { pid: number; ppid: number; pgid: number; rssBytes: number; cpuSeconds: number; name: string };

// `[[dd-]hh:]mm:ss[.cc]`: BSD ps writes 0:01.23, procps 00:00:01 or 1-02:03:04.
export function parseCpuTime(text: string): number | undefined {
  const match = /^(?:(\d+)-)?(\d+(?::\d+){0,2})(?:\.(\d+))?$/u.exec(text.trim());
  if (!match) return undefined;
  const parts = (match[2] as string).split(":").map(Number);
  let seconds = 0;
  for (const p of parts) seconds = seconds * 60 + p;
  if (match[1]) seconds += Number(match[1]) * 86_400;
  if (match[3]) seconds += Number(`0.${match[3]}`);
  return seconds;
}

// One row per line; the command name (last) may hold spaces; bad lines are skipped.
export function parsePs(text: string): PsRow[] {
  const rows: PsRow[] = [];
  for (const line of text.split(/\r?\n/u)) {
    const f = line.trim().split(/\s+/u);
    if (f.length < 5) continue;
    const [pid, ppid, pgid, rss] = f.slice(0, 4).map(Number) as [number, number, number, number];
    const cpu = parseCpuTime(f[4] as string);
    if (![pid, ppid, pgid, rss].every(Number.isInteger) || cpu === undefined) continue;
    const name = f.slice(5).join(" ");
    rows.push({ pid, ppid, pgid, rssBytes: rss * 1024, cpuSeconds: cpu, name: name.slice(name.lastIndexOf("/") + 1) });
  }
  return rows;
}

export class PsSampler implements TreeSampler {
  readonly seen = new Map<number, string>();
  private names = new Map<number, string>();
  private maxProcesses = 0;
  private maxRss = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly started = Date.now();

  constructor(
    private readonly group: number,
    private readonly system: System,
    private readonly options: SamplerOptions,
    intervalMs: number | null = PS_SAMPLE_MS,
  ) {
    if (intervalMs !== null) {
      this.timer = setInterval(() => this.sample(), intervalMs);
      this.timer.unref();
    }
  }

  sample(): void {
    const r = this.system.run("ps", PS_ARGS);
    if (r.status !== 0) return;
    const rows = parsePs(r.stdout).filter((row) => row.pgid === this.group);
    let rss = 0;
    let cpu = 0;
    const names = new Map<number, string>();
    for (const row of rows) {
      rss += row.rssBytes;
      cpu += row.cpuSeconds;
      names.set(row.pid, row.name);
      // ps gives no start time here: the group kill ends them all anyway.
      this.seen.set(row.pid, "");
    }
    this.names = names;
    this.maxProcesses = Math.max(this.maxProcesses, rows.length);
    this.maxRss = Math.max(this.maxRss, rss);
    this.options.onSample?.(cpu, (Date.now() - this.started) / 1000);
    const { limits, onLimit } = this.options;
    if (!limits || !onLimit) return;
    if (rows.length > limits.processes) onLimit({ limit: "processes", value: rows.length });
    else if (rss > limits.memoryBytes) onLimit({ limit: "memory", value: rss });
    else if (cpu > limits.cpuSeconds) onLimit({ limit: "cpu", value: cpu });
  }

  pythons(): number[] {
    return [...this.names].filter(([, name]) => /^python/u.test(name)).map(([pid]) => pid);
  }

  stop(): CpuSummary | undefined {
    clearInterval(this.timer);
    this.timer = undefined;
    return undefined;
  }
}
