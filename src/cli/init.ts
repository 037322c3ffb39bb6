// `pytutor init [folder]`: the learner's workspace, one starter per exercise,
// a README and the progress file. Never overwrites a file that is already there.
import type { Lang } from "../i18n/lang.js";
import { loadExercises } from "../context/catalogue.js";
import { initWorkspace } from "../workspace/init.js";
import { initText } from "../workspace/guide.js";
import { EXIT } from "./exit-codes.js";
import type { GlobalOptions } from "../options.js";

export { DEFAULT_FOLDER } from "../workspace/init.js";

export async function runInit(folder: string | undefined, options: GlobalOptions, lang: Lang): Promise<number> {
  const exercises = await loadExercises(options);
  const made = await initWorkspace(folder, exercises, options, lang);
  process.stdout.write(initText(made, exercises, lang, process.cwd()));
  return EXIT.ok;
}
