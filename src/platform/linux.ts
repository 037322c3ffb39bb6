// Linux: POSIX plus /proc, which shows every process's CPU, memory, threads and
// waits (linux-sampler.ts) and every process's environment (the run's marker).
// bubblewrap (runner/sandbox.ts) isolates there.
import { PosixPlatform } from "./posix.js";
import { CpuSampler, machineTimes, sweepLeftovers, type MachineTimes } from "./linux-sampler.js";
import type { PlatformCapabilities, SamplerOptions, TreeSampler } from "./types.js";

const LINUX_CAPS: PlatformCapabilities = {
  limitsEnforced: true,
  treeKill: true,
  cpuAccounting: true,
  stackDump: true,
  addressSpaceLimit: true,
  missing: {},
};

export class LinuxPlatform extends PosixPlatform {
  override readonly name: string = "linux";
  override readonly capabilities: PlatformCapabilities = LINUX_CAPS;

  override sampler(pid: number, o: SamplerOptions): TreeSampler | undefined {
    return new CpuSampler(pid, o.limits, o.onLimit, o.onSample);
  }

  override machineTimes(): MachineTimes | undefined {
    return machineTimes();
  }

  override sweep(seen: Map<number, string>, marker: string | undefined, firstPid: number): Promise<number> {
    return sweepLeftovers(seen, marker, firstPid);
  }
}
