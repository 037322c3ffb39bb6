// Where each platform keeps its CPythons: the commands tried in order to find
// the learner's interpreter, and every place `verify --all-pythons` looks.
import { pathApi, type Host } from "./host.js";

export type Candidate = { command: string; args: string[] };

const byVersionDesc = (a: string, b: string) => b.localeCompare(a, "en", { numeric: true });

// Directories of PATH, without empty entries or Windows' quotes.
export function pathDirs(host: Host): string[] {
  const { delimiter } = pathApi(host.platform);
  return (host.env.PATH ?? host.env.Path ?? "")
    .split(delimiter)
    .map((d) => d.replace(/^"(.*)"$/, "$1"))
    .filter(Boolean);
}

// python.org (/Library/Frameworks) and Homebrew (Apple silicon and Intel)
// interpreters, newest first: GUI-started terminals often lack them on PATH.
export function macCandidates(host: Host): string[] {
  const found: string[] = [];
  const frameworks = "/Library/Frameworks/Python.framework/Versions";
  for (const version of host.list(frameworks).filter((v) => /^3\.\d+$/.test(v)).sort(byVersionDesc)) {
    found.push(`${frameworks}/${version}/bin/python3`);
  }
  // python.org's free-threaded build installs beside it, as python3.Xt.
  const threaded = "/Library/Frameworks/PythonT.framework/Versions";
  for (const version of host.list(threaded).filter((v) => /^3\.\d+$/.test(v)).sort(byVersionDesc)) {
    found.push(`${threaded}/${version}/bin/python${version}t`);
  }
  for (const prefix of ["/opt/homebrew", "/usr/local"]) {
    found.push(`${prefix}/bin/python3`);
    for (const formula of host.list(`${prefix}/opt`).filter((f) => /^python@3\.\d+$/.test(f)).sort(byVersionDesc)) {
      found.push(`${prefix}/opt/${formula}/bin/python3`);
    }
  }
  return found;
}

// The commands `findPython` tries when neither --python nor PYTUTOR_PYTHON says.
// Windows: `python` first (an active venv's), then the launcher (which ignores
// a venv when asked for -3), then `python3` (usually the Store's alias).
export function defaultCandidates(host: Host): Candidate[] {
  if (host.platform === "win32") return [{ command: "python", args: [] }, { command: "py", args: ["-3"] }, { command: "python3", args: [] }];
  const path: Candidate[] = [{ command: "python3", args: [] }, { command: "python", args: [] }, { command: "py", args: ["-3"] }];
  if (host.platform !== "darwin") return path;
  return [...path, ...macCandidates(host).map((command) => ({ command, args: [] }))];
}

// The interpreters `py -0p` lists. Launchers of 3.11+ print ` -V:3.12 *   C:\…\python.exe`
// (also ` -V:ContinuumAnalytics/Anaconda39-64  …`); older ones ` -3.9-64   C:\…\python.exe *`
// (the default's star after the path). Lines without a path (a heading,
// "No Installed Pythons Found!") are skipped.
export function parsePyList(output: string): string[] {
  const paths: string[] = [];
  for (const line of output.split(/\r?\n/)) {
    const m = /^\s*-(?:V:)?\S+(?:\s+\*)?\s+((?:[A-Za-z]:\\|\\\\).*?)(?:\s+\*)?\s*$/.exec(line);
    if (m?.[1] && !paths.includes(m[1])) paths.push(m[1]);
  }
  return paths;
}

function unixCandidates(host: Host): string[] {
  const { join } = pathApi(host.platform);
  const found: string[] = [];
  const pyenv = join(host.env.PYENV_ROOT ?? join(host.homedir, ".pyenv"), "versions");
  for (const name of host.list(pyenv)) {
    const path = join(pyenv, name, "bin", "python3");
    if (host.exists(path) === "file") found.push(path);
  }
  const dirs = [...pathDirs(host), "/usr/bin", "/usr/local/bin"];
  if (host.platform === "darwin") dirs.push("/opt/homebrew/bin");
  for (const dir of dirs) {
    if (dir.includes(join(".pyenv", "shims"))) continue;
    for (const name of host.list(dir)) if (/^python3(\.\d+)?$/.test(name)) found.push(join(dir, name));
  }
  if (host.platform === "darwin") found.push(...macCandidates(host));
  return found;
}

async function windowsCandidates(host: Host, cwd: string): Promise<string[]> {
  const { join } = pathApi("win32");
  const found: string[] = [];
  const py = await host.run("py", ["-0p"], { cwd, timeoutMs: 15_000 });
  if (py.exitCode === 0) found.push(...parsePyList(`${py.stdout}\n${py.stderr}`));
  const pyenv = join(host.env.PYENV ?? host.env.PYENV_ROOT ?? join(host.homedir, ".pyenv", "pyenv-win"), "versions");
  for (const name of host.list(pyenv)) found.push(join(pyenv, name, "python.exe"));
  const local = host.env.LOCALAPPDATA ?? join(host.homedir, "AppData", "Local");
  const installs = [join(local, "Programs", "Python"), host.env.ProgramFiles ?? "C:\\Program Files"];
  for (const dir of installs) for (const name of host.list(dir)) if (/^Python3\d+/i.test(name)) found.push(join(dir, name, "python.exe"));
  for (const dir of pathDirs(host)) {
    if (/[\\/]\.pyenv[\\/]pyenv-win[\\/]shims$/i.test(dir)) continue;
    for (const name of host.list(dir)) if (/^python(3(\.\d+)?)?\.exe$/i.test(name)) found.push(join(dir, name));
  }
  return found.filter((path, i) => found.findIndex((p) => p.toLowerCase() === path.toLowerCase()) === i);
}

// Every place an installed CPython may be, for `verify --all-pythons`.
export async function allCandidates(host: Host, cwd: string): Promise<string[]> {
  return host.platform === "win32" ? windowsCandidates(host, cwd) : unixCandidates(host);
}
