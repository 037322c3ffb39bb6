// `pytutor hint [exercise] [n]` inside a workspace: each call shows the next
// hint not seen yet and remembers it; once all were seen, shows them all again.
import { type Lang } from "../i18n/lang.js";
import { makeChalk } from "../report/style.js";
import type { Workspace } from "../workspace/find.js";
import { loadExercises } from "../context/catalogue.js";
import { takeHint } from "../workspace/hints.js";
import { progressiveHintText } from "../workspace/hint-view.js";
import { EXIT } from "./exit-codes.js";
import type { GlobalOptions } from "../options.js";
import { warnOnStderr } from "./warn.js";
import { pickExercise } from "../workspace/shared.js";

export async function runProgressiveHint(
  ws: Workspace | undefined,
  name: string | undefined,
  n: string | undefined,
  options: GlobalOptions & { all?: boolean },
  lang: Lang,
  // Inside `watch` the next hint is one key away, not a command.
  from: "command" | "watch" = "command",
): Promise<number> {
  const exercise = await pickExercise(options, name, ws, lang, { es: "pytutor hint <ejercicio> [n]", en: "pytutor hint <exercise> [n]" }, warnOnStderr);
  if (!ws) throw new Error("a progressive hint needs a workspace");
  const exercises = await loadExercises(options);
  const shown = await takeHint(ws, exercise, exercises, { n, all: options.all === true }, lang);
  process.stdout.write(progressiveHintText(exercise.spec, shown, lang, makeChalk(), from));
  return EXIT.ok;
}
