// Turning a course's existing tests (GitHub Classroom, check50) into a pytutor
// exercise folder: the plan, the files, and what could not be translated.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { LineCounter, parseDocument } from "yaml";
import { both, type Lang } from "../i18n/lang.js";
import { SAFE_ID } from "../catalog/schema.js";
import { packageRoot } from "../paths.js";
import { fromAutogradingJson, fromWorkflow } from "./classroom.js";
import { fromCheck50 } from "./check50.js";
import { ImportError, type ImportPlan } from "./model.js";
import { importedNote, noteLines, NOTE_FILE, placeholderSolution, specText, starterText, statementText, type ImportTarget } from "./write.js";
import { aliasFor, checkExerciseId, DEFAULT_EXERCISES_FOLDER } from "../authoring/scaffold.js";
import { clashWith } from "../authoring/create.js";
import { PytutorError } from "../errors.js";
import type { GlobalOptions } from "../options.js";

export type ImportOptions = GlobalOptions & { out?: string; id?: string; solution?: string };

const fail = (es: string, en: string): never => {
  throw new PytutorError(both(es, en), "bad-input");
};

// The 1-based line of a character offset.
function lineAt(source: string, offset: number): number {
  return source.slice(0, Math.max(0, offset)).split("\n").length;
}

// Reads the file as whichever format it is, and translates it.
export function planFor(file: string, source: string): ImportPlan {
  const shown = basename(file);
  const trimmed = source.replace(/^\uFEFF/u, "");
  if (/\.json$/iu.test(file) || /^\s*[{[]/u.test(trimmed) && !/\.ya?ml$/iu.test(file)) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch (error) {
      const why = (error as Error).message;
      const position = /position (\d+)/u.exec(why);
      const line = /line (\d+)/u.exec(why)?.[1] ?? (position ? String(lineAt(trimmed, Number(position[1]))) : undefined);
      return fail(
        `${shown} no es JSON válido${line ? ` (línea ${line})` : ""}: ${why}`,
        `${shown} is not valid JSON${line ? ` (line ${line})` : ""}: ${why}`,
      );
    }
    return fromAutogradingJson(data);
  }
  const counter = new LineCounter();
  let data: unknown;
  try {
    const doc = parseDocument(trimmed, { lineCounter: counter, prettyErrors: false });
    const first = doc.errors[0];
    if (first) {
      const line = counter.linePos(first.pos[0]).line;
      const why = first.message.split("\n")[0] ?? "";
      return fail(`${shown} no es YAML válido (línea ${line}): ${why}`, `${shown} is not valid YAML (line ${line}): ${why}`);
    }
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    if (error instanceof PytutorError) throw error;
    return fail(`${shown} no es YAML válido: ${(error as Error).message}`, `${shown} is not valid YAML: ${(error as Error).message}`);
  }
  const map = data !== null && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  if ("check50" in map) return fromCheck50(data);
  if ("jobs" in map) return fromWorkflow(data);
  return fail(
    `no reconozco ${shown}: pytutor importa .github/classroom/autograding.json, un workflow de GitHub Classroom (autograding-io-grader) o un .cs50.yaml de check50`,
    `${shown} is not recognised: pytutor imports .github/classroom/autograding.json, a GitHub Classroom workflow (autograding-io-grader) or a check50 .cs50.yaml`,
  );
}

// An exercise id from where the file lives: the repository holding `.github`,
// or the folder of a .cs50.yaml.
export function idFromPath(file: string): string {
  const parts = resolve(file).split(sep);
  const github = parts.lastIndexOf(".github");
  const folder = github > 0 ? parts[github - 1] : basename(dirname(resolve(file)));
  const id = (folder ?? "")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/gu, "-")
    .replace(/^[-]+|-+$/gu, "")
    .slice(0, 64)
    .replace(/-+$/u, "");
  return SAFE_ID.test(id) ? id : "importado";
}

// What was imported: the exercise's id and folder, the plan it was written from,
// whether a reference solution came with it, and how to name its folder on a command line.
export type Imported = { id: string; dir: string; plan: ImportPlan; solution?: string; folderFlag: string };

