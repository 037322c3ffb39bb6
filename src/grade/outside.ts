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

// The most time.sleep waits in progress together for SEEN_SECONDS or longer.
export function longOverlap(waits: Wait[]): number {
  const points = waits
    .filter((w) => w.kind === "time" && !w.unfinished)
    .flatMap((w): Array<[number, number]> => [[w.begin, 1], [w.end, -1]])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  // For every level k, when the count last rose to k or more.
  const since: number[] = [];
  let count = 0;
  let best = 0;
  for (const [t, step] of points) {
    if (step > 0) {
      count++;
      since[count] = t;
    } else {
      // Leaving level `count`: it lasted from since[count] to t.
      if (t - (since[count] ?? t) >= SEEN_SECONDS) best = Math.max(best, count);
      count--;
    }
  }
  return best;
}

// The record, with a tamper finding added when the probe reported more
// overlapping sleeps than the kernel ever showed.
export function confirmFromOutside(record: RunRecord): RunRecord {
  const seen = record.cpu?.maxSleepingThreads;
  if (seen === undefined || record.probe.state !== "ok") return record;
  const claimed = longOverlap(modelOf(record).waits);
  if (claimed <= seen) return record;
  const finding = `the probe reported ${claimed} time.sleep waits at once for ${SEEN_SECONDS} s or more, but from outside at most ${seen} of the program's threads were ever seen sleeping`;
  return { ...record, tampered: [...(record.tampered ?? []), finding] };
}
