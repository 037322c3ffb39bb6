// Seeing concurrency, the model: when each line was printed and, for each of
// the learner's threads, processes and asyncio tasks, when it ran, slept or
// waited. `timelineOf` derives the lanes from the probe's events, `capTimeline`
// bounds them for documents. Pure data: timeline.ts draws it for a terminal,
// the batch document and `check --json` carry it.
import type { RunRecord } from "../runner/record.js";
import { innermost, MAIN, modelOf, workerKey } from "../grade/model.js";

// [begin, end] in seconds since the program started.
export type Span = [number, number];

export type LaneKind = "thread" | "process" | "task" | "sleep";

export type Lane = {
  kind: LaneKind;
  // The thread's name, the process's name, the task's coroutine, or (for a
  // "sleep" lane) the thread that slept: "MainThread" for the main thread.
  name: string;
  // When it existed: one span for a thread, process or task; for a "sleep"
  // lane, its time.sleep calls.
  spans: Span[];
  // The time.sleep and asyncio.sleep calls inside it.
  sleeps: Span[];
  // Its other waits: on a lock, a queue, a future, an event, a join (the
  // probe's `wait` events); for a pool thread, the time between its jobs.
  waits: Span[];
  // False for processes: the probe sees them start, not end, so they are drawn
  // until the end of the run.
  endKnown: boolean;
};

export type TimelineMark = { line: number; t: number; text: string };

export type Timeline = {
  // Seconds the axis covers: the run, or more if something ended later.
  duration: number;
  lanes: Lane[];
  marks: TimelineMark[];
};

export const MAIN_THREAD = "MainThread";

// The probe's blocking waits by worker key (the innermost worker, as sleeps),
// the jobs each pool thread ran and when.
function waitsOf(record: RunRecord, until: number): { waits: Map<string, Span[]>; jobRuns: Map<string, Span[]>; jobsOf: Map<string, string[]> } {
  const waits = new Map<string, Span[]>();
  const jobRuns = new Map<string, Span[]>();
  const jobsOf = new Map<string, string[]>();
  const open = new Map<number, number>();
  for (const e of record.events) {
    if (e.event === "wait") {
      const key = innermost(e);
      waits.set(key, [...(waits.get(key) ?? []), [e.b, Math.max(e.b, e.e)]]);
    } else if (e.event === "job-run") {
      const thread = workerKey("thread", e.th);
      const job = workerKey("job", e.n);
      if (!jobsOf.get(thread)?.includes(job)) jobsOf.set(thread, [...(jobsOf.get(thread) ?? []), job]);
      if (e.phase === "begin") open.set(e.n, e.t);
      else {
        const begin = open.get(e.n);
        open.delete(e.n);
        const key = workerKey("thread", e.th);
        if (begin !== undefined) jobRuns.set(key, [...(jobRuns.get(key) ?? []), [begin, Math.max(begin, e.t)]]);
      }
    }
  }
  // A job still running at the end.
  for (const e of record.events) {
    if (e.event === "job-run" && e.phase === "begin" && open.get(e.n) === e.t) {
      const key = workerKey("thread", e.th);
      jobRuns.set(key, [...(jobRuns.get(key) ?? []), [e.t, Math.max(e.t, until)]]);
    }
  }
  return { waits, jobRuns, jobsOf };
}

// The parts of `span` that none of `covered` covers.
function gaps(span: Span, covered: Span[]): Span[] {
  const out: Span[] = [];
  let from = span[0];
  for (const [a, b] of [...covered].sort((x, y) => x[0] - y[0])) {
    if (a > from) out.push([from, Math.min(a, span[1])]);
    from = Math.max(from, b);
    if (from >= span[1]) break;
  }
  if (from < span[1]) out.push([from, span[1]]);
  return out.filter(([a, b]) => b > a);
}

