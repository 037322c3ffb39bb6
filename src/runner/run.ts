// Runs a learner's file on CPython through the probe: its own process group, a
// scratch copy of its folder, a scrubbed environment, a wall-clock timeout and an
// output cap. Returns a RunRecord; never decides a verdict.
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import { packageRoot } from "../paths.js";
import { execa } from "execa";
import type { PythonInfo } from "../python/find.js";
import type { ProbeEvent } from "./probe-events.js";
import type { OutputLine, ProbeStatus, RunRecord } from "./record.js";
import { copyScratch } from "./scratch.js";
import { killGroup, trackGroup, untrackGroup } from "./kill.js";
import { LineCollector, decodeUtf8 } from "./lines.js";
import { CpuSampler, machineTimes, type MachineTimes } from "./cpu-sampler.js";

export type RunPlan = {
  file: string;
  python: PythonInfo;
  timeoutSeconds: number;
  outputLimit: number;
  input?: string;
  args?: string[];
  tracemalloc?: boolean;
  // Expressions evaluated in the program's namespace at exit, by name.
  inspect?: Record<string, string>;
  // module.function names whose calls from the program are counted.
  count?: string[];
  keepScratch?: boolean;
};

export function probeDir(): string {
  return join(packageRoot(), "src", "probe");
}

const REPORT_LIMIT = 16 * 1024 * 1024;
const STACK_WAIT_MS = 300;
const DRAIN_WAIT_MS = 500;

// Only what a Python program needs; no tokens, no teacher's variables, no HOME.
function scrubbedEnv(home: string, extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/local/bin:/usr/bin:/bin",
    HOME: home,
    TMPDIR: home,
    LANG: "C.UTF-8",
    LC_ALL: "C.UTF-8",
    PYTHONIOENCODING: "utf-8",
    PYTHONDONTWRITEBYTECODE: "1",
    PYTHONNOUSERSITE: "1",
    PYTHONPATH: probeDir(),
    ...extra,
  };
  if (process.env.SYSTEMROOT) env.SYSTEMROOT = process.env.SYSTEMROOT;
  return env;
}

function since(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

export async function runProgram(plan: RunPlan): Promise<RunRecord> {
  const root = mkdtempSync(join(tmpdir(), "pytutor-run-"));
  const work = join(root, "work");
  const privateDir = join(root, "private");
  mkdirSync(privateDir);
  try {
    const script = copyScratch(plan.file, work);
    const record = await spawnProbed(plan, script, work, join(privateDir, "stacks.txt"));
    return showLearnerPaths(record, work, dirname(resolve(plan.file)));
  } finally {
    if (!plan.keepScratch) rmSync(root, { recursive: true, force: true });
  }
}

async function spawnProbed(plan: RunPlan, script: string, work: string, stacksFile: string): Promise<RunRecord> {
  const token = randomBytes(12).toString("hex");
  const env = scrubbedEnv(work, {
    PYTUTOR_REPORT_FD: "3",
    PYTUTOR_TOKEN: token,
    PYTUTOR_LEARNER_DIR: work,
    PYTUTOR_STACKS_FILE: stacksFile,
    ...(plan.tracemalloc ? { PYTUTOR_TRACEMALLOC: "1" } : {}),
    ...(plan.inspect && Object.keys(plan.inspect).length ? { PYTUTOR_INSPECT: JSON.stringify(plan.inspect) } : {}),
    ...(plan.count?.length ? { PYTUTOR_COUNT: JSON.stringify(plan.count) } : {}),
  });
  const machineBefore = machineTimes();
  const nodeBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  // zod is loaded while Python starts, not before: it is the costliest import.
  const reportParser = import("./probe-events.js");
  const child = execa(plan.python.executable, [script, ...(plan.args ?? [])], {
    cwd: work,
    env,
    extendEnv: false,
    stdio: [plan.input === undefined ? "ignore" : "pipe", "pipe", "pipe", "pipe"],
    ...(plan.input === undefined ? {} : { input: plan.input }),
    buffer: false,
    reject: false,
    detached: true,
    encoding: "buffer",
    stripFinalNewline: false,
    cleanup: true,
    windowsHide: true,
  });

  const stdout = new LineCollector();
  const stderrChunks: Buffer[] = [];
  const reportChunks: Buffer[] = [];
  let outputBytes = 0;
  let reportBytes = 0;
  let outputCapped = false;
  let timedOut = false;
  let killed = false;
  const pid = child.pid;
  if (pid !== undefined) trackGroup(pid);
  const sampler = pid !== undefined && machineBefore ? new CpuSampler(pid) : undefined;

  const stop = () => {
    if (!killed && pid !== undefined) {
      killed = true;
      killGroup(pid);
    }
  };
  const account = (n: number) => {
    outputBytes += n;
    if (outputBytes > plan.outputLimit && !outputCapped) {
      outputCapped = true;
      stop();
    }
  };

  child.stdout?.on("data", (chunk: Buffer) => {
    if (outputCapped) return;
    const room = Math.max(0, plan.outputLimit - outputBytes);
    stdout.push(chunk.subarray(0, room), since(started));
    account(chunk.length);
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    if (outputCapped) return;
    const room = Math.max(0, plan.outputLimit - outputBytes);
    stderrChunks.push(chunk.subarray(0, room));
    account(chunk.length);
  });
  child.stdio[3]?.on("data", (chunk: Buffer) => {
    if (reportBytes < REPORT_LIMIT) reportChunks.push(chunk);
    reportBytes += chunk.length;
  });

  let stacksAtTimeout: string | undefined;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      if (pid !== undefined) process.kill(pid, "SIGUSR1");
    } catch {
      /* already gone */
    }
    setTimeout(() => {
      try {
        stacksAtTimeout = readFileSync(stacksFile, "utf8").slice(0, 20_000) || undefined;
      } catch {
        /* no dump */
      }
      stop();
    }, STACK_WAIT_MS);
  }, plan.timeoutSeconds * 1000);

  // The main process's exit ends the run, not EOF: an orphan may hold the pipes.
  const exited = new Promise<{ code: number | null; signal: string | null }>((done) => {
    child.on("exit", (code, signal) => done({ code, signal }));
    child.on("error", () => done({ code: null, signal: null }));
  });
  const { code, signal } = await exited;
  const wallSeconds = since(started);
  clearTimeout(timer);
  const cpu = sampler?.stop();
  const machine = machineBefore ? freeCpus(machineBefore, nodeBefore, wallSeconds, cpu?.totalSeconds ?? 0) : undefined;
  if (pid !== undefined) {
    killGroup(pid);
    untrackGroup(pid);
  }
  let drainTimer: NodeJS.Timeout | undefined;
  await Promise.race([child, new Promise((r) => (drainTimer = setTimeout(r, DRAIN_WAIT_MS)))]);
  clearTimeout(drainTimer);
  stdout.finish(since(started));

  const { parseProbeReport } = await reportParser;
  const report = parseProbeReport(Buffer.concat(reportChunks).toString("utf8"));
  if (reportBytes > REPORT_LIMIT) report.problems.push("probe report too large; truncated");
  const { status, offset } = probeStatus(report.events, token, started);
  const events = report.events
    .filter((e) => e.event !== "hello" && e.event !== "too-old")
    .map((e) => shiftEvent(e, offset));
  const end = events.find((e) => e.event === "end");
  const stderrText = decodeUtf8(Buffer.concat(stderrChunks));
  const lines: OutputLine[] = stdout.lines;
  return {
    file: plan.file,
    stdout: lines,
    stdoutEndsWithoutNewline: stdout.endsWithoutNewline,
    stderr: stderrText.text,
    exitCode: code,
    signal: timedOut || outputCapped ? (signal ?? "SIGKILL") : signal,
    timedOut,
    outputCapped,
    wallSeconds,
    cpuSeconds: end && end.event === "end" ? (end.cpuSeconds ?? null) : null,
    timeoutSeconds: plan.timeoutSeconds,
    probe: status,
    events,
    problems: report.problems,
    ...(stacksAtTimeout ? { stacksAtTimeout } : {}),
    invalidUtf8: stdout.invalidUtf8 || stderrText.invalid,
    ...(machine ? { machine } : {}),
    ...(cpu ? { cpu } : {}),
  };
}

