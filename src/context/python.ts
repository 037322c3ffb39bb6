// The learner's CPython, or an error saying what was tried and how to get one.
import { both } from "../i18n/lang.js";
import { findPython, PythonNotFoundError, type PythonInfo } from "../python/find.js";
import { PytutorError } from "../errors.js";
import type { GlobalOptions } from "../options.js";

export async function getPython(options: GlobalOptions): Promise<PythonInfo> {
  try {
    const flag = options.python?.at(-1);
    return await findPython(flag ? { flag } : {});
  } catch (error) {
    if (!(error instanceof PythonNotFoundError)) throw error;
    const tried = error.attempts.map((a) => both(`${a.candidate}: ${a.outcome.es}`, `${a.candidate}: ${a.outcome.en}`));
    if (error.reason === "too-old" && error.found) {
      throw new PytutorError(
        both(
          `encontré Python ${error.found.version} (${error.found.executable}), pero pytutor necesita CPython 3.8 o más nuevo. Instala uno (https://www.python.org/downloads/, o \`sudo apt install python3\`) y elígelo con \`--python RUTA\` o PYTUTOR_PYTHON.`,
          `found Python ${error.found.version} (${error.found.executable}), but pytutor needs CPython 3.8 or newer. Install one (https://www.python.org/downloads/, or \`sudo apt install python3\`) and choose it with \`--python PATH\` or PYTUTOR_PYTHON.`,
        ),
        "bad-input",
        tried,
      );
    }
    throw new PytutorError(
      both(
        "no encuentro CPython 3.8 o más nuevo. Instálalo (https://www.python.org/downloads/, o `sudo apt install python3`) o indica cuál usar con `--python RUTA` o la variable PYTUTOR_PYTHON. Probé:",
        "cannot find CPython 3.8 or newer. Install it (https://www.python.org/downloads/, or `sudo apt install python3`) or choose one with `--python PATH` or the PYTUTOR_PYTHON variable. Tried:",
      ),
      "bad-input",
      tried,
    );
  }
}
