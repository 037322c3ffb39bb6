// What the learner's commands share inside a workspace: finding it, the
// exercise an omitted argument means, the learner's file, recording a check.
import { lstatSync, readlinkSync } from "node:fs";
import { join, relative } from "node:path";
import { both, count, type Lang, type Text } from "../i18n/lang.js";
import type { Exercise } from "../catalog/exercise.js";
import type { GradeResult } from "../grade/result.js";
import { findWorkspace, type Workspace } from "./find.js";
import { countDone, effectiveCurrent, entryFor, nextPending, progressOf, type State } from "./state.js";
import { loadState, updateState, type StateOptions } from "./workspace.js";
import { exerciseIds, getExercise, type Warn } from "../context/catalogue.js";
import { PytutorError } from "../errors.js";
import type { GlobalOptions } from "../options.js";

// A path as the learner would type it from where they are.
export function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === "" ? "." : rel;
}

export function needWorkspace(command: string): Workspace {
  const ws = findWorkspace();
  if (ws) return ws;
  throw new PytutorError(
    both(
      `\`pytutor ${command}\` necesita un espacio de trabajo y no hay ninguno en ${process.cwd()} ni en las carpetas de encima. Crea uno con \`pytutor init\` y entra en él (\`cd pytutor-ejercicios\`).`,
      `\`pytutor ${command}\` needs a workspace and there is none in ${process.cwd()} or the folders above it. Create one with \`pytutor init\` and go into it (\`cd pytutor-ejercicios\`).`,
    ),
    "bad-input",
  );
}

// `exercises`: the catalogue's exercises, or their ids alone (in its order).
const idsOf = (exercises: Exercise[] | string[]) => exercises.map((e: Exercise | string) => (typeof e === "string" ? e : e.spec.id));

export function stateOptions(lang: Lang, exercises: Exercise[] | string[]): StateOptions {
  return { lang, ids: idsOf(exercises) };
}

// The exercise named on the command line or, when omitted inside a workspace, the current one.
export async function pickExercise(
  options: GlobalOptions,
  name: string | undefined,
  ws: Workspace | undefined,
  lang: Lang,
  usage: Text,
  warn: Warn,
): Promise<Exercise> {
  if (name !== undefined) return getExercise(options, name, lang, warn);
  if (!ws) {
    throw new PytutorError(
      both(
        `falta el ejercicio: \`${usage.es}\`. Sin él solo funciona dentro de un espacio de trabajo (\`pytutor init\`), donde usa el ejercicio actual.`,
        `the exercise is missing: \`${usage.en}\`. Without it, it only works inside a workspace (\`pytutor init\`), where it uses the current exercise.`,
      ),
      "bad-input",
    );
  }
  const ids = await exerciseIds(options);
  const state = await loadState(ws, stateOptions(lang, ids));
  const id = effectiveCurrent(state, ids);
  if (id === undefined) {
    throw new PytutorError(
      both(
        `no hay ejercicio actual: ya superaste todos. Nombra uno: \`${usage.es}\`.`,
        `there is no current exercise: you passed them all. Name one: \`${usage.en}\`.`,
      ),
      "bad-input",
    );
  }
  return getExercise(options, id, lang, warn);
}

export type FileState = { path: string; kind: "file" | "missing" | "symlink" | "other"; target?: string };

// The learner's file of an exercise in the workspace, looked at without following links.
export function workspaceFile(ws: Workspace, exercise: Exercise): FileState {
  const path = join(ws.root, exercise.spec.file);
  try {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) {
      let target: string | undefined;
      try {
        target = readlinkSync(path);
      } catch {
        target = undefined;
      }
      return target === undefined ? { path, kind: "symlink" } : { path, kind: "symlink", target };
    }
    return { path, kind: stat.isFile() ? "file" : "other" };
  } catch {
    return { path, kind: "missing" };
  }
}

