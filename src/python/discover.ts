// Every CPython 3.8+ installed here, for `verify --all-pythons`: see
// candidates.ts for where each platform looks (pyenv, PATH, system folders,
// `py -0p` on Windows, python.org and Homebrew on macOS).
import { allCandidates } from "./candidates.js";
import { findPython, isSupported, PythonNotFoundError, type PythonInfo } from "./find.js";
import { realHost, type Host } from "./host.js";

export async function discoverPythons(env: NodeJS.ProcessEnv = process.env, host: Host = realHost(env), cwd = process.cwd()): Promise<PythonInfo[]> {
  const byExecutable = new Map<string, PythonInfo>();
  for (const path of await allCandidates(host, cwd)) {
    try {
      const info = await findPython({ flag: path, host, cwd });
      const key = `${info.executable}|${info.version}`;
      if (isSupported(info) && !byExecutable.has(key)) byExecutable.set(key, info);
    } catch (error) {
      if (!(error instanceof PythonNotFoundError)) throw error;
    }
  }
  // One interpreter per version: the same build is often reachable by several names.
  const byVersion = new Map<string, PythonInfo>();
  for (const info of byExecutable.values()) if (!byVersion.has(info.version)) byVersion.set(info.version, info);
  return [...byVersion.values()].sort((a, b) => a.major - b.major || a.minor - b.minor || a.version.localeCompare(b.version, "en", { numeric: true }));
}
