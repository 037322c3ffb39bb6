// The pure interpreter of a run: the probe's `caps` (optional) and the
// platform's capabilities make the record's.
import { describe, expect, test } from "vitest";
import { interpretRun, type Collected } from "../../src/runner/interpret.js";
import { parseProbeReport } from "../../src/runner/probe-events.js";
import { platformFor } from "../../src/platform/platform.js";
import { DEFAULT_LIMITS } from "../../src/runner/plan.js";
import type { System } from "../../src/platform/types.js";

const quiet: System = { run: () => ({ status: 0, stdout: "" }), kill: () => {}, env: {}, sleep: () => Promise.resolve(), rm: () => Promise.resolve() };
const cpu = { parallelSeconds: 0, maxBusyProcesses: 1, processesSeen: 1, totalSeconds: 0, maxProcesses: 1, maxThreads: 1, maxRssBytes: 1 };

function hello(caps?: unknown): string {
  return JSON.stringify({ event: "hello", t: 0, token: "k", k: "k", version: "3.12.1", implementation: "cpython", executable: "/p", gil: true, cpus: 2, pid: 1, platform: "x", ...(caps === undefined ? {} : { caps }) });
}

function collected(report: string, platform: string, extra: Partial<Collected> = {}): Collected {
  return {
    file: "/tmp/a.py",
    report: parseProbeReport([report, JSON.stringify({ event: "end", t: 0.1, k: "k" })].join("\n"), "k"),
    reportTruncated: false,
    token: "k",
    rawLines: [],
    rawEndsWithoutNewline: false,
    spawnedAt: 0,
    wallSeconds: 0.2,
    code: 0,
    signal: null,
    timedOut: false,
    outputCapped: false,
    limits: DEFAULT_LIMITS,
    timeoutSeconds: 10,
    stderr: "",
    stderrInvalid: false,
    stdoutInvalid: false,
    platform: platformFor(platform, quiet),
    ...extra,
  };
}

describe("a run's capabilities", () => {
  test("Linux with a sampled run and a probe that says nothing: everything", () => {
    const r = interpretRun(collected(hello(), "linux", { cpu }));
    expect(r.probe.state).toBe("ok");
    expect(r.capabilities).toEqual({ limitsEnforced: true, treeKill: true, cpuAccounting: true, stackDump: true });
  });

  test("the probe's caps take away what it could not set up, with the reason", () => {
    const r = interpretRun(collected(hello({ limits: false, treeKill: true, stackDump: false, job: false }), "linux", { cpu }));
    expect(r.capabilities).toMatchObject({ limitsEnforced: false, stackDump: false, cpuAccounting: true });
    expect(r.capabilities?.why?.stackDump?.en).toBe("the probe could not set it up");
  });

  test("Windows with the probe's Job Object; malformed caps are ignored, not a broken hello", () => {
    const job = interpretRun(collected(hello({ limits: true, treeKill: true, stackDump: true, job: true }), "win32"));
    expect(job.capabilities).toMatchObject({ limitsEnforced: true, treeKill: true, cpuAccounting: false, stackDump: true });
    const odd = interpretRun(collected(hello({ limits: "yes" }), "win32"));
    expect(odd.probe.state).toBe("ok");
    expect(odd.capabilities).toMatchObject({ limitsEnforced: false, treeKill: false, stackDump: false });
  });

  test("macOS: CPU accounting where its sampler read the run; none, said why, where it read nothing", () => {
    expect(interpretRun(collected(hello(), "darwin", { cpu })).capabilities).toEqual({ limitsEnforced: true, treeKill: true, cpuAccounting: true, stackDump: true });
    const r = interpretRun(collected(hello(), "darwin"));
    expect(r.capabilities?.cpuAccounting).toBe(false);
    expect(r.capabilities?.why?.cpuAccounting?.en).toBe("the CPU of the run's processes could not be read");
  });
});
