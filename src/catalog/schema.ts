// The exercise spec: what an author writes in exercises/<id>/exercise.yaml.
import { z } from "zod";

export { SPEC_FORMAT } from "./format.js";
import { SPEC_FORMAT } from "./format.js";

const nonEmpty = z.string().trim().min(1);

// Languages a spec may be written in. An author writes one or both; the loader
// fills the other from the one given, and records which languages fell back
// (see `collectFallbacks`), so every reader of a Spec sees both.
export const SPEC_LANGS = ["es", "en"] as const;
export type SpecLang = (typeof SPEC_LANGS)[number];

// Set only while `collectFallbacks` runs: the languages some text had to borrow.
let fallbackSink: Set<SpecLang> | undefined;

export function collectFallbacks<T>(run: () => T): { value: T; missing: SpecLang[] } {
  const previous = fallbackSink;
  const sink = new Set<SpecLang>();
  fallbackSink = sink;
  try {
    const value = run();
    return { value, missing: SPEC_LANGS.filter((l) => sink.has(l)) };
  } finally {
    fallbackSink = previous;
  }
}

function inBoth(what: string) {
  return z
    .object({ es: nonEmpty.optional(), en: nonEmpty.optional() })
    .strict()
    .refine((t) => t.es !== undefined || t.en !== undefined, {
      message: "escribe al menos un idioma: es o en␟write at least one language: es or en",
    })
    .transform((t) => {
      if (t.es === undefined) fallbackSink?.add("es");
      if (t.en === undefined) fallbackSink?.add("en");
      const es = t.es ?? t.en ?? "";
      return { es, en: t.en ?? es };
    })
    .meta({ minProperties: 1 })
    .describe(what);
}

export const TextSchema = inBoth("A text in Spanish (es), English (en) or both; a missing language shows the other one.");

// An exercise's id is also its folder name and a word on the command line:
// lowercase letters, digits, `-` and `_`, not starting with `-`, at most 64.
export const SAFE_ID = /^[a-z0-9_][a-z0-9_-]{0,63}$/;
export const SAFE_ID_MESSAGE = {
  es: "debe ser un nombre seguro: minúsculas, cifras, «-» y «_», sin empezar por «-», de 1 a 64 caracteres (p. ej. ejercicio1, hilos-basicos)",
  en: "must be a safe name: lowercase letters, digits, «-» and «_», not starting with «-», 1 to 64 characters (e.g. ejercicio1, hilos-basicos)",
};

const kebab = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "debe ir en minúsculas y con guiones (kebab-case)␟must be kebab-case");

// How one stdout line is recognised. Lines and patterns are compared after
// normalisation: CRLF and trailing spaces removed, Unicode NFC, runs of spaces
// folded, accents and case ignored unless the author asks otherwise.
export const LinePatternSchema = z
  .object({
    exact: z.string().optional(),
    contains: z.string().optional(),
    regex: z.string().optional(),
    not: z.string().optional().describe("A regex that disqualifies a line that would otherwise match."),
    item: z
      .string()
      .optional()
      .describe("A regex whose first group (or group named `item`) names what the line is about, e.g. a file number."),
    caseSensitive: z.boolean().default(false),
    accentSensitive: z.boolean().default(false),
    describe: TextSchema.optional().describe("How to describe this line to a learner."),
  })
  .strict()
  .refine((p) => [p.exact, p.contains, p.regex].filter((v) => v !== undefined).length === 1, {
    message: "usa exactamente uno de exact, contains o regex␟use exactly one of exact, contains or regex",
  });

// A pattern is either written inline or named in the spec's `patterns` map.
export const PatternRefSchema = z.union([z.string().min(1), LinePatternSchema]);

const count = z
  .object({ min: z.number().int().nonnegative().optional(), max: z.number().int().nonnegative().optional() })
  .strict();

const seconds = z.number().nonnegative();

// On the checks that match lines: whether spaces count. `normalized` (the
// default) ignores trailing and repeated spaces and tabs; `significant` compares
// them as written (only a line ending's CR is still dropped).
const matching = {
  whitespace: z
    .enum(["normalized", "significant"])
    .optional()
    .describe("normalized (default): trailing and repeated spaces and tabs do not count; significant: they do, in the lines and in the patterns."),
};

