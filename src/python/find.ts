// Finding the learner's CPython: `--python`, then PYTUTOR_PYTHON, then python3,
// python and `py -3` on PATH. Each candidate is resolved once to its real
// executable (a pyenv shim costs ~80 ms a start) and the answer is cached.
import { execFile } from "node:child_process";
import { accessSync, constants, readFileSync, statSync } from "node:fs";
import { delimiter, dirname, isAbsolute, join, resolve } from "node:path";
import { readCache, writeCache } from "./cache.js";
import { both, type Text } from "../i18n/lang.js";

export const MIN_VERSION: readonly [number, number] = [3, 8];

export type PythonInfo = {
  executable: string;
  version: string;
  major: number;
  minor: number;
  implementation: string;
  freeThreaded: boolean;
  gilEnabled: boolean;
  prefixes?: string[];
  requested: string;
  source: "flag" | "env" | "path";
};

// What became of one candidate, in both languages (the interpreter's own
// error line is shown as it printed it).
export type Attempt = { candidate: string; source: PythonInfo["source"]; outcome: Text };

export class PythonNotFoundError extends Error {
  constructor(
    readonly reason: "not-found" | "too-old",
    readonly attempts: Attempt[],
    readonly found?: PythonInfo,
  ) {
    super(`CPython not usable: ${reason}`);
    this.name = "PythonNotFoundError";
  }
}

// Python 2 compatible: an old interpreter must still be able to say its version.
const INFO_SCRIPT = [
  "import sys, json, sysconfig",
  "gil = getattr(sys, '_is_gil_enabled', lambda: True)()",
  "ft = bool(sysconfig.get_config_var('Py_GIL_DISABLED'))",
  "sys.stdout.write(json.dumps({'executable': sys.executable, 'version': '%d.%d.%d' % tuple(sys.version_info[:3]),",
  " 'implementation': getattr(getattr(sys, 'implementation', None), 'name', 'cpython'), 'gil': bool(gil), 'ft': ft,",
  " 'prefixes': [sys.prefix, getattr(sys, 'base_prefix', sys.prefix), sys.exec_prefix, getattr(sys, 'base_exec_prefix', sys.exec_prefix)]}))",
].join("\n");

// `prefixes`: where CPython finds its library (a venv's and its base's); the
// sandbox binds them. Absent in answers cached before it was asked.
type Probed = { executable: string; version: string; implementation: string; gil: boolean; ft: boolean; prefixes?: string[] };

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// `which`, without spawning anything.
export function lookPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (name.includes("/") || isAbsolute(name)) return isExecutableFile(resolve(name)) ? resolve(name) : undefined;
  const exts = process.platform === "win32" ? (env.PATHEXT ?? ".EXE").split(";") : [""];
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const full = join(dir, name + ext);
      if (isExecutableFile(full)) return full;
    }
  }
  return undefined;
}

// What a pyenv-style shim's choice depends on, so a cached answer is dropped when it changes.
function shimContext(path: string, cwd: string, env: NodeJS.ProcessEnv): string {
  let head = "";
  try {
    head = readFileSync(path, { encoding: "latin1", flag: "r" }).slice(0, 2);
  } catch {
    return "";
  }
  if (head !== "#!") return "";
  const parts = [env.PYENV_VERSION ?? "", env.PYENV_ROOT ?? ""];
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    try {
      parts.push(`${dir}:${readFileSync(join(dir, ".python-version"), "utf8").trim()}`);
      break;
    } catch {
      /* keep walking up */
    }
    if (dirname(dir) === dir) break;
  }
  const root = env.PYENV_ROOT ?? (env.HOME ? join(env.HOME, ".pyenv") : "");
  try {
    parts.push(readFileSync(join(root, "version"), "utf8").trim());
  } catch {
    /* no global version file */
  }
  return parts.join("|");
}

