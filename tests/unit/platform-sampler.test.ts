// The CPU accounting every sampler shares (TreeAccounting), the macOS helper's
// lines and the sampler that reads them, fed canned lines, and the machine's
// busy time from Node's os.cpus(): all pure, all on any machine.
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { testPythons } from "../helpers/pythons.js";
import { fcParams } from "../helpers/fc.js";
import { TreeAccounting, limitHit, overlap, type ProcessSample } from "../../src/platform/tree-accounting.js";
import { StreamSampler, parseHelperLine, spawnHelper, type HelperSink } from "../../src/platform/stream-sampler.js";
import { machineTimesOf } from "../../src/platform/darwin.js";
import { childrenOf, type ProcReader } from "../../src/platform/linux-sampler.js";
import { forRun } from "../../src/platform/capabilities.js";
import { platformFor } from "../../src/platform/platform.js";
import type { CpuSummary, TreeLimitHit } from "../../src/platform/linux-sampler.js";
import type { TreeSampler } from "../../src/platform/types.js";
import { capabilitiesOf } from "../../src/runner/interpret.js";

const proc = (pid: number, cpu: number, extra: Partial<ProcessSample> = {}): ProcessSample => ({ pid, cpu, rssBytes: 1000, threads: 1, start: `s${pid}`, name: "python3", ...extra });

// Linux's CpuSampler window arithmetic as it was before TreeAccounting (commit
// 0141ecf), kept here as the reference the shared piece must reproduce.
function reference(root: number, rootCpu: number, windows: ProcessSample[][]) {
  const last = new Map<number, number>([[root, rootCpu]]);
  let parallel = 0;
  let maxBusy = 0;
  let maxProcesses = 0;
  let maxThreads = 0;
  let maxRss = 0;
  const cpus: number[] = [];
  for (const w of windows) {
    const deltas: number[] = [];
    let rss = 0;
    let threads = 0;
    for (const p of w) {
      threads += p.threads;
      rss += p.rssBytes;
      const before = last.get(p.pid) ?? 0;
      last.set(p.pid, p.cpu);
      if (p.cpu > before) deltas.push(p.cpu - before);
    }
    let cpu = 0;
    for (const v of last.values()) cpu += v;
    cpus.push(cpu);
    if (deltas.length > 1) parallel += deltas.reduce((a, b) => a + b, 0) - Math.max(...deltas);
    maxBusy = Math.max(maxBusy, deltas.length);
    maxProcesses = Math.max(maxProcesses, w.length);
    maxThreads = Math.max(maxThreads, threads);
    maxRss = Math.max(maxRss, rss);
  }
  const total = [...last.values()].reduce((a, b) => a + b, 0);
  return { cpus, parallelSeconds: Math.round(parallel * 1000) / 1000, maxBusyProcesses: maxBusy, totalSeconds: total, maxProcesses, maxThreads, maxRssBytes: maxRss };
}

