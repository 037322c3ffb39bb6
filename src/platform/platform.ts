// Which platform a run meets: a parameter, so tests build the macOS and
// Windows ones on Linux and drive them.
import { DarwinPlatform } from "./darwin.js";
import { LinuxPlatform } from "./linux.js";
import { PosixPlatform, systemDefaults } from "./posix.js";
import { WindowsPlatform } from "./win32.js";
import type { Platform, System } from "./types.js";

export type { Capabilities, Platform, ProbeCaps } from "./types.js";

export function platformFor(name: string, system: System = systemDefaults()): Platform {
  switch (name) {
    case "linux":
      return new LinuxPlatform(system);
    case "darwin":
      return new DarwinPlatform(system);
    case "win32":
      return new WindowsPlatform(system);
    default:
      return new PosixPlatform(system);
  }
}

let current: Platform | undefined;

// This machine's platform. Under the test runner only, PYTUTOR_PLATFORM=darwin-sim
// runs on Linux with macOS's implementation (its stream sampler, whose helper
// reads /proc here; `ps` if the helper fails), so the paths a Mac takes are
// exercised end to end.
export function currentPlatform(): Platform {
  if (current) return current;
  const simulated = process.env.VITEST && process.env.PYTUTOR_PLATFORM === "darwin-sim" && process.platform !== "win32";
  current = platformFor(simulated ? "darwin" : process.platform);
  return current;
}
