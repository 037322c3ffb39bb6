// The words of `pytutor hint`: one hint or all of them, and which to ask for
// next. Inside a workspace hints are progressive (src/workspace/hints.ts
// decides which one is shown); outside, the learner names one by its number.
import type { ChalkInstance } from "chalk";
import { both, type Lang } from "../i18n/lang.js";
import type { Spec } from "../catalog/schema.js";
import { PytutorError } from "../errors.js";
import type { Shown } from "./hints.js";

const label = (i: number, total: number, lang: Lang, c: ChalkInstance) => c.cyan(`${lang === "es" ? "Pista" : "Hint"} ${i} ${lang === "es" ? "de" : "of"} ${total}:`);

// Inside a workspace: what takeHint chose to show. Inside `watch` the next hint is a key away.
export function progressiveHintText(spec: Spec, shown: Shown, lang: Lang, c: ChalkInstance, from: "command" | "watch"): string {
  const es = lang === "es";
  const total = spec.hints.length;
  const out: string[] = [];
  if (shown.mode === "one") {
    out.push(`${label(shown.index, total, lang, c)} ${spec.hints[shown.index - 1]?.[lang] ?? ""}`);
    if (shown.index < total) {
      // `pytutor hint` alone gives the next unseen one; name it when that is not index + 1.
      const command = shown.used === shown.index ? `pytutor hint ${spec.id}` : `pytutor hint ${spec.id} ${shown.index + 1}`;
      const how = from === "watch" ? (es ? "pulsa h otra vez." : "press h again.") : `\`${command}\``;
      out.push(c.dim(es ? `La siguiente, más concreta: ${how}` : `The next, more explicit: ${how}`));
    } else {
      out.push(c.dim(es ? "Es la última pista." : "That is the last hint."));
    }
  } else {
    if (shown.mode === "again") {
      out.push(
        c.dim(
          es
            ? `Ya viste las ${total} pistas de ${spec.id}; aquí están todas otra vez. Si sigues atascado, vuelve al enunciado: \`pytutor show ${spec.id}\`.`
            : `You have seen all ${total} hints of ${spec.id}; here they all are again. If you are still stuck, go back to the statement: \`pytutor show ${spec.id}\`.`,
        ),
      );
    }
    spec.hints.forEach((h, i) => out.push(`${label(i + 1, total, lang, c)} ${h[lang]}`));
  }
  return `${out.join("\n")}\n`;
}

// Outside a workspace: hint n (the first by default) and how to get the next, or all of them.
export function hintText(spec: Spec, ask: { n: string | undefined; all: boolean }, lang: Lang, c: ChalkInstance): string {
  const total = spec.hints.length;
  if (ask.all) return spec.hints.map((h, i) => `${label(i + 1, total, lang, c)} ${h[lang]}\n`).join("");
  const index = ask.n === undefined ? 1 : Number(ask.n);
  if (!Number.isInteger(index) || index < 1 || index > total) {
    throw new PytutorError(both(`«${ask.n}» no es una pista de ${spec.id}: hay de la 1 a la ${total}.`, `«${ask.n}» is not a hint of ${spec.id}: there are 1 to ${total}.`));
  }
  const next = index < total ? c.dim(lang === "es" ? `La siguiente, más concreta: \`pytutor hint ${spec.id} ${index + 1}\`\n` : `The next, more explicit: \`pytutor hint ${spec.id} ${index + 1}\`\n`) : "";
  return `${label(index, total, lang, c)} ${spec.hints[index - 1]?.[lang] ?? ""}\n${next}`;
}
