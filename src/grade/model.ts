// Who did what in a run, from the probe's events: the workers (the main
// thread, threads, asyncio tasks, pool jobs, forked processes), what each was
// given, when it ran, the waits it made and the output lines it wrote. Pure.
import type { RunRecord } from "../runner/record.js";
import type { EventOf, ProbeEvent } from "../runner/probe-events.js";
import type { OutputLine } from "../runner/output.js";

export type WorkerKind = "main" | "thread" | "task" | "job" | "process";

export type Wait = {
  kind: "time" | "asyncio";
  // The seconds asked for (null when it was not a number).
  asked: number | null;
  begin: number;
  end: number;
  // Made by the program's own code (or a pool running time.sleep for it).
  learner: boolean;
  // The worker it belongs to: the innermost of job, task, thread.
  worker: string;
  // It had not ended when the program did.
  unfinished?: boolean;
};

export type Worker = {
  key: string;
  kind: WorkerKind;
  // Thread, task or job number; the pid of a process.
  n: number;
  name: string;
  target: string | null;
  args: Array<string | null>;
  nums: Array<number | null>;
  // Started by the program's own code (not by the standard library for itself).
  learner: boolean;
  api: string;
  begin: number | null;
  end: number | null;
  waits: Wait[];
  // Indices (0-based) of the output lines this worker wrote itself.
  lines: number[];
  // Lines another worker wrote right after taking this job's result.
  about: number[];
  // The worker that started it (thread:N or task:N), when known.
  by: string | null;
};

export type Model = {
  workers: Map<string, Worker>;
  waits: Wait[];
  lines: OutputLine[];
  // Thread numbers joined (Thread.join returned with the thread finished).
  joined: Set<number>;
  queues: Array<EventOf<"queue">>;
  // The program's clock when its last event or line came.
  until: number;
};

export const MAIN = "main";

export function workerKey(kind: WorkerKind, n: number): string {
  return kind === "main" || (kind === "thread" && n === 0) ? MAIN : `${kind}:${n}`;
}

// The innermost worker of a writer or a wait: a job, else a task, else the thread.
export function innermost(w: { th?: number | undefined; tk?: number | null | undefined; jb?: number | null | undefined; pid?: number | undefined }): string {
  if (w.pid !== undefined) return `process:${w.pid}`;
  if (w.jb !== undefined && w.jb !== null) return workerKey("job", w.jb);
  if (w.tk !== undefined && w.tk !== null) return workerKey("task", w.tk);
  return workerKey("thread", w.th ?? 0);
}

const modelCache = new WeakMap<RunRecord, Model>();

export function modelOf(record: RunRecord): Model {
  const cached = modelCache.get(record);
  if (cached) return cached;
  const model = build(record);
  modelCache.set(record, model);
  return model;
}

function blank(key: string, kind: WorkerKind, n: number): Worker {
  return { key, kind, n, name: key, target: null, args: [], nums: [], learner: false, api: "other", begin: null, end: null, waits: [], lines: [], about: [], by: null };
}

