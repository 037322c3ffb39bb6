// `pytutor next`: moves the workspace on to the next pending exercise and says what to do.
import type { Lang } from "../i18n/lang.js";
import { makeChalk } from "../report/style.js";
import { loadExercises } from "../context/catalogue.js";
import { EXIT } from "./exit-codes.js";
import type { GlobalOptions } from "../options.js";
import { allPassedText, nextText } from "../workspace/guide.js";
import { moveToNext, needWorkspace, workspaceFile } from "../workspace/shared.js";

export async function runNext(options: GlobalOptions, lang: Lang): Promise<number> {
  const ws = needWorkspace("next");
  const exercises = await loadExercises(options);
  const { state, id, previous } = await moveToNext(ws, exercises, lang);
  const c = makeChalk();
  const exercise = exercises.find((e) => e.spec.id === id);
  if (!exercise) process.stdout.write(allPassedText(exercises, lang, c));
  else process.stdout.write(nextText(exercise, workspaceFile(ws, exercise), previous === exercise.spec.id, state, exercises, lang, c));
  return EXIT.ok;
}