const base = {
  id: kebab,
  points: z.number().nonnegative().default(1),
  advice: z
    .boolean()
    .default(false)
    .describe("A suggestion: shown when it does not hold, never failing the verdict nor counting points (what the spec asks beyond the chapter's exercise)."),
  when: z
    .union([z.string(), z.array(z.string()).min(1)])
    .optional()
    .describe("A fact expression (e.g. `run.cpus >= 2`), or a list of them that must all hold; when one is false the check does not apply and counts no points."),
  title: TextSchema.describe("What the check verifies, shown to the learner."),
  hint: TextSchema.optional().describe("Shown when the check fails."),
};

const ExitCodeCheck = z.object({ ...base, type: z.literal("exit-code"), expect: z.number().int().default(0) }).strict();

const StderrCleanCheck = z
  .object({ ...base, type: z.literal("stderr-clean"), ignore: z.array(z.string()).default([]) })
  .strict();

const LineCheck = z.object({ ...base, type: z.literal("line"), ...matching, match: PatternRefSchema, count: count.optional() }).strict();

const LinesCheck = z
  .object({
    ...base,
    type: z.literal("lines"),
    ...matching,
    match: z.array(PatternRefSchema).min(1),
    ordered: z.boolean().default(false),
    process: z
      .enum(["main", "any"])
      .default("any")
      .describe("main: only lines the program's own process printed count, not a child process's (a result printed where it was computed never came back)."),
  })
  .strict();

const OrderCheck = z
  .object({
    ...base,
    type: z.literal("order"),
    ...matching,
    before: PatternRefSchema,
    after: PatternRefSchema,
    mode: z.enum(["all-before-any", "first-before-first", "same-item"]).default("all-before-any"),
  })
  .strict();

const PairsCheck = z
  .object({
    ...base,
    type: z.literal("pairs"),
    ...matching,
    start: PatternRefSchema,
    end: PatternRefSchema,
    items: z.array(z.string().min(1)).min(1),
  })
  .strict();

const ItemOrderCheck = z
  .object({ ...base, type: z.literal("item-order"), ...matching, match: PatternRefSchema, items: z.array(z.string().min(1)).min(2) })
  .strict();

const LastCheck = z.object({ ...base, type: z.literal("last"), ...matching, match: PatternRefSchema }).strict();

const NumberCheck = z
  .object({
    ...base,
    type: z.literal("number"),
    ...matching,
    match: PatternRefSchema.describe("The line holding the number; a group named `value` picks it, else the last number."),
    equals: z.number().optional(),
    inFact: z.string().optional().describe("A list-valued fact; the number must be one of its values."),
    tolerance: z.number().nonnegative().default(0),
    min: z.number().optional(),
    max: z.number().optional(),
    ifShown: z
      .boolean()
      .default(false)
      .describe("Only a line that shows it is judged: a program that prints no such line does not get this check (it does not apply); one that does must show a right number."),
  })
  .strict();

const ShapeCheck = z
  .object({
    ...base,
    type: z.literal("shape"),
    shape: z.enum(["int-tuple"]),
    length: z.number().int().positive(),
    count: count.optional(),
  })
  .strict();

const TimeWindow = z.object({ min: seconds.optional(), max: seconds.optional() }).strict();

const DurationCheck = z
  .object({
    ...base,
    type: z.literal("duration"),
    window: TimeWindow.optional(),
    plan: z
      .object({ durations: z.array(seconds).min(1), expect: z.enum(["concurrent", "sequential"]) })
      .strict()
      .optional(),
  })
  .strict()
  .refine((c) => (c.window === undefined) !== (c.plan === undefined), {
    message: "usa window o plan (uno de los dos)␟use window or plan (one of them)",
  });

const LineTimesCheck = z
  .object({
    ...base,
    type: z.literal("line-times"),
    ...matching,
    match: PatternRefSchema,
    from: PatternRefSchema.describe("The line each matched line is timed from."),
    anchor: z
      .enum(["same-item", "first"])
      .default("same-item")
      .describe("Time from the `from` line of the same item, or from the first `from` line of all."),
    seconds: z.record(z.string(), seconds),
    tolerance: z.object({ early: seconds.default(0.35), late: seconds.default(1.0) }).strict().default({ early: 0.35, late: 1.0 }),
  })
  .strict();