function build(record: RunRecord): Model {
  const workers = new Map<string, Worker>();
  const get = (key: string, kind: WorkerKind, n: number): Worker => {
    let w = workers.get(key);
    if (!w) {
      w = blank(key, kind, n);
      workers.set(key, w);
    }
    return w;
  };
  const main = get(MAIN, "main", 0);
  main.name = "MainThread";
  main.learner = true;
  main.api = "main";
  main.begin = 0;
  const waits: Wait[] = [];
  const joined = new Set<number>();
  const queues: Array<EventOf<"queue">> = [];
  let until = record.programSeconds;
  const byOf = (e: { by?: number | null | undefined; byTask?: number | null | undefined }) =>
    e.byTask !== undefined && e.byTask !== null ? workerKey("task", e.byTask) : e.by !== undefined && e.by !== null ? workerKey("thread", e.by) : null;
  for (const e of record.events as ProbeEvent[]) {
    // Blocking waits are the timeline's alone: no fact of the model comes from them.
    if (e.event === "wait") continue;
    until = Math.max(until, e.t);
    switch (e.event) {
      case "thread": {
        const w = get(workerKey("thread", e.n), "thread", e.n);
        Object.assign(w, { name: e.name ?? `Thread ${e.n}`, target: e.target ?? null, args: e.args, nums: e.nums, learner: e.learner, api: e.api, by: byOf(e) });
        break;
      }
      case "run": {
        const w = get(workerKey("thread", e.n), "thread", e.n);
        if (e.phase === "begin") w.begin = e.t;
        else {
          w.end = e.t;
          if (e.name) w.name = e.name;
        }
        break;
      }
      case "task": {
        const w = get(workerKey("task", e.n), "task", e.n);
        Object.assign(w, { name: e.coro ?? `task ${e.n}`, target: e.coro ?? null, args: e.args, nums: e.nums, learner: e.learner, api: "asyncio", begin: e.t, by: byOf(e) });
        break;
      }
      case "task-done":
        get(workerKey("task", e.n), "task", e.n).end = e.t;
        break;
      case "job": {
        const w = get(workerKey("job", e.n), "job", e.n);
        Object.assign(w, { name: e.fn ?? `job ${e.n}`, target: e.fn ?? null, args: e.args, nums: e.nums, learner: e.learner, api: e.exec === "process" ? "ProcessPoolExecutor" : "ThreadPoolExecutor", by: byOf(e) });
        break;
      }
      case "job-run": {
        const w = get(workerKey("job", e.n), "job", e.n);
        if (e.phase === "begin") w.begin = e.t;
        else w.end = e.t;
        break;
      }
      case "job-done": {
        const w = get(workerKey("job", e.n), "job", e.n);
        // A process pool's job is seen from here only when it is done.
        if (w.end === null) w.end = e.t;
        break;
      }
      case "process": {
        if (e.child === null) break;
        const w = get(`process:${e.child}`, "process", e.child);
        Object.assign(w, { name: e.name ?? `process ${e.child}`, target: e.target ?? null, args: e.args, learner: e.learner, api: e.api, begin: e.t });
        break;
      }
      case "fork": {
        const w = get(`process:${e.child}`, "process", e.child);
        if (w.begin === null) Object.assign(w, { name: `fork ${e.child}`, learner: e.site !== null && e.site !== undefined, api: "fork", begin: e.t });
        break;
      }
      case "sleep": {
        const key = innermost(e);
        const wait: Wait = { kind: e.kind, asked: e.secs, begin: e.b, end: e.e, learner: e.learner, worker: key, ...(e.unfinished ? { unfinished: true } : {}) };
        waits.push(wait);
        const w = workers.get(key) ?? get(key, key.startsWith("job") ? "job" : key.startsWith("task") ? "task" : "thread", Number(key.split(":")[1] ?? 0));
        w.waits.push(wait);
        break;
      }
      case "join":
        if (e.done) joined.add(e.target);
        break;
      case "queue":
        queues.push(e);
        break;
      default:
        break;
    }
  }
  record.stdout.forEach((line, i) => {
    const writer = line.writer;
    if (!writer) return;
    const key = writer.pid !== undefined ? `process:${writer.pid}` : innermost({ th: writer.thread, tk: writer.task ?? null, jb: writer.job ?? null });
    const w = workers.get(key);
    if (w) w.lines.push(i);
    if (writer.about !== undefined) workers.get(workerKey("job", writer.about))?.about.push(i);
  });
  return { workers, waits, lines: record.stdout, joined, queues, until: Math.max(until, ...record.stdout.slice(-1).map((l) => l.t)) };
}

// The largest number of intervals open at one instant.
export function maxOverlap(intervals: Array<[number, number]>): number {
  const points: Array<[number, number]> = [];
  for (const [a, b] of intervals) points.push([a, 1], [b, -1]);
  points.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let open = 0;
  let best = 0;
  for (const [, delta] of points) {
    open += delta;
    if (open > best) best = open;
  }
  return best;
}

// The total length covered by intervals.
export function unionLength(intervals: Array<[number, number]>): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let start = -Infinity;
  let end = -Infinity;
  for (const [a, b] of sorted) {
    if (a > end) {
      if (end > start) total += end - start;
      start = a;
      end = b;
    } else if (b > end) end = b;
  }
  if (end > start) total += end - start;
  return total;
}
