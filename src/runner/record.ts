// What one run of a learner's program produced: everything grading may look at.
import type { ProbeEvent } from "./probe-events.js";
import type { CpuSummary } from "../platform/linux-sampler.js";
import type { RunCapabilities } from "../platform/types.js";

export type { OutputLine, Writer } from "./output.js";
import type { OutputLine } from "./output.js";

export type ProbeStatus =
  | { state: "ok"; version: string; gil: boolean; cpus: number | null }
  // The program ran but the probe never said hello: its facts are unknown.
  | { state: "missing" }
  | { state: "too-old"; version: string };

export type LimitHit = { limit: "cpu" | "memory" | "processes" | "file-size" | "open-files"; value: number };

export type RunRecord = {
  file: string;
  // Every line with its writer and its time on the program's clock (seconds
  // from the moment the learner's code started); probe events use that clock.
  stdout: OutputLine[];
  // A final line without newline is kept (and marked) so a learner sees it.
  stdoutEndsWithoutNewline: boolean;
  stderr: string;
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  outputCapped: boolean;
  // Seconds from spawning the interpreter to its exit, as pytutor measured them.
  wallSeconds: number;
  // Seconds on the program's own clock from its first line of code to its end.
  programSeconds: number;
  // CPU seconds of the program and its waited-for children, as the probe saw
  // them at exit; null when it did not get there (killed, os._exit).
  cpuSeconds: number | null;
  timeoutSeconds: number;
  probe: ProbeStatus;
  events: ProbeEvent[];
  problems: string[];
  // All threads' stacks, dumped by faulthandler when the run timed out.
  stacksAtTimeout?: string;
  // The program's own files in that dump (as the dump writes their paths, the
  // learner's own), each with the source of the lines it names, by line
  // number; every other file there is Python's or pytutor's.
  stackSources?: Record<string, Record<string, string>>;
  // The main thread's threading.get_ident(): the dump names threads by it.
  mainThreadIdent?: number;
  // Where the platform accounts CPU (Linux): the machine's CPUs, and how many of them the rest of the
  // machine left free during the run (on average).
  machine?: { cpus: number; freeCpus: number };
  // What this run could measure and enforce (the platform's part and the
  // probe's); absent from records made before it was kept: all of it.
  capabilities?: RunCapabilities;
  // Where the platform accounts CPU (Linux): how the run's processes used it (see platform/linux-sampler.ts).
  cpu?: CpuSummary;
  // A resource limit the run hit (the watchdog's, or an rlimit inside).
  limit?: LimitHit;
  // How the program interfered with its own grading; any is an error verdict.
  tampered?: string[];
  // Invalid UTF-8 was replaced in stdout or stderr.
  invalidUtf8: boolean;
};
