// `pytutor new <id>`: creates the exercise (src/authoring/) and says what is
// in it and what to run next (src/report/authoring.ts).
import { relative } from "node:path";
import type { Lang } from "../i18n/lang.js";
import { createExercise } from "../authoring/create.js";
import { createdText } from "../report/authoring.js";
import { EXIT } from "./exit-codes.js";
import type { GlobalOptions } from "../options.js";

export async function runNew(id: string, options: GlobalOptions, lang: Lang): Promise<number> {
  const { root, dir, flag, scaffold } = await createExercise(id, options, lang);
  const shownRoot = relative(process.cwd(), root) || ".";
  const folderFlag = `${flag} ${/\s/u.test(shownRoot) ? JSON.stringify(shownRoot) : shownRoot}`;
  process.stdout.write(createdText({ id, shownDir: relative(process.cwd(), dir), folderFlag, statement: scaffold.statement, variant: scaffold.variant }, lang));
  return EXIT.ok;
}
