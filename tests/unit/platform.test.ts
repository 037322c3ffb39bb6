// The platform interface, each implementation built and driven on any machine:
// command lines, flags, environment, `ps` parsing, CR stripping, capabilities.
import { describe, expect, test } from "vitest";
import { platformFor } from "../../src/platform/platform.js";
import { PsSampler, parseCpuTime, parsePs } from "../../src/platform/ps-sampler.js";
import { REMOVE_BACKOFF_MS } from "../../src/platform/win32.js";
import type { System } from "../../src/platform/types.js";
import { capabilitiesOf } from "../../src/runner/interpret.js";

type Call = { file: string; args: string[] };

// A system that records what a platform asks of it.
function fakeSystem(options: { env?: NodeJS.ProcessEnv; ps?: string; psStatus?: number; rmFails?: string[] } = {}) {
  const runs: Call[] = [];
  const kills: Array<[number, NodeJS.Signals | number]> = [];
  const sleeps: number[] = [];
  const rmFails = [...(options.rmFails ?? [])];
  let rmCalls = 0;
  const system: System = {
    run: (file, args) => {
      runs.push({ file, args });
      return file === "ps" ? { status: options.psStatus ?? 0, stdout: options.ps ?? "" } : { status: 0, stdout: "" };
    },
    kill: (pid, signal) => {
      kills.push([pid, signal]);
      if (pid === 999) throw Object.assign(new Error("no such process"), { code: "ESRCH" });
    },
    env: options.env ?? {},
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    rm: () => {
      rmCalls++;
      const code = rmFails.shift();
      return code ? Promise.reject(Object.assign(new Error(code), { code })) : Promise.resolve();
    },
  };
  return { system, runs, kills, sleeps, rmCalls: () => rmCalls };
}

const WIN_ENV = {
  PATH: "C:\\Windows\\system32;C:\\Python312",
  SYSTEMROOT: "C:\\Windows",
  PATHEXT: ".COM;.EXE;.BAT",
  COMSPEC: "C:\\Windows\\system32\\cmd.exe",
  USERPROFILE: "C:\\Users\\profe",
  SECRET_TOKEN: "no",
  APPDATA: "C:\\Users\\profe\\AppData\\Roaming",
};

