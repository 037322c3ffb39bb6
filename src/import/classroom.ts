// GitHub Classroom's graders, as pytutor cases:
// - the legacy `.github/classroom/autograding.json`:
//   {"tests": [{"name", "setup", "run", "input", "output", "comparison", "timeout", "points"}]};
// - a workflow whose steps use `classroom-resources/autograding-io-grader`
//   (inputs test-name, setup-command, command, input, expected-output,
//   comparison-method, timeout, max-score) or `autograding-command-grader`.
// Both compare stdout with CRLF → LF and trimmed on both sides; a failing
// command fails its test; timeouts are minutes.
import { both } from "../i18n/lang.js";
import { decodeEntities, kebabOf, minutesToSeconds, pickFile, pythonRun, setupNote, uniqueNamer, type PythonRun } from "./common.js";
import { ImportError, type ImportedCase, type ImportedCheck, type ImportNote, type ImportPlan } from "./model.js";

// Classroom's default timeout (minutes) when a test names none.
export const CLASSROOM_DEFAULT_MINUTES = 10;

type Comparison = "exact" | "included" | "regex";

// One test as both formats give it, before translating.
type RawTest = {
  name: string;
  setup: string;
  run: string;
  input: string;
  output: string;
  comparison: Comparison | "exit";
  timeoutMinutes: number;
  points: number;
};

const TITLES: Record<Comparison | "exit", { es: string; en: string }> = {
  exact: { es: "La salida es exactamente la esperada", en: "The output is exactly the expected one" },
  included: { es: "La salida contiene el texto esperado", en: "The output contains the expected text" },
  regex: { es: "La salida encaja con la expresión regular esperada", en: "The output matches the expected regular expression" },
  exit: { es: "La orden termina sin errores (código 0)", en: "The command ends without errors (code 0)" },
};

function checkOf(test: RawTest): ImportedCheck {
  if (test.comparison === "exit") return { id: "exit-code", type: "exit-code", title: TITLES.exit, expect: 0, points: test.points };
  const field = test.comparison === "exact" ? "equals" : test.comparison === "regex" ? "regex" : "contains";
  return { id: "output", type: "output", title: TITLES[test.comparison], [field]: test.output, normalize: "trim", exitCode: 0, points: test.points };
}

