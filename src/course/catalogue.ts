// A course's exercises come from several folders (the catalogue `--exercises`
// gives, and the course file's own folder): one catalogue, where an exercise
// loaded twice (the same spec file) counts once, in the order first seen, and
// two different exercises may not share an id, an alias or a learner's file name.
import { realpathSync } from "node:fs";
import { both } from "../i18n/lang.js";
import type { Exercise } from "../catalog/exercise.js";
import { CourseError } from "./load.js";

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

export function mergeCatalogues(lists: Exercise[][]): Exercise[] {
  const merged: Exercise[] = [];
  const files = new Set<string>();
  const names = new Map<string, Exercise>();
  const clashes: Array<{ es: string; en: string }> = [];
  const slot = (kind: string, key: string) => `${kind === "file" ? "file" : "name"}:${key}`;
  for (const exercise of lists.flat()) {
    const file = real(exercise.specFile);
    if (files.has(file)) continue;
    files.add(file);
    const keys = [
      ["id", exercise.spec.id],
      ["alias", exercise.spec.alias],
      ["file", exercise.spec.file],
    ] as const;
    const clash = keys.map(([kind, key]) => ({ kind, key, other: names.get(slot(kind, key)) })).find((k) => k.other);
    if (clash?.other) {
      clashes.push(
        both(
          `«${clash.key}» (${clash.kind === "file" ? "archivo" : clash.kind}) está en ${clash.other.specFile} y en ${exercise.specFile}`,
          `«${clash.key}» (${clash.kind}) is in ${clash.other.specFile} and in ${exercise.specFile}`,
        ),
      );
      continue;
    }
    for (const [kind, key] of keys) names.set(slot(kind, key), exercise);
    merged.push(exercise);
  }
  if (clashes.length > 0) {
    throw new CourseError(
      both(
        "hay ejercicios con el mismo nombre en dos carpetas; cambia el id, el alias o el archivo de uno:",
        "there are exercises with the same name in two folders; change the id, alias or file of one:",
      ),
      clashes,
    );
  }
  return merged;
}
