// Runs a learner's file on CPython through the probe: its own process group, a
// scratch copy of its folder, a scrubbed environment, a wall-clock timeout and an
// output cap. Returns a RunRecord; never decides a verdict.
import { chmodSync, chownSync, closeSync, constants as fsConstants, existsSync, fstatSync, mkdirSync, mkdtempSync, openSync, readSync, realpathSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import { execa } from "execa";
import type { PythonInfo } from "../python/find.js";
import type { RunRecord } from "./record.js";
import { copyScratch } from "./scratch.js";
import { killGroup, trackGroup, untrackGroup } from "./kill.js";
import { LineCollector, decodeUtf8 } from "./lines.js";
import { CpuSampler, machineTimes, sweepLeftovers, type MachineTimes, type TreeLimitHit } from "./cpu-sampler.js";
import { ReportParser, type ProbeEvent } from "./probe-events.js";
import { probeDir } from "./probe-files.js";
import { probeEnv, safePath, scrubbedEnv } from "./environment.js";
import { interpretRun } from "./interpret.js";
import { stackSources } from "./stack-sources.js";
import { runMarker, scratchPrefix } from "./leftovers.js";
import { SANDBOX_PATH, SANDBOX_PRIVATE, SANDBOX_PROBE, SANDBOX_WORK, runUid, sandboxCommand, type Isolation } from "./sandbox.js";

export { probeDir } from "./probe-files.js";

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
  // Run inside bubblewrap (src/runner/sandbox.ts): an allow-list of the
  // machine, private bounded /work, /tmp and /dev/shm, its own namespaces and,
  // as root, its own unprivileged uid.
  sandbox?: { isolation: Extract<Isolation, { mode: "sandbox" }> };
  // Called every sample (Linux) with the run's CPU seconds so far and its age.
  onCpu?: (cpuSeconds: number, wallSeconds: number) => void;
  // Called with the probe's events as they arrive (live output).
  onEvents?: (events: ProbeEvent[]) => void;
};

export type RunLimits = { cpuSeconds: number; memoryMb: number; processes: number; fileSizeMb: number; openFiles: number };

// `processes` counts threads too (what the machine schedules).
export const DEFAULT_LIMITS: RunLimits = { cpuSeconds: 30, memoryMb: 512, processes: 40, fileSizeMb: 16, openFiles: 256 };

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

const REPORT_LIMIT = 16 * 1024 * 1024;
const STACK_WAIT_MS = 300;
const DRAIN_WAIT_MS = 500;
// The probe's channel is read to its end after the program exits: its last
// events (the exit report) may still sit in the pipe when Node hears of the
// exit, and on a starved machine the fixed drain above is not enough (a run
// read without its end looked like a probe gone silent: tampering). The
// program's processes are killed by then, so the end comes; this caps the wait.
const CHANNEL_END_WAIT_MS = 10_000;

function nowSeconds(): number {
  return Number(process.hrtime.bigint()) / 1e9;
}

export async function runProgram(plan: RunPlan): Promise<RunRecord> {
  const root = mkdtempSync(join(tmpdir(), scratchPrefix("run")));
  const work = join(root, "work");
  const privateDir = join(root, "private");
  mkdirSync(privateDir);
  try {
    const script = copyScratch(plan.file, work, plan.siblings ?? true);
    const record = await spawnProbed(plan, script, work, privateDir);
    return showLearnerPaths(record, plan.sandbox ? SANDBOX_WORK : work, dirname(resolve(plan.file)));
  } finally {
    if (!plan.keepScratch) removeTree(root);
  }
}

// The program never runs as pytutor's direct child: a shell stands between, so
// a program that kills its parent kills the shell, not the grader. The shell
// ignores SIGUSR1 (the stack-dump request goes to the whole group).
const SHELL = "/bin/sh";
const SHELL_SCRIPT = 'trap "" USR1; "$@"; exit $?';

type Command = { file: string; args: string[]; fds: number[]; uid?: number };

