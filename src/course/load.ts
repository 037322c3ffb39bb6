// Reading a course file: YAML, then the schema, every problem with its file,
// field and line. Never throws anything but a CourseError.
import { yamlErrorText } from "../catalog/yaml-errors.js";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { LineCounter, parseDocument, isNode, type Document } from "yaml";
import { z } from "zod";
import { both, type Text } from "../i18n/lang.js";
import { formatIssue, type SpecIssue } from "../catalog/format-issue.js";
import { COURSE_FILES, CourseFileSchema, SPELLINGS, type CourseFile } from "./schema.js";

export type CourseAssignment = {
  name: string;
  // As written: ids, aliases or numbers, in column order.
  refs: string[];
  // This assignment's own weights (they override the course's).
  weights: Record<string, number>;
  // Where its exercise list and its weights are, for messages.
  path: Array<string | number>;
  weightsPath: Array<string | number>;
};

export type Course = {
  file: string;
  title: string;
  // The teacher's exercises folder, absolute.
  exercisesDir?: string;
  weights: Record<string, number>;
  assignments: CourseAssignment[];
  // The YAML line of a field, for messages about it.
  lineOf: (path: Array<string | number>) => number | undefined;
  // The field names as this file spells them (Spanish or English).
  fieldOf: (english: string) => string;
};

// A problem with the course file (or with what it names): the message, and one
// line per problem with its file, line and field.
export class CourseError extends Error {
  constructor(
    readonly text: Text,
    readonly details: Text[] = [],
  ) {
    super(text.en);
    this.name = "CourseError";
  }
}

const SEPARATOR = "␟";
const spanish = z.locales.es().localeError;

export function courseProblems(file: string, issues: SpecIssue[]): CourseError {
  return new CourseError(
    both(
      `${issues.length === 1 ? "hay un problema" : `hay ${issues.length} problemas`} en el archivo del curso ${file} (\`pytutor schema --course\` da el formato):`,
      `${issues.length === 1 ? "one problem" : `${issues.length} problems`} in the course file ${file} (\`pytutor schema --course\` gives the format):`,
    ),
    issues.map((issue) => ({ es: formatIssue(issue, "es"), en: formatIssue(issue, "en") })),
  );
}

function pathText(path: ReadonlyArray<string | number>): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

function lineIn(doc: Document, counter: LineCounter, path: ReadonlyArray<string | number>): number | undefined {
  for (let len = path.length; len >= 0; len--) {
    const node = len === 0 ? doc.contents : doc.getIn(path.slice(0, len), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

function schemaIssues(raw: unknown): Array<{ path: Array<string | number>; message: Text }> {
  const en = CourseFileSchema.safeParse(raw);
  if (en.success) return [];
  const es = CourseFileSchema.safeParse(raw, { error: spanish });
  const esIssues = es.success ? [] : es.error.issues;
  return en.error.issues.flatMap((issue, i) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: [...path, key], message: both(`campo desconocido: ${key}`, `unknown field: ${key}`) }));
    }
    if (issue.code === "invalid_union") {
      return [{ path, message: both("una tarea es una lista de ejercicios o un mapa con exercises (o ejercicios) y, si quieres, weights (o pesos)", "an assignment is a list of exercises or a map with exercises (or ejercicios) and, optionally, weights (or pesos)") }];
    }
    // A record's key that fails its own rule: that rule's message.
    const inner = issue.code === "invalid_key" ? issue.issues.find((i) => i.message.includes(SEPARATOR)) : undefined;
    const message = inner?.message ?? issue.message;
    if (message.includes(SEPARATOR)) {
      const [a = "", b = ""] = message.split(SEPARATOR);
      return [{ path, message: both(a, b) }];
    }
    return [{ path, message: both(esIssues[i]?.message ?? issue.message, issue.message) }];
  });
}

// Both spellings of one field at once is a mistake: which one would count?
function spellingIssues(data: Record<string, unknown>, at: Array<string | number>, pairs: ReadonlyArray<readonly [string, string]>): Array<{ path: Array<string | number>; message: Text }> {
  return pairs
    .filter(([en, es]) => data[en] !== undefined && data[es] !== undefined)
    .map(([en, es]) => ({ path: [...at, es], message: both(`usa ${en} o ${es}, no los dos`, `use ${en} or ${es}, not both`) }));
}

