// Which exercises an assignment has, and how much each weighs: from the course
// file (`--assignment NAME`) or from a list of ids (`--assignment ID,ID…`).
import { both, type Text } from "../i18n/lang.js";
import { findExercise, type Exercise } from "../catalog/exercise.js";
import type { SpecIssue } from "../catalog/format-issue.js";
import { CourseError, courseProblems, type Course } from "./load.js";

export type AssignedExercise = { exercise: Exercise; weight: number };

export type Assignment = {
  // The course file's name for it, or the ids as given.
  name: string;
  // Named in the course file (rather than a list of ids on the command line).
  fromCourse: boolean;
  exercises: AssignedExercise[];
};

type Problem = { path: Array<string | number>; message: Text };

function unknownExercise(ref: string): Text {
  return both(`no existe el ejercicio «${ref}» (\`pytutor list\` da los que hay)`, `there is no exercise «${ref}» (\`pytutor list\` gives those there are)`);
}

// Course weights by exercise id (the file may name an exercise by its alias or number).
function courseWeights(course: Course, catalogue: Exercise[], problems: Problem[]): Map<string, number> {
  const weights = new Map<string, number>();
  const key = course.fieldOf("weights");
  for (const [ref, weight] of Object.entries(course.weights)) {
    const exercise = findExercise(catalogue, ref);
    if (!exercise) problems.push({ path: [key, ref], message: unknownExercise(ref) });
    else weights.set(exercise.spec.id, weight);
  }
  return weights;
}

function fromCourse(course: Course, index: number, catalogue: Exercise[], defaults: Map<string, number>, problems: Problem[]): Assignment {
  const entry = course.assignments[index] as Course["assignments"][number];
  const exercises: AssignedExercise[] = [];
  entry.refs.forEach((ref, i) => {
    const exercise = findExercise(catalogue, ref);
    if (!exercise) problems.push({ path: [...entry.path, i], message: unknownExercise(ref) });
    else if (exercises.some((e) => e.exercise === exercise)) {
      problems.push({ path: [...entry.path, i], message: both(`${exercise.spec.id} está dos veces en la tarea «${entry.name}»`, `${exercise.spec.id} is twice in the assignment «${entry.name}»`) });
    } else exercises.push({ exercise, weight: defaults.get(exercise.spec.id) ?? 1 });
  });
  const weightsPath = entry.weightsPath;
  for (const [ref, weight] of Object.entries(entry.weights)) {
    const exercise = findExercise(catalogue, ref);
    const own = exercises.find((e) => e.exercise === exercise);
    if (!exercise) problems.push({ path: [...weightsPath, ref], message: unknownExercise(ref) });
    else if (!own) {
      problems.push({ path: [...weightsPath, ref], message: both(`${exercise.spec.id} tiene peso pero no está en la tarea «${entry.name}»`, `${exercise.spec.id} has a weight but is not in the assignment «${entry.name}»`) });
    } else own.weight = weight;
  }
  if (exercises.length > 0 && exercises.every((e) => e.weight === 0)) {
    problems.push({ path: entry.path.slice(0, 2), message: both(`todos los ejercicios de la tarea «${entry.name}» pesan 0: no habría nota`, `every exercise of the assignment «${entry.name}» weighs 0: there would be no grade`) });
  }
  return { name: entry.name, fromCourse: true, exercises };
}

function toIssues(course: Course, problems: Problem[]): SpecIssue[] {
  return problems.map((p) => {
    const line = course.lineOf(p.path);
    const path = p.path.map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? k : `.${k}`)).join("");
    return { file: course.file, path, ...(line ? { line } : {}), message: p.message };
  });
}

// The course file's own weights, by exercise (for a batch without an
// assignment: its columns are what was sent, each weighed as the course says).
export function courseWeightsOf(course: Course, catalogue: Exercise[]): Map<Exercise, number> {
  const out = new Map<Exercise, number>();
  for (const [ref, weight] of Object.entries(course.weights)) {
    const exercise = findExercise(catalogue, ref);
    if (exercise) out.set(exercise, weight);
  }
  return out;
}

