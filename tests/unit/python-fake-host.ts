// A machine made of a few paths, for driving interpreter discovery's
// Windows and macOS branches from Linux.
import type { FileKind, Host, RunResult } from "../../src/python/host.js";

export type FakeRun = (command: string, args: string[]) => RunResult | undefined;

export type FakeHost = Host & { runs: Array<{ command: string; args: string[] }> };

// A Python that answers the info script with `executable` and `version`.
export function answers(executable: string, version: string): RunResult {
  const payload = { executable, version, implementation: "cpython", gil: true, ft: false, prefixes: [] };
  return { exitCode: 0, stdout: JSON.stringify(payload), stderr: "" };
}

export function fakeHost(platform: NodeJS.Platform, files: Record<string, FileKind>, run: FakeRun, env: NodeJS.ProcessEnv = {}, homedir = platform === "win32" ? "C:\\Users\\ana" : "/Users/ana"): FakeHost {
  const runs: FakeHost["runs"] = [];
  const sep = platform === "win32" ? "\\" : "/";
  const norm = (p: string) => (platform === "win32" ? p.toLowerCase() : p);
  const table = new Map(Object.entries(files).map(([p, k]) => [norm(p), k]));
  return {
    platform,
    env,
    homedir,
    runs,
    exists: (path) => table.get(norm(path)),
    list: (dir) => {
      const prefix = norm(dir.endsWith(sep) ? dir : dir + sep);
      const names = new Set<string>();
      for (const p of Object.keys(files)) if (norm(p).startsWith(prefix)) names.add(p.slice(prefix.length).split(sep)[0] ?? "");
      return [...names].filter(Boolean);
    },
    run: (command, args) => {
      runs.push({ command, args });
      const r = run(command, args);
      return Promise.resolve(r ?? { exitCode: null, stdout: "", stderr: "", errorCode: "ENOENT", message: `spawn ${command} ENOENT` });
    },
  };
}