const NumbersCheck = z
  .object({
    ...base,
    type: z.literal("numbers"),
    ...matching,
    values: z
      .record(z.string().regex(/^[a-z][a-z0-9_]*$/), PatternRefSchema)
      .describe("Named numbers read from lines (group `value`, else the line's last number); use them as n.<name>."),
    expect: z.union([z.string(), z.array(z.string()).min(1)]).describe("Relations such as `n.despues == n.antes + 1`."),
  })
  .strict();

const FactCheck = z
  .object({
    ...base,
    type: z.literal("fact"),
    expect: z.union([z.string(), z.array(z.string()).min(1)]),
    explain: TextSchema.optional().describe("What it means when the fact does not hold."),
  })
  .strict();

// A named group of the program's workers (threads, asyncio tasks, pool jobs,
// processes), found by what they did, never by what they printed.
export const WorkerGroupSchema = z
  .object({
    kinds: z
      .array(z.enum(["thread", "task", "job", "process"]))
      .min(1)
      .default(["thread", "task", "job", "process"])
      .describe("Which workers: threads, asyncio tasks, jobs of a concurrent.futures pool, processes."),
    waits: z
      .array(z.enum(["time.sleep", "asyncio.sleep"]))
      .default([])
      .describe("Only workers that waited with one of these (none: any worker)."),
    learner: z.boolean().default(true).describe("Only workers the program's own code started."),
  })
  .strict();

const WorkersCheck = z
  .object({
    ...base,
    type: z.literal("workers"),
    group: nonEmpty.describe("A group from `workers`."),
    rule: z
      .enum(["count", "announce", "distinct", "starts-before-ends", "ends-by-wait", "prompt", "overlap", "parallelism", "waits", "waited-for"])
      .describe(
        "count: how many; announce: each writes a line before its first wait and one after its last; distinct: no two workers print the same lines (each does work of its own); starts-before-ends: every start line before any end line; ends-by-wait: end lines in the order their waits ended; prompt: each end line at most `max` seconds after its wait ended; overlap: most waits in progress at once; parallelism: the waits' total over the time they cover; waits: the seconds each asked for; waited-for: the worker that started them waited for them (join, await) instead of sleeping.",
      ),
    min: z.number().nonnegative().optional(),
    max: z.number().nonnegative().optional(),
    seconds: z.array(seconds).min(1).optional().describe("For `waits`: the seconds each worker waits in all, in any order."),
    about: z.boolean().default(false).describe("Count, as a worker's own, the lines another worker printed right after taking its result (a future's)."),
  })
  .strict();

const FinalLineCheck = z
  .object({
    ...base,
    type: z.literal("final-line"),
    ...matching,
    writer: z.enum(["main", "any"]).default("main").describe("main: the main thread or the coroutine asyncio.run started."),
    after: z.string().optional().describe("A group from `workers`: the line comes after every one of them ended."),
    match: PatternRefSchema.optional().describe("What the line must say, when the wording is the point."),
  })
  .strict();

// A duration the program printed, held against what really happened: it
// takes in the waits of the groups it covers (the first one's start to the
// last one's end) and, with `through`, the lines of work printed after them,
// and no more time than had passed when the line came out.
const ElapsedCheck = z
  .object({
    ...base,
    type: z.literal("elapsed"),
    ...matching,
    match: PatternRefSchema.optional().describe("The line that shows the duration; the last line when absent. Its number with a unit of time (s, ms, segundos…) is read, else its only number when the line speaks of time."),
    covers: z.array(z.string()).min(1).describe("Groups from `workers` whose waits the duration must take in."),
    through: z
      .array(PatternRefSchema)
      .min(1)
      .optional()
      .describe("Lines the duration must also take in, from the first covered wait to when the last of them came out before it (work that has no waits, such as processes that compute)."),
  })
  .strict();

// Values the program really read (gc.get_count(), len(gc.get_objects()),
// tracemalloc's peak, what a counted function returned) and then printed:
// found in the output by value, in the order printed, whatever the labels.
const PrintedCheck = z
  .object({
    ...base,
    type: z.literal("printed"),
    from: z
      .array(z.string().regex(/^(gc\.get_count|gc\.get_objects|tracemalloc\.peak|returns\.[A-Za-z_][\w.]*)$/))
      .min(1)
      .describe("gc.get_count, gc.get_objects (its length), tracemalloc.peak, or returns.<module.function> of a counted call."),
    min: z.number().int().positive().default(1).describe("Lines that show such a value."),
    around: z.literal("gc.collect").optional().describe("One of them read before the program's first gc.collect() and one after."),
    expect: z
      .union([z.string(), z.array(z.string()).min(1)])
      .optional()
      .describe("Relations over the values in the order printed: n.v1, n.v2…, n.first, n.last, n.min, n.max, n.count."),
  })
  .strict();

