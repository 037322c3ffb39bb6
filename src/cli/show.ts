// `pytutor show <exercise>`: the statement, rendered for the terminal.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../i18n/lang.js";
import { renderMarkdown } from "../report/markdown.js";
import { makeChalk, terminalWidth } from "../report/style.js";
import { getExercise } from "../context/catalogue.js";
import type { GlobalOptions } from "../options.js";
import { warnOnStderr } from "./warn.js";

export async function runShow(name: string, options: GlobalOptions, lang: Lang): Promise<number> {
  const exercise = await getExercise(options, name, lang, warnOnStderr);
  const source = readFileSync(join(exercise.dir, exercise.spec.statement[lang]), "utf8");
  process.stdout.write(`${renderMarkdown(source, makeChalk(), terminalWidth())}\n`);
  return 0;
}
