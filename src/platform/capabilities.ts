// The capability table of a system that enforces limits from outside, ends a
// run's whole tree and dumps stacks, but has no CPU accounting (macOS, Windows).
import { both } from "../i18n/lang.js";
import type { PlatformCapabilities } from "./types.js";

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
