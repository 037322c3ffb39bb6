// The probe's report is input like any other: every line is validated here.
// Times (`t`, and a sleep's `b`/`e`) are seconds on the program's own clock,
// from the moment the learner's code started.
import * as z from "zod/mini";

const t = z.number();
const site = z.optional(z.nullable(z.string()));
const n = z.int();
const texts = z._default(z.array(z.nullable(z.string())).check(z.maxLength(8)), []);
const nums = z._default(z.array(z.nullable(z.number())).check(z.maxLength(8)), []);
const text = z.optional(z.nullable(z.string()));
// Who was running: a thread number (0 is the main thread), the asyncio task and
// the pool job, if any; `pid` only for a forked child's events.
const who = {
  th: z.optional(n),
  tk: z.optional(z.nullable(n)),
  jb: z.optional(z.nullable(n)),
  pid: z.optional(n),
};
// What an asyncio task and a pool job both say of their start: the call's
// arguments, whether the learner's code made it, where, and who started it.
const started = {
  args: texts,
  nums,
  learner: z.boolean(),
  site,
  by: z.optional(z.nullable(n)),
  byTask: z.optional(z.nullable(n)),
};

// Each event's schema, built the first time an event of its kind arrives: all
// of them at once (a discriminated union of 40) took 10-15 ms of zod's
// construction in every run, most of it for events the run never sends.
const EVENTS = {
  hello: () =>
    z.object({
      event: z.literal("hello"),
      t,
      token: z.string(),
      version: z.string(),
      implementation: z.string(),
      executable: z.string(),
      gil: z.boolean(),
      cpus: z.nullable(z.number()),
      pid: z.number(),
      platform: z.string(),
      // The program clock's origin on the system's monotonic clock, in seconds.
      mono0: z.optional(z.number()),
      probe: z.optional(z.number()),
      // The main thread's threading.get_ident(): how faulthandler's dump names it.
      ident: z.optional(z.int().check(z.nonnegative())),
      // What the probe managed to set up on its side (absent from older probes):
      // rlimits, a tree end of its own, faulthandler's registration, a Windows Job Object.
      caps: z.catch(z.optional(z.partial(z.object({ limits: z.boolean(), treeKill: z.boolean(), stackDump: z.boolean(), job: z.boolean() }))), undefined),
    }),
  "too-old": () =>
    z.pipe(z.object({ event: z.literal("too-old"), version: z.string() }), z.transform((e) => ({ ...e, t: 0 }))),
  // Output: text written through sys.stdout by one writer. `s` holds whole
  // lines (ending in "\n") or, on a flush, the start of one; `ab` is the job
  // whose result the writing thread took last; `m` marks a line that another
  // writer's text interrupted in the real stream.
  o: () =>
    z.object({ event: z.literal("o"), t, ...who, ab: z.optional(n), fz: z.optional(n), s: z.string(), m: z.optional(z.literal(1)) }),
  "o-cap": () =>
    z.object({ event: z.literal("o-cap"), t, bytes: z.number() }),
  // A weakref.finalize callback ran: because its object died, at exit, or called by hand.
  finalizer: () =>
    z.object({ event: z.literal("finalizer"), t, n, how: z.enum(["death", "exit", "manual"]), ended: z.boolean() }),
  thread: () =>
    z.object({
      event: z.literal("thread"),
      t,
      n,
      name: text,
      api: z.string(),
      target: text,
      args: texts,
      nums,
      daemon: z._default(z.boolean(), false),
      learner: z.boolean(),
      site,
      by: z.optional(z.nullable(n)),
      byTask: z.optional(z.nullable(n)),
    }),
  // `ident` (at "begin"): the thread's threading.get_ident(), as faulthandler's dump names it.
  run: () =>
    z.object({ event: z.literal("run"), t, n, phase: z.enum(["begin", "end"]), native: z.optional(z.nullable(n)), ident: z.optional(z.int().check(z.nonnegative())), name: text }),
  join: () =>
    z.object({ event: z.literal("join"), t, ...who, target: n, done: z.boolean() }),
  sleep: () =>
    z.object({
      event: z.literal("sleep"),
      t,
      ...who,
      kind: z.enum(["time", "asyncio"]),
      secs: z.nullable(z.number()),
      b: z.number(),
      e: z.number(),
      learner: z.boolean(),
      // Still waiting when the program ended (a daemon thread the exit killed).
      unfinished: z.optional(z.boolean()),
    }),
  // A blocking wait, for the timeline only (no check reads it): from `b` to
  // `e` the worker waited on a lock, a queue, a future, an event, a join, a
  // condition, a semaphore or a barrier. Only waits that blocked (over 1 ms).
  wait: () =>
    z.object({
      event: z.literal("wait"),
      t,
      ...who,
      kind: z.enum(["lock", "queue", "future", "event", "join", "condition", "semaphore", "barrier"]),
      b: z.number(),
      e: z.number(),
      // Still waiting when the program ended.
      unfinished: z.optional(z.boolean()),
    }),
  task: () =>
    z.object({
      event: z.literal("task"),
      t,
      n,
      coro: text,
      ...started,
    }),
  "task-done": () =>
    z.object({ event: z.literal("task-done"), t, n }),
  job: () =>
    z.object({
      event: z.literal("job"),
      t,
      n,
      exec: z.nullable(z.string()),
      fn: text,
      ...started,
    }),
  "job-run": () =>
    z.object({ event: z.literal("job-run"), t, n, phase: z.nullable(z.string()), th: n }),
  "job-done": () =>
    z.object({ event: z.literal("job-done"), t, n, ok: z.boolean() }),
  result: () =>
    z.object({ event: z.literal("result"), t, ...who, job: n }),
  process: () =>
    z.object({
      event: z.literal("process"),
      t,
      api: z.string(),
      target: text,
      name: text,
      child: z.nullable(z.number()),
      method: text,
      args: texts,
      learner: z.boolean(),
      site,
    }),
  fork: () =>
    z.object({ event: z.literal("fork"), t, child: z.number(), site }),
  gc: () =>
    z.object({
      event: z.literal("gc"),
      t,
      returned: z.nullable(z.number()),
      tracked: z.number(),
      freed: z.record(z.string(), z.number()),
      cyclic: z.record(z.string(), z.number()),
      // How many of the instances the collection found as garbage lie on a cycle with another of them.
      linked: z.optional(z.number()),
      analysis: z.boolean(),
      garbage: z.number(),
      ms: z.number(),
      site,
    }),
  "gc-read": () =>
    z.object({ event: z.literal("gc-read"), t, ...who, what: z.nullable(z.string()), value: z.union([z.number(), z.array(z.number())]) }),
  class: () =>
    z.object({ event: z.literal("class"), t, name: z.string(), context: z.boolean() }),
  context: () =>
    z.object({
      event: z.literal("context"),
      t,
      cls: z.nullable(z.string()),
      phase: z.enum(["enter", "exit"]),
      generator: z.optional(z.boolean()),
      exc: z.optional(z.nullable(z.string())),
      suppressed: z.optional(z.boolean()),
      raised: z.optional(z.nullable(z.string())),
    }),
  exception: () =>
    z.object({
      event: z.literal("exception"),
      t,
      ...who,
      type: z.string(),
      message: z.string(),
      thread: z.nullable(z.string()),
      traceback: z.string(),
      frames: z.array(z.object({ file: z.string(), line: z.number(), function: z.string() })),
    }),
  "probe-error": () =>
    z.object({ event: z.literal("probe-error"), t, message: z.string() }),
  call: () =>
    z.object({ event: z.literal("call"), t, name: z.nullable(z.string()), count: z.number(), ret: z.optional(z.number()) }),
  queue: () =>
    z.object({ event: z.literal("queue"), t, ...who, q: n, api: z.nullable(z.string()), op: z.nullable(z.string()), item: z.nullable(z.string()) }),
  tm: () =>
    z.object({ event: z.literal("tm"), t, ...who, current: z.number(), peak: z.number() }),
  tamper: () =>
    z.object({ event: z.literal("tamper"), t, what: z.array(z.string()) }),
  inspect: () =>
    z.object({ event: z.literal("inspect"), t, name: z.nullable(z.string()), value: z.nullable(z.number()), error: z.nullable(z.string()), text: z.optional(z.string()) }),
  // os._exit (with its code) or an os.exec* replacing the process; `pid` when a forked child did it.
  exit: () =>
    z.object({ event: z.literal("exit"), t, code: z.optional(z.nullable(z.number())), exec: z.optional(z.boolean()), pid: z.optional(n) }),
  end: () =>
    z.object({
      event: z.literal("end"),
      t,
      outputBytes: z.optional(z.number()),
      cpuSeconds: z.optional(z.number()),
      maxRssKb: z.optional(z.number()),
      tracedPeak: z.optional(z.number()),
      calls: z.optional(z.record(z.string(), z.number())),
    }),
};

