// A worker pool that shares the CPU, not a number of places: each running
// program weighs what it is expected to use. A program that mostly sleeps
// (ejercicio2 downloads) weighs a tenth of a core, so many overlap; a CPU-bound
// one weighs a whole core; an exclusive one (speed-up checks) runs alone. A
// program weighs a whole core while it starts (interpreter and probe start-up
// is CPU work), so a burst of launches cannot starve the timing of the
// programs already running. What each exercise weighs is learned from its own
// finished runs (CPU time / wall time), starting from a whole core.
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
const TICK_MS = 50;
const MIN_WEIGHT = 0.05;
const SAMPLES = 21;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export async function runScheduled<T>(jobs: T[], options: SchedulerOptions<T>, work: (job: T) => Promise<Weighed>): Promise<void> {
  const pending = [...jobs];
  const running = new Map<number, { group: string; started: number; exclusive: boolean }>();
  const learned = new Map<string, number[]>();
  let nextId = 0;
  const weightOf = (group: string, started: number, now: number): number => {
    if (now - started < STARTUP_MS) return 1;
    const samples = learned.get(group);
    return samples && samples.length > 0 ? Math.min(options.slots, Math.max(MIN_WEIGHT, median(samples) + MIN_WEIGHT)) : 1;
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
        const load = busy.reduce((sum, r) => sum + weightOf(r.group, r.started, now), 0);
        if (busy.length > 0 && load + 1 > options.slots + 1e-9) break;
        pending.shift();
        const id = nextId++;
        const group = options.group(job);
        running.set(id, { group, started: now, exclusive });
        work(job).then(
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
