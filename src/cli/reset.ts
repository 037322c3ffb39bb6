// `pytutor reset <exercise>`: the exercise's template back in the learner's
// file, after a yes, with the old file kept in .pytutor/backups/.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { both, type Lang } from "../i18n/lang.js";
import { confirmAction } from "./confirm.js";
import { getExercise } from "../context/catalogue.js";
import { PytutorError } from "../errors.js";
import { EXIT } from "./exit-codes.js";
import type { GlobalOptions } from "../options.js";
import { warnOnStderr } from "./warn.js";
import { needWorkspace, shown, symlinkRefused, workspaceFile } from "../workspace/shared.js";

function failure(es: string, en: string, error: unknown): PytutorError {
  const message = (error as Error).message;
  return new PytutorError(both(`${es}: ${message}`, `${en}: ${message}`), "bad-input");
}

// A temporary file beside the target, renamed over it: never half a file.
function replaceWith(path: string, bytes: Buffer): void {
  const tmp = join(dirname(path), `.${basename(path)}.pytutor-${process.pid}-${randomBytes(4).toString("hex")}`);
  try {
    writeFileSync(tmp, bytes, { flag: "wx" });
    renameSync(tmp, path);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      /* never created */
    }
    throw failure(`no puedo escribir ${path}`, `cannot write ${path}`, error);
  }
}

export async function runReset(name: string, options: GlobalOptions & { yes?: boolean }, lang: Lang): Promise<number> {
  const ws = needWorkspace("reset");
  const exercise = await getExercise(options, name, lang, warnOnStderr);
  const { spec } = exercise;
  const file = workspaceFile(ws, exercise);
  const es = lang === "es";
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
  if (file.kind === "missing") {
    replaceWith(file.path, starter);
    process.stdout.write(es ? `Volví a poner la plantilla de ${spec.id} en ${shown(file.path)}.\n` : `The template of ${spec.id} is back in ${shown(file.path)}.\n`);
    return EXIT.ok;
  }
  let mine: Buffer;
  try {
    mine = readFileSync(file.path);
  } catch (error) {
    throw failure(`no puedo leer ${file.path}`, `cannot read ${file.path}`, error);
  }
  if (mine.equals(starter)) {
    process.stdout.write(es ? `${shown(file.path)} ya es la plantilla: no hay nada que restaurar.\n` : `${shown(file.path)} is already the template: nothing to restore.\n`);
    return EXIT.ok;
  }
  const yes = await confirmAction(
    both(
      `¿Volver a la plantilla de ${spec.id}? Tu ${spec.file} actual se guardará en .pytutor/backups/.`,
      `Go back to the template of ${spec.id}? Your current ${spec.file} will be kept in .pytutor/backups/.`,
    ),
    options.yes,
    `reset ${spec.id}`,
    lang,
  );
  if (!yes) {
    process.stdout.write(es ? "De acuerdo: no he cambiado nada.\n" : "All right: nothing was changed.\n");
    return EXIT.ok;
  }
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
  replaceWith(file.path, starter);
  process.stdout.write(
    es
      ? `Volví a poner la plantilla de ${spec.id} en ${shown(file.path)}.\nTu versión anterior está en ${shown(backup)}.\n`
      : `The template of ${spec.id} is back in ${shown(file.path)}.\nYour previous version is in ${shown(backup)}.\n`,
  );
  return EXIT.ok;
}
