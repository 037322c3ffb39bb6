// Windows: no process groups, no signals, no shell. The run is started hidden
// (never `detached`, which there means DETACHED_PROCESS: every multiprocessing
// worker would open a console window); the probe puts it in a Job Object that
// kills its processes when closed, and `taskkill /T /F` is the outside fence.
// No signal can ask for stacks: the probe arms faulthandler's own timer
// (PYTUTOR_DUMP_AFTER). No CPU accounting from outside.
import { win32 } from "node:path";
import { both } from "../i18n/lang.js";
import { withdraw, withoutCpuAccounting } from "./capabilities.js";
import { systemDefaults } from "./posix.js";
import type { Capabilities, EnvOptions, Launch, Platform, PlatformCapabilities, ProbeCaps, SamplerOptions, System, TreeSampler, Withdrawn } from "./types.js";
import type { MachineTimes } from "./linux-sampler.js";

const WINDOWS_CAPS: PlatformCapabilities = withoutCpuAccounting("Windows", {
  limitsEnforced: both("Windows: el probe no pudo crear su Job Object", "Windows: the probe could not create its Job Object"),
});

// Waits between attempts to remove a scratch folder an orphan or an antivirus still holds.
export const REMOVE_BACKOFF_MS = [100, 200, 400, 800];
const HELD = new Set(["EBUSY", "EPERM", "ENOTEMPTY", "EACCES"]);

// Variables Windows programs need to start at all, passed through as they are.
const SYSTEM_VARS = ["SYSTEMROOT", "SYSTEMDRIVE", "WINDIR", "PATHEXT", "COMSPEC", "NUMBER_OF_PROCESSORS", "PROCESSOR_ARCHITECTURE"];

export class WindowsPlatform implements Platform {
  readonly name = "win32";
  readonly capabilities: PlatformCapabilities = WINDOWS_CAPS;

  constructor(private readonly system: System = systemDefaults()) {}

  // The program directly: there is no shell to stand between (see the report).
  launch(program: string[]): Launch {
    return { file: program[0] as string, args: program.slice(1), detached: false, windowsHide: true };
  }

  // Windows needs its own PATH to run at all.
  safePath(_python: string): string {
    return this.system.env.PATH ?? this.system.env.Path ?? "";
  }

  env(o: EnvOptions): Record<string, string> {
    const home = win32.parse(o.home);
    const drive = home.root.replace(/\\$/u, "");
    const env: Record<string, string> = {
      PATH: o.path,
      USERPROFILE: o.home,
      HOMEDRIVE: drive,
      HOMEPATH: o.home.slice(drive.length) || "\\",
      TEMP: o.home,
      TMP: o.home,
      PYTHONIOENCODING: "utf-8",
      PYTHONUTF8: "1",
      PYTHONDONTWRITEBYTECODE: "1",
      PYTHONNOUSERSITE: "1",
      PYTHONPATH: o.probeDir,
    };
    for (const name of SYSTEM_VARS) {
      const value = this.system.env[name];
      if (value !== undefined) env[name] = value;
    }
    if (o.dumpAfterSeconds !== undefined) env.PYTUTOR_DUMP_AFTER = String(o.dumpAfterSeconds);
    return env;
  }

  killTree(pid: number): void {
    this.system.run("taskkill", ["/T", "/F", "/PID", String(pid)]);
    try {
      this.system.kill(pid, "SIGKILL");
    } catch {
      /* gone */
    }
  }

  // The probe dumps its own stacks on its timer (PYTUTOR_DUMP_AFTER).
  requestStacks(_pid: number, _pythons: number[], _sandboxed: boolean): void {}

  sampler(_pid: number, _options: SamplerOptions): TreeSampler | undefined {
    return undefined;
  }

  machineTimes(): MachineTimes | undefined {
    return undefined;
  }

  // The Job Object ends every process of the run when the probe's handle closes.
  sweep(_seen: Map<number, string>, _marker: string | undefined, _firstPid: number): Promise<number> {
    return Promise.resolve(0);
  }

  // An orphan or an antivirus may hold a file for a moment: retry with
  // backoff, then leave the folder (the next grader's sweep removes it).
  async removeScratch(root: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.system.rm(root);
        return;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? "";
        const wait = REMOVE_BACKOFF_MS[attempt];
        if (!HELD.has(code) || wait === undefined) return;
        await this.system.sleep(wait);
      }
    }
  }

  // Python's text mode writes CRLF: the CR is the system's, not the learner's.
  stdoutLine(text: string): string {
    return text.endsWith("\r") ? text.slice(0, -1) : text;
  }

  // Without the probe's word (an older probe) nothing is enforced: the limits
  // and the end of orphans both come from its Job Object (taskkill /T only
  // reaches processes whose parent is still alive).
  combine(caps: ProbeCaps | undefined, withdrawn?: Withdrawn): Capabilities {
    return withdraw(
      {
        limitsEnforced: caps?.job === true && caps.limits !== false,
        treeKill: caps?.job === true || caps?.treeKill === true,
        cpuAccounting: false,
        stackDump: caps?.stackDump ?? false,
      },
      withdrawn,
    );
  }
}
