// The probe's report is input like any other: every line is validated here.
// Times (`t`, and a sleep's `b`/`e`) are seconds on the program's own clock,
// from the moment the learner's code started.
import { z } from "zod";

const t = z.number();
const site = z.string().nullable().optional();
const n = z.number().int();
const texts = z.array(z.string().nullable()).max(8).default([]);
const nums = z.array(z.number().nullable()).max(8).default([]);
const text = z.string().nullable().optional();
// Who was running: a thread number (0 is the main thread), the asyncio task and
// the pool job, if any; `pid` only for a forked child's events.
const who = {
  th: n.optional(),
  tk: n.nullable().optional(),
  jb: n.nullable().optional(),
  pid: n.optional(),
};
// What an asyncio task and a pool job both say of their start: the call's
// arguments, whether the learner's code made it, where, and who started it.
const started = {
  args: texts,
  nums,
  learner: z.boolean(),
  site,
  by: n.nullable().optional(),
  byTask: n.nullable().optional(),
};

export const ProbeEventSchema = z.discriminatedUnion("event", [
  z.object({
    event: z.literal("hello"),
    t,
    token: z.string(),
    version: z.string(),
    implementation: z.string(),
    executable: z.string(),
    gil: z.boolean(),
    cpus: z.number().nullable(),
    pid: z.number(),
    platform: z.string(),
    // The program clock's origin on the system's monotonic clock, in seconds.
    mono0: z.number().optional(),
    probe: z.number().optional(),
    // The main thread's threading.get_ident(): how faulthandler's dump names it.
    ident: z.number().int().nonnegative().optional(),
    // What the probe managed to set up on its side (absent from older probes):
    // rlimits, a tree end of its own, faulthandler's registration, a Windows Job Object.
    caps: z.object({ limits: z.boolean(), treeKill: z.boolean(), stackDump: z.boolean(), job: z.boolean() }).partial().optional().catch(undefined),
  }),
  z.object({ event: z.literal("too-old"), version: z.string() }).transform((e) => ({ ...e, t: 0 })),
  // Output: text written through sys.stdout by one writer. `s` holds whole
  // lines (ending in "\n") or, on a flush, the start of one; `ab` is the job
  // whose result the writing thread took last; `m` marks a line that another
  // writer's text interrupted in the real stream.
  z.object({ event: z.literal("o"), t, ...who, ab: n.optional(), fz: n.optional(), s: z.string(), m: z.literal(1).optional() }),
  z.object({ event: z.literal("o-cap"), t, bytes: z.number() }),
  // A weakref.finalize callback ran: because its object died, at exit, or called by hand.
  z.object({ event: z.literal("finalizer"), t, n, how: z.enum(["death", "exit", "manual"]), ended: z.boolean() }),
  z.object({
    event: z.literal("thread"),
    t,
    n,
    name: text,
    api: z.string(),
    target: text,
    args: texts,
    nums,
    daemon: z.boolean().default(false),
    learner: z.boolean(),
    site,
    by: n.nullable().optional(),
    byTask: n.nullable().optional(),
  }),
  // `ident` (at "begin"): the thread's threading.get_ident(), as faulthandler's dump names it.
  z.object({ event: z.literal("run"), t, n, phase: z.enum(["begin", "end"]), native: n.nullable().optional(), ident: z.number().int().nonnegative().optional(), name: text }),
  z.object({ event: z.literal("join"), t, ...who, target: n, done: z.boolean() }),
  z.object({
    event: z.literal("sleep"),
    t,
    ...who,
    kind: z.enum(["time", "asyncio"]),
    secs: z.number().nullable(),
    b: z.number(),
    e: z.number(),
    learner: z.boolean(),
    // Still waiting when the program ended (a daemon thread the exit killed).
    unfinished: z.boolean().optional(),
  }),
  // A blocking wait, for the timeline only (no check reads it): from `b` to
  // `e` the worker waited on a lock, a queue, a future, an event, a join, a
  // condition, a semaphore or a barrier. Only waits that blocked (over 1 ms).
  z.object({
    event: z.literal("wait"),
    t,
    ...who,
    kind: z.enum(["lock", "queue", "future", "event", "join", "condition", "semaphore", "barrier"]),
    b: z.number(),
    e: z.number(),
    // Still waiting when the program ended.
    unfinished: z.boolean().optional(),
  }),
  z.object({
    event: z.literal("task"),
    t,
    n,
    coro: text,
    ...started,
  }),
  z.object({ event: z.literal("task-done"), t, n }),
  z.object({
    event: z.literal("job"),
    t,
    n,
    exec: z.string().nullable(),
    fn: text,
    ...started,
  }),
  z.object({ event: z.literal("job-run"), t, n, phase: z.string().nullable(), th: n }),
  z.object({ event: z.literal("job-done"), t, n, ok: z.boolean() }),
  z.object({ event: z.literal("result"), t, ...who, job: n }),
  z.object({
    event: z.literal("process"),
    t,
    api: z.string(),
    target: text,
    name: text,
    child: z.number().nullable(),
    method: text,
    args: texts,
    learner: z.boolean(),
    site,
  }),
  z.object({ event: z.literal("fork"), t, child: z.number(), site }),
  z.object({
    event: z.literal("gc"),
    t,
    returned: z.number().nullable(),
    tracked: z.number(),
    freed: z.record(z.string(), z.number()),
    cyclic: z.record(z.string(), z.number()),
    analysis: z.boolean(),
    garbage: z.number(),
    ms: z.number(),
    site,
  }),
  z.object({ event: z.literal("gc-read"), t, ...who, what: z.string().nullable(), value: z.union([z.number(), z.array(z.number())]) }),
  z.object({ event: z.literal("class"), t, name: z.string(), context: z.boolean() }),
  z.object({
    event: z.literal("context"),
    t,
    cls: z.string().nullable(),
    phase: z.enum(["enter", "exit"]),
    generator: z.boolean().optional(),
    exc: z.string().nullable().optional(),
    suppressed: z.boolean().optional(),
    raised: z.string().nullable().optional(),
  }),
  z.object({
    event: z.literal("exception"),
    t,
    ...who,
    type: z.string(),
    message: z.string(),
    thread: z.string().nullable(),
    traceback: z.string(),
    frames: z.array(z.object({ file: z.string(), line: z.number(), function: z.string() })),
  }),
  z.object({ event: z.literal("probe-error"), t, message: z.string() }),
  z.object({ event: z.literal("call"), t, name: z.string().nullable(), count: z.number(), ret: z.number().optional() }),
  z.object({ event: z.literal("queue"), t, ...who, q: n, api: z.string().nullable(), op: z.string().nullable(), item: z.string().nullable() }),
  z.object({ event: z.literal("tm"), t, ...who, current: z.number(), peak: z.number() }),
  z.object({ event: z.literal("tamper"), t, what: z.array(z.string()) }),
  z.object({ event: z.literal("inspect"), t, name: z.string().nullable(), value: z.number().nullable(), error: z.string().nullable(), text: z.string().optional() }),
  // os._exit (with its code) or an os.exec* replacing the process; `pid` when a forked child did it.
  z.object({ event: z.literal("exit"), t, code: z.number().nullable().optional(), exec: z.boolean().optional(), pid: n.optional() }),
  z.object({
    event: z.literal("end"),
    t,
    outputBytes: z.number().optional(),
    cpuSeconds: z.number().optional(),
    maxRssKb: z.number().optional(),
    tracedPeak: z.number().optional(),
    calls: z.record(z.string(), z.number()).optional(),
  }),
]);

export type ProbeEvent = z.infer<typeof ProbeEventSchema>;
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
    const parsed = ProbeEventSchema.safeParse(data);
    if (!parsed.success) {
      this.problems.push(`line ${this.lineNo}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
      return undefined;
    }
    this.events.push(parsed.data);
    return parsed.data;
  }
}
