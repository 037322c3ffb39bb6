// The words of what the watch session tells the learner (its notes), in their language.
import type { ChalkInstance } from "chalk";
import type { Lang } from "../i18n/lang.js";
import type { Exercise } from "../catalog/exercise.js";
import type { Note } from "./session.js";

export type NoteContext = {
  lang: Lang;
  c: ChalkInstance;
  exercise: (id: string) => Exercise;
  // An exercise's file as the learner would type it.
  shownFile: (id: string) => string;
  // The folder of an exercise's file, likewise.
  shownDir: (id: string) => string;
  executable: string;
  // Whether keys work (stdin and stdout are a terminal).
  keys: boolean;
  total: number;
};

export function noteLines(note: Note, x: NoteContext): string[] {
  const { c } = x;
  const es = x.lang === "es";
  switch (note.kind) {
    case "announce": {
      const { spec } = x.exercise(note.exercise);
      return [`${c.bold(es ? "Vigilando" : "Watching")} ${c.bold(x.shownFile(note.exercise))} ${c.dim("·")} ${spec.id} ${c.dim(`(${spec.alias})`)} · ${spec.title[x.lang]}`];
    }
    case "how-to":
      return [
        c.dim(
          x.keys
            ? es
              ? "Lo compruebo cada vez que lo guardes. Teclas: h pista · l progreso · r comprobar ya · q salir"
              : "It is checked every time you save it. Keys: h hint · l progress · r check now · q quit"
            : es
              ? "Lo compruebo cada vez que lo guardes. Para salir, Ctrl-C."
              : "It is checked every time you save it. To stop, Ctrl-C.",
        ),
      ];
    case "missing":
      return [
        `${c.yellow("!")} ${
          es
            ? `${x.shownFile(note.exercise)} ya no está; lo compruebo en cuanto vuelva a aparecer (\`pytutor reset ${note.exercise}\` pone la plantilla).`
            : `${x.shownFile(note.exercise)} is gone; it is checked as soon as it is back (\`pytutor reset ${note.exercise}\` puts the template there).`
        }`,
      ];
    case "still-template": {
      const file = x.shownFile(note.exercise);
      return [
        c.dim(
          es
            ? `${file} es todavía la plantilla: escribe tu solución y guárdala; la compruebo cada vez que guardes.`
            : `${file} is still the template: write your solution and save it; it is checked every time you save.`,
        ),
      ];
    }
    case "already-passed":
      return [c.dim(es ? `Ya lo tenías superado; sigo vigilando ${x.shownFile(note.exercise)}.` : `You had already passed it; still watching ${x.shownFile(note.exercise)}.`)];
    case "well-done":
      return [`${c.green(es ? `¡Bien! ${note.exercise} superado y anotado.` : `Well done! ${note.exercise} passed and recorded.`)} ${c.dim(note.progress)}`];
    case "all-done":
      return [
        es
          ? `${c.green("¡Enhorabuena!")} Has superado ${x.total === 1 ? "el ejercicio" : `los ${x.total} ejercicios`}. Compara tus soluciones con las de referencia: \`pytutor solution <ejercicio>\`.`
          : `${c.green("Congratulations!")} You have passed ${x.total === 1 ? "the exercise" : `all ${x.total} exercises`}. Compare your solutions with the reference ones: \`pytutor solution <exercise>\`.`,
      ];
    case "next": {
      const { spec } = x.exercise(note.exercise);
      return [
        "",
        `${c.bold(es ? "Siguiente:" : "Next:")} ${spec.id} ${c.dim(`(${spec.alias})`)} · ${spec.title[x.lang]}`,
        c.dim(es ? `  El enunciado: \`pytutor show ${spec.id}\`.` : `  The statement: \`pytutor show ${spec.id}\`.`),
      ];
    }
    case "cannot-watch":
      return [`${c.yellow("!")} ${es ? `no puedo seguir vigilando ${x.shownDir(note.exercise)}: ${note.message}` : `cannot keep watching ${x.shownDir(note.exercise)}: ${note.message}`}`];
    case "python-too-old":
      return [
        es
          ? `${x.executable} es Python ${note.version}; pytutor necesita CPython 3.8 o más nuevo.`
          : `${x.executable} is Python ${note.version}; pytutor needs CPython 3.8 or newer.`,
      ];
  }
}

// The lines the session says outside its notes: a running case's heading,
// an internal error while checking, and leaving.
export const watchTexts = {
  caseHeading: (info: { index: number; total: number; title: { es: string; en: string } }, lang: Lang) =>
    lang === "es" ? `── caso ${info.index + 1} de ${info.total}: ${info.title.es} ──` : `── case ${info.index + 1} of ${info.total}: ${info.title.en} ──`,
  internalError: (message: string, lang: Lang) =>
    lang === "es" ? `error interno al comprobar (sigo vigilando): ${message}` : `internal error while checking (still watching): ${message}`,
  stopped: (lang: Lang) => (lang === "es" ? "Dejo de vigilar." : "Stopped watching."),
};