describe("TreeAccounting (the window arithmetic of every sampler)", () => {
  test("two processes computing in the same windows: the CPU beyond the busiest is parallel", () => {
    const a = new TreeAccounting();
    a.prime(10, 0.05, "s10");
    a.window([proc(10, 0.05), proc(11, 0.04), proc(12, 0.05)]);
    a.window([proc(10, 0.05), proc(11, 0.09), proc(12, 0.1)]);
    const s = a.summary();
    expect(s.parallelSeconds).toBeCloseTo(0.04 + 0.05, 6);
    expect(s.maxBusyProcesses).toBe(2);
    expect(s.totalSeconds).toBeCloseTo(0.24, 6);
    expect([s.processesSeen, s.maxProcesses, s.maxThreads, s.maxRssBytes]).toEqual([3, 3, 3, 3000]);
  });

  test("processes taking turns (one after another) spend nothing in parallel", () => {
    const a = new TreeAccounting();
    a.prime(10, 0, "s10");
    a.window([proc(10, 0.01), proc(11, 0.05)]);
    a.window([proc(10, 0.01), proc(11, 0.5)]);
    a.window([proc(10, 0.01), proc(12, 0.05)]);
    a.window([proc(10, 0.01), proc(12, 0.5)]);
    // The first window: the parent's 0.01 and the first child's 0.05.
    expect(a.summary().parallelSeconds).toBeCloseTo(0.01, 6);
    expect(a.summary().maxBusyProcesses).toBe(2);
  });

  test("a starved sampler's long window where a parent ended its work and a child began counts almost nothing as parallel", () => {
    // The parent computes to t=1.0, the child from 1.0 to 2.0; the sampler
    // slept through the whole second in between (a busy machine).
    const a = new TreeAccounting();
    a.prime(10, 0, "s10", 100);
    a.window([proc(10, 0.05)], 100.05);
    a.window([proc(10, 0.5), proc(11, 0.5)], 101.05);
    a.window([proc(10, 0.5), proc(11, 0.55)], 101.1);
    // Without the length the same window counts its 0.5 s.
    const blind = new TreeAccounting();
    blind.prime(10, 0, "s10");
    blind.window([proc(10, 0.05)]);
    blind.window([proc(10, 0.5), proc(11, 0.5)]);
    expect(blind.summary().parallelSeconds).toBeCloseTo(0.45, 6);
    // A sharp window's share: 0.45 × 0.1 / 1.0.
    expect(a.summary().parallelSeconds).toBeCloseTo(0.045, 6);
  });

  test("a long window keeps what its length proves: two processes busy for a whole second each in 1.2 s", () => {
    const a = new TreeAccounting();
    a.prime(10, 0, "s10", 0);
    a.prime(11, 0, "s11", 0);
    a.window([proc(10, 1.0), proc(11, 1.0)], 1.2);
    // 2.0 − max(1.0, 1.2) − one tick per process.
    expect(a.summary().parallelSeconds).toBeCloseTo(0.78, 6);
    expect(overlap([1.0, 1.0], 1.2)).toBeCloseTo(0.78, 6);
  });

  test("a long window where the same two processes went on computing counts in full; one taking over from another does not", () => {
    const a = new TreeAccounting();
    a.prime(10, 0, "s10", 0);
    a.window([proc(10, 0), proc(11, 0.02), proc(12, 0.02)], 0.05);
    // Both workers busy before; a 0.8 s window on a loaded machine.
    a.window([proc(10, 0), proc(11, 0.3), proc(12, 0.3)], 0.85);
    expect(a.summary().parallelSeconds).toBeCloseTo(0.02 + 0.28, 6);
    const b = new TreeAccounting();
    b.prime(10, 0, "s10", 0);
    b.window([proc(10, 0), proc(11, 0.04)], 0.05);
    // Worker 11 ends its chunk and 12, never busy before, starts the next.
    b.window([proc(10, 0), proc(11, 0.3), proc(12, 0.24)], 0.85);
    expect(b.summary().parallelSeconds).toBeCloseTo((0.24 * 0.1) / 0.8, 6);
  });

  test.each<[string, number[], number | undefined, number]>([
    ["no length: beyond the busiest", [0.05, 0.04], undefined, 0.04],
    ["a sharp window (50 ms)", [0.05, 0.04], 0.05, 0.04],
    ["two nominal windows (100 ms) still count in full", [0.1, 0.08], 0.1, 0.08],
    ["a window of 0.4 s on a loaded machine: a quarter", [0.2, 0.2], 0.4, 0.05],
    ["three processes in a 2 s window, each busy 1.5 s: proven", [1.5, 1.5, 1.5], 2, 2.47],
    ["one process: nothing, however long", [0.9], 1, 0],
  ])("overlap: %s", (_, deltas, length, want) => {
    expect(overlap(deltas, length)).toBeCloseTo(want, 6);
  });

  test("a primed baseline counts in no window; a process first seen counts whole", () => {
    const a = new TreeAccounting();
    a.prime(10, 3, "s10");
    a.window([proc(10, 3.05), proc(11, 0.05)]);
    expect(a.summary().parallelSeconds).toBeCloseTo(0.05, 6);
    const b = new TreeAccounting();
    b.prime(10, 0, "s10");
    b.window([proc(10, 3.05), proc(11, 0.05)]);
    expect(b.summary().parallelSeconds).toBeCloseTo(0.05, 6);
  });

  test("a reused pid is another process: its CPU starts from zero and the first one's is kept", () => {
    const a = new TreeAccounting();
    a.prime(10, 0, "s10");
    a.window([proc(10, 0), proc(11, 2.0, { start: "old" })]);
    a.window([proc(10, 0), proc(11, 0.3, { start: "new" }), proc(12, 0.3)]);
    const s = a.summary();
    expect(s.totalSeconds).toBeCloseTo(2.6, 6);
    expect(s.parallelSeconds).toBeCloseTo(0.3, 6);
    expect(a.seen.get(11)).toBe("new");
  });

  test("a process that only woke up (under 2 ms, nanosecond counters) is not busy", () => {
    const a = new TreeAccounting();
    a.prime(10, 0, "s10");
    a.window([proc(10, 0.0004), proc(11, 0.05)]);
    a.window([proc(10, 0.0013), proc(11, 0.1)]);
    expect(a.summary()).toMatchObject({ parallelSeconds: 0, maxBusyProcesses: 1 });
    expect(a.summary().totalSeconds).toBeCloseTo(0.1013, 6);
  });

  test("the interpreters are the processes named python*, whatever the case (macOS's framework build is «Python»)", () => {
    const a = new TreeAccounting();
    a.window([proc(1, 0, { name: "sh" }), proc(2, 0, { name: "python3.12" }), proc(3, 0, { name: "Python" }), proc(4, 0, { name: "bash" })]);
    expect(a.pythons()).toEqual([2, 3]);
  });

  test.each<[string, { cpu: number; rssBytes: number; threads: number }, TreeLimitHit | undefined]>([
    ["within every limit", { cpu: 1, rssBytes: 100, threads: 5 }, undefined],
    ["threads count as processes", { cpu: 1, rssBytes: 100, threads: 11 }, { limit: "processes", value: 11 }],
    ["memory", { cpu: 1, rssBytes: 101, threads: 5 }, { limit: "memory", value: 101 }],
    ["cpu", { cpu: 2.5, rssBytes: 100, threads: 5 }, { limit: "cpu", value: 2.5 }],
    ["processes before memory before cpu", { cpu: 9, rssBytes: 999, threads: 99 }, { limit: "processes", value: 99 }],
  ])("limits: %s", (_name, totals, hit) => {
    expect(limitHit({ ...totals, processes: 1 }, { cpuSeconds: 2, memoryBytes: 100, processes: 10 })).toEqual(hit);
    expect(limitHit({ ...totals, processes: 1 }, undefined)).toBeUndefined();
  });

  test("on Linux's inputs (hundredths, no reused pid) it gives what Linux's sampler gave before", () => {
    const tick = fc.integer({ min: 0, max: 30 });
    const windows = fc.array(fc.array(fc.tuple(fc.integer({ min: 1, max: 6 }), tick, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 5000 })), { maxLength: 6 }), { maxLength: 25 });
    fc.assert(
      fc.property(tick, windows, (rootTicks, raw) => {
        // CPU only grows: each window adds its ticks to the process's count so far.
        const sofar = new Map<number, number>([[1, rootTicks]]);
        const ws = raw.map((w) => {
          const seenNow = new Set<number>();
          return w.flatMap(([pid, add, threads, rss]) => {
            if (seenNow.has(pid)) return [];
            seenNow.add(pid);
            const ticks = (sofar.get(pid) ?? 0) + add;
            sofar.set(pid, ticks);
            return [proc(pid, ticks / 100, { threads, rssBytes: rss })];
          });
        });
        const a = new TreeAccounting();
        a.prime(1, rootTicks / 100, "s1");
        const cpus = ws.map((w) => a.window(w).cpu);
        const want = reference(1, rootTicks / 100, ws);
        const got = a.summary();
        expect(cpus.map((c) => c.toFixed(9))).toEqual(want.cpus.map((c) => c.toFixed(9)));
        expect({ ...got, totalSeconds: got.totalSeconds.toFixed(9) }).toEqual({
          ...want,
          cpus: undefined,
          totalSeconds: want.totalSeconds.toFixed(9),
          processesSeen: new Set([1, ...ws.flat().map((p) => p.pid)]).size,
        } as unknown as CpuSummary);
      }),
      fcParams(300),
    );
  });
});

