// What a run is asked to do: the learner's file, the interpreter, the limits.
import type { PythonInfo } from "../python/find.js";
import type { Platform } from "../platform/platform.js";
import type { ProbeEvent } from "./probe-events.js";
import type { Isolation } from "./sandbox.js";

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
  // The system the run meets; this machine's by default (tests pass another).
  platform?: Platform;
  // Called every sample (where the platform samples) with the run's CPU seconds so far and its age.
  onCpu?: (cpuSeconds: number, wallSeconds: number) => void;
  // Called with the probe's events as they arrive (live output).
  onEvents?: (events: ProbeEvent[]) => void;
  // Called once the program is running: what can wait for it (loading the
  // code that grades and reports it) is done while it runs, not before.
  onStarted?: () => void;
};

export type RunLimits = { cpuSeconds: number; memoryMb: number; processes: number; fileSizeMb: number; openFiles: number };

// `processes` counts threads too (what the machine schedules).
export const DEFAULT_LIMITS: RunLimits = { cpuSeconds: 30, memoryMb: 512, processes: 40, fileSizeMb: 16, openFiles: 256 };