// The output shows a text the program holds (an inspection that gives a text,
// such as a function's __name__ or its docstring), whatever the label around it.
const ShowsCheck = z
  .object({
    ...base,
    type: z.literal("shows"),
    value: z.string().regex(/^inspect\.[a-z][a-z0-9_]*$/).describe("An inspection from `probe.inspect` whose value is a text."),
    count: count.optional().describe("Lines that show it (default: at least 1)."),
  })
  .strict();

// The program's whole output (stdout) against one text, the way course
// graders such as GitHub Classroom's compare it: `equals` the whole of it,
// `contains` a text (a list: each one after the previous one), or matches a
// `regex`. `normalize: trim` first turns CRLF into LF and removes spaces and
// newlines at both ends of the output and of the expected text.
const OutputCheck = z
  .object({
    ...base,
    type: z.literal("output"),
    equals: z.string().optional().describe("The whole output, after normalisation, is exactly this text."),
    contains: z
      .union([z.string(), z.array(z.string()).min(1)])
      .optional()
      .describe("The output holds this text; a list: each text appears after the end of the previous one (check50's `stdout`)."),
    regex: z.string().optional().describe("A JavaScript regular expression the output matches somewhere (as GitHub Classroom's `regex`)."),
    normalize: z
      .enum(["trim", "newlines"])
      .default("trim")
      .describe("trim (default, GitHub Classroom's): CRLF → LF, then spaces and newlines at both ends of the output and of the expected text removed; newlines: only CRLF → LF."),
    exitCode: z
      .number()
      .int()
      .optional()
      .describe("The program must also end with this exit code (GitHub Classroom fails a test whose command fails)."),
  })
  .strict()
  .refine((c) => [c.equals, c.contains, c.regex].filter((v) => v !== undefined).length === 1, {
    message: "usa exactamente uno de equals, contains o regex␟use exactly one of equals, contains or regex",
  });

export const CheckSchema = z.discriminatedUnion("type", [
  OutputCheck,
  WorkersCheck,
  PrintedCheck,
  ShowsCheck,
  FinalLineCheck,
  ElapsedCheck,
  ExitCodeCheck,
  StderrCleanCheck,
  LineCheck,
  LinesCheck,
  OrderCheck,
  PairsCheck,
  ItemOrderCheck,
  LastCheck,
  NumberCheck,
  ShapeCheck,
  DurationCheck,
  LineTimesCheck,
  NumbersCheck,
  FactCheck,
]);

export const VariantSchema = z
  .object({
    file: nonEmpty.describe("Path relative to the exercise folder."),
    catches: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/, "debe ser el id de una comprobación (o caso/comprobación)␟must be a check's id (or case/check)")
      .describe("The id of the check that must fail on this variant; in an exercise with `cases`, `case-id/check-id`."),
    why: TextSchema.describe("What is wrong with it."),
  })
  .strict();

// One run of an exercise with `cases`: its own input, arguments and time
// limit, and the checks graded against that run (after the spec's own
// `checks`, which apply to every case). Ids in reports are `case-id/check-id`.
export const CaseSchema = z
  .object({
    id: kebab.describe("The case's id; its checks are reported as `<case id>/<check id>`."),
    title: TextSchema.describe("What this run tries, shown before each of its checks' titles."),
    input: z.string().optional().describe("What the program reads on stdin in this run (default: `run.input`)."),
    args: z.array(z.string()).optional().describe("Command-line arguments of this run (default: `run.args`)."),
    timeout: z.number().positive().max(600).optional().describe("Seconds this run may take (default: `run.timeout`)."),
    checks: z.array(CheckSchema).min(1),
  })
  .strict();

