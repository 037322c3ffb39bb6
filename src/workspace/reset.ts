// The reset policy: the learner's file goes back to the exercise's starter,
// never half-written, and what they had is kept in .pytutor/backups/ first.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { both } from "../i18n/lang.js";
import type { Exercise } from "../catalog/exercise.js";
import { PytutorError } from "../errors.js";
import { writeFileAtomic } from "../util/atomic-write.js";
import type { Workspace } from "./find.js";
import { shown, symlinkRefused, workspaceFile } from "./shared.js";

function failure(es: string, en: string, error: unknown): PytutorError {
  const message = (error as Error).message;
  return new PytutorError(both(`${es}: ${message}`, `${en}: ${message}`), "bad-input");
}

// Replaced atomically (util/atomic-write): never half a file.
function replaceWith(path: string, bytes: Buffer): void {
  try {
    writeFileAtomic(path, bytes);
  } catch (error) {
    throw failure(`no puedo escribir ${path}`, `cannot write ${path}`, error);
  }
}

// What a reset of `exercise` would do: put the starter where the file is
// missing, nothing when the file is the starter already, or replace the
// learner's own (kept as `mine`) after they confirm.
export type ResetPlan =
  | { kind: "restore"; path: string; starter: Buffer }
  | { kind: "already-starter"; path: string }
  | { kind: "replace"; path: string; starter: Buffer; mine: Buffer };

export function planReset(ws: Workspace, exercise: Exercise): ResetPlan {
  const { spec } = exercise;
  const file = workspaceFile(ws, exercise);
  if (file.kind === "symlink") throw symlinkRefused(file);
  if (file.kind === "other") {
    throw new PytutorError(
      both(`«${shown(file.path)}» no es un archivo normal (¿una carpeta?); apártalo y vuelve a intentarlo.`, `«${shown(file.path)}» is not a regular file (a folder?); move it away and try again.`),
      "bad-input",
    );
  }
  let starter: Buffer;
  try {
    starter = readFileSync(join(exercise.dir, spec.starter));
  } catch (error) {
    throw failure(`no puedo leer la plantilla de ${spec.id}`, `cannot read the template of ${spec.id}`, error);
  }
  if (file.kind === "missing") return { kind: "restore", path: file.path, starter };
  let mine: Buffer;
  try {
    mine = readFileSync(file.path);
  } catch (error) {
    throw failure(`no puedo leer ${file.path}`, `cannot read ${file.path}`, error);
  }
  if (mine.equals(starter)) return { kind: "already-starter", path: file.path };
  return { kind: "replace", path: file.path, starter, mine };
}

// Puts the starter in place of a missing file.
export function restoreStarter(plan: Extract<ResetPlan, { kind: "restore" }>): void {
  replaceWith(plan.path, plan.starter);
}

// Keeps the learner's file in the backups folder, then puts the starter in its place; returns the backup's path.
export function backUpAndReplace(ws: Workspace, exercise: Exercise, plan: Extract<ResetPlan, { kind: "replace" }>): string {
  const { spec } = exercise;
  const { mine, starter } = plan;
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  let backup = join(ws.backupsDir, `${spec.file}.${stamp}`);
  try {
    mkdirSync(ws.backupsDir, { recursive: true });
    for (let i = 1; ; i++) {
      try {
        writeFileSync(backup, mine, { flag: "wx" });
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        backup = join(ws.backupsDir, `${spec.file}.${stamp}-${i}`);
      }
    }
  } catch (error) {
    throw failure(`no puedo guardar la copia de seguridad en ${ws.backupsDir}; no he cambiado nada`, `cannot save the backup in ${ws.backupsDir}; nothing was changed`, error);
  }
  replaceWith(plan.path, starter);
  return backup;
}

// What `reset` asks and says, for each way it can go.
export const resetTexts = {
  question: (id: string, file: string) =>
    both(`¿Volver a la plantilla de ${id}? Tu ${file} actual se guardará en .pytutor/backups/.`, `Go back to the template of ${id}? Your current ${file} will be kept in .pytutor/backups/.`),
  restored: (id: string, path: string) => both(`Volví a poner la plantilla de ${id} en ${shown(path)}.\n`, `The template of ${id} is back in ${shown(path)}.\n`),
  alreadyStarter: (path: string) => both(`${shown(path)} ya es la plantilla: no hay nada que restaurar.\n`, `${shown(path)} is already the template: nothing to restore.\n`),
  declined: both("De acuerdo: no he cambiado nada.\n", "All right: nothing was changed.\n"),
  replaced: (id: string, path: string, backup: string) =>
    both(
      `Volví a poner la plantilla de ${id} en ${shown(path)}.\nTu versión anterior está en ${shown(backup)}.\n`,
      `The template of ${id} is back in ${shown(path)}.\nYour previous version is in ${shown(backup)}.\n`,
    ),
};