// Parses and validates a course file.
export function loadCourse(file: string): Course {
  const path = resolve(file);
  const fail = (message: Text, line?: number) => courseProblems(file, [{ file, path: "", ...(line ? { line } : {}), message }]);
  let source: string;
  try {
    if (statSync(path).isDirectory()) throw fail(both("es una carpeta, no un archivo YAML", "is a folder, not a YAML file"));
    source = readFileSync(path, "utf8");
  } catch (error) {
    if (error instanceof CourseError) throw error;
    const why = (error as NodeJS.ErrnoException).code === "ENOENT" ? both("no existe", "does not exist") : both(`no se puede leer: ${(error as Error).message}`, `cannot be read: ${(error as Error).message}`);
    throw fail(why);
  }
  const counter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  } catch {
    throw fail(both("YAML inválido: demasiado anidado", "invalid YAML: nested too deeply"), 1);
  }
  if (doc.errors.length > 0) {
    throw courseProblems(
      file,
      doc.errors.map((e) => {
        const why = yamlErrorText(e);
        return { file, path: "", line: counter.linePos(e.pos[0]).line, message: both(`YAML inválido: ${why.es}`, `invalid YAML: ${why.en}`) };
      }),
    );
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    const why = (error as Error).message;
    throw fail(both(`YAML inválido: ${why}`, `invalid YAML: ${why}`), 1);
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw fail(both("el archivo debe ser un mapa YAML (title: …, assignments: …)", "the file must be a YAML mapping (title: …, assignments: …)"), 1);
  }
  const data = raw as Record<string, unknown>;
  const problems = [...schemaIssues(raw), ...spellingIssues(data, [], SPELLINGS)];
  if (data.title === undefined && data.titulo === undefined) problems.push({ path: [], message: both("falta el título del curso (titulo: …)", "the course's title is missing (title: …)") });
  const assignmentsKey = data.tareas !== undefined ? "tareas" : "assignments";
  const rawAssignments = data[assignmentsKey];
  if (rawAssignments && typeof rawAssignments === "object" && !Array.isArray(rawAssignments)) {
    for (const [name, value] of Object.entries(rawAssignments)) {
      if (value && typeof value === "object" && !Array.isArray(value)) {
        const entry = value as Record<string, unknown>;
        problems.push(...spellingIssues(entry, [assignmentsKey, name], [["exercises", "ejercicios"], ["weights", "pesos"]]));
        if (entry.exercises === undefined && entry.ejercicios === undefined) {
          problems.push({ path: [assignmentsKey, name], message: both("la tarea no dice sus ejercicios (ejercicios: […])", "the assignment does not list its exercises (exercises: […])") });
        }
      }
    }
  }
  if (problems.length > 0) {
    const seen = new Set<string>();
    throw courseProblems(
      file,
      problems
        .filter((p) => {
          const key = `${pathText(p.path)}|${p.message.en}`;
          return seen.has(key) ? false : (seen.add(key), true);
        })
        .map((p) => ({ file, path: pathText(p.path), line: lineIn(doc, counter, p.path), message: p.message }))
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    );
  }
  const course = normalise(CourseFileSchema.parse(raw), path, file, (p) => lineIn(doc, counter, p), data);
  if (course.exercisesDir !== undefined && !isDirectory(course.exercisesDir)) {
    const field = course.fieldOf("exercises");
    throw courseProblems(file, [
      {
        file,
        path: field,
        line: lineIn(doc, counter, [field]),
        message: both(`no existe la carpeta de ejercicios ${course.exercisesDir} (se busca junto al archivo del curso)`, `there is no exercises folder ${course.exercisesDir} (it is looked for beside the course file)`),
      },
    ]);
  }
  return course;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function normalise(parsed: CourseFile, path: string, file: string, lineOf: Course["lineOf"], data: Record<string, unknown>): Course {
  const folder = parsed.exercises ?? parsed.ejercicios;
  const assignmentsKey = parsed.tareas !== undefined ? "tareas" : "assignments";
  const assignments = Object.entries(parsed.assignments ?? parsed.tareas ?? {}).map(([name, value]): CourseAssignment => {
    if (Array.isArray(value)) return { name: name.trim(), refs: value, weights: {}, path: [assignmentsKey, name], weightsPath: [assignmentsKey, name] };
    const listKey = value.ejercicios !== undefined ? "ejercicios" : "exercises";
    const weightsKey = value.pesos !== undefined ? "pesos" : "weights";
    return {
      name: name.trim(),
      refs: value.exercises ?? value.ejercicios ?? [],
      weights: value.weights ?? value.pesos ?? {},
      path: [assignmentsKey, name, listKey],
      weightsPath: [assignmentsKey, name, weightsKey],
    };
  });
  const spelled = new Map(SPELLINGS.map(([en, es]) => [en, data[es] !== undefined ? es : en]));
  return {
    file,
    title: (parsed.title ?? parsed.titulo ?? "").trim(),
    ...(folder ? { exercisesDir: resolve(dirname(path), folder) } : {}),
    weights: parsed.weights ?? parsed.pesos ?? {},
    assignments,
    lineOf,
    fieldOf: (english) => spelled.get(english) ?? english,
  };
}

// The course file next to the graded folder (in its parent) or in the working
// folder: curso.yaml or course.yaml. Never inside the graded folder, which
// holds the students' files.
export function findCourseFile(gradedFolder: string, cwd: string = process.cwd()): string | undefined {
  const places = [...new Set([dirname(resolve(gradedFolder)), resolve(cwd)])];
  for (const place of places) {
    const found = COURSE_FILES.map((name) => join(place, name)).filter((candidate) => existsSync(candidate));
    if (found.length > 1) {
      throw new CourseError(
        both(
          `hay dos archivos de curso en ${place} (${COURSE_FILES.join(" y ")}); deja uno o elige con --course ARCHIVO.`,
          `there are two course files in ${place} (${COURSE_FILES.join(" and ")}); keep one or choose with --course FILE.`,
        ),
      );
    }
    if (found[0]) {
      // Shown as the teacher would type it: relative when it is below the working folder.
      const near = relative(resolve(cwd), found[0]);
      return near.startsWith("..") || isAbsolute(near) ? found[0] : near;
    }
  }
  return undefined;
}
