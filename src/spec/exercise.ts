// A loaded exercise, and finding one by id, alias or number.
import type { Spec } from "./schema.js";

export type Exercise = { spec: Spec; dir: string; specFile: string };

export function findExercise(exercises: Exercise[], name: string): Exercise | undefined {
  const key = name.trim().toLowerCase();
  return exercises.find((e) => e.spec.id === key || e.spec.alias === key || String(e.spec.order) === key);
}
