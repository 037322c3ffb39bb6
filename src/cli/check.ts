// `pytutor check <exercise> [file]`
import type { Lang } from "../i18n/lang.js";
import { both } from "../i18n/lang.js";
import { checkExercise, PythonTooOldError } from "../check/check-exercise.js";
import { checkJson } from "../report/check-json.js";
import { renderCheck } from "../report/check-terminal.js";
import { makeChalk } from "../report/style.js";
import { getExercise, getPython, learnerFile, parseLimits, parseSeconds, sandboxAvailable } from "./context.js";
import { CliError, EXIT } from "./errors.js";
import type { GlobalOptions } from "./main.js";

export async function runCheck(
  name: string,
  file: string | undefined,
  options: GlobalOptions & { timeout?: string; limit?: string[]; sandbox?: boolean },
  lang: Lang,
): Promise<number> {
  const exercise = await getExercise(options, name, lang);
  const path = learnerFile(exercise, file);
  const timeoutSeconds = parseSeconds(options.timeout);
  const limits = parseLimits(options.limit);
  if (options.sandbox) sandboxAvailable();
  const python = await getPython(options);
  let outcome;
  try {
    outcome = await checkExercise(exercise, path, python, {
      ...(timeoutSeconds ? { timeoutSeconds } : {}),
      limits,
      ...(options.sandbox ? { sandbox: { hide: [] } } : {}),
    });
  } catch (error) {
    if (error instanceof PythonTooOldError) {
      throw new CliError(
        both(
          `${python.executable} es Python ${error.version}; pytutor necesita CPython 3.8 o más nuevo. Elige otro con \`--python RUTA\`.`,
          `${python.executable} is Python ${error.version}; pytutor needs CPython 3.8 or newer. Choose another with \`--python PATH\`.`,
        ),
      );
    }
    throw error;
  }
  const shownFile = file ?? exercise.spec.file;
  if (options.json) process.stdout.write(`${JSON.stringify(checkJson({ ...outcome, file: shownFile }, lang), null, 2)}\n`);
  else process.stdout.write(`${renderCheck({ ...outcome, file: shownFile }, lang, makeChalk())}\n`);
  if (outcome.result.checks.some((c) => c.status === "error")) return EXIT.usage;
  return outcome.result.passed ? EXIT.ok : EXIT.failed;
}
