// What a finished run means, from what was collected while it ran: the probe's
// events, the raw stdout lines, how the process ended. Pure: no I/O.
import { constants as osConstants } from "node:os";
import type { ParsedReport, ProbeEvent } from "./probe-events.js";
import type { LimitHit, ProbeStatus, RunRecord } from "./record.js";
import type { CpuSummary } from "../platform/linux-sampler.js";
import { OutputAssembler } from "./output.js";
import type { RunLimits } from "./plan.js";
import type { Platform, RunCapabilities } from "../platform/types.js";
import { both } from "../i18n/lang.js";

export type Collected = {
  file: string;
  report: ParsedReport;
  reportTruncated: boolean;
  token: string;
  // stdout's own lines, stamped with the monotonic second pytutor read them.
  rawLines: Array<{ text: string; at: number }>;
  rawEndsWithoutNewline: boolean;
  // The monotonic second the program was spawned.
  spawnedAt: number;
  wallSeconds: number;
  code: number | null;
  signal: string | null;
  timedOut: boolean;
  outputCapped: boolean;
  limitHit?: LimitHit["limit"];
  limits: RunLimits;
  timeoutSeconds: number;
  stderr: string;
  stderrInvalid: boolean;
  stdoutInvalid: boolean;
  stacksAtTimeout?: string;
  machine?: { cpus: number; freeCpus: number };
  cpu?: CpuSummary;
  // The platform's part of what the run could measure and enforce.
  platform: Pick<Platform, "capabilities" | "combine">;
};

export function interpretRun(c: Collected): RunRecord {
  const status = probeStatus(c.report.events, c.token);
  const hello = c.report.events.find((e) => e.event === "hello");
  const origin = hello?.event === "hello" && typeof hello.mono0 === "number" && Math.abs(hello.mono0 - c.spawnedAt) < 60 ? hello.mono0 : c.spawnedAt;
  const events = c.report.events.filter((e) => e.event !== "hello" && e.event !== "too-old");
  const output = new OutputAssembler();
  let capped = c.outputCapped;
  for (const e of events) {
    if (e.event === "o") output.pushProbe(e);
    else if (e.event === "o-cap") capped = true;
  }
  for (const line of c.rawLines) output.pushRaw({ text: line.text, t: line.at - origin });
  const stdout = output.finish();
  const end = events.find((e) => e.event === "end");
  // The shell reports a program killed by signal N as exit code 128 + N.
  const bySignal = c.code !== null && c.code > 128 && !end ? signalName(c.code - 128) : undefined;
  const exitCode = bySignal ? null : c.code;
  const killed = c.timedOut || capped || c.limitHit !== undefined;
  const signal = killed ? (c.signal ?? bySignal ?? "SIGKILL") : (c.signal ?? bySignal ?? null);
  const problems = [...c.report.problems, ...(c.reportTruncated ? ["probe report too large; truncated"] : [])];
  const tampered = tamperingOf(c.report.forged, events, status, exitCode, signal, killed);
  const limit = c.limitHit ? limitOf(c.limitHit, c.limits) : inProcessLimit(signal, events, c.stderr, c.limits);
  const lastT = events.reduce((max, e) => Math.max(max, e.t), 0);
  return {
    file: c.file,
    stdout,
    stdoutEndsWithoutNewline: output.endsWithoutNewline || c.rawEndsWithoutNewline,
    stderr: c.stderr,
    exitCode,
    signal,
    timedOut: c.timedOut,
    outputCapped: capped,
    wallSeconds: c.wallSeconds,
    programSeconds: end ? end.t : status.state === "ok" ? lastT : c.wallSeconds,
    cpuSeconds: end && end.event === "end" ? (end.cpuSeconds ?? null) : null,
    timeoutSeconds: c.timeoutSeconds,
    probe: status,
    events,
    problems,
    ...(c.stacksAtTimeout ? { stacksAtTimeout: c.stacksAtTimeout } : {}),
    ...(hello?.event === "hello" && hello.ident !== undefined ? { mainThreadIdent: hello.ident } : {}),
    invalidUtf8: c.stdoutInvalid || c.stderrInvalid || stdout.some((l) => l.text.includes("\uFFFD") && l.source === "probe"),
    ...(c.machine ? { machine: c.machine } : {}),
    // The sampler's times on the program's clock, as every event's.
    ...(c.cpu ? { cpu: { ...c.cpu, ...(c.cpu.sleepSamples ? { sleepSamples: c.cpu.sleepSamples.map(([t, n]): [number, number] => [t - origin, n]) } : {}) } } : {}),
    ...(limit ? { limit } : {}),
    ...(tampered.length ? { tampered } : {}),
    capabilities: capabilitiesOf(c, hello?.event === "hello" ? hello.caps : undefined),
  };
}

// The platform's capabilities and-ed with the probe's; CPU accounting also
// needs the sampler to have read the whole run (a kernel may hide children).
export function capabilitiesOf(c: Pick<Collected, "platform" | "cpu">, caps: Parameters<Platform["combine"]>[0]): RunCapabilities {
  const own = c.platform.combine(caps);
  const cpuAccounting = own.cpuAccounting && c.cpu !== undefined;
  const why: NonNullable<RunCapabilities["why"]> = {};
  for (const key of ["limitsEnforced", "treeKill", "cpuAccounting", "stackDump"] as const) {
    if (key === "cpuAccounting" ? cpuAccounting : own[key]) continue;
    why[key] =
      c.platform.capabilities.missing[key] ??
      (key === "cpuAccounting"
        ? both("no se pudo leer la CPU de los procesos de la ejecución", "the CPU of the run's processes could not be read")
        : both("el probe no pudo prepararlo", "the probe could not set it up"));
  }
  return { ...own, cpuAccounting, ...(Object.keys(why).length ? { why } : {}) };
}

function probeStatus(events: ProbeEvent[], token: string): ProbeStatus {
  const tooOld = events.find((e) => e.event === "too-old");
  if (tooOld && tooOld.event === "too-old") return { state: "too-old", version: tooOld.version };
  const hello = events.find((e) => e.event === "hello");
  if (!hello || hello.event !== "hello" || hello.token !== token) return { state: "missing" };
  return { state: "ok", version: hello.version, gil: hello.gil, cpus: hello.cpus };
}

function signalName(n: number): string | undefined {
  return Object.entries(osConstants.signals).find(([, value]) => value === n)?.[0];
}

export function limitOf(kind: LimitHit["limit"], limits: RunLimits): LimitHit {
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
    // RLIMIT_NPROC (a run with a uid of its own): threads and forks refused.
    if (/^RuntimeError: can't start new thread|^BlockingIOError: \[Errno 11\]/.test(message)) return limitOf("processes", limits);
  }
  return undefined;
}

// How the program interfered with its own grading: what the probe saw and reported, and a
// program that ended normally while its probe went silent (its channel was
// closed or diverted: the probe reports every normal end).
// Lines on the channel without the token are never believed, and never held
// against the run either: anyone who reached its channel could have written them.
function tamperingOf(_forged: number, events: ProbeEvent[], status: ProbeStatus, exitCode: number | null, signal: string | null, killed: boolean): string[] {
  const found: string[] = [];
  for (const e of events) if (e.event === "tamper") found.push(...e.what);
  const ended = events.some((e) => e.event === "end" || e.event === "exit");
  if (status.state === "ok" && !ended && exitCode !== null && signal === null && !killed) {
    found.push("the program ended normally but its probe fell silent (its channel was closed or diverted)");
  }
  return found;
}
