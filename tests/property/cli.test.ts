// Property: whatever the command line, the built CLI (bin/pytutor.js) exits 0, 1 or
// 2; on 2 it explains itself on stderr with a line starting «pytutor:»; it never
// prints a Node stack trace or an internal error; and with --json its stdout is
// empty or one JSON document.
//
// No Python program ever runs here: PYTUTOR_PYTHON and a leading `--python` point
// to /nonexistent, and the --python values drawn are never a real interpreter,
// so check, verify and grade stop before running anything. Run `npm run -s build`
// first: these tests spawn dist/.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, test } from "vitest";
import { formatIssue, loadCatalog, type SpecIssue } from "../../src/catalog/load.js";
import { EXERCISES, FIXTURES, ROOT, pytutor, type CliResult } from "../helpers/cli.js";
import { fc, fcParams } from "../helpers/fc.js";
import { Catalogues, mutationBytes, specMutation, type SpecMutation } from "../helpers/spec-mutations.js";

const SPAWN_TIMEOUT_MS = 15_000;
// Each case spawns the CLI (about 0.35 s of one core; twice that when the cores
// are busy), so these counts set the suite's length: 60 + 25 cases (about 45 s
// beside two busy processes) keep CI under its 20 minutes. Under CI the seed is
// fixed, so each run replays the same cases; elsewhere each run draws new ones.
// A soak: PYTUTOR_FC_RUNS=2000 npx vitest run tests/property
const LINES_RUNS = 60;
const CATALOGUE_RUNS = 25;
const NO_PYTHON = "/nonexistent";

const work = mkdtempSync(join(tmpdir(), "pytutor-prop-cli-"));
const catalogues = new Catalogues(join(work, "catalogues"));
let runs = 0;

beforeAll(() => {
  if (!existsSync(join(ROOT, "dist"))) throw new Error("dist/ is missing: run `npm run -s build` before the CLI property tests");
});

// A fresh working folder per run (so no run sees what an earlier one wrote), with a
// learner file, an empty one, a non-Python file, an empty folder, a folder of
// submissions and broken results.json files. Deep enough that `grade .` (which
// writes <folder>-pytutor beside the folder) stays inside `work`.
function freshCwd(): string {
  const cwd = join(work, "runs", String(runs++), "a", "b", "cwd");
  mkdirSync(join(cwd, "empty"), { recursive: true });
  mkdirSync(join(cwd, "subs", "alumno1"), { recursive: true });
  mkdirSync(join(cwd, "results"), { recursive: true });
  mkdirSync(join(cwd, "results2"), { recursive: true });
  writeFileSync(join(cwd, "learner.py"), 'print("hola")\n');
  writeFileSync(join(cwd, "empty.py"), "");
  writeFileSync(join(cwd, "file.txt"), "not python\n");
  writeFileSync(join(cwd, "subs", "alumno1", "ejercicio1.py"), 'print("hola")\n');
  writeFileSync(join(cwd, "subs", "lone.py"), 'print("hola")\n');
  writeFileSync(join(cwd, "results", "results.json"), "{");
  writeFileSync(join(cwd, "results2", "results.json"), '{"tool": "pytutor"}');
  return cwd;
}
afterAll(() => rmSync(work, { recursive: true, force: true }));

// ---------------------------------------------------------------------------
// Command lines.

const SUBCOMMANDS = ["check", "verify", "grade", "merge", "list", "show", "hint", "init", "next", "solution", "reset", "doctor", "schema"];
const JUNK_SUBCOMMANDS = ["", " ", "help", "chek", "CHECK", "Check", "verify2", "-", "--", "ejercicio1", "1", "--check", "lista", "ñ", "😀", "check\u200b"];

// A path or word that, used as a folder (`grade X` writes X-pytutor beside it,
// `--out X` creates X), stays inside the work folder.
const safe = (s: string): boolean => !s.startsWith("/") && !s.startsWith("~") && !s.includes("..");
const noNul = (s: string): string => s.replace(/\0/g, "");

const junk: fc.Arbitrary<string> = fc
  .oneof(
    fc.string({ unit: "grapheme", maxLength: 12 }),
    fc.string({ unit: "binary", maxLength: 12 }),
    fc.string({ unit: fc.constantFrom("-", "=", "/", ".", " ", "a", "1", "\t", "\n", "\\", "'", '"', "*", "$"), maxLength: 8 }),
  )
  .map(noNul)
  .filter(safe);