function probeInterpreter(command: string, args: string[], cwd: string): Promise<Probed | Text> {
  return new Promise((done) => {
    execFile(command, [...args, "-c", INFO_SCRIPT], { cwd, timeout: 15_000, encoding: "utf8" }, (error, stdout, stderr) => {
      if (error && !stdout) {
        const said = (stderr || error.message).trim().split("\n").slice(-1)[0] ?? "";
        done(both(`no se pudo ejecutar: ${said}`, `could not run: ${said}`));
        return;
      }
      try {
        const data = JSON.parse(stdout) as Probed;
        if (typeof data.executable !== "string" || typeof data.version !== "string") throw new Error("bad answer");
        done(data);
      } catch {
        done(both(`respuesta inesperada: ${stdout.slice(0, 120)}`, `unexpected answer: ${stdout.slice(0, 120)}`));
      }
    });
  });
}

// Why a command or path given as the interpreter cannot be run.
function missing(command: string): Text {
  if (!command.includes("/") && !isAbsolute(command)) return both("no está en el PATH", "not on PATH");
  let stat;
  try {
    stat = statSync(resolve(command));
  } catch {
    return both("no existe", "does not exist");
  }
  if (stat.isDirectory()) return both("es una carpeta, no un programa", "is a folder, not a program");
  return both("no se puede ejecutar (le falta el permiso de ejecución)", "cannot be run (it lacks execute permission)");
}

function toInfo(p: Probed, requested: string, source: PythonInfo["source"]): PythonInfo {
  const [major = 0, minor = 0] = p.version.split(".").map(Number);
  return {
    executable: p.executable,
    version: p.version,
    major,
    minor,
    implementation: p.implementation,
    freeThreaded: p.ft,
    gilEnabled: p.gil,
    ...(p.prefixes ? { prefixes: p.prefixes } : {}),
    requested,
    source,
  };
}

export function isSupported(info: Pick<PythonInfo, "major" | "minor">): boolean {
  return info.major > MIN_VERSION[0] || (info.major === MIN_VERSION[0] && info.minor >= MIN_VERSION[1]);
}

async function resolveCandidate(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<Probed | Text> {
  const path = lookPath(command, env);
  if (!path) return missing(command);
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return both("no existe", "does not exist");
  }
  const key = [path, args.join(" "), stat.mtimeMs, stat.size, shimContext(path, cwd, env)].join("\u0000");
  const cached = readCache<Probed>(key);
  if (cached && isExecutableFile(cached.executable)) return cached;
  const probed = await probeInterpreter(path, args, cwd);
  if (!("es" in probed) && isExecutableFile(probed.executable)) writeCache(key, probed);
  return probed;
}

export type FindOptions = { flag?: string; env?: NodeJS.ProcessEnv; cwd?: string };

// The interpreter to grade with, or a PythonNotFoundError that lists every attempt.
export async function findPython(options: FindOptions = {}): Promise<PythonInfo> {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const explicit: Array<[string, PythonInfo["source"]]> = [];
  if (options.flag) explicit.push([options.flag, "flag"]);
  else if (env.PYTUTOR_PYTHON) explicit.push([env.PYTUTOR_PYTHON, "env"]);
  const candidates: Array<[string, string[], PythonInfo["source"]]> = explicit.length
    ? explicit.map(([c, s]) => [c, [], s])
    : [["python3", [], "path"], ["python", [], "path"], ["py", ["-3"], "path"]];
  const attempts: Attempt[] = [];
  let tooOld: PythonInfo | undefined;
  for (const [command, args, source] of candidates) {
    const shown = [command, ...args].join(" ");
    const probed = await resolveCandidate(command, args, cwd, env);
    if ("es" in probed) {
      attempts.push({ candidate: shown, source, outcome: probed });
      continue;
    }
    const info = toInfo(probed, shown, source);
    if (!isSupported(info)) {
      attempts.push({ candidate: shown, source, outcome: both(`Python ${info.version}`, `Python ${info.version}`) });
      tooOld ??= info;
      continue;
    }
    return info;
  }
  throw new PythonNotFoundError(tooOld ? "too-old" : "not-found", attempts, tooOld);
}
