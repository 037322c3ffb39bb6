// What every Unix shares: a process group per run, signals, a shell between
// pytutor and the program, HOME/TMPDIR in the scratch folder. Another Unix
// (FreeBSD, ...) gets this alone: no sampler, so no CPU facts and only the
// probe's own rlimits.
import { spawnSync } from "node:child_process";
import { existsSync, rm } from "node:fs";
import { delimiter, dirname } from "node:path";
import { promisify } from "node:util";
import { both } from "../i18n/lang.js";
import { withdraw } from "./capabilities.js";
import type { Capabilities, EnvOptions, ProbeCaps, Launch, Platform, PlatformCapabilities, SamplerOptions, System, TreeSampler, Withdrawn } from "./types.js";
import type { MachineTimes } from "./linux-sampler.js";

// The program never runs as pytutor's direct child: a shell stands between, so
// a program that kills its parent (`os.kill(os.getppid(), 9)`) kills the
// shell, not the grader. The shell ignores SIGUSR1 (the stack-dump request
// goes to the whole group) and does not `exec` (which would make the program
// pytutor's child again). Any other way to keep pytutor from being the
// program's parent needs a process in between too, and dash costs ~1 ms; a
// double fork would lose the exit status and the group.
export const SHELL = "/bin/sh";
export const SHELL_SCRIPT = 'trap "" USR1; "$@"; exit $?';

const removeTree = promisify(rm);

export function systemDefaults(): System {
  return {
    run: (file, args) => {
      const r = spawnSync(file, args, { encoding: "utf8", timeout: 5_000, windowsHide: true, stdio: ["ignore", "pipe", "ignore"] });
      return { status: r.error ? null : r.status, stdout: r.stdout ?? "" };
    },
    kill: (pid, signal) => process.kill(pid, signal),
    env: process.env,
    sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
    // fs.rm's callback form: node:fs/promises (and the readline code it
    // loads) would cost every check ~3 ms before the program starts.
    rm: (path) => removeTree(path, { recursive: true, force: true }),
  };
}

const POSIX_CAPS: PlatformCapabilities = {
  limitsEnforced: true,
  treeKill: true,
  cpuAccounting: false,
  stackDump: true,
  addressSpaceLimit: true,
  missing: { cpuAccounting: both("este sistema no muestra la CPU de cada proceso", "this system does not show each process's CPU") },
};

export class PosixPlatform implements Platform {
  readonly name: string = "posix";
  readonly capabilities: PlatformCapabilities = POSIX_CAPS;

  constructor(
    protected readonly system: System = systemDefaults(),
    // Whether /bin/sh exists (tests pass it; a system without it runs the program directly).
    private readonly hasShell: boolean = existsSync(SHELL),
  ) {}

  launch(program: string[]): Launch {
    const command = this.hasShell ? [SHELL, "-c", SHELL_SCRIPT, "pytutor-run", ...program] : program;
    // detached: the run leads its own process group (its own session).
    return { file: command[0] as string, args: command.slice(1), detached: true, windowsHide: true };
  }

  // PATH: the interpreter's folder and the system's, never the user's own (it
  // names their home, their tools).
  safePath(python: string): string {
    return [dirname(python), "/usr/local/bin", "/usr/bin", "/bin"].join(delimiter);
  }

  env(o: EnvOptions): Record<string, string> {
    return {
      PATH: o.path,
      HOME: o.home,
      TMPDIR: o.home,
      LANG: "C.UTF-8",
      LC_ALL: "C.UTF-8",
      PYTHONIOENCODING: "utf-8",
      PYTHONDONTWRITEBYTECODE: "1",
      PYTHONNOUSERSITE: "1",
      PYTHONPATH: o.probeDir,
    };
  }

  killTree(pid: number): void {
    this.signal(-pid, "SIGKILL");
    this.signal(pid, "SIGKILL");
  }

  requestStacks(pid: number, pythons: number[], sandboxed: boolean): void {
    // bwrap leads the group of a sandboxed run: SIGUSR1 would end it, and the
    // whole sandbox with it, before any interpreter dumped its stacks. There
    // the program leads its own session: ask each of its interpreters directly.
    if (!sandboxed) this.signal(-pid, "SIGUSR1");
    else for (const p of pythons) this.signal(p, "SIGUSR1");
  }

  sampler(_pid: number, _options: SamplerOptions): TreeSampler | undefined {
    return undefined;
  }

  machineTimes(): MachineTimes | undefined {
    return undefined;
  }

  sweep(seen: Map<number, string>, _marker: string | undefined, _firstPid: number): Promise<number> {
    // Without /proc, a process's start time cannot be checked: a seen pid is
    // killed only through its group, which killTree already did.
    void seen;
    return Promise.resolve(0);
  }

  async removeScratch(root: string): Promise<void> {
    // A program may leave a tree Node cannot remove (too deep for a path,
    // folders without permissions): fall back to chmod and rm.
    try {
      await this.system.rm(root);
      return;
    } catch {
      /* fall back below */
    }
    this.system.run("chmod", ["-R", "u+rwx", root]);
    this.system.run("rm", ["-rf", root]);
  }

  // CR is kept: on a Unix it is the program's own, and the diff shows it.
  stdoutLine(text: string): string {
    return text;
  }

  combine(caps: ProbeCaps | undefined, withdrawn?: Withdrawn): Capabilities {
    const own = this.capabilities;
    return withdraw(
      {
        limitsEnforced: own.limitsEnforced && (caps?.limits ?? true),
        // The process group ends the tree here, whatever the probe set up.
        treeKill: own.treeKill,
        cpuAccounting: own.cpuAccounting,
        stackDump: own.stackDump && (caps?.stackDump ?? true),
      },
      withdrawn,
    );
  }

  protected signal(pid: number, signal: NodeJS.Signals): void {
    try {
      this.system.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}
