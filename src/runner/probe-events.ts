// The probe's report is input like any other: every line is validated here.
import { z } from "zod";

const t = z.number();
const site = z.string().nullable().optional();

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
  }),
  z.object({ event: z.literal("too-old"), version: z.string() }).transform((e) => ({ ...e, t: 0 })),
  z.object({
    event: z.literal("thread-start"),
    t,
    id: z.number(),
    name: z.string(),
    api: z.string(),
    cls: z.string(),
    target: z.string().nullable(),
    daemon: z.boolean(),
    learner: z.boolean(),
    site,
  }),
  z.object({ event: z.literal("thread-run"), t, id: z.number(), phase: z.enum(["begin", "end"]) }),
  z.object({
    event: z.literal("sleep"),
    t,
    thread: z.string(),
    main: z.boolean(),
    seconds: z.number().nullable(),
    begin: z.number(),
    end: z.number(),
  }),
  z.object({
    event: z.literal("process-start"),
    t,
    api: z.string(),
    target: z.string().nullable(),
    name: z.string(),
    pid: z.number().nullable(),
    method: z.string().nullable(),
    learner: z.boolean(),
    site,
  }),
  z.object({ event: z.literal("fork"), t, child: z.number(), site }),
  z.object({ event: z.literal("task-create"), t, id: z.number(), coro: z.string(), learner: z.boolean(), site }),
  z.object({ event: z.literal("task-done"), t, id: z.number() }),
  z.object({
    event: z.literal("gc-collect"),
    t,
    returned: z.number().nullable(),
    tracked: z.number(),
    freed: z.record(z.string(), z.number()),
    garbage: z.number(),
    ms: z.number(),
    site,
  }),
  z.object({ event: z.literal("class"), t, name: z.string(), context: z.boolean() }),
  z.object({
    event: z.literal("context"),
    t,
    cls: z.string(),
    phase: z.enum(["enter", "exit"]),
    generator: z.boolean().optional(),
    exc: z.string().nullable().optional(),
    suppressed: z.boolean().optional(),
    raised: z.string().optional(),
  }),
  z.object({
    event: z.literal("exception"),
    t,
    type: z.string(),
    message: z.string(),
    thread: z.string().nullable(),
    traceback: z.string(),
    frames: z.array(z.object({ file: z.string(), line: z.number(), function: z.string() })),
  }),
  z.object({ event: z.literal("probe-error"), t, message: z.string() }),
  z.object({
    event: z.literal("end"),
    t,
    sleepCalls: z.number(),
    sleepSecondsMain: z.number(),
    sleepSecondsWorkers: z.number(),
    cpuSeconds: z.number().optional(),
    maxRssKb: z.number().optional(),
    tracedPeak: z.number().optional(),
    calls: z.record(z.string(), z.number()).optional(),
  }),
  z.object({ event: z.literal("call"), t, name: z.string(), count: z.number() }),
  z.object({ event: z.literal("tamper"), t, what: z.array(z.string()) }),
  z.object({ event: z.literal("inspect"), t, name: z.string(), value: z.number().nullable(), error: z.string().nullable() }),
]);

export type ProbeEvent = z.infer<typeof ProbeEventSchema>;
export type EventOf<K extends ProbeEvent["event"]> = Extract<ProbeEvent, { event: K }>;

export const MAX_PROBE_EVENTS = 20_000;

// Splits the channel's bytes into validated events; anything else is a problem.
// Every line must carry the run's token (`k`): a line without it was written by
// someone other than the probe, and is counted as forged, never believed.
export function parseProbeReport(text: string, token: string): { events: ProbeEvent[]; problems: string[]; forged: number } {
  const events: ProbeEvent[] = [];
  const problems: string[] = [];
  let forged = 0;
  const lines = text.split("\n");
  for (const [i, line] of lines.entries()) {
    if (line.trim() === "") continue;
    if (events.length >= MAX_PROBE_EVENTS) {
      problems.push(`more than ${MAX_PROBE_EVENTS} probe events; the rest were ignored`);
      break;
    }
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      forged++;
      problems.push(`line ${i + 1} is not JSON`);
      continue;
    }
    const record = typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
    // The loader of a too-old interpreter writes before the probe exists.
    if (record.k !== token && record.event !== "too-old") {
      forged++;
      problems.push(`line ${i + 1} does not come from the probe`);
      continue;
    }
    const parsed = ProbeEventSchema.safeParse(data);
    if (parsed.success) events.push(parsed.data);
    else problems.push(`line ${i + 1}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  }
  return { events, problems, forged };
}