const long: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 1_000, max: 100_000 }).map((n) => "x".repeat(n)),
  fc.integer({ min: 500, max: 20_000 }).map((n) => "ñ😀".repeat(n / 2)),
  fc.integer({ min: 100, max: 2_000 }).map((n) => "a/".repeat(n)),
);

const EXERCISE_NAMES = ["ejercicio1", "1", "17", "gc-ciclos", "ejercicio99", "0", "-1", " EJERCICIO1 ", "ejercicio1 ", "ejercicio01", "1.0", "0x1"];
const PATHS = ["learner.py", "empty.py", "file.txt", "empty", "subs", "results", "results2", "nonexistent.py", "nonexistent/", ".", "", "subs/lone.py", "subs/alumno1"];
const NUMBERS = ["-3", "0", "1", "2", "abc", "1e309", "NaN", "Infinity", "-Infinity", "0x10", "1.5", "", " ", "99999999999999999999", "5/2", "0/0", "1/0", "a/b", "2/4", "1/1", "3600", "3601", "1e-9", "-0", "+1", "1 ", "٣", "65", "257", "1001"];
const ENUMS = ["es", "en", "xx", "ES", "", "full", "summary", "hidden", "x", "none", "español"];
const MAPS = ["a=b", "=", "x.py=ejercicio1", "x.py=", "=ejercicio1", "a=b=c", "learner.py=1"];
const DASHY = ["-x", "--", "---", "-", "--=", "--lang=xx", "--json=1", "-Vx", "--exercises=", "--python=", "-h=1"];

const value: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...EXERCISE_NAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...PATHS) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 1, arbitrary: fc.constantFrom(...ENUMS) },
  { weight: 1, arbitrary: fc.constantFrom(...DASHY) },
  { weight: 2, arbitrary: junk },
  { weight: 1, arbitrary: long },
);

// `--exercises`: the mutated catalogue (@CAT), real and broken catalogues, non-folders.
const CATALOGUE = "@CAT";
const catalogueValue = fc.constantFrom(
  CATALOGUE,
  CATALOGUE,
  CATALOGUE,
  EXERCISES,
  join(FIXTURES, "specs", "invalid"),
  join(FIXTURES, "specs", "bad-yaml"),
  join(FIXTURES, "specs", "duplicate"),
  join(FIXTURES, "specs", "half-broken"),
  join(FIXTURES, "specs", "no-spec"),
  "empty",
  "file.txt",
  "nonexistent",
  "",
);

// Never a real interpreter: nothing the CLI is given can run a program.
const pythonValue = fc.constantFrom(NO_PYTHON, "", ".", "file.txt", "learner.py", "/bin/true", "/bin/false", "empty", "python0", "/nonexistent/python3", "-");

const VALUE_FLAGS: Record<string, fc.Arbitrary<string>> = {
  "--lang": fc.oneof(fc.constantFrom(...ENUMS), junk),
  "--python": pythonValue,
  "--exercises": catalogueValue,
  "--timeout": fc.oneof(fc.constantFrom(...NUMBERS), junk),
  "--runs": fc.oneof(fc.constantFrom(...NUMBERS), junk),
  "--jobs": fc.oneof(fc.constantFrom(...NUMBERS), junk),
  "--shard": fc.oneof(fc.constantFrom(...NUMBERS), junk),
  "--feedback": fc.oneof(fc.constantFrom(...ENUMS), junk),
  "--map": fc.oneof(fc.constantFrom(...MAPS), junk),
  "--junit": value,
  "--exercise": value,
  "--out": value,
};
const BOOL_FLAGS = ["--json", "--json", "--all-pythons", "--resume", "--force", "--all", "--yes", "-V", "--version", "-h", "--help"];
const UNKNOWN_FLAGS = ["--foo", "-z", "--JSON", "--no-json", "--lang=xx", "--lang=", "--python=", "--timeout=abc", "--jobs=-3", "--runs=0", "---", "--=x", "-j", "--verbose", "--debug", "-lang", "--feedback=x", "--shard=5/2"];

