// The output folder policy of `grade`: one batch at a time per folder, a
// folder that holds a batch is refused unless resumed or redone.
import { accessSync, constants, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { both } from "../i18n/lang.js";
import { FEEDBACK_DIR, OWN_FILES, removeOwnFiles } from "../batch/output.js";
import { LOCK_FILE, LockHeldError, lockOut, type OutLock } from "../batch/lock.js";
import { PytutorError } from "../errors.js";
// --resume continues the batch in the folder; --force redoes it.
export type OutOptions = { resume?: boolean; force?: boolean };

// The output folder: refused when it already holds a batch, unless --resume or
// --force; --force removes only pytutor's own files.
// Takes the folder's lock first (a second grade on it is refused while one
// runs), then checks what is in it.
export function prepareOut(out: string, options: OutOptions): OutLock {
  if (existsSync(out) && !statSync(out).isDirectory()) throw new PytutorError(both(`${out} existe y no es una carpeta.`, `${out} exists and is not a folder.`));
  const existed = existsSync(out) && readdirSync(out).some((name) => name !== LOCK_FILE);
  let lock: OutLock;
  try {
    mkdirSync(out, { recursive: true });
    lock = lockOut(out);
  } catch (error) {
    if (error instanceof LockHeldError) {
      throw new PytutorError(
        both(
          `otra corrección (pid ${error.owner.pid}, desde ${error.owner.at}) está usando ${out}; espera a que termine o usa otra carpeta con --out.`,
          `another batch (pid ${error.owner.pid}, since ${error.owner.at}) is using ${out}; wait for it to end or use another folder with --out.`,
        ),
      );
    }
    throw new PytutorError(both(`no puedo escribir en la carpeta de salida ${out}: ${(error as Error).message}`, `cannot write to the output folder ${out}: ${(error as Error).message}`));
  }
  try {
    checkOut(out, options, existed);
  } catch (error) {
    lock.release();
    throw error;
  }
  return lock;
}

function checkOut(out: string, options: OutOptions, existed: boolean): void {
  if (existed) {
    const ours = readdirSync(out).filter((name) => OWN_FILES.includes(name as (typeof OWN_FILES)[number]) || name === FEEDBACK_DIR);
    const nonEmpty = existed;
    if (nonEmpty && !options.resume && !options.force) {
      throw new PytutorError(
        both(
          `la carpeta de salida ${out} ya existe${ours.length ? " y tiene una corrección" : ""}. Usa --resume para continuarla o --force para rehacerla (solo se borran los archivos de pytutor), u otra con --out.`,
          `the output folder ${out} already exists${ours.length ? " and holds a batch" : ""}. Use --resume to continue it or --force to redo it (only pytutor's files are removed), or another with --out.`,
        ),
      );
    }
    if (options.force) removeOwnFiles(out);
  }
  try {
    mkdirSync(out, { recursive: true });
    accessSync(out, constants.W_OK);
  } catch (error) {
    throw new PytutorError(both(`no puedo escribir en la carpeta de salida ${out}: ${(error as Error).message}`, `cannot write to the output folder ${out}: ${(error as Error).message}`));
  }
}