export function symlinkRefused(file: FileState): PytutorError {
  const to = file.target ? ` → ${file.target}` : "";
  return new PytutorError(
    both(
      `«${shown(file.path)}» es un enlace simbólico${to}, no un archivo. pytutor no sigue enlaces en tu espacio de trabajo: borra el enlace y copia ahí el archivo.`,
      `«${shown(file.path)}» is a symbolic link${to}, not a file. pytutor does not follow links in your workspace: delete the link and copy the file there instead.`,
    ),
    "bad-input",
  );
}

export function progressLine(state: State, exercises: Exercise[] | string[], lang: Lang): string {
  const total = exercises.length;
  const done = countDone(state, idsOf(exercises));
  return lang === "es" ? `Progreso: ${done} de ${count(total, "ejercicio superado", "ejercicios superados")}.` : `Progress: ${done} of ${count(total, "exercise", "exercises")} passed.`;
}

// After a check of the workspace's own file: attempts, last score and time;
// a pass marks the exercise done for good. Returns a line for the learner.
export async function recordCheck(ws: Workspace, exercise: Exercise, result: GradeResult, options: GlobalOptions, lang: Lang): Promise<string> {
  const exercises = await exerciseIds(options);
  const now = new Date().toISOString();
  const { state, result: attempts } = await updateState(ws, stateOptions(lang, exercises), (s) => {
    const entry = entryFor(s, exercise.spec.id);
    entry.attempts += 1;
    entry.lastCheckedAt = now;
    entry.lastScore = Math.round(Math.min(1, Math.max(0, result.score)) * 10_000) / 10_000;
    if (result.passed && entry.status !== "done") {
      entry.status = "done";
      entry.passedAt = now;
    }
    return entry.attempts;
  });
  const progress = progressLine(state, exercises, lang);
  if (result.passed) {
    return lang === "es" ? `${progress} Sigue con \`pytutor next\`.` : `${progress} Go on with \`pytutor next\`.`;
  }
  return lang === "es"
    ? `Intento ${attempts} de ${exercise.spec.id}, anotado en tu espacio de trabajo. ${progress}`
    : `Attempt ${attempts} at ${exercise.spec.id}, recorded in your workspace. ${progress}`;
}

// After a first pass of `passed`: the workspace's current exercise becomes the
// next pending one (none when all are passed), and the progress line to say.
export async function advanceFrom(ws: Workspace, passed: string, exercises: Exercise[], lang: Lang): Promise<{ next: string | undefined; progress: string }> {
  const ids = exercises.map((e) => e.spec.id);
  const { state, result: next } = await updateState(ws, stateOptions(lang, exercises), (s) => {
    const id = nextPending({ ...s, current: passed }, ids);
    if (id) s.current = id;
    return id;
  });
  return { next, progress: progressLine(state, exercises, lang) };
}

// Whether `id` was already passed before the check being recorded now.
export async function passedBefore(ws: Workspace, id: string, exercises: Exercise[], lang: Lang): Promise<boolean> {
  return progressOf(await loadState(ws, stateOptions(lang, exercises)), id).status === "done";
}

// `next`: the current exercise becomes the next pending one (from the current
// one on, then from the start); `previous` is the current one before.
export async function moveToNext(ws: Workspace, exercises: Exercise[], lang: Lang): Promise<{ state: State; id: string | undefined; previous: string | null }> {
  const ids = exercises.map((e) => e.spec.id);
  const { state, result } = await updateState(ws, stateOptions(lang, exercises), (s) => {
    const previous = s.current;
    const id = nextPending(s, ids);
    if (id) s.current = id;
    return { id, previous };
  });
  return { state, ...result };
}

// The menu's «make it current»: `id` becomes the workspace's current exercise.
export async function makeCurrent(ws: Workspace, id: string, exercises: Exercise[], lang: Lang): Promise<void> {
  await updateState(ws, stateOptions(lang, exercises), (s) => {
    s.current = id;
  });
}
