// Synthetic run records for table-testing the pure grading layer.
import type { RunRecord } from "../../src/runner/record.js";
import type { ProbeEvent } from "../../src/runner/probe-events.js";

// A program that ended normally has the probe's end report, as a real run does
// (without it, facts only the end can tell are undecided); `noEnd` leaves it out.
function withEnd(r: RunRecord, noEnd: boolean): RunRecord {
  const ended = r.exitCode !== null && !r.timedOut && r.signal === null && !r.outputCapped;
  if (noEnd || !ended || r.events.some((e) => e.event === "end")) return r;
  const sleeps = r.events.filter((e): e is Extract<ProbeEvent, { event: "sleep" }> => e.event === "sleep");
  const seconds = (main: boolean) => sleeps.filter((e) => e.main === main).reduce((a, e) => a + (e.end - e.begin), 0);
  const end: ProbeEvent = { event: "end", t: r.wallSeconds, sleepCalls: sleeps.length, sleepSecondsMain: seconds(true), sleepSecondsWorkers: seconds(false) };
  return { ...r, events: [...r.events, end] };
}

export function record(lines: Array<string | [string, number]>, extra: Partial<RunRecord> & { noEnd?: boolean } = {}): RunRecord {
  const { noEnd = false, ...rest } = extra;
  return withEnd(
    {
      file: "/tmp/x.py",
      stdout: lines.map((l, i) => (typeof l === "string" ? { text: l, t: 0.01 * (i + 1) } : { text: l[0], t: l[1] })),
      stdoutEndsWithoutNewline: false,
      stderr: "",
      exitCode: 0,
      signal: null,
      timedOut: false,
      outputCapped: false,
      wallSeconds: 0.1,
      cpuSeconds: 0.05,
      timeoutSeconds: 10,
      probe: { state: "ok", version: "3.12.1", gil: true, cpus: 2 },
      events: [],
      problems: [],
      invalidUtf8: false,
      ...rest,
    },
    noEnd,
  );
}
