// `pytutor list`: the exercises; inside a workspace, the learner's progress
// (src/workspace/list-view.ts words both).
import type { Lang } from "../i18n/lang.js";
import { makeChalk } from "../report/style.js";
import { loadValidCatalogue } from "../context/catalogue.js";
import type { GlobalOptions } from "../options.js";
import { findWorkspace } from "../workspace/find.js";
import { catalogueJson, catalogueText } from "../workspace/list-view.js";

export async function runList(options: GlobalOptions, lang: Lang): Promise<number> {
  const { exercises, sources } = await loadValidCatalogue(options);
  // Inside a workspace: the learner's progress.
  const ws = findWorkspace();
  if (ws) return (await import("./list-progress.js")).runListProgress(ws, exercises, options, lang);
  if (options.json) process.stdout.write(`${JSON.stringify(catalogueJson(exercises, sources, lang), null, 2)}\n`);
  else process.stdout.write(catalogueText(exercises, sources, lang, makeChalk()));
  return 0;
}
