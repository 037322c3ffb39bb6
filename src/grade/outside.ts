// What the probe says, checked against what the kernel showed from outside the
// program: a program that forged the probe's account of its waits (without
// really sleeping in that many threads at once) is caught here, whatever it
// did inside its own process.
import type { RunRecord } from "../runner/record.js";
import type { Wait } from "./model.js";
import { modelOf } from "./model.js";

// Waits that overlapped at least this long are seen by the outside sampler
// (every 50 ms) many times over, even on a busy machine.
const SEEN_SECONDS = 1.0;

// Stretches of at least SEEN_SECONDS during which `level` time.sleep waits or
// more were in progress together, on the program's clock.
export type Overlap = { level: number; begin: number; end: number };

export function overlaps(waits: Wait[]): Overlap[] {
  const points = waits
    .filter((w) => w.kind === "time" && !w.unfinished)
    .flatMap((w): Array<[number, number]> => [[w.begin, 1], [w.end, -1]])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  // For every level k, when the count last rose to k or more.
  const since: number[] = [];
  let count = 0;
  const out: Overlap[] = [];
  for (const [t, step] of points) {
    if (step > 0) {
      count++;
      since[count] = t;
    } else {
      // Leaving level `count`: it lasted from since[count] to t.
      const begin = since[count] ?? t;
      if (t - begin >= SEEN_SECONDS) out.push({ level: count, begin, end: t });
      count--;
    }
  }
  return out;
}

// The most time.sleep waits in progress together for SEEN_SECONDS or longer.
export function longOverlap(waits: Wait[]): number {
  return overlaps(waits).reduce((best, o) => Math.max(best, o.level), 0);
}

// Samples the outside sampler must have taken inside a stretch for what it saw
// there to count: a grader starved of CPU (many runs at once on a loaded
// machine) may take none for a second or more, and then it saw nothing.
const MIN_SAMPLES = 5;
// The edges of a stretch are left out: a thread just entering or leaving its
// sleep may not show it yet.
const EDGE_SECONDS = 0.1;

// The record, with a tamper finding added when the probe reported more
// overlapping sleeps than the kernel showed while they were going on.
export function confirmFromOutside(record: RunRecord): RunRecord {
  const seen = record.cpu?.maxSleepingThreads;
  if (seen === undefined || record.probe.state !== "ok") return record;
  const samples = record.cpu?.sleepSamples;
  let claimed = 0;
  let shown = seen;
  for (const o of overlaps(modelOf(record).waits)) {
    if (o.level <= seen) continue;
    if (samples) {
      const inside = samples.filter(([t]) => t >= o.begin + EDGE_SECONDS && t <= o.end - EDGE_SECONDS);
      if (inside.length < MIN_SAMPLES) continue;
      const most = inside.reduce((m, [, n]) => Math.max(m, n), 0);
      if (most >= o.level) continue;
      if (o.level > claimed) {
        claimed = o.level;
        shown = most;
      }
    } else if (o.level > claimed) claimed = o.level;
  }
  if (claimed === 0) return record;
  const finding = `the probe reported ${claimed} time.sleep waits at once for ${SEEN_SECONDS} s or more, but from outside at most ${shown} of the program's threads were seen sleeping while they went on`;
  return { ...record, tampered: [...(record.tampered ?? []), finding] };
}
