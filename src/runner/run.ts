// Runs a learner's file on CPython through the probe: its own process group, a
// scratch copy of its folder, a scrubbed environment, a wall-clock timeout and an
// output cap. Returns a RunRecord; never decides a verdict.
import { closeSync, constants as fsConstants, existsSync, fstatSync, mkdirSync, mkdtempSync, openSync, readSync, realpathSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { constants as osConstants } from "node:os";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import { packageRoot } from "../paths.js";
import { execa } from "execa";
import type { PythonInfo } from "../python/find.js";
import type { ProbeEvent } from "./probe-events.js";
import type { LimitHit, OutputLine, ProbeStatus, RunRecord } from "./record.js";
import { copyScratch } from "./scratch.js";
import { killGroup, trackGroup, untrackGroup } from "./kill.js";
import { LineCollector, decodeUtf8 } from "./lines.js";
import { CpuSampler, machineTimes, sweepLeftovers, type MachineTimes, type TreeLimitHit } from "./cpu-sampler.js";

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
  // Copy the file's small sibling files too (not for a lone submission among others').
  siblings?: boolean;
  limits?: RunLimits;
  // Run inside bubblewrap: no network, read-only outside the scratch folder,
  // these paths hidden, its own PID namespace.
  sandbox?: { hide: string[] };
  // Called every sample (Linux) with the run's CPU seconds so far and its age.
  onCpu?: (cpuSeconds: number, wallSeconds: number) => void;
};

export type RunLimits = { cpuSeconds: number; memoryMb: number; processes: number; fileSizeMb: number; openFiles: number };

export const DEFAULT_LIMITS: RunLimits = { cpuSeconds: 30, memoryMb: 512, processes: 32, fileSizeMb: 16, openFiles: 256 };

// A program may leave a tree Node cannot remove (too deep for a path, folders
// without permissions): fall back to chmod and rm, and never throw.
export function removeTree(root: string): void {
  try {
    rmSync(root, { recursive: true, force: true });
    return;
  } catch {
    /* fall back below */
  }
  spawnSync("chmod", ["-R", "u+rwx", root], { stdio: "ignore" });
  spawnSync("rm", ["-rf", root], { stdio: "ignore" });
}

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
    const script = copyScratch(plan.file, work, plan.siblings ?? true);
    const record = await spawnProbed(plan, script, work, join(privateDir, "stacks.txt"));
    return showLearnerPaths(record, work, dirname(resolve(plan.file)));
  } finally {
    if (!plan.keepScratch) removeTree(root);
  }
}

// The program never runs as pytutor's direct child: a shell stands between, so
// a program that kills its parent kills the shell, not the grader. The shell
// ignores SIGUSR1 (the stack-dump request goes to the whole group).
const SHELL = "/bin/sh";
const SHELL_SCRIPT = 'trap "" USR1; "$@"; exit $?';

function command(plan: RunPlan, script: string, root: string): { file: string; args: string[] } {
  const program = [plan.python.executable, script, ...(plan.args ?? [])];
  const shell = existsSync(SHELL) ? [SHELL, "-c", SHELL_SCRIPT, "pytutor-run", ...program] : program;
  if (!plan.sandbox) return { file: shell[0] as string, args: shell.slice(1) };
  return { file: "bwrap", args: [...bwrapArgs(plan, root), "--", ...shell] };
}

function bwrapArgs(plan: RunPlan, root: string): string[] {
  const args = ["--die-with-parent", "--new-session", "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--cap-drop", "ALL"];
  args.push("--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--tmpfs", "/tmp");
  const home = process.env.HOME;
  const hidden = [...(home && home !== "/" ? [home] : []), ...(plan.sandbox?.hide ?? [])].filter((p) => existsSync(p));
  for (const path of hidden) args.push("--tmpfs", path);
  // What the run needs from under a hidden folder comes back, read-only.
  const prefix = dirname(dirname(plan.python.executable));
  for (const path of [prefix, probeDir()]) args.push("--ro-bind", path, path);
  args.push("--bind", root, root, "--chdir", join(root, "work"));
  return args;
}