// Writes the exercise the tests of `file` translate to, or says why it cannot.
export async function importExercise(file: string, options: ImportOptions, lang: Lang): Promise<Imported> {
  let source: string;
  try {
    if (statSync(file).isDirectory()) fail(`${file} es una carpeta; da el archivo (autograding.json, el workflow o .cs50.yaml).`, `${file} is a folder; give the file (autograding.json, the workflow or .cs50.yaml).`);
    source = readFileSync(file, "utf8");
  } catch (error) {
    if (error instanceof PytutorError) throw error;
    return fail(`no puedo leer ${file}: ${(error as Error).message}`, `cannot read ${file}: ${(error as Error).message}`);
  }
  let plan: ImportPlan;
  try {
    plan = planFor(file, source);
  } catch (error) {
    if (error instanceof ImportError) throw new PytutorError(both(`${basename(file)}: ${error.text.es}`, `${basename(file)}: ${error.text.en}`), "bad-input");
    throw error;
  }
  if (plan.cases.length === 0 || plan.file === undefined) {
    throw new PytutorError(
      both(`nada de ${file} se puede traducir a un ejercicio de pytutor:`, `nothing in ${file} can be translated into a pytutor exercise:`),
      "bad-input",
      plan.notes.length > 0 ? plan.notes.map((n) => both(`- ${noteLines([n], "es")[0]}`, `- ${noteLines([n], "en")[0]}`)) : [both("- no tiene pruebas", "- it has no tests")],
    );
  }
  const id = options.id ?? idFromPath(file);
  checkExerciseId(id);
  const flag = options.out !== undefined ? "--exercises" : options.onlyExercises !== undefined ? "--only-exercises" : "--exercises";
  const root = resolve(options.out ?? options.onlyExercises ?? options.exercises ?? DEFAULT_EXERCISES_FOLDER);
  const dir = join(root, id);
  if (existsSync(dir)) {
    fail(
      `ya existe ${dir}; no escribo encima. Bórrala para importar de nuevo, o elige otro nombre con --id.`,
      `${dir} already exists; it is not overwritten. Delete it to import again, or choose another name with --id.`,
    );
  }
  if (existsSync(root) && !statSync(root).isDirectory()) fail(`${root} no es una carpeta.`, `${root} is not a folder.`);
  const alias = aliasFor(id);
  const clash = await clashWith(root, flag === "--exercises", id, alias, plan.file);
  if (clash !== undefined) {
    fail(
      `el nombre o el archivo ya lo usa otro ejercicio (${clash}); elige otro nombre con --id, o impórtalo en otra carpeta con --out.`,
      `the name or the file is already used by another exercise (${clash}); choose another name with --id, or import it into another folder with --out.`,
    );
  }
  let solution: string | undefined;
  if (options.solution !== undefined) {
    try {
      solution = readFileSync(options.solution, "utf8");
    } catch (error) {
      fail(`no puedo leer la solución ${options.solution}: ${(error as Error).message}`, `cannot read the solution ${options.solution}: ${(error as Error).message}`);
    }
  }
  const { loadCatalog } = await import("../catalog/load.js");
  const order = existsSync(root) ? Math.max(0, ...loadCatalog(root).exercises.map((e) => e.spec.order)) + 1 : 1;
  const schemaFile = join(packageRoot(), "schema", "exercise.schema.json");
  const inside = !relative(packageRoot(), dir).startsWith("..");
  const schemaPath = inside ? relative(dir, schemaFile).split("\\").join("/") : pathToFileURL(schemaFile).href;
  const target: ImportTarget = { id, alias, order, file: plan.file, sourceFile: file, schemaPath, ...(solution !== undefined ? { solution } : {}) };
  const shownRoot = relative(process.cwd(), root) || ".";
  const folderFlag = `${flag} ${/\s/u.test(shownRoot) ? JSON.stringify(shownRoot) : shownRoot}`;
  const files: Record<string, string> = {
    "exercise.yaml": specText(plan, target, lang),
    "enunciado.es.md": statementText(plan, target, "es"),
    "statement.en.md": statementText(plan, target, "en"),
    "starter.py": starterText(target, lang),
    "solution.py": solution ?? placeholderSolution(lang),
    [NOTE_FILE[lang]]: importedNote(plan, target, lang, folderFlag),
  };
  try {
    mkdirSync(root, { recursive: true });
    mkdirSync(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text, { flag: "wx" });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    fail(`no puedo crear ${dir}: ${(error as Error).message}`, `cannot create ${dir}: ${(error as Error).message}`);
  }
  return { id, dir, plan, folderFlag, ...(solution !== undefined ? { solution } : {}) };
}
