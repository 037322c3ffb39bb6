// Reading and writing a workspace's state safely: atomic writes (a temporary
// file renamed over the old one), a lock file for read-modify-write, and a
// corrupt state kept aside and rebuilt rather than stopping the learner.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { both, type Lang, type Text } from "../i18n/lang.js";
import { PytutorError } from "../errors.js";
import { writeFileAtomic } from "../util/atomic-write.js";
import { pidAlive } from "../util/process-identity.js";
import { randomHex } from "../util/random.js";
import { freshState, parseState, PYTUTOR_VERSION, serializeState, STATE_FORMAT, type State } from "./state.js";
import type { Workspace } from "./find.js";

export { findWorkspace, workspaceAt, type Workspace } from "./find.js";

export type StateOptions = {
  lang: Lang;
  // Exercise ids a fresh state starts with (all pending).
  ids?: string[];
  // Where warnings go (a rebuilt corrupt state); stderr by default.
  warn?: (text: Text) => void;
  // How long to wait for another command's lock, and when a lock is abandoned.
  lockTimeoutMs?: number;
  staleLockMs?: number;
};

const LOCK_TIMEOUT_MS = 3_000;
const STALE_LOCK_MS = 10_000;

const defaultWarn = (lang: Lang) => (text: Text) => process.stderr.write(`pytutor: ${text[lang]}\n`);

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function reason(error: unknown): Text {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return both("permiso denegado", "permission denied");
  if (code === "EISDIR") return both("es una carpeta, no un archivo", "it is a folder, not a file");
  const message = (error as Error).message;
  return both(message, message);
}

function fail(es: string, en: string, cause?: unknown): PytutorError {
  if (cause === undefined) return new PytutorError(both(es, en), "bad-input");
  const why = reason(cause);
  return new PytutorError(both(`${es}: ${why.es}`, `${en}: ${why.en}`), "bad-input");
}

// ---- the lock -------------------------------------------------------------
// A file created with O_CREAT|O_EXCL ("wx") that says who holds it: pid, host
// and when it was taken. No hard links, so it works on FAT/exFAT sticks too.

type LockOwner = { text: string; pid: number | undefined; host: string | undefined; ageMs: number };

function lockText(): string {
  return `${JSON.stringify({ pid: process.pid, host: hostname(), started: Date.now(), token: randomHex(6) })}\n`;
}

// What a lock file says. Older pytutors wrote "pid start token"; their host is
// taken to be this one. The age counts from the earlier of the file's mtime and
// the start it records: a FAT stick keeps local time, so a lock written under
// another time zone can carry an mtime hours in the future.
function readLock(path: string): LockOwner | undefined {
  let text: string;
  let mtimeMs: number;
  try {
    text = readFileSync(path, "utf8");
    mtimeMs = statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
  let pid: unknown;
  let host: unknown;
  let started: unknown;
  try {
    ({ pid, host, started } = JSON.parse(text) as { pid?: unknown; host?: unknown; started?: unknown });
  } catch {
    [pid, started] = text.split(" ").map(Number);
  }
  const now = Date.now();
  const since = typeof started === "number" && Number.isFinite(started) && started > 0 ? Math.min(started, mtimeMs) : mtimeMs;
  return {
    text,
    pid: typeof pid === "number" && Number.isInteger(pid) && pid > 0 ? pid : undefined,
    host: typeof host === "string" ? host : undefined,
    ageMs: now - since,
  };
}

// Abandoned: its process is gone (only knowable on the same host), or it is
// older than any command holds one.
export function lockIsStale(lock: Pick<LockOwner, "pid" | "host" | "ageMs">, staleMs: number, here = hostname(), alive = pidAlive): boolean {
  if (lock.ageMs > staleMs) return true;
  const sameHost = lock.host === undefined || lock.host === here;
  return sameHost && lock.pid !== undefined && !alive(lock.pid);
}

// Creates the lock file with `text`, or says it exists. A lock that could not
// be written (a full stick) is removed rather than left empty.
function createLock(path: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(fd, text);
  } catch (error) {
    closeSync(fd);
    unlinkSync(path);
    throw error;
  }
  closeSync(fd);
  return true;
}

// Removes an abandoned lock. Renaming first means two commands cannot both
// break it; if what was renamed turns out to be a fresh lock, it is recreated
// (exclusively, so a lock taken meanwhile stays its holder's).
function breakIfStale(path: string, staleMs: number): void {
  const lock = readLock(path);
  if (!lock || !lockIsStale(lock, staleMs)) return;
  const aside = `${path}.stale-${process.pid}-${randomHex(4)}`;
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  try {
    const moved = readFileSync(aside, "utf8");
    if (moved !== lock.text) createLock(path, moved);
  } catch {
    /* someone else holds the lock now: it stays theirs */
  }
  try {
    unlinkSync(aside);
  } catch {
    /* already gone */
  }
}