describe("the helper's lines", () => {
  test.each([
    ['{"v": 1, "backend": "libproc", "root": 42}', { kind: "hello", backend: "libproc" }],
    ['{"v": 1, "error": "OSError: libproc not found"}', { kind: "error", reason: "OSError: libproc not found" }],
    ['{"t":12.5,"self":0.02,"p":[]}', { kind: "sample", at: 12.5, selfSeconds: 0.02, processes: [] }],
    [
      '{"t":12.5,"self":0.02,"p":[[42,1,0.5,4096,3,"1700000000.000123","Python Helper (GPU)"]]}',
      { kind: "sample", at: 12.5, selfSeconds: 0.02, processes: [{ pid: 42, ppid: 1, cpu: 0.5, rssBytes: 4096, threads: 3, start: "1700000000.000123", name: "Python Helper (GPU)" }] },
    ],
  ])("%s", (line, parsed) => {
    expect(parseHelperLine(line)).toEqual(parsed);
  });

  test.each([
    "",
    "nonsense",
    "[1,2]",
    "null",
    '{"v": 2, "backend": "libproc"}',
    '{"t":1,"self":0}',
    '{"t":-1,"self":0,"p":[]}',
    '{"t":1,"self":0,"p":[[42,1,0.5,4096,3,"s"]]}',
    '{"t":1,"self":0,"p":[[0,1,0.5,4096,3,"s","n"]]}',
    '{"t":1,"self":0,"p":[[42.5,1,0.5,4096,3,"s","n"]]}',
    '{"t":1,"self":0,"p":[[42,1,-0.5,4096,3,"s","n"]]}',
    '{"t":1,"self":0,"p":[[42,1,null,4096,3,"s","n"]]}',
    '{"t":1,"self":0,"p":[[42,1,0.5,4096,3,7,"n"]]}',
    '{"t":1,"self":0,"p":[{"pid":42}]}',
  ])("not one of its lines: %j", (line) => {
    expect(parseHelperLine(line)).toBeUndefined();
  });
});

