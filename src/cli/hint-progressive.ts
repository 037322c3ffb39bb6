// `pytutor hint [exercise] [n]` inside a workspace: each call shows the next
// hint not seen yet and remembers it; once all were seen, shows them all again.
import { type Lang } from "../i18n/lang.js";
import { makeChalk } from "../report/style.js";
import type { Workspace } from "../workspace/find.js";
import { loadExercises } from "../context/catalogue.js";
import { takeHint } from "../workspace/hints.js";
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
  const { spec } = exercise;
  const total = spec.hints.length;
  const exercises = await loadExercises(options);
  const result = await takeHint(ws, exercise, exercises, { n, all: options.all === true }, lang);
  const c = makeChalk();
  const es = lang === "es";
  const label = (i: number) => c.cyan(`${es ? "Pista" : "Hint"} ${i} ${es ? "de" : "of"} ${total}:`);
  const out: string[] = [];
  if (result.mode === "one") {
    out.push(`${label(result.index)} ${spec.hints[result.index - 1]?.[lang] ?? ""}`);
    if (result.index < total) {
      // `pytutor hint` alone gives the next unseen one; name it when that is not index + 1.
      const command = result.used === result.index ? `pytutor hint ${spec.id}` : `pytutor hint ${spec.id} ${result.index + 1}`;
      const how = from === "watch" ? (es ? "pulsa h otra vez." : "press h again.") : `\`${command}\``;
      out.push(c.dim(es ? `La siguiente, más concreta: ${how}` : `The next, more explicit: ${how}`));
    } else {
      out.push(c.dim(es ? "Es la última pista." : "That is the last hint."));
    }
  } else {
    if (result.mode === "again") {
      out.push(
        c.dim(
          es
            ? `Ya viste las ${total} pistas de ${spec.id}; aquí están todas otra vez. Si sigues atascado, vuelve al enunciado: \`pytutor show ${spec.id}\`.`
            : `You have seen all ${total} hints of ${spec.id}; here they all are again. If you are still stuck, go back to the statement: \`pytutor show ${spec.id}\`.`,
        ),
      );
    }
    spec.hints.forEach((h, i) => out.push(`${label(i + 1)} ${h[lang]}`));
  }
  process.stdout.write(`${out.join("\n")}\n`);
  return EXIT.ok;
}