async function acquire(ws: Workspace, options: StateOptions): Promise<string> {
  const token = lockText();
  const deadline = Date.now() + (options.lockTimeoutMs ?? LOCK_TIMEOUT_MS);
  try {
    mkdirSync(ws.dir, { recursive: true });
  } catch (error) {
    throw fail(`no puedo crear ${ws.dir}`, `cannot create ${ws.dir}`, error);
  }
  for (;;) {
    try {
      if (createLock(ws.lockPath, token)) return token;
    } catch (error) {
      throw fail(`no puedo crear el cerrojo ${ws.lockPath}`, `cannot create the lock ${ws.lockPath}`, error);
    }
    breakIfStale(ws.lockPath, options.staleLockMs ?? STALE_LOCK_MS);
    if (Date.now() > deadline) {
      const lock = readLock(ws.lockPath);
      const elsewhere = lock?.host && lock.host !== hostname() ? ` @ ${lock.host}` : "";
      const who = lock?.pid ? ` (pid ${lock.pid}${elsewhere})` : "";
      throw new PytutorError(
        both(
          `otra orden de pytutor${who} está usando este espacio de trabajo; espera a que termine y vuelve a intentarlo. Si no hay ninguna en marcha, borra ${ws.lockPath}.`,
          `another pytutor command${who} is using this workspace; wait for it to finish and try again. If none is running, delete ${ws.lockPath}.`,
        ),
        "bad-input",
      );
    }
    await sleep(5 + Math.random() * 20);
  }
}

function release(ws: Workspace, token: string): void {
  try {
    // Only our own lock: if it was broken as stale, it belongs to someone else now.
    if (readFileSync(ws.lockPath, "utf8") === token) unlinkSync(ws.lockPath);
  } catch {
    /* already gone */
  }
}

export async function withLock<T>(ws: Workspace, options: StateOptions, fn: () => T | Promise<T>): Promise<T> {
  const token = await acquire(ws, options);
  try {
    return await fn();
  } finally {
    release(ws, token);
  }
}

// ---- reading and writing --------------------------------------------------

type Read = { kind: "ok"; state: State; migratedFrom?: number } | { kind: "missing" } | { kind: "corrupt"; reason: Text };

function readStateFile(ws: Workspace): Read {
  let text: string;
  try {
    text = readFileSync(ws.statePath, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "missing" };
    throw fail(`no puedo leer el estado del espacio de trabajo, ${ws.statePath}`, `cannot read the workspace's state, ${ws.statePath}`, error);
  }
  const parsed = parseState(text);
  if (parsed.kind === "newer") {
    const by = parsed.version ? ` (pytutor ${parsed.version})` : "";
    throw new PytutorError(
      both(
        `el espacio de trabajo ${ws.root} lo creó un pytutor más nuevo${by}, con el formato ${parsed.format}; este pytutor (${PYTUTOR_VERSION}) solo entiende hasta el ${STATE_FORMAT}. Actualiza pytutor.`,
        `the workspace ${ws.root} was made by a newer pytutor${by}, with format ${parsed.format}; this pytutor (${PYTUTOR_VERSION}) understands up to ${STATE_FORMAT}. Update pytutor.`,
      ),
      "bad-input",
    );
  }
  return parsed;
}

// Replaced atomically (util/atomic-write): a reader sees the old state or the
// new one, never half of one; on Windows a state held open by an editor or an
// antivirus is retried.
export function writeState(ws: Workspace, state: State): void {
  try {
    mkdirSync(ws.dir, { recursive: true });
    writeFileAtomic(ws.statePath, serializeState({ ...state, format: STATE_FORMAT, pytutorVersion: PYTUTOR_VERSION }));
  } catch (error) {
    throw fail(`no puedo guardar el estado del espacio de trabajo, ${ws.statePath}`, `cannot save the workspace's state, ${ws.statePath}`, error);
  }
}

function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, "-");
}

// Under the lock: the state as it is, or (missing or corrupt) a fresh one,
// the corrupt file kept beside it as state.json.broken-<timestamp>.
function readOrRebuild(ws: Workspace, options: StateOptions): { state: State; rebuilt: boolean } {
  const read = readStateFile(ws);
  if (read.kind === "ok") return { state: read.state, rebuilt: read.migratedFrom !== undefined };
  const state = freshState(options.lang, options.ids ?? []);
  if (read.kind === "corrupt") {
    let broken = `${ws.statePath}.broken-${stamp()}`;
    for (let i = 1; existsSync(broken); i++) broken = `${ws.statePath}.broken-${stamp()}-${i}`;
    try {
      renameSync(ws.statePath, broken);
    } catch (error) {
      throw fail(`el estado ${ws.statePath} está dañado y no puedo apartarlo`, `the state ${ws.statePath} is corrupt and cannot be moved aside`, error);
    }
    (options.warn ?? defaultWarn(options.lang))(
      both(
        `aviso: el archivo de progreso ${ws.statePath} estaba dañado (${read.reason.es}). Lo guardé como ${broken} y empiezo uno nuevo: el progreso vuelve a cero (tus archivos .py no se tocan).`,
        `warning: the progress file ${ws.statePath} was corrupt (${read.reason.en}). It is kept as ${broken} and a new one starts: progress is reset (your .py files are not touched).`,
      ),
    );
  }
  return { state, rebuilt: true };
}

// The state, for reading. A corrupt one is rebuilt (under the lock); a
// missing one is a fresh state, not written.
export async function loadState(ws: Workspace, options: StateOptions): Promise<State> {
  const read = readStateFile(ws);
  if (read.kind === "ok") return read.state;
  if (read.kind === "missing") return freshState(options.lang, options.ids ?? []);
  return withLock(ws, options, () => {
    const { state, rebuilt } = readOrRebuild(ws, options);
    if (rebuilt) writeState(ws, state);
    return state;
  });
}

// Read-modify-write under the lock; `change` edits the state in place and its
// result is returned with the state as written.
export async function updateState<T>(ws: Workspace, options: StateOptions, change: (state: State) => T): Promise<{ state: State; result: T }> {
  return withLock(ws, options, () => {
    const { state } = readOrRebuild(ws, options);
    const result = change(state);
    writeState(ws, state);
    return { state, result };
  });
}
