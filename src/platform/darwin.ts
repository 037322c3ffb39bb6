// macOS: POSIX plus a `ps`-based watch of the run's process group, so the
// outside limits on memory, processes and CPU hold. macOS has no /proc: `ps`
// costs a process per sample and counts CPU in hundredths, too coarse for the
// 50 ms windows that decide "computed at the same time", so there is no CPU
// accounting (cpu.* facts and run.freeCpus are skipped). RLIMIT_AS is accepted
// and ignored by its kernel: memory is bounded from outside only.
import { withoutCpuAccounting } from "./capabilities.js";
import { PosixPlatform } from "./posix.js";
import { PsSampler } from "./ps-sampler.js";
import type { PlatformCapabilities, SamplerOptions, TreeSampler } from "./types.js";

const DARWIN_CAPS: PlatformCapabilities = withoutCpuAccounting("macOS");

export class DarwinPlatform extends PosixPlatform {
  override readonly name: string = "darwin";
  override readonly capabilities: PlatformCapabilities = DARWIN_CAPS;

  override sampler(pid: number, o: SamplerOptions): TreeSampler | undefined {
    return new PsSampler(pid, this.system, o);
  }
}