describe("Windows", () => {
  test("runs the interpreter directly, hidden, never detached (DETACHED_PROCESS would open consoles)", () => {
    const { system } = fakeSystem();
    const launch = platformFor("win32", system).launch(["C:\\Python312\\python.exe", "C:\\tmp\\w\\main.py", "a b"]);
    expect(launch).toEqual({ file: "C:\\Python312\\python.exe", args: ["C:\\tmp\\w\\main.py", "a b"], detached: false, windowsHide: true });
  });

  test("a scrubbed environment with what Windows needs, home and temp in the scratch folder, the dump timer", () => {
    const { system } = fakeSystem({ env: WIN_ENV });
    const p = platformFor("win32", system);
    const env = p.env({ home: "D:\\scratch\\run-1\\work", probeDir: "C:\\cache\\probe", path: p.safePath("C:\\Python312\\python.exe"), dumpAfterSeconds: 4.8 });
    expect(env).toMatchObject({
      PATH: WIN_ENV.PATH,
      USERPROFILE: "D:\\scratch\\run-1\\work",
      HOMEDRIVE: "D:",
      HOMEPATH: "\\scratch\\run-1\\work",
      TEMP: "D:\\scratch\\run-1\\work",
      TMP: "D:\\scratch\\run-1\\work",
      SYSTEMROOT: "C:\\Windows",
      PATHEXT: ".COM;.EXE;.BAT",
      COMSPEC: "C:\\Windows\\system32\\cmd.exe",
      PYTHONPATH: "C:\\cache\\probe",
      PYTHONDONTWRITEBYTECODE: "1",
      PYTUTOR_DUMP_AFTER: "4.8",
    });
    expect(env).not.toHaveProperty("SECRET_TOKEN");
    expect(env).not.toHaveProperty("APPDATA");
    expect(env).not.toHaveProperty("HOME");
  });

  test("kills the tree with taskkill /T /F as the outside fence, and the process itself; a gone one is no error", () => {
    const { system, runs, kills } = fakeSystem();
    const p = platformFor("win32", system);
    p.killTree(4242);
    p.killTree(999);
    expect(runs).toEqual([
      { file: "taskkill", args: ["/T", "/F", "/PID", "4242"] },
      { file: "taskkill", args: ["/T", "/F", "/PID", "999"] },
    ]);
    expect(kills.map(([pid]) => pid)).toEqual([4242, 999]);
  });

  test("asks for no stacks by signal (the probe's own timer dumps them), samples nothing, sweeps nothing", async () => {
    const { system, runs, kills } = fakeSystem();
    const p = platformFor("win32", system);
    p.requestStacks(4242, [4243], false);
    expect(p.sampler(4242, {})).toBeUndefined();
    expect(p.machineTimes()).toBeUndefined();
    await expect(p.sweep(new Map([[4243, ""]]), "m", 4242)).resolves.toBe(0);
    expect([runs, kills]).toEqual([[], []]);
  });

  test.each([
    ["hola\r", "hola"],
    ["hola", "hola"],
    ["hola\r\r", "hola\r"],
    ["", ""],
    ["\r", ""],
    ["a\rb", "a\rb"],
  ])("stdout line %j is %j (Python's text mode writes CRLF)", (line, shown) => {
    expect(platformFor("win32", fakeSystem().system).stdoutLine(line)).toBe(shown);
  });

  test("scratch removal retries a held folder with growing waits, then leaves it without a fuss", async () => {
    const held = fakeSystem({ rmFails: ["EBUSY", "EPERM"] });
    await platformFor("win32", held.system).removeScratch("C:\\tmp\\run");
    expect(held.rmCalls()).toBe(3);
    expect(held.sleeps).toEqual(REMOVE_BACKOFF_MS.slice(0, 2));
    const stuck = fakeSystem({ rmFails: Array(20).fill("EBUSY") });
    await expect(platformFor("win32", stuck.system).removeScratch("C:\\tmp\\run")).resolves.toBeUndefined();
    expect(stuck.rmCalls()).toBe(REMOVE_BACKOFF_MS.length + 1);
    expect(stuck.sleeps).toEqual(REMOVE_BACKOFF_MS);
    expect(REMOVE_BACKOFF_MS.every((ms, i) => i === 0 || ms > (REMOVE_BACKOFF_MS[i - 1] as number))).toBe(true);
    const other = fakeSystem({ rmFails: ["ENAMETOOLONG"] });
    await platformFor("win32", other.system).removeScratch("C:\\tmp\\run");
    expect([other.rmCalls(), other.sleeps]).toEqual([1, []]);
  });

  test("capabilities: limits and the end of orphans come from the probe's Job Object; no CPU accounting", () => {
    const p = platformFor("win32", fakeSystem().system);
    expect(p.combine({ limits: true, treeKill: true, stackDump: true, job: true })).toEqual({ limitsEnforced: true, treeKill: true, cpuAccounting: false, stackDump: true });
    expect(p.combine({ limits: false, treeKill: false, stackDump: true, job: false })).toEqual({ limitsEnforced: false, treeKill: false, cpuAccounting: false, stackDump: true });
    // An older probe says nothing: nothing it would have done is assumed.
    expect(p.combine(undefined)).toEqual({ limitsEnforced: false, treeKill: false, cpuAccounting: false, stackDump: false });
    const run = capabilitiesOf({ platform: p }, { limits: true, treeKill: true, stackDump: true, job: true });
    expect(run.why?.cpuAccounting?.es).toBe("Windows: sin contabilidad de CPU");
    expect(run.why?.limitsEnforced).toBeUndefined();
  });
});

