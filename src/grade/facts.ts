// Runtime facts derived from the probe's events: the numbers `fact` checks test.
import type { RunRecord } from "../runner/record.js";
import type { EventOf } from "../runner/probe-events.js";
import type { ListFact, NumberFact } from "../spec/facts.js";

export type Facts = {
  // Built-in facts (NumberFact), plus inspect.<name> and calls.<module.function>.
  numbers: Partial<Record<NumberFact, number>> & Record<string, number>;
  lists: Partial<Record<ListFact, number[]>>;
  // Why an inspect.<name> fact has no value (the program lacks a name, ...).
  errors: Record<string, { es: string; en: string }>;
};

type Interval = [number, number];

// The largest number of intervals open at one instant.
export function maxOverlap(intervals: Interval[]): number {
  const points: Array<[number, number]> = [];
  for (const [a, b] of intervals) {
    points.push([a, 1], [b, -1]);
  }
  points.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let open = 0;
  let best = 0;
  for (const [, delta] of points) {
    open += delta;
    best = Math.max(best, open);
  }
  return best;
}

function only<K extends RunRecord["events"][number]["event"]>(record: RunRecord, kind: K): Array<EventOf<K>> {
  return record.events.filter((e): e is EventOf<K> => e.event === kind);
}

const MIN_SLEEP = 0.001;

// `probe` names the inspections and counted calls the spec asked for, so a run
// that never reached its end still has an answer for them.
export function deriveFacts(record: RunRecord, probe: { inspect: Record<string, string>; count: string[] } = { inspect: {}, count: [] }): Facts {
  const numbers: Facts["numbers"] = {
    "run.wallSeconds": record.wallSeconds,
  };
  if (record.exitCode !== null) numbers["run.exitCode"] = record.exitCode;
  if (record.machine) numbers["run.freeCpus"] = record.machine.freeCpus;
  if (record.cpu) {
    numbers["cpu.parallelSeconds"] = record.cpu.parallelSeconds;
    numbers["cpu.maxBusyProcesses"] = record.cpu.maxBusyProcesses;
  }
  const lists: Facts["lists"] = {};
  const errors: Facts["errors"] = {};
  if (record.probe.state !== "ok") return { numbers, lists, errors };
  if (record.probe.cpus !== null) numbers["run.cpus"] = record.probe.cpus;
  numbers["run.gil"] = record.probe.gil ? 1 : 0;

  const end = only(record, "end")[0];
  const until = record.wallSeconds;

  const threads = only(record, "thread-start").filter((e) => e.learner);
  const threadIds = new Set(threads.map((e) => e.id));
  numbers["threads.started"] = threads.length;
  numbers["threads.direct"] = threads.filter((e) => e.api === "Thread").length;
  numbers["threads.pool"] = threads.filter((e) => e.api === "ThreadPoolExecutor").length;
  const runs = new Map<number, Interval>();
  for (const e of only(record, "thread-run")) {
    if (!threadIds.has(e.id)) continue;
    if (e.phase === "begin") runs.set(e.id, [e.t, until]);
    else {
      const open = runs.get(e.id);
      if (open) open[1] = e.t;
    }
  }
  numbers["threads.maxAlive"] = maxOverlap([...runs.values()]);

  const sleeps = only(record, "sleep");
  numbers["sleeps.calls"] = end?.sleepCalls ?? sleeps.length;
  numbers["sleeps.inWorkers"] = sleeps.filter((e) => !e.main).length;
  numbers["sleeps.secondsMain"] = end?.sleepSecondsMain ?? sum(sleeps.filter((e) => e.main).map((e) => e.end - e.begin));
  numbers["sleeps.secondsWorkers"] = end?.sleepSecondsWorkers ?? sum(sleeps.filter((e) => !e.main).map((e) => e.end - e.begin));
  numbers["sleeps.maxOverlap"] = maxOverlap(sleeps.filter((e) => e.end - e.begin >= MIN_SLEEP).map((e): Interval => [e.begin, e.end]));

  numbers["processes.started"] = only(record, "process-start").filter((e) => e.learner).length;
  numbers["processes.forks"] = only(record, "fork").length;

  const tasks = only(record, "task-create").filter((e) => e.learner);
  const taskIds = new Set(tasks.map((e) => e.id));
  const taskSpans = new Map<number, Interval>(tasks.map((e) => [e.id, [e.t, until]]));
  for (const e of only(record, "task-done")) {
    const span = taskIds.has(e.id) ? taskSpans.get(e.id) : undefined;
    if (span) span[1] = e.t;
  }
  numbers["tasks.created"] = tasks.length;
  numbers["tasks.maxConcurrent"] = maxOverlap([...taskSpans.values()]);

  const collects = only(record, "gc-collect");
  const freed = collects.map((e) => sum(Object.values(e.freed)));
  numbers["gc.collectCalls"] = collects.length;
  numbers["gc.freed"] = sum(freed);
  numbers["gc.maxFreed"] = Math.max(0, ...freed);
  numbers["gc.garbage"] = Math.max(0, ...collects.map((e) => e.garbage));
  lists["gc.returns"] = collects.map((e) => e.returned).filter((v): v is number => v !== null);

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
    const seen = only(record, "call").filter((e) => e.name === name).length;
    numbers[`calls.${name}`] = end?.calls?.[name] ?? seen;
  }
  for (const [name, count] of Object.entries(end?.calls ?? {})) numbers[`calls.${name}`] = count;
  for (const e of only(record, "inspect")) {
    if (e.value !== null) numbers[`inspect.${e.name}`] = e.value;
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
  return { numbers, lists, errors };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