const hello = '{"v": 1, "backend": "procfs", "root": 100}';
const line = (t: number, rows: Array<[number, number, number?, number?, string?, string?]>) =>
  JSON.stringify({ t, self: 0.01, p: rows.map(([pid, cpu, rss = 1000, threads = 1, start = `s${pid}`, name = "python3"]) => [pid, 1, cpu, rss, threads, start, name]) });

// A stream sampler fed by hand: the fake helper's sink, what it was told, the fallback it made.
function fed(options: { limits?: { cpuSeconds: number; memoryBytes: number; processes: number } } = {}) {
  let sink: HelperSink | undefined;
  let closed = 0;
  const hits: TreeLimitHit[] = [];
  const samples: number[] = [];
  const fallbacks: string[] = [];
  const fallback: TreeSampler = { seen: new Map([[100, ""]]), pythons: () => [101], stop: () => (fallbacks.push("stopped"), undefined) };
  const sampler = new StreamSampler(
    100,
    { ...(options.limits ? { limits: options.limits } : {}), onLimit: (h) => hits.push(h), onSample: (cpu) => samples.push(cpu) },
    () => (fallbacks.push("made"), fallback),
    (root, s) => {
      expect(root).toBe(100);
      sink = s;
      return { close: () => closed++ };
    },
  );
  return { sampler, sink: sink as unknown as HelperSink, hits, samples, fallbacks, closed: () => closed };
}