describe("macOS", () => {
  const PS_OUT = [
    "  501     1   501   1200   0:00.05 /bin/zsh",
    "  700   650   700   2048   0:00.01 /bin/sh",
    "  701   700   700  30000   0:02.50 /usr/local/bin/python3.12",
    "  702   701   700  25000   1:03.25 /Library/Frameworks/Python.framework/Versions/3.12/bin/python3.12",
    "  703   701   700   1000  10:00:01.00 Python Helper (GPU)",
    "  800   799   800  99999   0:00.00 python3",
    "garbage line",
    "",
  ].join("\n");

  test("shares POSIX's launch: a shell between pytutor and the program, its own group", () => {
    const launch = platformFor("darwin", fakeSystem().system).launch(["/usr/bin/python3", "/tmp/w/a.py"]);
    expect(launch.file).toBe("/bin/sh");
    expect(launch.args).toEqual(["-c", 'trap "" USR1; "$@"; exit $?', "pytutor-run", "/usr/bin/python3", "/tmp/w/a.py"]);
    expect(launch.detached).toBe(true);
  });

  test.each([
    ["0:01.23", 1.23],
    ["1:02.50", 62.5],
    ["10:00:01.00", 36001],
    ["00:00:01", 1],
    ["1-02:03:04", 93784],
    ["0:00.00", 0],
    ["abc", undefined],
    ["", undefined],
    ["1:2:3:4", undefined],
  ])("cputime %j is %s seconds", (text, seconds) => {
    const value = parseCpuTime(text);
    if (seconds === undefined) expect(value).toBeUndefined();
    else expect(value).toBeCloseTo(seconds, 6);
  });

  test("parses ps rows (names with spaces and paths), skipping bad lines", () => {
    const rows = parsePs(PS_OUT.replace(/\n/gu, "\r\n"));
    expect(rows).toHaveLength(6);
    expect(rows[2]).toEqual({ pid: 701, ppid: 700, pgid: 700, rssBytes: 30000 * 1024, cpuSeconds: 2.5, name: "python3.12" });
    expect(rows[4]?.name).toBe("Python Helper (GPU)");
  });

  test("the sampler asks ps for every process and keeps the run's group: its pythons, limits from outside", () => {
    const hits: unknown[] = [];
    const samples: number[] = [];
    const { system, runs } = fakeSystem({ ps: PS_OUT });
    const s = new PsSampler(700, system, { limits: { cpuSeconds: 1e9, memoryBytes: 40_000 * 1024, processes: 10 }, onLimit: (h) => hits.push(h), onSample: (cpu) => samples.push(cpu) }, null);
    s.sample();
    expect(runs).toEqual([{ file: "ps", args: ["-axo", "pid=,ppid=,pgid=,rss=,cputime=,comm="] }]);
    expect([...s.seen.keys()].sort()).toEqual([700, 701, 702, 703]);
    expect(s.pythons().sort()).toEqual([701, 702]);
    expect(samples[0]).toBeCloseTo(0.01 + 2.5 + 63.25 + 36001, 6);
    expect(hits).toEqual([{ limit: "memory", value: (2048 + 30000 + 25000 + 1000) * 1024 }]);
    // No CPU accounting: no summary for the cpu.* facts.
    expect(s.stop()).toBeUndefined();
  });

  test("the sampler's process and CPU limits; a failing ps is no sample", () => {
    const hits: unknown[] = [];
    const { system } = fakeSystem({ ps: PS_OUT });
    new PsSampler(700, system, { limits: { cpuSeconds: 1e9, memoryBytes: 1e12, processes: 3 }, onLimit: (h) => hits.push(h) }, null).sample();
    new PsSampler(700, system, { limits: { cpuSeconds: 10, memoryBytes: 1e12, processes: 10 }, onLimit: (h) => hits.push(h) }, null).sample();
    const broken = fakeSystem({ ps: PS_OUT, psStatus: 1 });
    const quiet = new PsSampler(700, broken.system, { limits: { cpuSeconds: 0, memoryBytes: 0, processes: 0 }, onLimit: (h) => hits.push(h) }, null);
    quiet.sample();
    expect(hits).toEqual([
      { limit: "processes", value: 4 },
      { limit: "cpu", value: expect.closeTo(36066.76, 2) },
    ]);
    expect(quiet.seen.size).toBe(0);
  });

  test("capabilities: CPU accounting (the stream sampler's), no RLIMIT_AS; stacks by signal unless the probe could not register", () => {
    const p = platformFor("darwin", fakeSystem().system);
    expect(p.capabilities.addressSpaceLimit).toBe(false);
    expect(p.combine(undefined)).toEqual({ limitsEnforced: true, treeKill: true, cpuAccounting: true, stackDump: true });
    expect(p.combine({ limits: true, treeKill: false, stackDump: false, job: false })).toEqual({ limitsEnforced: true, treeKill: true, cpuAccounting: true, stackDump: false });
    // A run whose sampler read nothing has none, said generically (the
    // helper's own reason comes through forRun: platform-sampler.test.ts).
    const run = capabilitiesOf({ platform: p }, undefined);
    expect(run.cpuAccounting).toBe(false);
    expect(run.why?.cpuAccounting?.en).toMatch(/could not be read/u);
  });
});

