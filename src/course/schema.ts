// The course file (curso.yaml or course.yaml): the course's title, the
// teacher's exercises folder, each exercise's weight, and the assignments.
// Every key has a Spanish and an English spelling; one of them at a time.
import { z } from "zod";

export const COURSE_FILES = ["curso.yaml", "course.yaml"] as const;

const name = z.string().trim().min(1);
const exerciseRef = z
  .union([name, z.number().int().positive().transform(String)])
  .describe("An exercise's id, alias or number (ejercicio3, referencias-alias, 3).");
const weight = z
  .number()
  .min(0, "un peso no puede ser negativo␟a weight cannot be negative")
  .max(1000, "un peso no puede pasar de 1000␟a weight cannot exceed 1000")
  .describe("How much the exercise counts in the total (default 1).");
const weights = z.record(name.describe("An exercise's id, alias or number."), weight).describe("Exercise → weight; an exercise not listed weighs 1.");
const exerciseList = z.array(exerciseRef).min(1, "una tarea necesita al menos un ejercicio␟an assignment needs at least one exercise");

const AssignmentObject = z
  .object({
    exercises: exerciseList.optional().describe("The assignment's exercises, in the gradebook's column order."),
    ejercicios: exerciseList.optional().describe("Spanish spelling of `exercises`."),
    weights: weights.optional().describe("Weights for this assignment; they override the course's."),
    pesos: weights.optional().describe("Spanish spelling of `weights`."),
  })
  .strict();

const AssignmentSchema = z
  .union([exerciseList, AssignmentObject])
  .describe("A list of exercises, or { exercises, weights }.");

const assignmentName = name.regex(/^[^,]+$/, "el nombre de una tarea no puede llevar comas␟an assignment's name cannot contain commas");

export const CourseFileSchema = z
  .object({
    title: name.optional().describe("The course's title, shown in the reports."),
    titulo: name.optional().describe("Spanish spelling of `title`."),
    exercises: name.optional().describe("The teacher's exercises folder, relative to this file; added to the built-in ones."),
    ejercicios: name.optional().describe("Spanish spelling of `exercises`."),
    weights: weights.optional(),
    pesos: weights.optional().describe("Spanish spelling of `weights`."),
    assignments: z.record(assignmentName, AssignmentSchema).optional().describe("Assignment name → its exercises."),
    tareas: z.record(assignmentName, AssignmentSchema).optional().describe("Spanish spelling of `assignments`."),
  })
  .strict()
  .describe("A pytutor course file: curso.yaml or course.yaml.");

export type CourseFile = z.infer<typeof CourseFileSchema>;

// Pairs of spellings of one field: at most one of each pair may be given.
export const SPELLINGS: ReadonlyArray<readonly [string, string]> = [
  ["title", "titulo"],
  ["exercises", "ejercicios"],
  ["weights", "pesos"],
  ["assignments", "tareas"],
];

export function courseJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(CourseFileSchema, { io: "input", unrepresentable: "any" }), title: "pytutor course file" };
}