async function spawnProbed(plan: RunPlan, script: string, work: string, stacksFile: string): Promise<RunRecord> {
  const token = randomBytes(12).toString("hex");
  const marker = `PYTUTOR_RUN=${randomBytes(8).toString("hex")}`;
  const limits = plan.limits ?? DEFAULT_LIMITS;
  const env = scrubbedEnv(work, {
    // Inherited by every descendant: how escaped processes are found at the end.
    PYTUTOR_RUN: marker.slice("PYTUTOR_RUN=".length),
    PYTUTOR_LIMITS: JSON.stringify({
      cpuSeconds: limits.cpuSeconds,
      addressSpaceMb: Math.max(limits.memoryMb * 4, 2048),
      fileSizeMb: limits.fileSizeMb,
      openFiles: limits.openFiles,
    }),
    PYTUTOR_REPORT_FD: "3",
    // The token travels through a pipe (fd 4), never the environment, which
    // the program could read back from /proc/self/environ.
    PYTUTOR_TOKEN_FD: "4",
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
  const { file: executable, args } = command(plan, script, dirname(work));
  const child = execa(executable, args, {
    cwd: work,
    env,
    extendEnv: false,
    stdio: [plan.input === undefined ? "ignore" : "pipe", "pipe", "pipe", "pipe", "pipe"],
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
  const tokenPipe = child.stdio[4] as unknown as NodeJS.WritableStream | undefined;
  tokenPipe?.on("error", () => {});
  tokenPipe?.end(token);
  let limitHit: TreeLimitHit | undefined;
  const sampler = pid !== undefined && machineBefore
    ? new CpuSampler(pid, { cpuSeconds: limits.cpuSeconds, memoryBytes: limits.memoryMb * 1024 * 1024, processes: limits.processes }, (hit) => {
        limitHit ??= hit;
        stop();
      }, plan.onCpu)
    : undefined;

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
      if (pid !== undefined) process.kill(-pid, "SIGUSR1");
    } catch {
      /* already gone */
    }
    setTimeout(() => {
      stacksAtTimeout = readStacks(stacksFile);
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
    if (sampler) sweepLeftovers(sampler.seen, marker, pid);
  }
  let drainTimer: NodeJS.Timeout | undefined;
  await Promise.race([child, new Promise((r) => (drainTimer = setTimeout(r, DRAIN_WAIT_MS)))]);
  clearTimeout(drainTimer);
  stdout.finish(since(started));

  const { parseProbeReport } = await reportParser;
  const report = parseProbeReport(Buffer.concat(reportChunks).toString("utf8"), token);
  if (reportBytes > REPORT_LIMIT) report.problems.push("probe report too large; truncated");
  const { status, offset } = probeStatus(report.events, token, started);
  const events = report.events
    .filter((e) => e.event !== "hello" && e.event !== "too-old")
    .map((e) => shiftEvent(e, offset));
  const end = events.find((e) => e.event === "end");
  const stderrText = decodeUtf8(Buffer.concat(stderrChunks));
  const lines: OutputLine[] = stdout.lines;
  // The shell reports a program killed by signal N as exit code 128 + N.
  const bySignal = code !== null && code > 128 && !end ? signalName(code - 128) : undefined;
  const exitCode = bySignal ? null : code;
  const finalSignal = timedOut || outputCapped || limitHit ? (signal ?? bySignal ?? "SIGKILL") : (signal ?? bySignal ?? null);
  const tampered = tamperingOf(report.forged, events, lines);
  const limit = limitHit ? limitOf(limitHit.limit, limits) : inProcessLimit(finalSignal, events, stderrText.text, limits);
  return {
    file: plan.file,
    stdout: lines,
    stdoutEndsWithoutNewline: stdout.endsWithoutNewline,
    stderr: stderrText.text,
    exitCode,
    signal: finalSignal,
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
    ...(limit ? { limit } : {}),
    ...(tampered.length ? { tampered } : {}),
  };
}

// The dump file sits where the program could replace it (a link to a secret,
// a FIFO that never ends): read it only if it is still a regular file, without
// following links or blocking, and only its beginning.
function readStacks(path: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW | fsConstants.O_NONBLOCK);
    if (!fstatSync(fd).isFile()) return undefined;
    const buffer = Buffer.alloc(20_000);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, n).toString("utf8") || undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function signalName(n: number): string | undefined {
  return Object.entries(osConstants.signals).find(([, value]) => value === n)?.[0];
}

function limitOf(kind: LimitHit["limit"], limits: RunLimits): LimitHit {
  const value = { cpu: limits.cpuSeconds, memory: limits.memoryMb, processes: limits.processes, "file-size": limits.fileSizeMb, "open-files": limits.openFiles }[kind];
  return { limit: kind, value };
}

// A limit set inside the program (rlimits) shows as a signal or an exception.
function inProcessLimit(signal: string | null, events: ProbeEvent[], stderr: string, limits: RunLimits): LimitHit | undefined {
  if (signal === "SIGXCPU") return limitOf("cpu", limits);
  if (signal === "SIGXFSZ") return limitOf("file-size", limits);
  // The probe's own report of the exception, or (when the limit kept even the
  // probe from reporting, as with no file descriptors left) the traceback.
  const messages = [
    ...events.flatMap((e) => (e.event === "exception" ? [`${e.type}: ${e.message}`] : [])),
    ...stderr.split("\n").filter((line) => /^\w*(Error|Exception)\b/.test(line)),
  ];
  for (const message of messages) {
    if (/^MemoryError/.test(message)) return limitOf("memory", limits);
    if (/\[Errno 27\]|File too large/.test(message)) return limitOf("file-size", limits);
    if (/\[Errno 24\]|Too many open files/.test(message)) return limitOf("open-files", limits);
  }
  return undefined;
}

// Lines on the probe's channel that the probe did not write, a probe that
// found itself imported or its hooks replaced, or a probe report printed on
// stdout to be mistaken for the real one.
function tamperingOf(forged: number, events: ProbeEvent[], lines: OutputLine[]): string[] {
  const found: string[] = [];
  if (forged > 0) found.push(`${forged} forged line(s) on the probe's channel`);
  for (const e of events) if (e.event === "tamper") found.push(...e.what);
  const fake = lines.some((l) => {
    if (!/^\s*\{.*"event"\s*:/.test(l.text)) return false;
    try {
      const value = JSON.parse(l.text) as unknown;
      return typeof value === "object" && value !== null && typeof (value as { event?: unknown }).event === "string";
    } catch {
      return false;
    }
  });
  if (fake) found.push("a probe report printed on stdout");
  return found;
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