export const SpecSchema = z
  .object({
    format: z.literal(SPEC_FORMAT),
    id: z.string().regex(SAFE_ID, `${SAFE_ID_MESSAGE.es}␟${SAFE_ID_MESSAGE.en}`).describe("A safe name, also the exercise's folder name: ejercicio1, hilos-basicos, tema2_ej3."),
    alias: kebab,
    order: z.number().int().positive(),
    title: TextSchema,
    concept: TextSchema,
    difficulty: z.enum(["basica", "media", "avanzada"]),
    file: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*\.py$/, "debe ser un nombre de archivo .py válido como módulo␟must be a .py file name that is a valid module name"),
    statement: inBoth("Markdown files, relative to the exercise folder, in one language or both (a missing one shows the other)."),
    starter: nonEmpty,
    solution: nonEmpty,
    alternatives: z.array(nonEmpty).default([]).describe("Other correct solutions that must pass too."),
    variants: z.array(VariantSchema).default([]),
    run: z
      .object({
        timeout: z.number().positive().max(600).default(20),
        input: z.string().optional(),
        args: z.array(z.string()).default([]),
        tracemalloc: z.boolean().default(false),
        outputLimit: z.number().int().positive().default(1_000_000),
        exclusive: z
          .boolean()
          .default(false)
          .describe("Run alone when grading in parallel (verify, batches): for checks on CPU time or speed-ups."),
        limits: z
          .object({
            cpuSeconds: z.number().positive().max(3600).optional(),
            memoryMb: z.number().int().positive().max(65536).optional(),
            processes: z.number().int().positive().max(4096).optional(),
            fileSizeMb: z.number().int().positive().max(65536).optional(),
            openFiles: z.number().int().min(16).max(65536).optional(),
          })
          .strict()
          .default({})
          .describe("Resource limits of each run (defaults: 30 CPU s, 512 MB, 32 processes, 16 MB files, 256 open files); the command line can override them."),
      })
      .strict()
      .default({ timeout: 20, args: [], tracemalloc: false, outputLimit: 1_000_000, exclusive: false, limits: {} }),
    probe: z
      .object({
        inspect: z
          .record(z.string().regex(/^[a-z][a-z0-9_]*$/), z.string().min(1))
          .default({})
          .describe("Python expressions evaluated in the program's namespace when it ends, with the real builtins; facts inspect.<name>. `peak(f, *args)` gives tracemalloc's peak while calling f; `computed('a is b', …)` is 1 when the program's code computes one of those expressions; `used('getrefcount', …)` how many calls of a function of one of those names the main file makes whose result it uses (printed, passed on, returned, kept in a variable read again); `at_module_level('Queue', …)` how many calls of such a function it makes when the file loads, outside every function, lambda and class body; `guarded(f, 'lock', 'var')` calls f with the module's lock watched and watches every read and write of the global var, instruction by instruction: 1 if each happened with the lock held (through another reference to it too, such as a default argument), 0 if one did not (another lock or none included), -1 if it cannot tell (f never touched var, or failed); `cpu_of(f, *args)` the CPU seconds a call takes and `program_cpu` those the program spent itself."),
        count: z
          .array(z.string().regex(/^[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)+$/))
          .default([])
          .describe("module.function (or Python class) whose calls from the program are counted; facts calls.<module.function>."),
      })
      .strict()
      .default({ inspect: {}, count: [] }),
    hints: z.array(TextSchema).min(1),
    patterns: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), LinePatternSchema).default({}),
    workers: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), WorkerGroupSchema).default({}),
    checks: z
      .array(CheckSchema)
      .default([])
      .describe("What is graded: at least one, unless `cases` are given (then these apply to every case's run)."),
    cases: z
      .array(CaseSchema)
      .min(1)
      .optional()
      .describe("Several runs of the program, one after another, each with its own input and checks; the results are merged into one report."),
  })
  .strict()
  .refine((s) => s.checks.length > 0 || (s.cases?.length ?? 0) > 0, {
    path: ["checks"],
    message: "hace falta al menos una comprobación (en `checks` o en `cases`)␟at least one check is needed (in `checks` or in `cases`)",
  });

export type Spec = z.infer<typeof SpecSchema>;
export type Check = z.infer<typeof CheckSchema>;
export type LinePattern = z.infer<typeof LinePatternSchema>;
export type PatternRef = z.infer<typeof PatternRefSchema>;
export type Variant = z.infer<typeof VariantSchema>;
export type Case = z.infer<typeof CaseSchema>;
export type WorkerGroup = z.infer<typeof WorkerGroupSchema>;
export type CheckType = Check["type"];
