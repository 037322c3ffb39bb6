// Runtime facts derived from the probe's events: the numbers `fact` checks test.
import type { RunRecord } from "../runner/record.js";
import type { EventOf } from "../runner/probe-events.js";
import { MAIN, innermost, maxOverlap, modelOf, type Wait } from "./model.js";
import type { ListFact, NumberFact } from "../catalog/facts.js";

export type Facts = {
  // Built-in facts (NumberFact), plus inspect.<name> and calls.<module.function>.
  numbers: Partial<Record<NumberFact, number>> & Record<string, number>;
  // Built-in list facts, plus returns.<module.function>.
  lists: Partial<Record<ListFact, number[]>> & Record<string, number[]>;
  // Why an inspect.<name> fact has no value (the program lacks a name, ...).
  errors: Record<string, { es: string; en: string }>;
  // inspect.<name> expressions whose value was a text.
  texts: Record<string, string>;
};

function only<K extends RunRecord["events"][number]["event"]>(record: RunRecord, kind: K): Array<EventOf<K>> {
  return record.events.filter((e): e is EventOf<K> => e.event === kind);
}

export { maxOverlap } from "./model.js";

const MIN_SLEEP = 0.001;

// `probe` names the inspections and counted calls the spec asked for, so a run
// that never reached its end still has an answer for them.
export function deriveFacts(record: RunRecord, probe: { inspect: Record<string, string>; count: string[] } = { inspect: {}, count: [] }): Facts {
  const numbers: Facts["numbers"] = {
    // The program's own duration, on its clock: not pytutor's or the interpreter's start-up.
    "run.wallSeconds": record.programSeconds,
  };
  if (record.exitCode !== null) numbers["run.exitCode"] = record.exitCode;
  if (record.machine) numbers["run.freeCpus"] = record.machine.freeCpus;
  if (record.cpu) {
    numbers["cpu.parallelSeconds"] = record.cpu.parallelSeconds;
    numbers["cpu.maxBusyProcesses"] = record.cpu.maxBusyProcesses;
  }
  const lists: Facts["lists"] = {};
  const errors: Facts["errors"] = {};
  const texts: Facts["texts"] = {};
  if (record.probe.state !== "ok") return { numbers, lists, errors, texts };
  if (record.probe.cpus !== null) numbers["run.cpus"] = record.probe.cpus;
  numbers["run.gil"] = record.probe.gil ? 1 : 0;

  const end = only(record, "end")[0];
  const model = modelOf(record);
  const workers = [...model.workers.values()];

  const threads = workers.filter((w) => w.kind === "thread" && w.learner);
  numbers["threads.started"] = threads.length;
  numbers["threads.direct"] = threads.filter((w) => w.api === "Thread").length;
  numbers["threads.pool"] = threads.filter((w) => w.api === "ThreadPoolExecutor").length;
  numbers["threads.maxAlive"] = maxOverlap(threads.filter((w) => w.begin !== null).map((w): [number, number] => [w.begin as number, w.end ?? model.until]));
  numbers["threads.joined"] = threads.filter((w) => model.joined.has(w.n)).length;

  const waits = model.waits.filter((w) => w.learner);
  const sleeps = waits.filter((w) => w.kind === "time");
  numbers["sleeps.calls"] = sleeps.length;
  numbers["sleeps.asyncio"] = waits.filter((w) => w.kind === "asyncio").length;
  numbers["sleeps.inWorkers"] = sleeps.filter((w) => w.worker !== MAIN).length;
  numbers["sleeps.inMain"] = sleeps.filter((w) => w.worker === MAIN).length;
  numbers["sleeps.secondsMain"] = sum(sleeps.filter((w) => w.worker === MAIN).map((w) => w.end - w.begin));
  numbers["sleeps.secondsWorkers"] = sum(sleeps.filter((w) => w.worker !== MAIN).map((w) => w.end - w.begin));
  numbers["sleeps.maxOverlap"] = maxOverlap(waits.filter((w) => w.end - w.begin >= MIN_SLEEP).map((w): [number, number] => [w.begin, w.end]));

  numbers["processes.started"] = only(record, "process").filter((e) => e.learner).length;
  numbers["processes.forks"] = only(record, "fork").length;

  const tasks = workers.filter((w) => w.kind === "task" && w.learner);
  numbers["tasks.created"] = tasks.length;
  numbers["tasks.maxConcurrent"] = maxOverlap(tasks.filter((w) => w.begin !== null).map((w): [number, number] => [w.begin as number, w.end ?? model.until]));

  const jobs = workers.filter((w) => w.kind === "job" && w.learner);
  numbers["jobs.threads"] = jobs.filter((w) => w.api === "ThreadPoolExecutor").length;
  numbers["jobs.processes"] = jobs.filter((w) => w.api === "ProcessPoolExecutor").length;

  const collects = only(record, "gc");
  numbers["gc.collectCalls"] = collects.length;
  if (collects.every((e) => e.analysis)) {
    const credited = collects.map((e) => sum(Object.values(e.cyclic)));
    numbers["gc.freed"] = sum(credited);
    numbers["gc.maxFreed"] = credited.reduce((a, b) => Math.max(a, b), 0);
    numbers["gc.maxLinked"] = collects.reduce((a, e) => Math.max(a, e.linked ?? 0), 0);
  } else {
    errors["gc.freed"] = { es: "había demasiados objetos para analizar la recolección", en: "there were too many objects to analyse the collection" };
    errors["gc.maxLinked"] = errors["gc.freed"];
  }
  numbers["gc.garbage"] = collects.reduce((a, e) => Math.max(a, e.garbage), 0);
  lists["gc.returns"] = collects.map((e) => e.returned).filter((v): v is number => v !== null);
  // Objects a finalizer brought back to life are not counted in what gc.collect() returns.
  if (lists["gc.returns"].length > 0) numbers["gc.maxReturned"] = Math.max(...lists["gc.returns"]);
  const reads = only(record, "gc-read");
  lists["gc.objects"] = reads.filter((e) => e.what === "objects" && typeof e.value === "number").map((e) => e.value as number);

  const readings = only(record, "tm");
  numbers["tracemalloc.readings"] = readings.length;
  lists["tracemalloc.peaks"] = readings.map((e) => e.peak);

  const byQueue = new Map<number, Set<string>>();
  for (const e of model.queues) {
    if (e.op !== "get") continue;
    const set = byQueue.get(e.q) ?? new Set<string>();
    set.add(e.tk !== undefined && e.tk !== null ? `task:${e.tk}` : `thread:${e.th ?? 0}`);
    byQueue.set(e.q, set);
  }
  numbers["queues.used"] = new Set(model.queues.map((e) => e.q)).size;
  numbers["queues.maxGetters"] = [...byQueue.values()].reduce((a, s) => Math.max(a, s.size), 0);
  Object.assign(numbers, queueWork(record, model.queues, waits), queueDone(model.queues, waits));

  // What the program's threads blocked on (the probe keeps waits over 1 ms).
  const blocked = only(record, "wait");
  for (const kind of ["semaphore", "queue", "event", "future", "join"] as const) {
    numbers[`blocked.${kind}`] = blocked.filter((e) => e.kind === kind).length;
  }

  const finalizers = only(record, "finalizer");
  numbers["finalizers.onDeath"] = finalizers.filter((e) => e.how === "death" && !e.ended).length;
  numbers["finalizers.atExit"] = finalizers.filter((e) => e.how === "exit" || e.ended).length;
  numbers["finalizers.manual"] = finalizers.filter((e) => e.how === "manual").length;
  numbers["finalizers.lines"] = record.stdout.filter((l) => l.writer?.finalizer !== undefined).length;

  numbers["classes.defined"] = only(record, "class").length;
  const contexts = only(record, "context");
  const exits = contexts.filter((e) => e.phase === "exit");
  numbers["contexts.enters"] = contexts.filter((e) => e.phase === "enter").length;
  numbers["contexts.exits"] = exits.length;
  numbers["contexts.exitsWithException"] = exits.filter((e) => e.exc).length;
  numbers["contexts.suppressed"] = exits.filter((e) => e.suppressed).length;
  numbers["exceptions.uncaught"] = only(record, "exception").length;

  if (end?.tracedPeak !== undefined) numbers["memory.tracedPeak"] = end.tracedPeak;
  if (end?.maxRssKb !== undefined) numbers["memory.maxRssKb"] = end.maxRssKb;
  if (end?.cpuSeconds !== undefined) numbers["run.cpuSeconds"] = end.cpuSeconds;
  for (const name of probe.count) {
    const calls = only(record, "call").filter((e) => e.name === name);
    numbers[`calls.${name}`] = end?.calls?.[name] ?? calls.length;
    lists[`returns.${name}`] = calls.flatMap((e) => (e.ret !== undefined ? [e.ret] : []));
  }
  for (const [name, count] of Object.entries(end?.calls ?? {})) numbers[`calls.${name}`] = count;
  for (const e of only(record, "inspect")) {
    if (e.text !== undefined) texts[`inspect.${e.name}`] = e.text;
    else if (e.value !== null) numbers[`inspect.${e.name}`] = e.value;
    else errors[`inspect.${e.name}`] = { es: e.error ?? "None", en: e.error ?? "None" };
  }
  if (!end) {
    const why = record.timedOut
      ? { es: "el programa no terminó a tiempo y no se pudo inspeccionar", en: "the program did not finish in time and could not be inspected" }
      : { es: "el programa no llegó a su final y no se pudo inspeccionar", en: "the program did not reach its end and could not be inspected" };
    for (const name of Object.keys(probe.inspect)) {
      if (numbers[`inspect.${name}`] === undefined && errors[`inspect.${name}`] === undefined) errors[`inspect.${name}`] = why;
    }
  }
  return { numbers, lists, errors, texts };
}

