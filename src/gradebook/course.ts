// The course a batch is graded under: its file, its catalogue, the assignment named.
import type { Lang } from "../i18n/lang.js";
import type { Exercise } from "../catalog/exercise.js";
import { loadExercises } from "../context/catalogue.js";
import { PytutorError } from "../errors.js";
import type { GlobalOptions } from "../options.js";
import type { Warn } from "../context/catalogue.js";

export type CourseOptions = GlobalOptions & { course?: string; assignment?: string };
import { CourseError, findCourseFile, loadCourse, type Course } from "../course/load.js";
import { checkCourse, resolveAssignment, type Assignment } from "../course/assignment.js";
import { mergeCatalogues } from "../course/catalogue.js";

// The course file (--course, or curso.yaml / course.yaml next to the graded
// folder or in the working folder), the catalogue it grades with, and the
// assignment --assignment names. Every problem is a PytutorError (exit 2).
export async function courseAndCatalogue(source: string, options: CourseOptions, lang: Lang, warn: Warn): Promise<{ course?: Course; catalogue: Exercise[]; assignment?: Assignment }> {
  try {
    const file = options.course ?? findCourseFile(source);
    const course = file === undefined ? undefined : loadCourse(file);
    if (course && options.course === undefined) {
      warn(lang === "es" ? `uso el archivo del curso ${course.file} («${course.title}»).` : `using the course file ${course.file} («${course.title}»).`);
    }
    // Validated from the files themselves, never from the cache. A course
    // file's folder of exercises adds to what --exercises gives.
    const lists = [await loadExercises(options, true)];
    if (course?.exercisesDir) lists.push(await loadExercises({ ...options, exercises: course.exercisesDir }, true));
    const catalogue = lists.length > 1 ? mergeCatalogues(lists) : (lists[0] as Exercise[]);
    if (course) checkCourse(course, catalogue);
    const assignment = options.assignment === undefined ? undefined : resolveAssignment(options.assignment, course, catalogue);
    return { ...(course ? { course } : {}), catalogue, ...(assignment ? { assignment } : {}) };
  } catch (error) {
    if (error instanceof CourseError) throw new PytutorError(error.text, "bad-input", error.details);
    throw error;
  }
}