type Events = typeof EVENTS;
export type ProbeEvent = { [K in keyof Events]: z.infer<ReturnType<Events[K]>> }[keyof Events];

const built = new Map<string, z.ZodMiniType<ProbeEvent, unknown>>();
function schemaOf(event: unknown): z.ZodMiniType<ProbeEvent, unknown> | undefined {
  if (typeof event !== "string" || !Object.hasOwn(EVENTS, event)) return undefined;
  let schema = built.get(event);
  if (schema === undefined) {
    schema = EVENTS[event as keyof Events]() as z.ZodMiniType<ProbeEvent, unknown>;
    built.set(event, schema);
  }
  return schema;
}

export type EventOf<K extends ProbeEvent["event"]> = Extract<ProbeEvent, { event: K }>;

// Output travels on the channel, so a long output is many events: room for the
// probe's own cap on output events (100,000) and the rest of the report.
export const MAX_PROBE_EVENTS = 150_000;

export type ParsedReport = { events: ProbeEvent[]; problems: string[]; forged: number };

// Splits the channel's bytes into validated events; anything else is a problem.
// Every line must carry the run's token (`k`): a line without it was written by
// someone other than the probe, and is counted as forged, never believed. It
// does not make the run tampered: another program may have written it (a run
// is never blamed for what someone else did to its channel).
export function parseProbeReport(text: string, token: string): ParsedReport {
  const parser = new ReportParser(token);
  parser.push(text);
  return parser.finish();
}