describe("the stream sampler (macOS), fed canned lines", () => {
  test("two workers computing at once: parallel seconds, busy processes, its own summary", () => {
    const { sampler, sink, samples, fallbacks, closed } = fed();
    sink.line(hello);
    sink.line(line(1.0, [[100, 0], [101, 0.03]]));
    sink.line(line(1.05, [[100, 0], [101, 0.031], [102, 0.04], [103, 0.045]]));
    sink.line(line(1.1, [[100, 0], [101, 0.032], [102, 0.09], [103, 0.095]]));
    sink.line(line(1.15, [[100, 0]]));
    const s = sampler.stop();
    expect(s).toMatchObject({ maxBusyProcesses: 2, processesSeen: 4, maxProcesses: 4 });
    expect(s?.parallelSeconds).toBeCloseTo(0.04 + 0.05, 6);
    expect(s?.totalSeconds).toBeCloseTo(0.032 + 0.09 + 0.095, 6);
    expect(samples).toHaveLength(4);
    expect(sampler.withdrawn()).toBeUndefined();
    expect(fallbacks).toEqual([]);
    expect(closed()).toBe(1);
    expect(sampler.pythons()).toEqual([100]);
    // The helper's own CPU, as its last line said (for run.freeCpus).
    expect(sampler.ownSeconds()).toBe(0.01);
  });

  test("workers one after another (the same CPU in total) compute nothing in parallel", () => {
    const { sampler, sink } = fed();
    sink.line(hello);
    sink.line(line(1.0, [[100, 0]]));
    sink.line(line(1.05, [[100, 0], [102, 0.05]]));
    sink.line(line(1.1, [[100, 0], [102, 0.1]]));
    sink.line(line(1.15, [[100, 0], [103, 0.05]]));
    sink.line(line(1.2, [[100, 0], [103, 0.1]]));
    expect(sampler.stop()).toMatchObject({ parallelSeconds: 0, maxBusyProcesses: 1, processesSeen: 3 });
  });

  test("a reused pid is not mistaken for the process that had it", () => {
    const { sampler, sink } = fed();
    sink.line(hello);
    sink.line(line(1.0, [[100, 0]]));
    sink.line(line(1.05, [[100, 0], [102, 1.5, 1000, 1, "first"]]));
    // 102 ended and a new process got its pid: 0.05 s of its own, beside 103's.
    sink.line(line(1.1, [[100, 0], [102, 0.05, 1000, 1, "second"], [103, 0.05]]));
    const s = sampler.stop();
    expect(s?.parallelSeconds).toBeCloseTo(0.05, 6);
    expect(s?.totalSeconds).toBeCloseTo(1.6, 6);
    expect(sampler.seen.get(102)).toBe("second");
  });

  test("the limits are held from these samples: threads, memory, CPU", () => {
    const { sink, hits } = fed({ limits: { cpuSeconds: 5, memoryBytes: 10_000, processes: 8 } });
    sink.line(hello);
    sink.line(line(1.0, [[100, 0, 1000, 1], [101, 0, 1000, 9]]));
    sink.line(line(1.05, [[100, 0, 1000, 1], [101, 0, 20_000, 1]]));
    sink.line(line(1.1, [[100, 0, 1000, 1], [101, 6, 1000, 1]]));
    expect(hits).toEqual([
      { limit: "processes", value: 10 },
      { limit: "memory", value: 21_000 },
      { limit: "cpu", value: 6 },
    ]);
  });

  test("a helper that cannot sample here says so: ps takes over the limits and the run has no CPU accounting, said why", () => {
    const { sampler, sink, fallbacks, closed } = fed();
    sink.line('{"v": 1, "error": "OSError: libproc not found"}');
    sink.line(line(1.0, [[100, 0]]));
    expect(fallbacks).toEqual(["made"]);
    expect(closed()).toBe(1);
    expect(sampler.pythons()).toEqual([101]);
    expect(sampler.seen).toEqual(new Map([[100, ""]]));
    expect(sampler.stop()).toBeUndefined();
    expect(fallbacks).toEqual(["made", "stopped"]);
    expect(sampler.withdrawn()?.cpuAccounting?.en).toBe("macOS: the process sampler could not measure CPU (OSError: libproc not found)");
    expect(sampler.withdrawn()?.cpuAccounting?.es).toMatch(/^macOS: el muestreador de procesos no pudo medir la CPU/u);
  });

  test("a helper that dies while the root lives, or speaks nonsense, is replaced by ps", () => {
    const died = fed();
    died.sink.line(hello);
    died.sink.line(line(1.0, [[100, 0]]));
    died.sink.exit("exit SIGKILL");
    expect(died.fallbacks).toEqual(["made"]);
    expect(died.sampler.stop()).toBeUndefined();
    expect(died.sampler.withdrawn()?.cpuAccounting?.en).toContain("(exit SIGKILL)");
    const garbled = fed();
    garbled.sink.line(hello);
    garbled.sink.line("Traceback (most recent call last):");
    expect(garbled.fallbacks).toEqual(["made"]);
    expect(garbled.sampler.withdrawn()?.cpuAccounting?.en).toContain("unreadable line");
  });

  test("a helper gone silent (stopped by the program, or starved) hands the limits to ps", () => {
    const { sampler, sink, fallbacks, closed } = fed();
    const t0 = Date.now();
    sampler.checkStall(t0 + 4_000);
    expect(fallbacks).toEqual([]);
    sink.line(hello);
    sink.line(line(1.0, [[100, 0]]));
    const heard = Date.now();
    for (const after of [500, 1_000, 1_500, 2_000]) sampler.checkStall(heard + after);
    expect(fallbacks).toEqual([]);
    sampler.checkStall(heard + 2_500);
    expect(fallbacks).toEqual(["made"]);
    expect(closed()).toBe(1);
    expect(sampler.stop()).toBeUndefined();
    expect(sampler.withdrawn()?.cpuAccounting?.en).toMatch(/\(silent for 2\.\d s\)$/u);
    // One that never said a word gets longer to start.
    const mute = fed();
    mute.sampler.checkStall(Date.now() + 5_500);
    expect(mute.fallbacks).toEqual(["made"]);
    expect(mute.sampler.withdrawn()?.cpuAccounting?.en).toContain("silent for 5.");
  });

  test("Node's own loop held past the limit (a starved machine) is not the helper's silence: the next tick judges, after the pipe is read", () => {
    const { sampler, sink, fallbacks } = fed();
    sink.line(hello);
    sink.line(line(1.0, [[100, 0]]));
    const heard = Date.now();
    sampler.checkStall(heard + 500);
    // The watchdog's next tick comes 3 s late: the helper's lines were waiting unread.
    sampler.checkStall(heard + 3_500);
    expect(fallbacks).toEqual([]);
    sink.line(line(1.05, [[100, 0]]));
    sampler.checkStall(Date.now() + 500);
    expect(fallbacks).toEqual([]);
    // A helper that really said nothing is still caught, at the next tick on time.
    const quiet = fed();
    quiet.sink.line(hello);
    const said = Date.now();
    quiet.sampler.checkStall(said + 500);
    quiet.sampler.checkStall(said + 3_500);
    expect(quiet.fallbacks).toEqual([]);
    quiet.sampler.checkStall(said + 4_000);
    expect(quiet.fallbacks).toEqual(["made"]);
  });

  test("a helper that ends after the root did has done its job", () => {
    const { sampler, sink, fallbacks } = fed();
    sink.line(hello);
    sink.line(line(1.0, [[100, 0], [101, 0]]));
    sink.line(line(1.05, [[101, 0.04]]));
    sink.exit("exit SIGTERM");
    expect(fallbacks).toEqual([]);
    expect(sampler.stop()).toMatchObject({ maxBusyProcesses: 1 });
  });

  test("a helper that ended on its own (status 0) before its last lines were read has done its job too", () => {
    const { sampler, sink, fallbacks } = fed();
    sink.line(hello);
    sink.line(line(1.0, [[100, 0], [101, 0]]));
    sink.exit("exit 0", true);
    sink.line(line(1.05, [[101, 0.04]]));
    expect(fallbacks).toEqual([]);
    expect(sampler.stop()).toMatchObject({ maxBusyProcesses: 1, processesSeen: 2 });
    expect(sampler.withdrawn()).toBeUndefined();
  });

  test("a run over before the helper said anything measured nothing, and says so", () => {
    const { sampler, fallbacks } = fed();
    expect(sampler.stop()).toBeUndefined();
    expect(fallbacks).toEqual([]);
    expect(sampler.withdrawn()?.cpuAccounting?.en).toContain("it had not started when the run ended");
  });

  test("without an interpreter to run the helper, ps from the start", () => {
    let made = 0;
    const s = new StreamSampler(100, {}, () => ((made += 1), { seen: new Map(), pythons: () => [], stop: () => undefined }));
    expect(made).toBe(1);
    expect(s.withdrawn()?.cpuAccounting?.en).toContain("no interpreter");
  });

  test("capabilities per run: the platform declares CPU accounting, a run whose helper failed withdraws it with its reason", () => {
    const mac = platformFor("darwin");
    expect(mac.combine(undefined)).toEqual({ limitsEnforced: true, treeKill: true, cpuAccounting: true, stackDump: true });
    const failed = fed();
    failed.sink.line('{"v": 1, "error": "ImportError: No module named _ctypes"}');
    failed.sampler.stop();
    const run = capabilitiesOf({ platform: forRun(mac, failed.sampler) }, undefined);
    expect(run).toMatchObject({ cpuAccounting: false, limitsEnforced: true, stackDump: true });
    expect(run.why?.cpuAccounting?.en).toBe("macOS: the process sampler could not measure CPU (ImportError: No module named _ctypes)");
    const fine = fed();
    fine.sink.line(hello);
    expect(forRun(mac, fine.sampler)).toBe(mac);
    expect(forRun(mac, undefined)).toBe(mac);
    // Windows and Linux accept a withdrawal too.
    expect(platformFor("linux").combine(undefined, { cpuAccounting: { es: "x", en: "x" } }).cpuAccounting).toBe(false);
    expect(platformFor("win32").combine({ job: true, limits: true }, { limitsEnforced: { es: "x", en: "x" } }).limitsEnforced).toBe(false);
  });
});