// How many CPUs the rest of the machine left to the run, on average: the
// machine's busy time minus the run's own and this grader's.
function freeCpus(before: MachineTimes, nodeBefore: NodeJS.CpuUsage, wall: number, runCpu: number) {
  const after = machineTimes();
  if (!after || wall <= 0) return undefined;
  const node = process.cpuUsage(nodeBefore);
  const others = Math.max(0, after.busy - before.busy - runCpu - (node.user + node.system) / 1e6);
  const free = Math.max(0, Math.min(after.cpus, after.cpus - others / wall));
  return { cpus: after.cpus, freeCpus: Math.round(free * 100) / 100 };
}

type AnyEvent = ProbeEvent;

// Puts probe times (the child's monotonic clock) on the run's clock, using the
// moment hello was written as the common point.
function probeStatus(events: AnyEvent[], token: string, started: bigint): { status: ProbeStatus; offset: number } {
  const tooOld = events.find((e) => e.event === "too-old");
  if (tooOld && tooOld.event === "too-old") return { status: { state: "too-old", version: tooOld.version }, offset: 0 };
  const hello = events.find((e) => e.event === "hello");
  if (!hello || hello.event !== "hello" || hello.token !== token) return { status: { state: "missing" }, offset: 0 };
  // hello is written ~20-40 ms after spawn; Node's hrtime and Python's monotonic
  // share CLOCK_MONOTONIC on Linux and macOS, so prefer a direct conversion.
  const startedSeconds = Number(started) / 1e9;
  const direct = hello.t - startedSeconds;
  const offset = direct > -0.001 && direct < 5 ? startedSeconds : hello.t - 0.03;
  return { status: { state: "ok", version: hello.version, gil: hello.gil, cpus: hello.cpus }, offset };
}

function shiftEvent(event: AnyEvent, offset: number): AnyEvent {
  const shifted = { ...event, t: event.t - offset };
  if (shifted.event === "sleep") return { ...shifted, begin: shifted.begin - offset, end: shifted.end - offset };
  return shifted;
}

// Tracebacks name the scratch copy; the learner should read their own path.
function showLearnerPaths(record: RunRecord, work: string, learnerDir: string): RunRecord {
  const real = realpathSync(work);
  const swap = (text: string) => text.split(work).join(learnerDir).split(real).join(learnerDir);
  return {
    ...record,
    stderr: swap(record.stderr),
    ...(record.stacksAtTimeout ? { stacksAtTimeout: swap(record.stacksAtTimeout) } : {}),
    events: record.events.map((e) => (e.event === "exception" ? { ...e, traceback: swap(e.traceback) } : e)),
  };
}