// The same, line by line as the channel's bytes arrive.
export class ReportParser {
  readonly events: ProbeEvent[] = [];
  readonly problems: string[] = [];
  forged = 0;
  private partial = "";
  private lineNo = 0;
  private full = false;

  constructor(private readonly token: string) {}

  push(text: string): ProbeEvent[] {
    const added: ProbeEvent[] = [];
    const parts = (this.partial + text).split("\n");
    this.partial = parts.pop() ?? "";
    for (const line of parts) {
      const event = this.line(line);
      if (event) added.push(event);
    }
    return added;
  }

  finish(): ParsedReport {
    if (this.partial.trim() !== "") this.line(this.partial);
    this.partial = "";
    return { events: this.events, problems: this.problems, forged: this.forged };
  }

  private salvage(line: string): unknown {
    for (let at = line.lastIndexOf('{"'); at > 0; at = line.lastIndexOf('{"', at - 1)) {
      try {
        const data = JSON.parse(line.slice(at)) as Record<string, unknown>;
        if (data && data.k === this.token) return data;
      } catch {
        /* not there: further left */
      }
    }
    return undefined;
  }

  private line(line: string): ProbeEvent | undefined {
    this.lineNo++;
    if (line.trim() === "" || this.full) return undefined;
    if (this.events.length >= MAX_PROBE_EVENTS) {
      this.full = true;
      this.problems.push(`more than ${MAX_PROBE_EVENTS} probe events; the rest were ignored`);
      return undefined;
    }
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      // Bytes written by someone else may have landed in front of one of the
      // probe's lines (no newline of their own): its line is the last JSON
      // object on it, and is kept if it carries the token.
      data = this.salvage(line);
      this.forged++;
      if (data === undefined) {
        this.problems.push(`line ${this.lineNo} is not JSON`);
        return undefined;
      }
    }
    const record = typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
    // The loader of a too-old interpreter writes before the probe exists.
    if (record.k !== this.token && record.event !== "too-old") {
      this.forged++;
      this.problems.push(`line ${this.lineNo} does not come from the probe`);
      return undefined;
    }
    const schema = schemaOf(record.event);
    if (schema === undefined) {
      this.problems.push(`line ${this.lineNo}: unknown event ${JSON.stringify(record.event)?.slice(0, 40) ?? "(none)"}`);
      return undefined;
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      this.problems.push(`line ${this.lineNo}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
      return undefined;
    }
    this.events.push(parsed.data);
    return parsed.data;
  }
}
