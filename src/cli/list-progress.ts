// `pytutor list` inside a workspace: a progress bar and where each exercise stands.
import { type Lang } from "../i18n/lang.js";
import { makeChalk } from "../report/style.js";
import type { Exercise } from "../catalog/exercise.js";
import type { Workspace } from "../workspace/find.js";
import { loadState } from "../workspace/workspace.js";
import { EXIT } from "./exit-codes.js";
import { progressJson, progressText } from "../workspace/list-view.js";
import type { GlobalOptions } from "../options.js";
import { stateOptions } from "../workspace/shared.js";

export async function runListProgress(ws: Workspace, exercises: Exercise[], options: GlobalOptions, lang: Lang): Promise<number> {
  const state = await loadState(ws, stateOptions(lang, exercises));
  if (options.json) process.stdout.write(`${JSON.stringify(progressJson(ws.root, state, exercises, lang), null, 2)}\n`);
  else process.stdout.write(progressText(state, exercises, lang, makeChalk()));
  return EXIT.ok;
}