export function timelineOf(record: RunRecord): Timeline {
  const model = modelOf(record);
  const until = Math.max(record.programSeconds, model.until);
  const { waits, jobRuns, jobsOf } = waitsOf(record, until);
  const sleepsOf = (key: string) => (model.workers.get(key)?.waits ?? []).map((x): Span => [x.begin, Math.max(x.begin, x.end)]);
  const lanes: Array<Lane & { order: number }> = [];
  let order = 0;
  const kinds: Record<string, LaneKind | undefined> = { thread: "thread", task: "task", job: "thread", process: "process" };
  const repeated = new Map<string, number>();
  for (const w of model.workers.values()) if (w.learner && w.kind !== "main") repeated.set(w.name, (repeated.get(w.name) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const w of model.workers.values()) {
    const kind = kinds[w.kind];
    if (!kind || !w.learner || w.begin === null) continue;
    const n = (seen.get(w.name) ?? 0) + 1;
    seen.set(w.name, n);
    let name = w.kind === "job" ? `${w.name}${w.args.length ? `(${w.args.join(", ")})` : ""}` : w.name;
    if (w.kind === "task" && (repeated.get(w.name) ?? 0) > 1) name = `${w.name} #${n}`;
    if (w.kind === "process" && w.target && !name.includes(w.target)) name = `${name} (${w.target})`;
    const begin = w.begin;
    const span: Span = [begin, Math.max(begin, w.end ?? until)];
    const sleeps = sleepsOf(w.key);
    const blocked = [...(waits.get(w.key) ?? [])];
    // A pool thread sleeps and waits in the jobs it runs; between jobs it waits for work.
    if (w.kind === "thread" && w.api === "ThreadPoolExecutor") {
      for (const job of jobsOf.get(w.key) ?? []) {
        sleeps.push(...sleepsOf(job));
        blocked.push(...(waits.get(job) ?? []));
      }
      blocked.push(...gaps(span, jobRuns.get(w.key) ?? []));
    }
    const byStart = (a: Span, b: Span) => a[0] - b[0];
    lanes.push({ kind, name, spans: [span], sleeps: sleeps.sort(byStart), waits: blocked.sort(byStart), endKnown: w.kind !== "process" || w.end !== null, order: order++ });
  }
  const sorted = lanes
    .sort((a, b) => (a.spans[0]?.[0] ?? 0) - (b.spans[0]?.[0] ?? 0) || a.order - b.order)
    .map(({ order: _order, ...lane }) => lane);
  // The main thread's sleeps and waits first: the main thread is there before
  // anything else. Its lane's spans are its sleeps (what documents draw); it is
  // alive the whole run.
  const mainSleeps = (model.workers.get(MAIN)?.waits ?? []).map((x): Span => [x.begin, Math.max(x.begin, x.end)]);
  const mainWaits = waits.get(MAIN) ?? [];
  if (mainSleeps.length > 0 || mainWaits.length > 0) sorted.unshift({ kind: "sleep", name: MAIN_THREAD, spans: mainSleeps, sleeps: mainSleeps, waits: mainWaits, endKnown: true });

  const marks = record.stdout.map((l, i) => ({ line: i + 1, t: l.t, text: l.text }));
  let duration = Math.max(until, 0.001);
  for (const m of marks) duration = Math.max(duration, m.t);
  for (const l of sorted) for (const [, b] of [...l.spans, ...l.waits]) duration = Math.max(duration, b);
  return { duration, lanes: sorted, marks };
}

// At most `maxLanes` lanes of at most `maxSpans` spans (and sleeps) each, with
// times in milliseconds' precision: what a document can carry. Spans beyond the
// cap are merged across their shortest gaps, so the lane keeps its shape.
export function capTimeline(timeline: Timeline, maxLanes: number, maxSpans: number): { lanes: Lane[]; omitted: number } {
  const ms = (n: number) => Math.round(n * 1000) / 1000;
  const lanes = timeline.lanes.slice(0, maxLanes).map((lane) => ({
    ...lane,
    spans: mergeSpans(lane.spans, maxSpans).map(([a, b]): Span => [ms(a), ms(b)]),
    sleeps: mergeSpans(lane.sleeps, maxSpans).map(([a, b]): Span => [ms(a), ms(b)]),
    waits: mergeSpans(lane.waits, maxSpans).map(([a, b]): Span => [ms(a), ms(b)]),
  }));
  return { lanes, omitted: Math.max(0, timeline.lanes.length - maxLanes) };
}

export function mergeSpans(spans: Span[], max: number): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]).map(([a, b]): Span => [a, b]);
  if (sorted.length <= max) return sorted;
  if (max <= 0) return [];
  // Merge across the (n - max) shortest gaps.
  const gaps = sorted.slice(1).map((s, i) => ({ i, gap: s[0] - (sorted[i] as Span)[1] }));
  gaps.sort((x, y) => x.gap - y.gap || x.i - y.i);
  const join = new Set(gaps.slice(0, sorted.length - max).map((g) => g.i));
  const out: Span[] = [];
  for (const [i, span] of sorted.entries()) {
    const last = out[out.length - 1];
    if (last && join.has(i - 1)) last[1] = Math.max(last[1], span[1]);
    else out.push([span[0], span[1]]);
  }
  return out;
}
