// Every CPython 3.8+ installed here, for `verify --all-pythons`: pyenv's
// versions, python3.X on PATH and in the usual system folders.
import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, join } from "node:path";
import { findPython, isSupported, PythonNotFoundError, type PythonInfo } from "./find.js";

function candidates(env: NodeJS.ProcessEnv): string[] {
  const found: string[] = [];
  const pyenv = join(env.PYENV_ROOT ?? join(env.HOME ?? homedir(), ".pyenv"), "versions");
  if (existsSync(pyenv)) {
    for (const name of readdirSync(pyenv)) {
      const path = join(pyenv, name, "bin", "python3");
      if (existsSync(path)) found.push(path);
    }
  }
  const dirs = [...(env.PATH ?? "").split(delimiter), "/usr/bin", "/usr/local/bin"];
  for (const dir of dirs) {
    if (!dir || dir.includes(`${join(".pyenv", "shims")}`)) continue;
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) if (/^python3(\.\d+)?$/.test(name)) found.push(join(dir, name));
  }
  return found;
}

export async function discoverPythons(env: NodeJS.ProcessEnv = process.env): Promise<PythonInfo[]> {
  const byExecutable = new Map<string, PythonInfo>();
  for (const path of candidates(env)) {
    try {
      const info = await findPython({ flag: path, env });
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
