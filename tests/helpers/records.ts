// Synthetic run records for table-testing the pure grading layer.
import type { RunRecord } from "../../src/runner/record.js";

export function record(lines: Array<string | [string, number]>, extra: Partial<RunRecord> = {}): RunRecord {
  return {
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
    ...extra,
  };
}
