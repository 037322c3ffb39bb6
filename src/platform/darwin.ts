// macOS: POSIX plus an outside watch of the run's tree by a long-lived stdlib
// helper (stream-sampler.ts) run with the learner's own CPython: it reads every
// process's CPU (nanoseconds, through libproc), memory and threads every
// 50 ms, so the CPU facts (cpu.*, run.freeCpus) and the outside limits on
// memory, processes and CPU hold as on Linux. Where the helper cannot run (no
// ctypes, no libproc, it died), `ps` keeps the limits and that run has no CPU
// accounting, saying why. RLIMIT_AS is accepted and ignored by macOS's kernel:
// memory is bounded from outside only. Measured on Linux through the same
// helper's /proc backend (PYTUTOR_PLATFORM=darwin-sim); untested on a real Mac.
import { cpus as osCpus, type CpuInfo } from "node:os";
import { PosixPlatform } from "./posix.js";
import { PsSampler } from "./ps-sampler.js";
import { StreamSampler } from "./stream-sampler.js";
import type { MachineTimes } from "./linux-sampler.js";
import type { PlatformCapabilities, SamplerOptions, TreeSampler } from "./types.js";

const DARWIN_CAPS: PlatformCapabilities = {
  limitsEnforced: true,
  treeKill: true,
  cpuAccounting: true,
  stackDump: true,
  addressSpaceLimit: false,
  missing: {},
};

// Busy CPU seconds of the whole machine and its CPU count, from Node's
// per-CPU times (milliseconds): user, nice, system and interrupts.
export function machineTimesOf(list: Array<Pick<CpuInfo, "times">>): MachineTimes | undefined {
  if (list.length === 0) return undefined;
  let busyMs = 0;
  for (const { times } of list) busyMs += times.user + times.nice + times.sys + times.irq;
  return Number.isFinite(busyMs) ? { busy: busyMs / 1000, cpus: list.length } : undefined;
}

export class DarwinPlatform extends PosixPlatform {
  override readonly name: string = "darwin";
  override readonly capabilities: PlatformCapabilities = DARWIN_CAPS;

  override sampler(pid: number, o: SamplerOptions): TreeSampler | undefined {
    return new StreamSampler(pid, o, () => new PsSampler(pid, this.system, o));
  }

  override machineTimes(): MachineTimes | undefined {
    return machineTimesOf(osCpus());
  }
}
