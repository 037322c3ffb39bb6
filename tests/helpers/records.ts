// Synthetic run records for table-testing the pure grading layer.
import type { OutputLine, RunRecord, Writer } from "../../src/runner/record.js";
import type { ProbeEvent } from "../../src/runner/probe-events.js";

// A program that ended normally has the probe's end report, as a real run does;
// `noEnd` leaves it out.
function withEnd(r: RunRecord, noEnd: boolean): RunRecord {
  const ended = r.exitCode !== null && !r.timedOut && r.signal === null && !r.outputCapped;
  if (noEnd || !ended || r.events.some((e) => e.event === "end")) return r;
  const end: ProbeEvent = { event: "end", t: r.programSeconds };
  return { ...r, events: [...r.events, end] };
}

// Lines written by the main thread; [text, t] or [text, t, writer] pins the time and the writer.
type LineSpec = string | [string, number] | [string, number, Writer];

export function record(lines: LineSpec[], extra: Partial<RunRecord> & { noEnd?: boolean } = {}): RunRecord {
  const { noEnd = false, ...rest } = extra;
  return withEnd(
    {
      file: "/tmp/x.py",
      stdout: lines.map((l, i): OutputLine =>
        typeof l === "string"
          ? { text: l, t: 0.01 * (i + 1), writer: { thread: 0 }, source: "probe" }
          : { text: l[0], t: l[1], writer: l[2] ?? { thread: 0 }, source: "probe" },
      ),
      stdoutEndsWithoutNewline: false,
      stderr: "",
      exitCode: 0,
      signal: null,
      timedOut: false,
      outputCapped: false,
      wallSeconds: 0.1,
      programSeconds: 0.1,
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
