// The learner-file policy: which file a check runs and what it must be first.
import { existsSync, lstatSync, readFileSync, readlinkSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { both } from "../i18n/lang.js";
import type { Exercise } from "../catalog/exercise.js";
import { PytutorError } from "../errors.js";

const CODING_COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/m;

// The learner's file, checked before anything runs: it exists, is a file, has
// content, and its bytes are text Python can read. Inside a workspace
// (`workspaceRoot`), the default file is the one at the workspace's root, and
// that file must be a real file, not a symbolic link.
export function learnerFile(exercise: Exercise, file: string | undefined, workspaceRoot?: string): string {
  const path = resolve(file ?? join(workspaceRoot ?? process.cwd(), exercise.spec.file));
  const shown = file ?? (workspaceRoot ? relative(process.cwd(), path) : exercise.spec.file);
  if (workspaceRoot && path === join(resolve(workspaceRoot), exercise.spec.file)) workspaceFileChecks(exercise, path, shown);
  if (!existsSync(path)) {
    throw new PytutorError(
      file
        ? both(`no existe el archivo «${shown}».`, `the file «${shown}» does not exist.`)
        : both(
            `no encuentro «${exercise.spec.file}» en ${process.cwd()}. Crea ese archivo o indica el tuyo: \`pytutor check ${exercise.spec.id} ruta/al/archivo.py\`.`,
            `cannot find «${exercise.spec.file}» in ${process.cwd()}. Create that file or name yours: \`pytutor check ${exercise.spec.id} path/to/file.py\`.`,
          ),
    );
  }
  const stat = statSync(path);
  if (stat.isDirectory()) {
    throw new PytutorError(both(`«${shown}» es una carpeta; indica el archivo .py de tu solución.`, `«${shown}» is a folder; name your solution's .py file.`));
  }
  if (!stat.isFile()) throw new PytutorError(both(`«${shown}» no es un archivo normal.`, `«${shown}» is not a regular file.`));
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new PytutorError(both(`no puedo leer «${shown}»: ${(error as Error).message}`, `cannot read «${shown}»: ${(error as Error).message}`));
  }
  if (bytes.toString("latin1").trim() === "") {
    throw new PytutorError(
      both(
        `«${shown}» está vacío. Escribe tu solución (\`pytutor show ${exercise.spec.id}\` muestra el enunciado).`,
        `«${shown}» is empty. Write your solution (\`pytutor show ${exercise.spec.id}\` shows the statement).`,
      ),
    );
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const head = bytes.subarray(0, 400).toString("latin1").split("\n").slice(0, 2).join("\n");
    if (!CODING_COOKIE.test(head)) {
      throw new PytutorError(
        both(
          `«${shown}» no está guardado en UTF-8 (Python no lo leerá). Guárdalo como UTF-8 desde tu editor.`,
          `«${shown}» is not saved as UTF-8 (Python will not read it). Save it as UTF-8 from your editor.`,
        ),
      );
    }
  }
  return path;
}

function workspaceFileChecks(exercise: Exercise, path: string, shown: string): void {
  let link = false;
  try {
    link = lstatSync(path).isSymbolicLink();
  } catch {
    throw new PytutorError(
      both(
        `falta tu archivo «${shown}» en el espacio de trabajo (¿lo borraste o lo moviste?). \`pytutor reset ${exercise.spec.id}\` vuelve a poner la plantilla.`,
        `your file «${shown}» is missing from the workspace (deleted or moved?). \`pytutor reset ${exercise.spec.id}\` puts the starter back.`,
      ),
    );
  }
  if (link) {
    let target = "";
    try {
      target = ` → ${readlinkSync(path)}`;
    } catch {
      /* unreadable link: said without its target */
    }
    throw new PytutorError(
      both(
        `«${shown}» es un enlace simbólico${target}, no un archivo. pytutor no sigue enlaces en tu espacio de trabajo: borra el enlace y copia ahí el archivo.`,
        `«${shown}» is a symbolic link${target}, not a file. pytutor does not follow links in your workspace: delete the link and copy the file there instead.`,
      ),
    );
  }
}