describe.skipIf(process.platform !== "linux")("the stream sampler with its real helper (its /proc backend here)", () => {
  const python = (testPythons().at(-1) as { path: string }).path;
  // Helpers watching `root` still running here.
  const helpersOf = (root: number) =>
    readdirSync("/proc").filter((pid) => {
      try {
        const args = readFileSync(`/proc/${pid}/cmdline`, "latin1").split("\0");
        return args.some((a) => a.endsWith("_pytutor_tree_sampler.py")) && args.includes(String(root));
      } catch {
        return false;
      }
    });
  const waitFor = async (ok: () => boolean, ms: number) => {
    for (const end = Date.now() + ms; !ok() && Date.now() < end; ) await new Promise((r) => setTimeout(r, 25));
  };

  test("reads the samples of a running interpreter, and ends its helper when stopped", async () => {
    const program = spawn(python, ["-c", "import time\nend = time.time() + 0.6\nwhile time.time() < end: pass\ntime.sleep(30)"], { stdio: "ignore" });
    const samples: number[] = [];
    let fallbacks = 0;
    try {
      const sampler = new StreamSampler(program.pid as number, { python, onSample: (cpu) => samples.push(cpu) }, () => ((fallbacks += 1), { seen: new Map(), pythons: () => [], stop: () => undefined }));
      await waitFor(() => samples.length >= 8, 20_000);
      expect(sampler.pythons()).toEqual([program.pid]);
      expect(helpersOf(program.pid as number)).toHaveLength(1);
      const summary = sampler.stop();
      await waitFor(() => helpersOf(program.pid as number).length === 0, 5_000);
      expect(helpersOf(program.pid as number)).toEqual([]);
      expect(fallbacks).toBe(0);
      expect(sampler.withdrawn()).toBeUndefined();
      expect(summary?.processesSeen).toBe(1);
      expect(summary?.maxBusyProcesses).toBeLessThanOrEqual(1);
      expect(summary?.totalSeconds).toBeGreaterThan(0);
      expect(samples).toEqual([...samples].sort((a, b) => a - b));
      expect(sampler.ownSeconds()).toBeGreaterThan(0);
    } finally {
      program.kill("SIGKILL");
    }
  });

  test("PYTUTOR_TREE_SAMPLER=fail under the test runner makes the helper refuse: the fallback takes over", async () => {
    let fallbacks = 0;
    const sampler = new StreamSampler(process.pid, {}, () => ((fallbacks += 1), { seen: new Map(), pythons: () => [], stop: () => undefined }), spawnHelper(python, { VITEST: "true", PYTUTOR_TREE_SAMPLER: "fail" }));
    await waitFor(() => fallbacks > 0, 20_000);
    expect(fallbacks).toBe(1);
    expect(sampler.stop()).toBeUndefined();
    expect(sampler.withdrawn()?.cpuAccounting?.en).toContain("(OSError: sampling disabled on request)");
  });

  test("an interpreter that cannot be started: the fallback takes over", async () => {
    let fallbacks = 0;
    const sampler = new StreamSampler(process.pid, {}, () => ((fallbacks += 1), { seen: new Map(), pythons: () => [], stop: () => undefined }), spawnHelper("/nonexistent/python3"));
    await waitFor(() => fallbacks > 0, 20_000);
    expect(fallbacks).toBe(1);
    expect(sampler.withdrawn()?.cpuAccounting?.en).toMatch(/ENOENT/u);
    sampler.stop();
  });
});

