// A loaded exercise, and finding one by id, alias or number.
import type { Spec } from "./schema.js";

// Languages an exercise's texts had to borrow from the other one: `whole` when
// its title and statement are not written in it, `part` when only some texts.
export type Untranslated = Partial<Record<"es" | "en", "whole" | "part">>;

export type Exercise = { spec: Spec; dir: string; specFile: string; untranslated?: Untranslated };

export function findExercise(exercises: Exercise[], name: string): Exercise | undefined {
  return exercises.find((e) => isNamed(e.spec, name));
}

// Whether `name` means this exercise: its id, alias or number, in any case.
export function isNamed(spec: { id: string; alias: string; order: number }, name: string): boolean {
  const key = name.trim().toLowerCase();
  return spec.id === key || spec.alias === key || String(spec.order) === key;
}