// Every exercise the course file names exists, every assignment is sound:
// a typo in an assignment nobody grades today still fails now, not in June.
export function checkCourse(course: Course, catalogue: Exercise[]): Assignment[] {
  const problems: Problem[] = [];
  const defaults = courseWeights(course, catalogue, problems);
  const assignments = course.assignments.map((_, i) => fromCourse(course, i, catalogue, defaults, problems));
  if (problems.length > 0) throw courseProblems(course.file, toIssues(course, problems));
  return assignments;
}

// `--assignment`: a name from the course file first, otherwise exercise ids
// separated by commas (weighing what the course file says, or 1).
export function resolveAssignment(value: string, course: Course | undefined, catalogue: Exercise[]): Assignment {
  const wanted = value.trim();
  const assignments = course ? checkCourse(course, catalogue) : [];
  const named = assignments.find((a) => a.name === wanted) ?? assignments.find((a) => a.name.toLowerCase() === wanted.toLowerCase());
  if (named) return named;
  const refs = wanted.split(",").map((r) => r.trim());
  if (wanted === "" || refs.some((r) => r === "")) {
    throw new CourseError(both(`--assignment necesita el nombre de una tarea o ejercicios separados por comas (ejercicio1,ejercicio3), no «${value}».`, `--assignment needs an assignment's name or exercises separated by commas (ejercicio1,ejercicio3), not «${value}».`));
  }
  const unknown = refs.filter((r) => !findExercise(catalogue, r));
  if (unknown.length > 0) {
    const names = assignments.map((a) => a.name);
    const known = course
      ? names.length > 0
        ? both(`Las tareas de ${course.file}: ${names.join(", ")}.`, `The assignments in ${course.file}: ${names.join(", ")}.`)
        : both(`${course.file} no define tareas.`, `${course.file} defines no assignments.`)
      : both("Sin archivo de curso (--course), --assignment solo puede ser una lista de ejercicios.", "Without a course file (--course), --assignment can only be a list of exercises.");
    const lone = refs.length === 1;
    throw new CourseError(
      lone
        ? both(`no hay ninguna tarea ni ejercicio «${wanted}». ${known.es} Los ejercicios: \`pytutor list\`.`, `there is no assignment or exercise «${wanted}». ${known.en} The exercises: \`pytutor list\`.`)
        : both(`no existe${unknown.length === 1 ? " el ejercicio" : "n los ejercicios"} ${unknown.map((u) => `«${u}»`).join(", ")} de --assignment. Los que hay: \`pytutor list\`.`, `--assignment names ${unknown.length === 1 ? "an exercise that does" : "exercises that do"} not exist: ${unknown.map((u) => `«${u}»`).join(", ")}. Those there are: \`pytutor list\`.`),
    );
  }
  const problems: Problem[] = [];
  const defaults = course ? courseWeights(course, catalogue, problems) : new Map<string, number>();
  const exercises: AssignedExercise[] = [];
  for (const ref of refs) {
    const exercise = findExercise(catalogue, ref) as Exercise;
    if (exercises.some((e) => e.exercise === exercise)) {
      throw new CourseError(both(`${exercise.spec.id} está dos veces en --assignment.`, `${exercise.spec.id} is twice in --assignment.`));
    }
    exercises.push({ exercise, weight: defaults.get(exercise.spec.id) ?? 1 });
  }
  if (exercises.every((e) => e.weight === 0)) {
    throw new CourseError(both("todos los ejercicios de --assignment pesan 0 en el archivo del curso: no habría nota.", "every exercise of --assignment weighs 0 in the course file: there would be no grade."));
  }
  return { name: exercises.map((e) => e.exercise.spec.id).join(","), fromCourse: false, exercises };
}
