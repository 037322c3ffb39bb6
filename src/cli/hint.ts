// `pytutor hint <exercise> [n]`: hints go from gentle to explicit.
import { both, type Lang } from "../i18n/lang.js";
import { makeChalk } from "../report/style.js";
import { getExercise } from "../context/catalogue.js";
import { PytutorError } from "../errors.js";
import type { GlobalOptions } from "../options.js";
import { warnOnStderr } from "./warn.js";
import { findWorkspace } from "../workspace/find.js";

export async function runHint(name: string | undefined, n: string | undefined, options: GlobalOptions & { all?: boolean }, lang: Lang): Promise<number> {
  // Inside a workspace hints are progressive and the exercise may be omitted.
  const ws = findWorkspace();
  if (ws || name === undefined) return (await import("./hint-progressive.js")).runProgressiveHint(ws, name, n, options, lang);
  const { spec } = await getExercise(options, name, lang, warnOnStderr);
  const total = spec.hints.length;
  const c = makeChalk();
  if (options.all) {
    spec.hints.forEach((h, i) => process.stdout.write(`${c.cyan(`${lang === "es" ? "Pista" : "Hint"} ${i + 1} ${lang === "es" ? "de" : "of"} ${total}:`)} ${h[lang]}\n`));
    return 0;
  }
  const index = n === undefined ? 1 : Number(n);
  if (!Number.isInteger(index) || index < 1 || index > total) {
    throw new PytutorError(both(`«${n}» no es una pista de ${spec.id}: hay de la 1 a la ${total}.`, `«${n}» is not a hint of ${spec.id}: there are 1 to ${total}.`));
  }
  const hint = spec.hints[index - 1];
  process.stdout.write(`${c.cyan(`${lang === "es" ? "Pista" : "Hint"} ${index} ${lang === "es" ? "de" : "of"} ${total}:`)} ${hint?.[lang] ?? ""}\n`);
  if (index < total) {
    process.stdout.write(
      c.dim(lang === "es" ? `La siguiente, más concreta: \`pytutor hint ${spec.id} ${index + 1}\`\n` : `The next, more explicit: \`pytutor hint ${spec.id} ${index + 1}\`\n`),
    );
  }
  return 0;
}
