// Runs a learner's file on CPython through the probe: its own process group, a
// scratch copy of its folder, a scrubbed environment, a wall-clock timeout and an
// output cap. Returns a RunRecord; never decides a verdict. Launching, the
// environment, the pipes and the meaning of what came back are in launch.ts,
// environment.ts, plumbing.ts and interpret.ts; the system's part is the
// platform's (src/platform).
import { closeSync, constants as fsConstants, fstatSync, mkdirSync, mkdtempSync, openSync, readSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { RunRecord } from "./record.js";
import { copyScratch } from "./scratch.js";
import { randomHex } from "../util/random.js";
import { trackGroup, untrackGroup } from "./kill.js";
import type { MachineTimes, TreeLimitHit } from "../platform/linux-sampler.js";
import { currentPlatform, type Platform } from "../platform/platform.js";
import { forRun } from "../platform/capabilities.js";
import { probeDir } from "./probe-files.js";
import { probeBytecodeDir } from "./probe-bytecode.js";
import { runEnv } from "./environment.js";
import { interpretRun } from "./interpret.js";
import { stackSources } from "./stack-sources.js";
import { runMarker, scratchPrefix } from "./leftovers.js";
import { SANDBOX_WORK } from "./sandbox.js";
import { command, spawnRun } from "./launch.js";
import { RunPipes, nowSeconds } from "./plumbing.js";
import { DEFAULT_LIMITS, type RunPlan } from "./plan.js";

export { probeDir } from "./probe-files.js";
export { DEFAULT_LIMITS, type RunLimits, type RunPlan } from "./plan.js";

// Removes a scratch folder the platform's way; never rejects.
export function removeTree(root: string): Promise<void> {
  return currentPlatform().removeScratch(root);
}

const STACK_WAIT_MS = 300;
const DRAIN_WAIT_MS = 500;
// The probe's channel is read to its end after the program exits: its last
// events (the exit report) may still sit in the pipe when Node hears of the
// exit, and on a starved machine the fixed drain above is not enough (a run
// read without its end looked like a probe gone silent: tampering). The
// program's processes are killed by then, so the end comes; this caps the wait.
const CHANNEL_END_WAIT_MS = 10_000;

export async function runProgram(plan: RunPlan): Promise<RunRecord> {
  const platform = plan.platform ?? currentPlatform();
  const root = mkdtempSync(join(tmpdir(), scratchPrefix("run")));
  const work = join(root, "work");
  const privateDir = join(root, "private");
  mkdirSync(privateDir);
  try {
    const script = copyScratch(plan.file, work, plan.siblings ?? true);
    const record = await spawnProbed(platform, plan, script, work, privateDir);
    return showLearnerPaths(record, plan.sandbox ? SANDBOX_WORK : work, dirname(resolve(plan.file)));
  } finally {
    if (!plan.keepScratch) await platform.removeScratch(root);
  }
}

// Resolves after ms at most, or when `what` settles.
async function atMost(what: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([what, new Promise((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}

async function spawnProbed(platform: Platform, plan: RunPlan, script: string, work: string, privateDir: string): Promise<RunRecord> {
  const token = randomHex(12);
  const marker = runMarker(randomHex(8));
  const limits = plan.limits ?? DEFAULT_LIMITS;
  const stacksFile = join(privateDir, "stacks.txt");
  // The probe with its bytecode where it can be had; its sources alone otherwise.
  const probe = probeBytecodeDir(plan.python, { verify: plan.sandbox !== undefined }) ?? probeDir();
  const cmd = command(platform, plan, script, work, privateDir, probe);
  const sandboxed = plan.sandbox !== undefined;
  const env = runEnv(platform, plan, limits, { work, probeDir: probe, stacksFile }, marker, cmd.uid !== undefined);
  const machineBefore = platform.machineTimes();
  const nodeBefore = process.cpuUsage();
  const spawnedAt = nowSeconds();
  const child = spawnRun(cmd, work, env, plan.input);

  let timedOut = false;
  let killed = false;
  const pid = child.pid;
  const stop = () => {
    if (!killed && pid !== undefined) {
      killed = true;
      platform.killTree(pid);
    }
  };
  if (pid !== undefined) trackGroup(pid);
  const pipes = new RunPipes(child, token, plan.outputLimit, stop, plan.onEvents);
  plan.onStarted?.();
  let limitHit: TreeLimitHit | undefined;
  const treeLimits = { cpuSeconds: limits.cpuSeconds, memoryBytes: limits.memoryMb * 1024 * 1024, processes: limits.processes };
  const sampler = pid === undefined
    ? undefined
    : platform.sampler(pid, {
        python: plan.python.executable,
        limits: treeLimits,
        onLimit: (hit) => {
          limitHit ??= hit;
          stop();
        },
        ...(plan.onCpu ? { onSample: plan.onCpu } : {}),
      });

  let stacksAtTimeout: string | undefined;
  const timer = setTimeout(() => {
    timedOut = true;
    if (pid !== undefined) platform.requestStacks(pid, sampler?.pythons() ?? [], sandboxed);
    setTimeout(() => {
      stacksAtTimeout = readStacks(stacksFile);
      stop();
    }, STACK_WAIT_MS);
  }, plan.timeoutSeconds * 1000);

  // The main process's exit ends the run, not EOF: an orphan may hold the pipes.
  const { code, signal } = await new Promise<{ code: number | null; signal: string | null }>((done) => {
    child.on("exit", (c, s) => done({ code: c, signal: s }));
    child.on("error", () => done({ code: null, signal: null }));
  });
  const wallSeconds = nowSeconds() - spawnedAt;
  clearTimeout(timer);
  const cpu = sampler?.stop();
  // The sampler's own helper (macOS) is pytutor's cost, not the rest of the machine's.
  const machine = machineBefore ? freeCpus(platform, machineBefore, nodeBefore, wallSeconds, (cpu?.totalSeconds ?? 0) + (sampler?.ownSeconds?.() ?? 0)) : undefined;
  if (pid !== undefined) {
    platform.killTree(pid);
    untrackGroup(pid);
    // A sandbox's pid namespace ends with the run: nothing escaped it to look for.
    if (sampler) await platform.sweep(sampler.seen, sandboxed ? undefined : marker, pid);
  }
  await atMost(child, DRAIN_WAIT_MS);
  await atMost(pipes.channelEnded, CHANNEL_END_WAIT_MS);
  await pipes.ready;
  const plumbed = pipes.finish((line) => platform.stdoutLine(line));
  return interpretRun({
    file: plan.file,
    ...plumbed,
    token,
    spawnedAt,
    wallSeconds,
    code,
    signal,
    timedOut,
    ...(limitHit ? { limitHit: limitHit.limit } : {}),
    limits,
    timeoutSeconds: plan.timeoutSeconds,
    ...(stacksAtTimeout ? { stacksAtTimeout } : {}),
    ...(machine ? { machine } : {}),
    ...(cpu ? { cpu } : {}),
    platform: forRun(platform, sampler),
  });
}

// The dump file sits where the program could replace it (a link to a secret,
// a FIFO that never ends): read it only if it is still a regular file, without
// following links or blocking, and only its beginning.
function readStacks(path: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0) | (fsConstants.O_NONBLOCK ?? 0));
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
function freeCpus(platform: Platform, before: MachineTimes, nodeBefore: NodeJS.CpuUsage, wall: number, runCpu: number) {
  const after = platform.machineTimes();
  if (!after || wall <= 0) return undefined;
  const node = process.cpuUsage(nodeBefore);
  const others = Math.max(0, after.busy - before.busy - runCpu - (node.user + node.system) / 1e6);
  const free = Math.max(0, Math.min(after.cpus, after.cpus - others / wall));
  return { cpus: after.cpus, freeCpus: Math.round(free * 100) / 100 };
}

// `text` with every path under one of the scratch folders `from` named under
// `to` instead; either separator follows (Windows' tracebacks use `\`).
export function swapScratchPaths(text: string, from: string[], to: string): string {
  let out = text;
  for (const folder of from) for (const sep of ["/", "\\"]) out = out.split(`${folder}${sep}`).join(`${to}${sep}`);
  return out;
}

// Tracebacks name the scratch copy; the learner should read their own path.
function showLearnerPaths(record: RunRecord, work: string, learnerDir: string): RunRecord {
  const real = work === SANDBOX_WORK ? work : realpathSync(work);
  const swap = (text: string) => swapScratchPaths(text, [work, real], learnerDir);
  return {
    ...record,
    stderr: swap(record.stderr),
    ...(record.stacksAtTimeout
      ? { stacksAtTimeout: swap(record.stacksAtTimeout), stackSources: stackSources(record.stacksAtTimeout, [work, real], learnerDir) }
      : {}),
    events: record.events.map((e) => (e.event === "exception" ? { ...e, traceback: swap(e.traceback) } : e)),
  };
}