function translate(source: ImportPlan["source"], tests: RawTest[], notes: ImportNote[]): ImportPlan {
  const runs: Array<{ run: PythonRun; test: string; raw: RawTest }> = [];
  for (const raw of tests) {
    if (raw.setup.trim() !== "") notes.push(setupNote(raw.setup, raw.name));
    const run = pythonRun(raw.run, raw.name);
    if ("text" in run) notes.push(run);
    else runs.push({ run, test: raw.name, raw });
  }
  const { file, kept } = pickFile(runs, notes);
  const name = uniqueNamer();
  const cases: ImportedCase[] = kept.map(({ run, raw }, k) => ({
    id: name(kebabOf(raw.name, `prueba-${k + 1}`)),
    name: raw.name,
    title: both(raw.name, raw.name),
    ...(raw.input !== "" ? { input: raw.input } : {}),
    args: run.args,
    timeoutSeconds: minutesToSeconds(raw.timeoutMinutes, raw.name, notes),
    checks: [checkOf(raw)],
    command: raw.run,
  }));
  return { source, ...(file !== undefined ? { file } : {}), cases, notes };
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

function text(value: unknown): string {
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? value : String(value);
}

function number(value: unknown, fallback: number): number {
  if (value === undefined || value === null || value === "") return fallback;
  const n = typeof value === "number" ? value : Number(String(value).trim());
  return Number.isFinite(n) && n >= 0 ? n : Number.NaN;
}

// A field that is there but cannot be what Classroom means: the test is not translated.
function badField(test: string, field: string, value: unknown): ImportNote {
  return {
    test,
    text: both(
      `su campo «${field}» vale ${JSON.stringify(value)}, que no es un valor válido; esta prueba no se traduce`,
      `its field «${field}» is ${JSON.stringify(value)}, which is not a valid value; this test is not translated`,
    ),
  };
}

// autograding.json, already parsed as JSON.
export function fromAutogradingJson(data: unknown): ImportPlan {
  if (!isObject(data) || !Array.isArray(data.tests)) {
    throw new ImportError(
      both(
        "no es un autograding.json de GitHub Classroom: falta la lista «tests» ({\"tests\": [{\"name\", \"run\", \"output\", …}]})",
        "not a GitHub Classroom autograding.json: the «tests» list is missing ({\"tests\": [{\"name\", \"run\", \"output\", …}]})",
      ),
    );
  }
  const notes: ImportNote[] = [];
  const tests: RawTest[] = [];
  data.tests.forEach((t, i) => {
    const test = isObject(t) ? t : {};
    const name = decodeEntities(text(test.name).trim()) || `test ${i + 1}`;
    if (!isObject(t)) {
      notes.push({ test: name, text: both("no es un objeto JSON; se deja fuera", "it is not a JSON object; it is left out") });
      return;
    }
    // Classroom's default comparison is `included`.
    const comparison = test.comparison === undefined || test.comparison === null || test.comparison === "" ? "included" : test.comparison;
    if (comparison !== "exact" && comparison !== "included" && comparison !== "regex") {
      notes.push(badField(name, "comparison", test.comparison));
      return;
    }
    const minutes = number(test.timeout, CLASSROOM_DEFAULT_MINUTES);
    if (Number.isNaN(minutes) || minutes === 0) {
      notes.push(badField(name, "timeout", test.timeout));
      return;
    }
    const points = number(test.points, 0);
    if (Number.isNaN(points)) {
      notes.push(badField(name, "points", test.points));
      return;
    }
    if (comparison === "regex") {
      try {
        new RegExp(text(test.output));
      } catch (error) {
        notes.push({ test: name, text: both(`su expresión regular no es válida (${(error as Error).message}); esta prueba no se traduce`, `its regular expression is not valid (${(error as Error).message}); this test is not translated`) });
        return;
      }
    }
    tests.push({ name, setup: text(test.setup), run: text(test.run), input: text(test.input), output: text(test.output), comparison, timeoutMinutes: minutes, points });
  });
  return translate("classroom", tests, notes);
}

const IO_GRADER = /(^|\/)autograding-io-grader(@|$)/u;
const COMMAND_GRADER = /(^|\/)autograding-command-grader(@|$)/u;
// Steps that prepare or report, and grade nothing.
const INFRASTRUCTURE = /^(actions\/checkout|classroom-resources\/autograding-grading-reporter|actions\/cache)(@|$)/u;

// A Classroom workflow, already parsed from YAML.
export function fromWorkflow(data: unknown): ImportPlan {
  if (!isObject(data) || !isObject(data.jobs)) {
    throw new ImportError(both("no es un workflow de GitHub Actions: falta «jobs»", "not a GitHub Actions workflow: «jobs» is missing"));
  }
  const notes: ImportNote[] = [];
  const tests: RawTest[] = [];
  let graders = 0;
  for (const job of Object.values(data.jobs)) {
    if (!isObject(job) || !Array.isArray(job.steps)) continue;
    for (const step of job.steps) {
      if (!isObject(step)) continue;
      const uses = text(step.uses);
      const label = text(step.name) || uses || text(step.run).split("\n")[0] || "step";
      const input = isObject(step.with) ? step.with : {};
      if (IO_GRADER.test(uses) || COMMAND_GRADER.test(uses)) {
        graders++;
        const name = decodeEntities(text(input["test-name"]).trim()) || label;
        const io = IO_GRADER.test(uses);
        const method = text(input["comparison-method"]).trim() || "contains";
        const comparison = !io ? "exit" : method === "exact" ? "exact" : method === "regex" ? "regex" : method === "contains" ? "included" : undefined;
        if (comparison === undefined) {
          notes.push(badField(name, "comparison-method", input["comparison-method"]));
          continue;
        }
        const minutes = number(input.timeout, CLASSROOM_DEFAULT_MINUTES);
        const points = number(input["max-score"], 0);
        if (Number.isNaN(minutes) || minutes === 0) {
          notes.push(badField(name, "timeout", input.timeout));
          continue;
        }
        if (Number.isNaN(points)) {
          notes.push(badField(name, "max-score", input["max-score"]));
          continue;
        }
        tests.push({
          name,
          setup: text(input["setup-command"]),
          run: text(input.command),
          input: text(input.input),
          output: text(input["expected-output"]),
          comparison,
          timeoutMinutes: minutes,
          points,
        });
      } else if (/^actions\/setup-python(@|$)/u.test(uses)) {
        const version = text(input["python-version"]);
        notes.push({
          text: both(
            `el workflow prepara Python ${version || "(sin versión)"} con actions/setup-python; pytutor corrige con el CPython del estudiante, o el que elijas con --python`,
            `the workflow sets up Python ${version || "(no version)"} with actions/setup-python; pytutor grades with the learner's CPython, or the one you choose with --python`,
          ),
        });
      } else if (INFRASTRUCTURE.test(uses)) {
        continue;
      } else if (uses !== "") {
        notes.push({ test: label, text: both(`el paso usa ${uses}, que pytutor no sabe traducir; se deja fuera`, `the step uses ${uses}, which pytutor cannot translate; it is left out`) });
      } else if (text(step.run).trim() !== "") {
        notes.push(setupNote(text(step.run).split("\n")[0] ?? "", label));
      }
    }
  }
  if (graders === 0) {
    throw new ImportError(
      both(
        "el workflow no tiene ningún paso de classroom-resources/autograding-io-grader ni autograding-command-grader",
        "the workflow has no classroom-resources/autograding-io-grader or autograding-command-grader step",
      ),
    );
  }
  return translate("workflow", tests, notes);
}
