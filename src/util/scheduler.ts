// A worker pool that shares the CPU, not a number of places: each running
// program weighs what it uses. A program that mostly sleeps (ejercicio2's
// downloads) weighs a few hundredths of a core, so many overlap; a CPU-bound
// one weighs a whole core; an exclusive one (speed-up checks) runs alone. A
// program weighs half a core while it starts (interpreter and probe start-up
// is CPU work), so a burst of launches cannot starve the timing of the
// programs already running. After that it weighs what it is measured to use
// right now (the runner samples its process tree), or else what the
// exercise's finished runs used (CPU time / wall time), or else a whole core.
import { medianMean } from "./median.js";

// The one worker pool: `grade` and `verify` both run their programs through it.
export type Weighed = { cpuSeconds: number | null; wallSeconds: number };

export type SchedulerOptions<T> = {
  // CPU cores the batch may keep busy.
  slots: number;
  // Programs alive at once, whatever they weigh.
  maxConcurrent: number;
  group: (job: T) => string;
  exclusive: (job: T) => boolean;
  // Stop starting new jobs (running ones finish).
  stopped?: () => boolean;
};

const STARTUP_MS = 150;
const STARTUP_WEIGHT = 0.5;
const TICK_MS = 50;
const MIN_WEIGHT = 0.02;
const SAMPLES = 21;

// `measure` lets a running job say how much CPU it is using now (cores).
export type Measure = (cores: number) => void;

type Running = { group: string; started: number; exclusive: boolean; live?: number };

export async function runScheduled<T>(jobs: T[], options: SchedulerOptions<T>, work: (job: T, measure: Measure) => Promise<Weighed>): Promise<void> {
  const pending = [...jobs];
  const running = new Map<number, Running>();
  const learned = new Map<string, number[]>();
  let nextId = 0;
  // What a program of this exercise is expected to use: its finished runs,
  // else what its running ones measure now, else a whole core.
  const expectedOf = (group: string): number => {
    const samples = learned.get(group);
    if (samples && samples.length > 0) return medianMean(samples);
    const live = [...running.values()].flatMap((r) => (r.group === group && r.live !== undefined ? [r.live] : []));
    return live.length > 0 ? medianMean(live) : 1;
  };
  const weightOf = (r: Running, now: number): number => {
    const expected = Math.min(options.slots, Math.max(MIN_WEIGHT, r.live ?? expectedOf(r.group)));
    return now - r.started < STARTUP_MS ? Math.max(STARTUP_WEIGHT, expected) : expected;
  };
  await new Promise<void>((resolve, reject) => {
    const pump = () => {
      if ((pending.length === 0 || options.stopped?.()) && running.size === 0) {
        clearInterval(timer);
        resolve();
        return;
      }
      while (pending.length > 0 && !options.stopped?.()) {
        const job = pending[0] as T;
        const now = Date.now();
        const busy = [...running.values()];
        if (busy.some((r) => r.exclusive)) break;
        const exclusive = options.exclusive(job);
        if (busy.length > 0 && (exclusive || busy.length >= options.maxConcurrent)) break;
        const load = busy.reduce((sum, r) => sum + weightOf(r, now), 0);
        const group = options.group(job);
        if (busy.length > 0 && load + Math.max(STARTUP_WEIGHT, Math.min(options.slots, expectedOf(group))) > options.slots + 1e-9) break;
        pending.shift();
        const id = nextId++;
        const entry: Running = { group, started: now, exclusive };
        running.set(id, entry);
        work(job, (cores) => {
          entry.live = cores;
        }).then(
          (measured) => {
            running.delete(id);
            if (measured.cpuSeconds !== null && measured.wallSeconds > 0) {
              const samples = learned.get(group) ?? [];
              samples.push(measured.cpuSeconds / measured.wallSeconds);
              if (samples.length > SAMPLES) samples.shift();
              learned.set(group, samples);
            }
            pump();
          },
          (error: unknown) => {
            clearInterval(timer);
            reject(error);
          },
        );
      }
    };
    // Weights fall as programs get past their start-up: look again every tick.
    const timer = setInterval(pump, TICK_MS);
    pump();
  });
}