describe("Linux and POSIX", () => {
  test("Linux: kills the group and its leader, asks the group for stacks (each interpreter in a sandbox)", () => {
    const { system, kills } = fakeSystem();
    const p = platformFor("linux", system);
    p.killTree(500);
    p.requestStacks(500, [502, 503], false);
    p.requestStacks(500, [502, 503], true);
    expect(kills).toEqual([
      [-500, "SIGKILL"],
      [500, "SIGKILL"],
      [-500, "SIGUSR1"],
      [502, "SIGUSR1"],
      [503, "SIGUSR1"],
    ]);
  });

  test("Linux: home and temp in the scratch folder, PATH without the user's, no dump timer, CR kept", () => {
    const p = platformFor("linux", fakeSystem({ env: { PATH: "/home/profe/bin:/usr/bin", SECRET: "x" } }).system);
    const env = p.env({ home: "/tmp/run/work", probeDir: "/cache/probe", path: p.safePath("/opt/py/bin/python3") });
    expect(env).toEqual({
      PATH: "/opt/py/bin:/usr/local/bin:/usr/bin:/bin",
      HOME: "/tmp/run/work",
      TMPDIR: "/tmp/run/work",
      LANG: "C.UTF-8",
      LC_ALL: "C.UTF-8",
      PYTHONIOENCODING: "utf-8",
      PYTHONDONTWRITEBYTECODE: "1",
      PYTHONNOUSERSITE: "1",
      PYTHONPATH: "/cache/probe",
    });
    expect(p.stdoutLine("hola\r")).toBe("hola\r");
  });

  test("Linux: every capability; the probe's caps can only take away; a run the sampler could not read has no CPU accounting", () => {
    const p = platformFor("linux", fakeSystem().system);
    expect(p.combine(undefined)).toEqual({ limitsEnforced: true, treeKill: true, cpuAccounting: true, stackDump: true });
    expect(p.combine({ limits: false, stackDump: false })).toEqual({ limitsEnforced: false, treeKill: true, cpuAccounting: true, stackDump: false });
    const unread = capabilitiesOf({ platform: p }, undefined);
    expect(unread.cpuAccounting).toBe(false);
    expect(unread.why?.cpuAccounting?.en).toMatch(/could not be read/u);
  });

  test("another Unix: a shell and a group, no sampler; removal falls back to chmod and rm", async () => {
    const { system, runs } = fakeSystem({ rmFails: ["EACCES"] });
    const p = platformFor("freebsd", system);
    expect(p.name).toBe("posix");
    expect(p.sampler(1, {})).toBeUndefined();
    expect(p.combine(undefined).cpuAccounting).toBe(false);
    await p.removeScratch("/tmp/x");
    expect(runs).toEqual([
      { file: "chmod", args: ["-R", "u+rwx", "/tmp/x"] },
      { file: "rm", args: ["-rf", "/tmp/x"] },
    ]);
  });
});