describe("macOS: the machine's busy time from os.cpus()", () => {
  const cpu = (user: number, nice: number, sys: number, idle: number, irq: number) => ({ times: { user, nice, sys, idle, irq } });

  test("user + nice + sys + irq of every CPU, in seconds, and the CPU count", () => {
    expect(machineTimesOf([cpu(1000, 10, 500, 9000, 5), cpu(2000, 0, 250, 8000, 0)])).toEqual({ busy: 3.765, cpus: 2 });
    expect(machineTimesOf([cpu(0, 0, 0, 100, 0)])).toEqual({ busy: 0, cpus: 1 });
  });

  test("no CPUs listed (a sandbox that hides them), or nonsense: unknown", () => {
    expect(machineTimesOf([])).toBeUndefined();
    expect(machineTimesOf([cpu(Number.NaN, 0, 0, 0, 0)])).toBeUndefined();
  });

  test("this machine's own figures are read the same way", () => {
    const times = platformFor("darwin").machineTimes();
    expect(times?.cpus).toBeGreaterThan(0);
    expect(times?.busy).toBeGreaterThan(0);
  });
});

// A fork or thread bomb must not make every sample read thousands of /proc
// files: past the process limit the walk stops and the limit is reported.
describe.skipIf(process.platform !== "linux")("Linux's sampler past the process limit", () => {
  test("60 processes against a limit of 10: the limit at once, the walk stopped at 11", async () => {
    const { CpuSampler } = await import("../../src/platform/linux-sampler.js");
    const child = spawn("/bin/sh", ["-c", "for i in $(seq 60); do sleep 30 & done; wait"], { detached: true, stdio: "ignore" });
    try {
      const root = child.pid as number;
      const count = () => readFileSync(`/proc/${root}/task/${root}/children`, "latin1").trim().split(" ").filter(Boolean).length;
      for (let i = 0; i < 100 && count() < 60; i++) await new Promise((r) => setTimeout(r, 50));
      expect(count()).toBe(60);
      const hits: TreeLimitHit[] = [];
      const sampler = new CpuSampler(root, { cpuSeconds: 1e9, memoryBytes: 1e15, processes: 10 }, (hit) => hits.push(hit));
      sampler.sample();
      sampler.stop();
      expect(hits).toEqual([{ limit: "processes", value: 11 }]);
      expect(sampler.seen.size).toBe(11);
    } finally {
      process.kill(-(child.pid as number), "SIGKILL");
    }
  });
});

describe("childrenOf: a process's children from /proc", () => {
  // A /proc with one process of two threads; `gone` ends it between the listing and the reads.
  const proc = (files: Record<string, string>, gone = false): ProcReader => ({
    list: () => ["41", "42"],
    read: (path) => {
      if (gone || !(path in files)) throw new Error(`ENOENT ${path}`);
      return files[path] as string;
    },
    exists: (path) => !gone && (path === "/proc/41/task" || path in files),
  });

  test("the children of every thread", () => {
    expect(childrenOf(41, proc({ "/proc/41/task/41/children": "50 51 ", "/proc/41/task/42/children": "52" }))).toEqual([50, 51, 52]);
  });

  test("a process that ended between the listing and the reads has no children to add, and the walk goes on", () => {
    expect(childrenOf(41, proc({ "/proc/41/task/41/children": "50" }, true))).toEqual([]);
  });

  test("a live process without children files: the kernel cannot show the tree", () => {
    expect(childrenOf(41, proc({}))).toBeUndefined();
  });

  test("this machine's own process", () => {
    expect(childrenOf(process.pid)).toEqual(expect.any(Array));
  });
});
