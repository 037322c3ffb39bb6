// Watches a run's process tree through a long-lived stdlib helper
// (src/probe/_pytutor_tree_sampler.py) started with the learner's own CPython
// as pytutor's child, beside the program, never inside its tree: one line per
// 50 ms sample, each the whole tree's CPU, memory, threads and start times
// (libproc on macOS, /proc on Linux). No process is spawned per sample and
// Node never blocks on one. The window arithmetic is TreeAccounting's, the same
// as Linux's sampler. When the helper cannot run (no ctypes, no libproc, it
// died or spoke nonsense), `ps` keeps the limits and the run has no CPU
// accounting, saying why.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { both, type Text } from "../i18n/lang.js";
import { packageRoot } from "../paths.js";
import { SAMPLE_MS, type CpuSummary } from "./linux-sampler.js";
import { TreeAccounting, limitHit, type ProcessSample } from "./tree-accounting.js";
import type { SamplerOptions, TreeSampler, Withdrawn } from "./types.js";

export const HELPER_FILE = "_pytutor_tree_sampler.py";
// A helper silent this long (stopped by the program, which may signal it as
// the same user, or starved) no longer holds the limits: ps takes over. Its
// start gets longer (an interpreter starting on a busy machine).
export const STALL_MS = 2_000;
export const START_MS = 5_000;

export type HelperLine =
  | { kind: "hello"; backend: string }
  | { kind: "error"; reason: string }
  | { kind: "sample"; at: number; selfSeconds: number; processes: Array<ProcessSample & { ppid: number }> };

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isSeconds = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0;

function row(value: unknown): (ProcessSample & { ppid: number }) | undefined {
  if (!Array.isArray(value) || value.length !== 7) return undefined;
  const [pid, ppid, cpu, rssBytes, threads, start, name] = value as unknown[];
  if (!isCount(pid) || pid === 0 || !isCount(ppid) || !isSeconds(cpu) || !isSeconds(rssBytes) || !isCount(threads)) return undefined;
  if (typeof start !== "string" || typeof name !== "string") return undefined;
  return { pid, ppid, cpu, rssBytes, threads, start, name };
}

// One line of the helper, or undefined when it is not one of its lines.
export function parseHelperLine(text: string): HelperLine | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) return undefined;
  const d = doc as Record<string, unknown>;
  if (d.v === 1 && typeof d.error === "string") return { kind: "error", reason: d.error.slice(0, 300) };
  if (d.v === 1 && typeof d.backend === "string") return { kind: "hello", backend: d.backend };
  if (!isSeconds(d.t) || !isSeconds(d.self) || !Array.isArray(d.p)) return undefined;
  const processes = d.p.map(row);
  if (processes.some((p) => p === undefined)) return undefined;
  return { kind: "sample", at: d.t, selfSeconds: d.self, processes: processes as Array<ProcessSample & { ppid: number }> };
}

// Where the helper's lines go, and how it is told to end.
// `clean`: it ended on its own, with status 0 (the root was gone; a refusal
// came on its first line).
export type HelperSink = { line(text: string): void; exit(why: string, clean?: boolean): void };
export type HelperStarter = (root: number, sink: HelperSink) => { close(): void };

export function helperPath(): string {
  return join(packageRoot(), "src", "probe", HELPER_FILE);
}

// Starts the helper as pytutor's child: isolated (-I: no PYTHON* variables,
// no user site, not the script's folder on sys.path), without site (-S: a
// faster start), stdin a pipe whose end tells it pytutor ended. Under the test
// runner only, PYTUTOR_TREE_SAMPLER=fail makes it refuse (the fallback's path).
export function spawnHelper(python: string, env: NodeJS.ProcessEnv = process.env): HelperStarter {
  return (root, sink) => {
    const forced = env.VITEST && env.PYTUTOR_TREE_SAMPLER === "fail" ? ["--backend", "none"] : [];
    const child = spawn(python, ["-I", "-S", helperPath(), String(root), String(SAMPLE_MS), ...forced], {
      cwd: "/",
      env: { PATH: "/usr/bin:/bin", LANG: "C.UTF-8" },
      stdio: ["pipe", "pipe", "ignore"],
      windowsHide: true,
    });
    let buffered = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      buffered += chunk;
      for (let end = buffered.indexOf("\n"); end >= 0; end = buffered.indexOf("\n")) {
        sink.line(buffered.slice(0, end));
        buffered = buffered.slice(end + 1);
      }
      // A line longer than any the helper writes: not the helper speaking.
      if (buffered.length > 4_000_000) {
        sink.line(buffered);
        buffered = "";
      }
    });
    child.on("error", (error) => sink.exit(error.message));
    child.on("exit", (code, signal) => sink.exit(`exit ${signal ?? code}`, code === 0));
    child.stdin.on("error", () => {});
    child.unref();
    for (const stream of [child.stdin, child.stdout] as Array<{ unref?: () => void }>) stream.unref?.();
    return {
      close: () => {
        child.stdin.end();
        child.kill("SIGKILL");
      },
    };
  };
}

