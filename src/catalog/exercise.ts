// A loaded exercise, and finding one by id, alias or number.
import type { Spec } from "./schema.js";

// Languages an exercise's texts had to borrow from the other one: `whole` when
// its title and statement are not written in it, `part` when only some texts.
export type Untranslated = Partial<Record<"es" | "en", "whole" | "part">>;

export type Exercise = { spec: Spec; dir: string; specFile: string; untranslated?: Untranslated };

export function findExercise(exercises: Exercise[], name: string): Exercise | undefined {
  const key = name.trim().toLowerCase();
  return exercises.find((e) => e.spec.id === key || e.spec.alias === key || String(e.spec.order) === key);
}
