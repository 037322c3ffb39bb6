// Finding the learner's CPython: `--python`, then PYTUTOR_PYTHON, then the
// platform's usual commands (see candidates.ts). Each candidate is resolved
// once to its real executable (a pyenv shim costs ~80 ms a start) and the
// answer is cached.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { readCache, writeCache } from "./cache.js";
import { defaultCandidates, pathDirs, type Candidate } from "./candidates.js";
import { pathApi, realHost, type FileKind, type Host } from "./host.js";
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
// error line is shown as it printed it). `path` is what the command resolved
// to, `kind` what it turned out to be, `info` the interpreter when one answered.
export type Attempt = {
  candidate: string;
  source: PythonInfo["source"];
  outcome: Text;
  path?: string;
  kind?: "store-alias" | "batch";
  info?: PythonInfo;
};

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
type Failure = { outcome: Text; path?: string; kind?: Attempt["kind"] };
type Resolved = { probed: Probed; path: string; kind?: Attempt["kind"] } | Failure;

const runnable = (kind: FileKind | undefined) => kind === "file" || kind === "alias";

function hasSeparator(name: string, host: Host): boolean {
  return name.includes("/") || (host.platform === "win32" && name.includes("\\")) || pathApi(host.platform).isAbsolute(name);
}

// `which`, without spawning anything. On Windows, PATHEXT's extensions are
// tried (a name that already has one is tried as is first).
export function lookPath(name: string, host: Host = realHost()): string | undefined {
  const path = pathApi(host.platform);
  const exts = host.platform === "win32" ? ["", ...(host.env.PATHEXT ?? ".COM;.EXE;.BAT;.CMD").toLowerCase().split(";").filter(Boolean)] : [""];
  const tryExts = (base: string) => {
    for (const ext of exts) {
      if (ext === "" && host.platform === "win32" && !path.extname(base)) continue;
      if (runnable(host.exists(base + ext))) return base + ext;
    }
    return undefined;
  };
  if (hasSeparator(name, host)) return tryExts(path.resolve(name));
  for (const dir of pathDirs(host)) {
    const found = tryExts(path.join(dir, name));
    if (found) return found;
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

const STORE_NOT_INSTALLED = both(
  "alias de Microsoft Store sin Python instalado: escribe `python3` (sin nada más) para abrir la Store e instalarlo, o instálalo de https://www.python.org/downloads/ y desactiva el alias en Configuración › Aplicaciones › Alias de ejecución de aplicaciones",
  "a Microsoft Store alias with no Python installed: type `python3` (nothing else) to open the Store and install it, or install it from https://www.python.org/downloads/ and turn the alias off in Settings › Apps › App execution aliases",
);

function batchScript(path: string): Text {
  const pyenv = /[\\/]pyenv-win[\\/]/i.test(path);
  const what = pyenv ? "un atajo (.bat) de pyenv-win" : "un script por lotes (.bat/.cmd)";
  const whatEn = pyenv ? "a pyenv-win shim (.bat)" : "a batch script (.bat/.cmd)";
  const how = pyenv ? "`pyenv which python` te la da" : "`py -0p` las lista";
  const howEn = pyenv ? "`pyenv which python` prints it" : "`py -0p` lists them";
  return both(
    `${path} es ${what}, no un programa: pytutor ejecuta Python sin shell y no puede lanzarlo. Pasa la ruta del python.exe real (${how}): --python C:\\…\\python.exe`,
    `${path} is ${whatEn}, not a program: pytutor runs Python without a shell and cannot start it. Pass the real python.exe's path (${howEn}): --python C:\\…\\python.exe`,
  );
}

const isStorePath = (path: string) => /[\\/]Microsoft[\\/]WindowsApps[\\/]/i.test(path);

async function probeInterpreter(path: string, args: string[], cwd: string, host: Host, store: boolean): Promise<Probed | Failure> {
  const r = await host.run(path, [...args, "-c", INFO_SCRIPT], { cwd, timeoutMs: 15_000 });
  if (host.platform === "win32" && r.errorCode === "EINVAL") return { outcome: batchScript(path), path, kind: "batch" };
  if (r.exitCode !== 0 && !r.stdout) {
    // The Store's stand-in prints "Python was not found; run without arguments to install from the Microsoft Store…" (exit 9009).
    const stub = r.exitCode === 9009 || /Microsoft Store|App Execution Alias/i.test(r.stderr) || (store && !r.stderr && r.exitCode !== null);
    if (host.platform === "win32" && stub) return { outcome: STORE_NOT_INSTALLED, path, kind: "store-alias" };
    const said = (r.stderr || r.message || "").trim().split("\n").slice(-1)[0] ?? "";
    return { outcome: both(`no se pudo ejecutar: ${said}`, `could not run: ${said}`), path };
  }
  try {
    const data = JSON.parse(r.stdout) as Probed;
    if (typeof data.executable !== "string" || typeof data.version !== "string") throw new Error("bad answer");
    // A Store Python's sys.executable may name its package folder, which no one may run directly: keep the alias.
    if (host.platform === "win32" && /[\\/]Program Files[\\/]WindowsApps[\\/]/i.test(data.executable)) data.executable = path;
    return data;
  } catch {
    return { outcome: both(`respuesta inesperada: ${r.stdout.slice(0, 120)}`, `unexpected answer: ${r.stdout.slice(0, 120)}`), path };
  }
}

// Why a command or path given as the interpreter cannot be run.
function missing(command: string, host: Host): Text {
  if (!hasSeparator(command, host)) return both("no está en el PATH", "not on PATH");
  const kind = host.exists(pathApi(host.platform).resolve(command));
  if (kind === "dir") return both("es una carpeta, no un programa", "is a folder, not a program");
  if (kind === "not-executable") return both("no se puede ejecutar (le falta el permiso de ejecución)", "cannot be run (it lacks execute permission)");
  return both("no existe", "does not exist");
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

// A Store alias is never stat'ed nor cached: the system resolves it when it runs.
async function resolveCandidate(command: string, args: string[], cwd: string, host: Host): Promise<Resolved> {
  const path = lookPath(command, host);
  if (!path) return { outcome: missing(command, host) };
  if (host.platform === "win32" && /\.(bat|cmd)$/i.test(path)) return { outcome: batchScript(path), path, kind: "batch" };
  const store = host.platform === "win32" && (host.exists(path) === "alias" || isStorePath(path));
  const stat = store ? undefined : host.stat?.(path);
  const key = stat && [path, args.join(" "), stat.mtimeMs, stat.size, shimContext(path, cwd, host.env)].join("\u0000");
  const cached = key ? readCache<Probed>(key) : undefined;
  const kind = store ? ("store-alias" as const) : undefined;
  if (cached && runnable(host.exists(cached.executable))) return { probed: cached, path, ...(kind ? { kind } : {}) };
  const probed = await probeInterpreter(path, args, cwd, host, store);
  if ("outcome" in probed) return kind && !probed.kind ? { ...probed, kind } : probed;
  if (key && runnable(host.exists(probed.executable))) writeCache(key, probed);
  return { probed, path, ...(kind ? { kind } : {}) };
}

export type FindOptions = { flag?: string; env?: NodeJS.ProcessEnv; cwd?: string; host?: Host };

type Planned = Candidate & { source: PythonInfo["source"] };

function plan(options: FindOptions, host: Host): Planned[] {
  if (options.flag) return [{ command: options.flag, args: [], source: "flag" }];
  if (host.env.PYTUTOR_PYTHON) return [{ command: host.env.PYTUTOR_PYTHON, args: [], source: "env" }];
  const seen = new Set<string>();
  // A fixed place already reached through PATH is not tried twice.
  return defaultCandidates(host)
    .filter((c) => {
      const key = `${lookPath(c.command, host) ?? c.command} ${c.args.join(" ")}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((c) => ({ ...c, source: "path" as const }));
}

// One candidate's attempt; `info` set when an interpreter answered (supported or not).
async function attempt(c: Planned, cwd: string, host: Host): Promise<Attempt> {
  const shown = [c.command, ...c.args].join(" ");
  const resolved = await resolveCandidate(c.command, c.args, cwd, host);
  const extra = { ...(resolved.path ? { path: resolved.path } : {}), ...(resolved.kind ? { kind: resolved.kind } : {}) };
  if ("outcome" in resolved) return { candidate: shown, source: c.source, outcome: resolved.outcome, ...extra };
  const info = toInfo(resolved.probed, shown, c.source);
  return { candidate: shown, source: c.source, outcome: both(`Python ${info.version}`, `Python ${info.version}`), info, ...extra };
}

function hostOf(options: FindOptions): Host {
  return options.host ?? realHost(options.env ?? process.env);
}

// The interpreter to grade with, or a PythonNotFoundError that lists every attempt.
export async function findPython(options: FindOptions = {}): Promise<PythonInfo> {
  const host = hostOf(options);
  const cwd = options.cwd ?? process.cwd();
  const attempts: Attempt[] = [];
  let tooOld: PythonInfo | undefined;
  for (const c of plan(options, host)) {
    const a = await attempt(c, cwd, host);
    if (a.info && isSupported(a.info)) return a.info;
    const { info, ...shown } = a;
    attempts.push(shown);
    if (info) tooOld ??= info;
  }
  throw new PythonNotFoundError(tooOld ? "too-old" : "not-found", attempts, tooOld);
}

// Every candidate `findPython` would try, each tried (for `pytutor doctor`):
// the chosen one is the first with a supported interpreter.
export async function inspectPythons(options: FindOptions = {}): Promise<{ attempts: Attempt[]; chosen?: number }> {
  const host = hostOf(options);
  const cwd = options.cwd ?? process.cwd();
  const attempts: Attempt[] = [];
  for (const c of plan(options, host)) attempts.push(await attempt(c, cwd, host));
  const chosen = attempts.findIndex((a) => a.info && isSupported(a.info));
  return chosen >= 0 ? { attempts, chosen } : { attempts };
}
