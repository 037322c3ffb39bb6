// `pytutor hint <exercise> [n]`: hints go from gentle to explicit.
import type { Lang } from "../i18n/lang.js";
import { makeChalk } from "../report/style.js";
import { getExercise } from "../context/catalogue.js";
import type { GlobalOptions } from "../options.js";
import { warnOnStderr } from "./warn.js";
import { findWorkspace } from "../workspace/find.js";
import { hintText } from "../workspace/hint-view.js";

export async function runHint(name: string | undefined, n: string | undefined, options: GlobalOptions & { all?: boolean }, lang: Lang): Promise<number> {
  // Inside a workspace hints are progressive and the exercise may be omitted.
  const ws = findWorkspace();
  if (ws || name === undefined) return (await import("./hint-progressive.js")).runProgressiveHint(ws, name, n, options, lang);
  const { spec } = await getExercise(options, name, lang, warnOnStderr);
  process.stdout.write(hintText(spec, { n, all: options.all === true }, lang, makeChalk()));
  return 0;
}
