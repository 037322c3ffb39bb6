// The one interface behind which the runner meets the operating system:
// how a run is launched, its environment, killing its whole tree, asking it
// for its stacks, sampling its CPU and memory from outside, and removing its
// scratch folder. Linux, macOS and Windows each implement it (platform.ts).
import type { Text } from "../i18n/lang.js";
import type { CpuSummary, MachineTimes, TreeLimitHit, TreeLimits } from "./linux-sampler.js";

// What a run could measure or enforce here. The platform's static part is
// and-ed with what the probe managed on its side (its hello's `caps`).
export type Capabilities = {
  // Resource limits hold (rlimits inside, or a Windows Job Object).
  limitsEnforced: boolean;
  // Every process of the run is ended with it (process group, Job Object).
  treeKill: boolean;
  // CPU use per process from outside (cpu.* facts, run.freeCpus).
  cpuAccounting: boolean;
  // The threads' stacks are dumped when a run times out.
  stackDump: boolean;
};

export type PlatformCapabilities = Capabilities & {
  // RLIMIT_AS is enforced by the kernel (macOS accepts it and ignores it).
  addressSpaceLimit: boolean;
  // Why a capability is missing here, for a skipped check's reason.
  missing: Partial<Record<keyof Capabilities, Text>>;
};

// The probe's `caps`, as its hello reports them (absent from older probes).
export type ProbeCaps = { limits?: boolean; treeKill?: boolean; stackDump?: boolean; job?: boolean };

// What a run's sampler could not do after all, with why (its helper failed).
export type Withdrawn = Partial<Record<keyof Capabilities, Text>>;

// A run's capabilities, with why each missing one is missing (a skipped check's reason).
export type RunCapabilities = Capabilities & { why?: Partial<Record<keyof Capabilities, Text>> };

// What execa is asked to start, and how.
export type Launch = { file: string; args: string[]; detached: boolean; windowsHide: true };

// A run's process tree, watched from outside the program.
export interface TreeSampler {
  // Every process seen, with its start time (a pid alone may be reused).
  readonly seen: Map<number, string>;
  // The run's interpreters (not the shell or bubblewrap around them).
  pythons(): number[];
  // Stops sampling; what the CPU did, where this platform can tell.
  stop(): CpuSummary | undefined;
  // What this run could not measure after all, and why (read after stop()).
  withdrawn?(): Withdrawn | undefined;
  // CPU seconds the sampler spent outside pytutor's own process (a helper's):
  // not the rest of the machine's, for run.freeCpus.
  ownSeconds?(): number;
}

export type SamplerOptions = {
  // The run's interpreter, where a platform samples through a helper run by it.
  python?: string;
  limits?: TreeLimits;
  onLimit?: (hit: TreeLimitHit) => void;
  onSample?: (cpuSeconds: number, wallSeconds: number) => void;
};

export type EnvOptions = {
  // The scratch folder: the program's home and temporary folder.
  home: string;
  probeDir: string;
  // PATH for the program (see safePath).
  path: string;
  // Seconds after which the probe dumps its own stacks (where no signal can ask it).
  dumpAfterSeconds?: number;
};

export interface Platform {
  // linux, darwin, win32 or posix (another Unix).
  readonly name: string;
  readonly capabilities: PlatformCapabilities;
  // Wraps the program's command line (see posix.ts on why a shell stands between).
  launch(program: string[]): Launch;
  // PATH for a run: the interpreter's folder and the system's.
  safePath(python: string): string;
  // The scrubbed environment, before the probe's own variables.
  env(options: EnvOptions): Record<string, string>;
  // Ends the run's whole tree; never throws.
  killTree(pid: number): void;
  // Asks every interpreter of the run to dump its stacks (a timeout).
  requestStacks(pid: number, pythons: number[], sandboxed: boolean): void;
  // Starts watching the run's tree, or undefined where nothing can watch it.
  sampler(pid: number, options: SamplerOptions): TreeSampler | undefined;
  // Busy CPU seconds of the whole machine, where this platform counts them.
  machineTimes(): MachineTimes | undefined;
  // Kills what a run left behind (seen processes, and those carrying its
  // marker; none for a sandboxed run, whose pid namespace dies with it);
  // returns how many.
  sweep(seen: Map<number, string>, marker: string | undefined, firstPid: number): Promise<number>;
  // Removes a scratch folder off Node's loop; never rejects (a held file is
  // left behind).
  removeScratch(root: string): Promise<void>;
  // One line of the program's stdout as the learner meant it.
  stdoutLine(text: string): string;
  // What this run could measure or enforce: this platform's part and the
  // probe's (`caps` absent: an older probe, which did what it always did),
  // less what the run's sampler withdrew.
  combine(caps: ProbeCaps | undefined, withdrawn?: Withdrawn): Capabilities;
}

// What a platform asks of the system, injectable so tests drive any platform anywhere.
export type System = {
  run(file: string, args: string[]): { status: number | null; stdout: string };
  kill(pid: number, signal: NodeJS.Signals | number): void;
  env: NodeJS.ProcessEnv;
  // Waits ms milliseconds (scratch removal's backoff).
  sleep(ms: number): Promise<void>;
  // Removes a folder and everything in it, on libuv's thread pool.
  rm(path: string): Promise<void>;
};
