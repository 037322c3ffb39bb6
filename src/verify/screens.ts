// `verify --screens <dir>`: what a learner on an 80-column terminal reads
// after each run, one file per file and CPython, for a course's maintainers to
// review the wording. The first file that cannot be written is remembered and
// reported once verify is done.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Chalk } from "chalk";
import { both, type Lang } from "../i18n/lang.js";
import type { CheckOutcome } from "../attempt/types.js";
import type { PythonInfo } from "../python/find.js";
import { renderShort } from "../report/check-terminal.js";
import { learnerStacks } from "../report/stacks.js";
import { PytutorError } from "../errors.js";
import type { Target } from "./verify.js";

export const SCREEN_COLUMNS = 80;

// «ejercicio3/variants__off_by_one@3.12.1.txt»
export function screenPath(target: Target, python: PythonInfo): string {
  return join(target.exercise.spec.id, `${target.file.replace(/\.py$/, "").replace(/[\\/]/g, "__")}@${python.version}.txt`);
}

// The screen a learner would read, without colours.
export function screenText(target: Target, outcome: CheckOutcome, lang: Lang): string {
  const plain = new Chalk({ level: 0 });
  return `${renderShort({ ...outcome, file: target.exercise.spec.file }, lang, plain, { width: SCREEN_COLUMNS, outputShown: true, stacks: learnerStacks(outcome.record) })}\n`;
}

export function screenWriter(dir: string, lang: Lang) {
  let failed: Error | undefined;
  return {
    write(target: Target, python: PythonInfo, outcome: CheckOutcome): void {
      const path = join(dir, screenPath(target, python));
      try {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, screenText(target, outcome, lang));
      } catch (error) {
        failed ??= error as Error;
      }
    },
    // The first write that failed, as the maintainer is told it.
    failure(): PytutorError | undefined {
      return failed && new PytutorError(both(`no puedo escribir las pantallas en ${dir}: ${failed.message}`, `cannot write the screens in ${dir}: ${failed.message}`));
    },
  };
}