// Why a run's CPU could not be measured after all.
function helperFailed(why: string): Text {
  return both(`macOS: el muestreador de procesos no pudo medir la CPU (${why})`, `macOS: the process sampler could not measure CPU (${why})`);
}

export class StreamSampler implements TreeSampler {
  private readonly accounting = new TreeAccounting();
  private fallback: TreeSampler | undefined;
  private helper: { close(): void } | undefined;
  private why: string | undefined;
  private hello = false;
  private primed = false;
  private stopped = false;
  private helperSeconds = 0;
  private readonly started = Date.now();
  private heardAt = this.started;
  private lastTick: number | undefined;
  private watchdog: NodeJS.Timeout | undefined;

  constructor(
    private readonly root: number,
    private readonly options: SamplerOptions,
    // The sampler that keeps the limits when the helper cannot (PsSampler).
    private readonly makeFallback: () => TreeSampler,
    start: HelperStarter | undefined = options.python ? spawnHelper(options.python) : undefined,
  ) {
    if (!start) {
      this.fail("no interpreter to run it");
      return;
    }
    try {
      this.helper = start(root, { line: (text) => this.line(text), exit: (why, clean) => this.exited(why, clean) });
    } catch (error) {
      this.fail((error as Error).message);
      return;
    }
    this.watchdog = setInterval(() => this.checkStall(), STALL_MS / 4);
    this.watchdog.unref();
  }

  // Hands the limits to ps if the helper has been silent too long. A tick
  // that comes late means Node's own loop was held (a starved machine): the
  // helper's lines may be waiting in the pipe unread, so the judgement waits
  // for the next tick, after they are read.
  checkStall(now: number = Date.now()): void {
    if (this.stopped || this.why !== undefined) return;
    const late = this.lastTick !== undefined && now - this.lastTick > STALL_MS / 2;
    this.lastTick = now;
    if (late) return;
    const silent = now - this.heardAt;
    if (silent > (this.hello ? STALL_MS : START_MS)) this.fail(`silent for ${(silent / 1000).toFixed(1)} s`);
  }

  // Every process seen, with its start time (the fallback's once it took over).
  get seen(): Map<number, string> {
    return this.fallback?.seen ?? this.accounting.seen;
  }

  // One line of the helper.
  line(text: string): void {
    if (this.stopped || this.why !== undefined || text.trim() === "") return;
    this.heardAt = Date.now();
    const parsed = parseHelperLine(text);
    if (!parsed) return this.fail("unreadable line");
    if (parsed.kind === "error") return this.fail(parsed.reason);
    if (parsed.kind === "hello") {
      this.hello = true;
      return;
    }
    this.hello = true;
    this.helperSeconds = parsed.selfSeconds;
    this.sample(parsed.processes, parsed.at);
  }

  // The helper ended. On its own (its last lines may still be on their way)
  // or after the root did, that was its job; killed or crashed while the
  // root lived, the limits need ps.
  exited(why: string, clean = false): void {
    if (this.stopped || this.why !== undefined || clean) return;
    if (!this.primed || this.accounting.names.has(this.root)) this.fail(why);
  }

  private sample(processes: ProcessSample[], at: number): void {
    // The CPU used before the first sample fell in no known window: a baseline.
    if (!this.primed) {
      this.primed = true;
      for (const p of processes) this.accounting.prime(p.pid, p.cpu, p.start, at);
    }
    const totals = this.accounting.window(processes, at);
    this.options.onSample?.(totals.cpu, (Date.now() - this.started) / 1000);
    const hit = this.options.onLimit ? limitHit(totals, this.options.limits) : undefined;
    if (hit) this.options.onLimit?.(hit);
  }

  private fail(why: string): void {
    if (this.why !== undefined || this.stopped) return;
    this.why = why;
    clearInterval(this.watchdog);
    this.helper?.close();
    this.helper = undefined;
    this.fallback = this.makeFallback();
  }

  pythons(): number[] {
    return this.fallback?.pythons() ?? this.accounting.pythons();
  }

  // The helper's own CPU, as it last said.
  ownSeconds(): number {
    return this.helperSeconds;
  }

  // What this run could not do after all, and why (undefined: nothing).
  withdrawn(): Withdrawn | undefined {
    const why = this.why ?? (this.hello ? undefined : "it had not started when the run ended");
    return why === undefined ? undefined : { cpuAccounting: helperFailed(why) };
  }

  stop(): CpuSummary | undefined {
    this.stopped = true;
    clearInterval(this.watchdog);
    this.helper?.close();
    this.helper = undefined;
    const fallback = this.fallback?.stop();
    if (this.why !== undefined || !this.hello) return fallback;
    return this.accounting.summary();
  }
}