const valueOption: fc.Arbitrary<string[]> = fc
  .constantFrom(...Object.keys(VALUE_FLAGS))
  .chain((flag) => (VALUE_FLAGS[flag] as fc.Arbitrary<string>).map((v) => [flag, v]));

const option: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 5, arbitrary: valueOption },
  { weight: 3, arbitrary: fc.constantFrom(...BOOL_FLAGS).map((f) => [f]) },
  { weight: 1, arbitrary: fc.constantFrom(...Object.keys(VALUE_FLAGS)).map((f) => [f]) }, // its value missing
  { weight: 2, arbitrary: fc.constantFrom(...UNKNOWN_FLAGS).map((f) => [f]) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...UNKNOWN_FLAGS), value).map(([f, v]) => [f, v]) },
);

const globalOption: fc.Arbitrary<string[]> = fc.oneof(
  fc.tuple(fc.constantFrom("--lang", "--python", "--exercises"), fc.constant("")).chain(([flag]) => (VALUE_FLAGS[flag] as fc.Arbitrary<string>).map((v) => [flag, v])),
  fc.constantFrom(...UNKNOWN_FLAGS).map((f) => [f]),
);

const subcommand: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...SUBCOMMANDS) },
  { weight: 1, arbitrary: fc.constantFrom(...JUNK_SUBCOMMANDS) },
  { weight: 1, arbitrary: junk },
);

const commandLine = fc.record({
  before: fc.array(globalOption, { maxLength: 2 }).map((a) => a.flat()),
  sub: fc.option(subcommand, { freq: 12, nil: undefined }),
  rest: fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: option },
        { weight: 3, arbitrary: value.map((v) => [v]) },
        { weight: 1, arbitrary: fc.constant(["--"]) },
      ),
      { maxLength: 6 },
    )
    .map((a) => a.flat()),
  catalogue: specMutation,
});

type CommandLine = { before: string[]; sub: string | undefined; rest: string[]; catalogue: SpecMutation };

// ---------------------------------------------------------------------------
// What every run must satisfy.