// What happened to the items that went through queues (a sentinel is not an
// item): how many were put, how many taken, how many of those the worker
// that took one reported with a line before taking the next, and how many it
// reported only after its work on them (a wait of that worker that began after
// the get() and ended before the line: "processed" printed right after
// get(), before the work, announces what has not happened). A sentinel is
// None, or a value some worker that reports its items took as its last and
// never reported (a "FIN" or -1 that stops a consumer): every put and get of
// that value is left out.
function queueWork(record: RunRecord, queues: Array<EventOf<"queue">>, waits: Wait[]): Record<string, number> {
  const key = (w: { th?: number | undefined; tk?: number | null | undefined; jb?: number | null | undefined }) =>
    w.jb !== undefined && w.jb !== null ? `job:${w.jb}` : w.tk !== undefined && w.tk !== null ? `task:${w.tk}` : `thread:${w.th ?? 0}`;
  const linesBy = new Map<string, number[]>();
  for (const line of record.stdout) {
    if (!line.writer) continue;
    const k = key({ th: line.writer.thread, tk: line.writer.task ?? null, jb: line.writer.job ?? null });
    const list = linesBy.get(k) ?? [];
    list.push(line.t);
    linesBy.set(k, list);
  }
  const lastGet = new Map<string, EventOf<"queue">>();
  for (const e of queues) if (e.op === "get") lastGet.set(key(e), e);
  const sentinels = new Set<string | null>(["None"]);
  for (const [k, g] of lastGet) {
    const lines = linesBy.get(k) ?? [];
    if (lines.length > 0 && !lines.some((t) => t > g.t)) sentinels.add(g.item);
  }
  const items = queues.filter((e) => !sentinels.has(e.item));
  const gets = items.filter((e) => e.op === "get");
  const getsBy = new Map<string, number[]>();
  for (const e of queues.filter((q) => q.op === "get")) getsBy.set(key(e), [...(getsBy.get(key(e)) ?? []), e.t]);
  let reported = 0;
  let afterWork = 0;
  for (const g of gets) {
    const k = key(g);
    const next = (getsBy.get(k) ?? []).find((t) => t > g.t) ?? Infinity;
    const lines = (linesBy.get(k) ?? []).filter((t) => t > g.t && t < next);
    if (lines.length > 0) reported++;
    if (lines.some((t) => workEnded(waits, innermost(g), g.t, t))) afterWork++;
  }
  return {
    "queues.puts": items.filter((e) => e.op === "put").length,
    "queues.taken": gets.length,
    "queues.reported": reported,
    "queues.reportedAfterWork": afterWork,
  };
}

// task_done() calls made after their worker's processing: a wait of that
// worker (its asyncio.sleep, time.sleep) ended between its last get() and the
// task_done(). One called right after get() tells join() that an item was
// processed before it was. And those the queue refused (ValueError: called
// more times than items were taken).
function queueDone(queues: Array<EventOf<"queue">>, waits: Wait[]): Record<string, number> {
  const gets = queues.filter((e) => e.op === "get");
  let afterWork = 0;
  for (const done of queues.filter((e) => e.op === "done")) {
    const worker = innermost(done);
    const got = gets.filter((g) => innermost(g) === worker && g.t <= done.t).pop();
    if (got === undefined) continue;
    if (workEnded(waits, worker, got.t, done.t)) afterWork++;
  }
  return {
    "queues.done": queues.filter((e) => e.op === "done").length,
    "queues.doneAfterWork": afterWork,
    "queues.doneExtra": queues.filter((e) => e.op === "done-extra").length,
  };
}

// Whether a wait of `worker` (its work on an item) ended after `from` and by
// `to`: a worker cannot wait while it calls get(), so such a wait began after it.
function workEnded(waits: Wait[], worker: string, from: number, to: number): boolean {
  return waits.some((w) => w.worker === worker && w.end > from && w.end <= to);
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
