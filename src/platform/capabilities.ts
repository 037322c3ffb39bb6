// Capability tables and what a single run withdraws from them.
import { both } from "../i18n/lang.js";
import type { Capabilities, Platform, PlatformCapabilities, TreeSampler, Withdrawn } from "./types.js";

// The capability table of a system that enforces limits from outside, ends a
// run's whole tree and dumps stacks, but has no CPU accounting (Windows).
// `system`: its name as a skipped check's reason says it; `missing`: why any
// other capability may be missing.
export function withoutCpuAccounting(system: string, missing: PlatformCapabilities["missing"] = {}): PlatformCapabilities {
  return {
    limitsEnforced: true,
    treeKill: true,
    cpuAccounting: false,
    stackDump: true,
    addressSpaceLimit: false,
    missing: {
      cpuAccounting: both(`${system}: sin contabilidad de CPU`, `${system}: no CPU accounting`),
      ...missing,
    },
  };
}

// `caps` without what a run withdrew.
export function withdraw(caps: Capabilities, withdrawn: Withdrawn | undefined): Capabilities {
  if (!withdrawn) return caps;
  const out = { ...caps };
  for (const key of Object.keys(withdrawn) as Array<keyof Capabilities>) out[key] = false;
  return out;
}

// The platform as one run met it: what its sampler withdrew (a helper that
// could not run) is missing, with the sampler's reason.
export function forRun(platform: Platform, sampler: TreeSampler | undefined): Pick<Platform, "capabilities" | "combine"> {
  const withdrawn = sampler?.withdrawn?.();
  if (!withdrawn || Object.keys(withdrawn).length === 0) return platform;
  return {
    capabilities: { ...platform.capabilities, missing: { ...platform.capabilities.missing, ...withdrawn } },
    combine: (caps, more) => platform.combine(caps, { ...withdrawn, ...more }),
  };
}
