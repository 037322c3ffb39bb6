import { describe, expect, test } from "vitest";
import { LineCollector } from "../../src/runner/lines.js";
import { parseProbeReport } from "../../src/runner/probe-events.js";
import { maxOverlap } from "../../src/grade/facts.js";

describe("LineCollector", () => {
  test("splits lines across chunks, stamping each with its newline's arrival", () => {
    const c = new LineCollector();
    c.push(Buffer.from("uno\ndo"), 0.1);
    c.push(Buffer.from("s\ntres"), 0.2);
    c.finish(0.3);
    expect(c.lines).toEqual([
      { text: "uno", t: 0.1 },
      { text: "dos", t: 0.2 },
      { text: "tres", t: 0.3 },
    ]);
    expect(c.endsWithoutNewline).toBe(true);
    expect(c.invalidUtf8).toBe(false);
  });

  test("a multi-byte character split between chunks survives", () => {
    const bytes = Buffer.from("canción\n");
    const c = new LineCollector();
    c.push(bytes.subarray(0, 5), 0.1);
    c.push(bytes.subarray(5), 0.2);
    c.finish(0.3);
    expect(c.lines).toEqual([{ text: "canción", t: 0.2 }]);
    expect(c.invalidUtf8).toBe(false);
  });

  test("invalid UTF-8 is replaced and flagged; CR is kept for the diff", () => {
    const c = new LineCollector();
    c.push(Buffer.from([0xff, 0x41, 0x0d, 0x0a]), 0.1);
    c.finish(0.2);
    expect(c.lines[0]?.text).toBe("\uFFFDA\r");
    expect(c.invalidUtf8).toBe(true);
  });
});

describe("probe report parsing", () => {
  test("valid events pass; garbage and unknown events become problems, not crashes", () => {
    const text = [
      JSON.stringify({ event: "hello", t: 1, token: "k", k: "k", version: "3.12.1", implementation: "cpython", executable: "/p", gil: true, cpus: 2, pid: 1, platform: "linux" }),
      JSON.stringify({ event: "teleport", t: 2, k: "k" }),
      JSON.stringify({ event: "gc", t: 2, returned: "two", k: "k" }),
      "",
      JSON.stringify({ event: "task-done", t: 3, n: 1, k: "k" }),
    ].join("\n");
    const { events, problems, forged } = parseProbeReport(text, "k");
    expect(events.map((e) => e.event)).toEqual(["hello", "task-done"]);
    expect(problems).toHaveLength(2);
    expect(forged).toBe(0);
  });

  test("a line without the run's token, or not JSON, is forged and never believed", () => {
    const text = [
      JSON.stringify({ event: "task-done", t: 3, n: 1, k: "k" }),
      "not json",
      JSON.stringify({ event: "end", t: 4 }),
      JSON.stringify({ event: "end", t: 4, k: "guess" }),
    ].join("\n");
    const { events, forged } = parseProbeReport(text, "k");
    expect(events.map((e) => e.event)).toEqual(["task-done"]);
    expect(forged).toBe(3);
  });

  test("junk someone else wrote in front of one of the probe's lines does not lose it", () => {
    const genuine = JSON.stringify({ event: "task-done", t: 3, n: 1, k: "k" });
    const text = [`garbage {"event": "end", "k": "guess"}${genuine}`, `{"half": ${JSON.stringify({ event: "task-done", t: 4, n: 2, k: "k" })}`].join("\n");
    const { events, forged } = parseProbeReport(text, "k");
    expect(events.map((e) => e.event)).toEqual(["task-done", "task-done"]);
    expect(forged).toBe(2);
  });
});

describe("maxOverlap", () => {
  test.each<[string, Array<[number, number]>, number]>([
    ["none", [], 0],
    ["disjoint", [[0, 1], [1, 2], [2, 3]], 1],
    ["three at once", [[0, 3], [0, 5], [0, 2]], 3],
    ["staggered", [[0, 2], [1, 3], [2.5, 4]], 2],
  ])("%s", (_name, intervals, expected) => {
    expect(maxOverlap(intervals)).toBe(expected);
  });
});

describe("scratch paths shown as the learner's", () => {
  test("rewrites POSIX and Windows tracebacks, and nothing else", async () => {
    const { swapScratchPaths } = await import("../../src/runner/run.js");
    const posix = 'File "/tmp/pytutor-run-1/work/ej.py", line 3\nFile "/tmp/pytutor-run-1/workother/x.py"';
    expect(swapScratchPaths(posix, ["/tmp/pytutor-run-1/work"], "/home/ana/curso")).toBe('File "/home/ana/curso/ej.py", line 3\nFile "/tmp/pytutor-run-1/workother/x.py"');
    const windows = 'File "C:\\Users\\ana\\AppData\\Local\\Temp\\pytutor-run-1\\work\\ej.py", line 3';
    expect(swapScratchPaths(windows, ["C:\\Users\\ana\\AppData\\Local\\Temp\\pytutor-run-1\\work"], "C:\\Users\\ana\\curso")).toBe('File "C:\\Users\\ana\\curso\\ej.py", line 3');
  });
});