const STACK_LINE = /^\s+at .+[:(]\d+/m;
const JS_ERROR = /\b[A-Z]\w*Error\b[^\n]*\n\s+at /;
const INTERNAL = /internal error|error interno/i;
const NODE_WARNING = /^\(node:\d+\) /m;
const HELP_OR_VERSION = new Set(["-h", "--help", "-V", "--version", "help"]);
const TAKES_VALUE = new Set(Object.keys(VALUE_FLAGS));

function show(args: string[], r: CliResult): string {
  const cut = (s: string) => (s.length > 3000 ? `${s.slice(0, 3000)}… (${s.length} chars)` : s);
  const shownArgs = args.map((a) => (a.length > 200 ? `${a.slice(0, 200)}…(${a.length} chars)` : a));
  return `pytutor ${JSON.stringify(shownArgs)}\nexit ${r.code}\n--- stderr\n${cut(r.stderr)}\n--- stdout\n${cut(r.stdout)}`;
}

function check(ok: boolean, what: string, args: string[], r: CliResult): asserts ok {
  if (!ok) throw new Error(`${what}\n${show(args, r)}`);
}

// Whether `--json` reaches a command as its flag: before any `--`, not the value
// of another option, and no help or version asked for (those print text).
function asksJson(args: string[]): boolean {
  const end = args.indexOf("--");
  const parsed = end === -1 ? args : args.slice(0, end);
  if (parsed.some((a) => HELP_OR_VERSION.has(a))) return false;
  return parsed.some((a, i) => a === "--json" && !TAKES_VALUE.has(parsed[i - 1] ?? ""));
}

function checkRun(args: string[], r: CliResult, doctor: boolean): void {
  check(r.code !== -1, `killed or timed out (limit ${SPAWN_TIMEOUT_MS} ms)`, args, r);
  check([0, 1, 2].includes(r.code), `exit code ${r.code}, not 0, 1 or 2`, args, r);
  for (const [name, text] of [["stderr", r.stderr], ["stdout", r.stdout]] as const) {
    check(!STACK_LINE.test(text) && !JS_ERROR.test(text), `a stack trace on ${name}`, args, r);
    check(!INTERNAL.test(text), `an internal error on ${name}`, args, r);
  }
  check(!NODE_WARNING.test(r.stderr), "a Node warning on stderr", args, r);
  if (r.code === 2) {
    // doctor reports on stdout, with ✗ before each problem, and exits 2 without stderr.
    const doctorReport = doctor && r.stderr === "" && r.stdout.includes("✗");
    check(doctorReport || r.stderr.trimStart().startsWith("pytutor:"), "exit 2 without a «pytutor:» message first on stderr", args, r);
  }
  if (asksJson(args) && r.stdout.trim() !== "") {
    let parsed = true;
    try {
      JSON.parse(r.stdout);
    } catch {
      parsed = false;
    }
    check(parsed, "--json, yet stdout is neither empty nor one JSON document", args, r);
  }
}

const env = { PYTUTOR_PYTHON: NO_PYTHON };

// Spawns the CLI; retried when dist/ was being rebuilt at that moment (another
// `npm run build` removes it first), which says nothing about pytutor.
async function run(args: string[]): Promise<CliResult> {
  const cwd = freshCwd();
  for (let attempt = 1; ; attempt++) {
    const r = await pytutor(args, { cwd, env, timeoutMs: SPAWN_TIMEOUT_MS });
    const rebuilding = r.stderr.includes("ERR_MODULE_NOT_FOUND") && r.stderr.includes(join(ROOT, "dist"));
    if (!rebuilding || attempt === 5) return r;
    await new Promise((done) => setTimeout(done, 2_000));
  }
}

describe("the CLI survives any command line", () => {
  test("random command lines exit 0, 1 or 2, never with a stack trace", async () => {
    await fc.assert(
      fc.asyncProperty(commandLine, async (line: CommandLine) => {
        const needsCatalogue = [...line.before, ...line.rest].includes(CATALOGUE);
        let catalogue = "";
        if (needsCatalogue) {
          const { spec, bytes } = mutationBytes(line.catalogue);
          catalogue = catalogues.fresh(spec, bytes).catalogue;
        }
        const args = [
          // First, so always a global option: verify --all-pythons would otherwise find a real CPython.
          "--python",
          NO_PYTHON,
          ...line.before,
          ...(line.sub === undefined ? [] : [line.sub]),
          ...line.rest,
        ].map((a) => noNul(a === CATALOGUE ? catalogue : a));
        const r = await run(args);
        checkRun(args, r, line.sub === "doctor");
      }),
      fcParams(LINES_RUNS),
    );
  }, 200_000);

  test("every command on a mutated catalogue: exit 2 with the spec's path, or a valid catalogue", async () => {
    const command = fc.constantFrom(
      ["list"],
      ["list", "--json"],
      ["doctor"],
      ["show", "@NAME"],
      ["hint", "@NAME"],
      ["hint", "@NAME", "--all"],
      ["check", "@NAME", "learner.py"],
      ["check", "@NAME", "learner.py", "--json"],
      ["verify"],
      ["verify", "--json"],
      ["grade", "subs", "--force"],
    );
    await fc.assert(
      fc.asyncProperty(specMutation, command, fc.constantFrom("es", "en"), async (mutation, cmd, lang) => {
        const { spec, bytes } = mutationBytes(mutation);
        const { catalogue } = catalogues.fresh(spec, bytes);
        let issues: SpecIssue[] | undefined;
        try {
          issues = loadCatalog(catalogue).issues;
        } catch {
          issues = undefined; // the loader crashed: the CLI must still not show it
        }
        const args = ["--python", NO_PYTHON, "--lang", lang, "--only-exercises", catalogue, ...cmd.map((a) => (a === "@NAME" ? spec.name : a))];
        const r = await run(args);
        checkRun(args, r, cmd[0] === "doctor");
        if (issues && issues.length > 0) {
          // An invalid spec: exit 2, and the problems named with the spec file's path.
          const first = issues[0] as SpecIssue;
          const where = first.line ? `${first.file}:${first.line}` : first.file;
          check(r.code === 2, "an invalid catalogue, yet not exit 2", args, r);
          check((r.stderr + r.stdout).includes(where), `the spec problem is not shown with its path «${where}» (${formatIssue(first, lang)})`, args, r);
        } else if (issues && cmd[0] === "list") {
          check(r.code === 0, "a valid catalogue, yet list fails", args, r);
        }
      }),
      fcParams(CATALOGUE_RUNS),
    );
  }, 200_000);
});
