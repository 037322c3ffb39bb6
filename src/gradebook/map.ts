// `grade --map file=exercise`: which exercise a course's file name is graded as.
import { both } from "../i18n/lang.js";
import type { Exercise } from "../catalog/exercise.js";
import { findExercise } from "../catalog/exercise.js";
import { PytutorError } from "../errors.js";

export function parseMap(entries: string[], catalogue: Exercise[]): Map<string, Exercise> {
  const map = new Map<string, Exercise>();
  for (const entry of entries) {
    const at = entry.lastIndexOf("=");
    const name = entry.slice(0, at).trim();
    const exercise = at > 0 ? findExercise(catalogue, entry.slice(at + 1).trim()) : undefined;
    if (!name || !exercise) {
      throw new PytutorError(both(`--map necesita «archivo=ejercicio» con un ejercicio que exista (p. ej. tarea3.py=ejercicio3), no «${entry}».`, `--map needs «file=exercise» naming an existing exercise (e.g. tarea3.py=ejercicio3), not «${entry}».`));
    }
    map.set(name, exercise);
  }
  return map;
}