// The fds 0–4 are stdin, stdout, stderr, the probe's channel and its token;
// a sandbox's copies into /work come after.
const FIRST_EXTRA_FD = 5;

function command(plan: RunPlan, script: string, work: string, privateDir: string): Command {
  const inside = plan.sandbox ? join(SANDBOX_WORK, basename(script)) : script;
  const program = [plan.python.executable, inside, ...(plan.args ?? [])];
  const shell = existsSync(SHELL) ? [SHELL, "-c", SHELL_SCRIPT, "pytutor-run", ...program] : program;
  if (!plan.sandbox) return { file: shell[0] as string, args: shell.slice(1), fds: [] };
  const uid = plan.sandbox.isolation.perRunUid ? runUid() : undefined;
  if (uid !== undefined) {
    // The stack dump at a timeout is written by the program's own uid.
    chownSync(privateDir, uid, uid);
    chmodSync(privateDir, 0o700);
  }
  return sandboxCommand(
    { isolation: plan.sandbox.isolation, python: plan.python, probeDir: probeDir(), privateDir, work, command: shell, firstFd: FIRST_EXTRA_FD },
    uid,
  );
}

async function spawnProbed(plan: RunPlan, script: string, work: string, privateDir: string): Promise<RunRecord> {
  const token = randomBytes(12).toString("hex");
  const marker = runMarker(randomBytes(8).toString("hex"));
  const limits = plan.limits ?? DEFAULT_LIMITS;
  const stacksFile = join(privateDir, "stacks.txt");
  const cmd = command(plan, script, work, privateDir);
  const sandboxed = plan.sandbox !== undefined;
  const env = sandboxed
    ? { ...scrubbedEnv(SANDBOX_WORK, SANDBOX_PROBE, SANDBOX_PATH), ...probeEnv(plan, limits, SANDBOX_WORK, join(SANDBOX_PRIVATE, "stacks.txt"), marker, cmd.uid !== undefined) }
    : { ...scrubbedEnv(work, probeDir(), safePath(plan.python.executable)), ...probeEnv(plan, limits, work, stacksFile, marker, false) };
  const machineBefore = machineTimes();
  const nodeBefore = process.cpuUsage();
  const spawnedAt = nowSeconds();
  const child = execa(cmd.file, cmd.args, {
    cwd: work,
    env,
    extendEnv: false,
    // execa passes a number through as that fd (its types do not say so).
    stdio: [plan.input === undefined ? "ignore" : "pipe", "pipe", "pipe", "pipe", "pipe", ...cmd.fds] as unknown as ["ignore" | "pipe", "pipe", "pipe", "pipe", "pipe"],
    ...(plan.input === undefined ? {} : { input: plan.input }),
    buffer: false,
    reject: false,
    detached: true,
    encoding: "buffer",
    stripFinalNewline: false,
    cleanup: true,
    windowsHide: true,
  });
  // bwrap has its own copies of the files it copies into /work.
  for (const fd of cmd.fds) closeSync(fd);

  const stdout = new LineCollector();
  const stderrChunks: Buffer[] = [];
  const report = new ReportParser(token);
  const decoder = new TextDecoder("utf-8", { fatal: false });
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
  const onEvents = (added: ProbeEvent[]) => {
    for (const e of added) {
      if (e.event === "o") account(Buffer.byteLength(e.s));
      else if (e.event === "o-cap" && !outputCapped) {
        outputCapped = true;
        stop();
      }
    }
    if (added.length) plan.onEvents?.(added);
  };

  child.stdout?.on("data", (chunk: Buffer) => {
    if (outputCapped) return;
    const room = Math.max(0, plan.outputLimit - outputBytes);
    stdout.push(chunk.subarray(0, room), nowSeconds());
    account(chunk.length);
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    if (outputCapped) return;
    const room = Math.max(0, plan.outputLimit - outputBytes);
    stderrChunks.push(chunk.subarray(0, room));
    account(chunk.length);
  });
  const channelEnded = new Promise<void>((done) => {
    const channel = child.stdio[3];
    if (!channel) return done();
    channel.once("end", () => done());
    channel.once("close", () => done());
    channel.once("error", () => done());
  });
  child.stdio[3]?.on("data", (chunk: Buffer) => {
    reportBytes += chunk.length;
    if (reportBytes <= REPORT_LIMIT) onEvents(report.push(decoder.decode(chunk, { stream: true })));
  });

  let stacksAtTimeout: string | undefined;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      // bwrap leads the group of a sandboxed run: SIGUSR1 would end it, and the
      // whole sandbox with it, before any interpreter dumped its stacks.
      if (pid !== undefined && !sandboxed) process.kill(-pid, "SIGUSR1");
    } catch {
      /* already gone */
    }
    // In a sandbox the program leads its own session: ask each of its
    // interpreters directly (never bwrap, which SIGUSR1 would end).
    if (sandboxed) for (const p of sampler?.pythons() ?? []) sendSignal(p, "SIGUSR1");
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
  const wallSeconds = nowSeconds() - spawnedAt;
  clearTimeout(timer);
  const cpu = sampler?.stop();
  const machine = machineBefore ? freeCpus(machineBefore, nodeBefore, wallSeconds, cpu?.totalSeconds ?? 0) : undefined;
  if (pid !== undefined) {
    killGroup(pid);
    untrackGroup(pid);
    if (sampler) sweepLeftovers(sampler.seen, `PYTUTOR_RUN=${marker}`, pid);
  }
  let drainTimer: NodeJS.Timeout | undefined;
  await Promise.race([child, new Promise((r) => (drainTimer = setTimeout(r, DRAIN_WAIT_MS)))]);
  clearTimeout(drainTimer);
  let channelTimer: NodeJS.Timeout | undefined;
  await Promise.race([channelEnded, new Promise((r) => (channelTimer = setTimeout(r, CHANNEL_END_WAIT_MS)))]);
  clearTimeout(channelTimer);
  stdout.finish(nowSeconds());
  if (reportBytes <= REPORT_LIMIT) onEvents(report.push(decoder.decode()));
  const stderrText = decodeUtf8(Buffer.concat(stderrChunks));
  return interpretRun({
    file: plan.file,
    report: report.finish(),
    reportTruncated: reportBytes > REPORT_LIMIT,
    token,
    rawLines: stdout.lines.map((l) => ({ text: l.text, at: l.t })),
    rawEndsWithoutNewline: stdout.endsWithoutNewline,
    spawnedAt,
    wallSeconds,
    code,
    signal,
    timedOut,
    outputCapped,
    ...(limitHit ? { limitHit: limitHit.limit } : {}),
    limits,
    timeoutSeconds: plan.timeoutSeconds,
    stderr: stderrText.text,
    stderrInvalid: stderrText.invalid,
    stdoutInvalid: stdout.invalidUtf8,
    ...(stacksAtTimeout ? { stacksAtTimeout } : {}),
    ...(machine ? { machine } : {}),
    ...(cpu ? { cpu } : {}),
  });
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

function sendSignal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    /* gone */
  }
}

// Tracebacks name the scratch copy; the learner should read their own path.
function showLearnerPaths(record: RunRecord, work: string, learnerDir: string): RunRecord {
  const real = work === SANDBOX_WORK ? work : realpathSync(work);
  const swap = (text: string) => text.split(`${work}/`).join(`${learnerDir}/`).split(`${real}/`).join(`${learnerDir}/`);
  return {
    ...record,
    stderr: swap(record.stderr),
    ...(record.stacksAtTimeout
      ? { stacksAtTimeout: swap(record.stacksAtTimeout), stackSources: stackSources(record.stacksAtTimeout, [work, real], learnerDir) }
      : {}),
    events: record.events.map((e) => (e.event === "exception" ? { ...e, traceback: swap(e.traceback) } : e)),
  };
}
