// Loading exercise specs in layers (YAML, schema, meaning, files), collecting
// every problem with its file, field path and line instead of stopping at the first.
import { yamlErrorText } from "./yaml-errors.js";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { LineCounter, parseDocument, isCollection, isNode, isPair, isScalar, isSeq, visit, type Document } from "yaml";
import { z } from "zod";
import type { Text } from "../i18n/lang.js";
import { CheckSchema, collectFallbacks, LinePatternSchema, SpecSchema, TextSchema, VariantSchema, type Spec, type PatternRef, type Check } from "./schema.js";
import { isListFact, parseFactExpr, printedNames, specFactNames } from "./facts.js";
import type { Exercise, Untranslated } from "./exercise.js";

export type { Exercise } from "./exercise.js";

import type { SpecIssue } from "./format-issue.js";

export { formatIssue, type SpecIssue } from "./format-issue.js";

export const SPEC_FILE = "exercise.yaml";
// A small file beside the exercises that names their course.
export const CATALOG_FILES = ["catalogo.yaml", "catalog.yaml"] as const;

const t = (es: string, en: string): Text => ({ es, en });

type PathKey = string | number;
type Problem = { path: PathKey[]; message: Text };

function pathText(path: readonly PathKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

// The YAML line of the deepest node that exists along `path`.
function lineOf(doc: Document, counter: LineCounter, path: readonly PathKey[]): number | undefined {
  for (let len = path.length; len >= 0; len--) {
    const node = len === 0 ? doc.contents : doc.getIn(path.slice(0, len), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

const SEPARATOR = "␟";
const spanish = z.locales.es().localeError;

// Schema problems in both languages: custom messages carry both, separated by ␟;
// zod's own messages come from its Spanish and English locales.
function schemaProblems(data: unknown, schema: z.ZodType = SpecSchema): Problem[] {
  const en = schema.safeParse(data);
  if (en.success) return [];
  const es = schema.safeParse(data, { error: spanish });
  const esIssues = es.success ? [] : es.error.issues;
  return en.error.issues.flatMap((issue, i): Problem[] => {
    const path = issue.path.filter((p): p is PathKey => typeof p !== "symbol");
    const other = esIssues[i]?.message ?? issue.message;
    let message: Text;
    if (issue.message.includes(SEPARATOR)) {
      const [a = "", b = ""] = issue.message.split(SEPARATOR);
      message = t(a, b);
    } else if (issue.code === "unrecognized_keys") {
      // Each unknown key at its own path, so its own line is shown.
      return issue.keys.map((key) => ({ path: [...path, key], message: t(`campo desconocido: ${key}`, `unknown field: ${key}`) }));
    } else if (issue.code === "invalid_union" && path.at(-1) === "type") {
      message = t("tipo de comprobación desconocido; `pytutor schema` lista los tipos", "unknown check type; `pytutor schema` lists the types");
    } else message = t(other, issue.message);
    return [{ path, message }];
  });
}

function regexProblem(source: string): Text | undefined {
  try {
    new RegExp(source, "iu");
    return undefined;
  } catch (error) {
    const why = (error as Error).message;
    return t(`expresión regular inválida: ${why}`, `invalid regular expression: ${why}`);
  }
}

function patternRefs(check: Check): Array<[PathKey[], PatternRef]> {
  const refs: Array<[PathKey[], PatternRef]> = [];
  for (const key of ["match", "before", "after", "start", "end", "from", "through"] as const) {
    // A `printed` check's `from` names sources of values, a `final-line`'s `after` a group.
    if ((key === "from" && check.type === "printed") || (key === "after" && check.type === "final-line")) continue;
    const value = (check as Record<string, unknown>)[key];
    if (Array.isArray(value)) value.forEach((v, i) => refs.push([[key, i], v as PatternRef]));
    else if (value !== undefined) refs.push([[key], value as PatternRef]);
  }
  if (check.type === "numbers") for (const [name, ref] of Object.entries(check.values)) refs.push([["values", name], ref]);
  return refs;
}

// The parts of a spec that are valid on their own, so meaning can be checked
// even when other parts fail the schema, and every problem is reported at once.
type Partial = Pick<Spec, "patterns" | "variants" | "probe" | "workers"> & {
  // Each valid check with its path: ["checks", i] or ["cases", k, "checks", i].
  checks: Array<[PathKey[], Check]>;
  // The raw ids of the spec's checks and of each case and its checks, for duplicates and `catches`.
  ids: { checks: Array<[PathKey[], string]>; cases: Array<{ path: PathKey[]; id?: string; checks: Array<[PathKey[], string]> }> | undefined };
  files: Array<[PathKey[], string]>;
};

function partialSpec(raw: unknown): Partial {
  const data = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const patterns: Spec["patterns"] = {};
  if (data.patterns && typeof data.patterns === "object") {
    for (const [name, value] of Object.entries(data.patterns)) {
      const parsed = LinePatternSchema.safeParse(value);
      if (parsed.success) patterns[name] = parsed.data;
    }
  }
  const checks: Array<[PathKey[], Check]> = [];
  const rawIds = (list: unknown, base: PathKey[]): Array<[PathKey[], string]> => {
    if (!Array.isArray(list)) return [];
    return list.flatMap((value, i): Array<[PathKey[], string]> => {
      const parsed = CheckSchema.safeParse(value);
      if (parsed.success) checks.push([[...base, i], parsed.data]);
      const id = (value as Record<string, unknown> | null)?.id;
      return typeof id === "string" ? [[[...base, i, "id"], id]] : [];
    });
  };
  const ids: Partial["ids"] = {
    checks: rawIds(data.checks, ["checks"]),
    cases: Array.isArray(data.cases)
      ? data.cases.map((c, k) => {
          const raw = (c && typeof c === "object" ? c : {}) as Record<string, unknown>;
          return { path: ["cases", k, "id"], ...(typeof raw.id === "string" ? { id: raw.id } : {}), checks: rawIds(raw.checks, ["cases", k, "checks"]) };
        })
      : undefined,
  };
  const variants = Array.isArray(data.variants)
    ? data.variants.flatMap((v) => {
        const parsed = VariantSchema.safeParse(v);
        return parsed.success ? [parsed.data] : [];
      })
    : [];
  const files: Array<[PathKey[], string]> = [];
  const str = (v: unknown) => (typeof v === "string" && v.trim() ? v : undefined);
  const statement = (data.statement ?? {}) as Record<string, unknown>;
  for (const lang of ["es", "en"]) if (str(statement[lang])) files.push([["statement", lang], statement[lang] as string]);
  for (const key of ["starter", "solution"]) if (str(data[key])) files.push([[key], data[key] as string]);
  if (Array.isArray(data.alternatives)) data.alternatives.forEach((f, i) => str(f) && files.push([["alternatives", i], f as string]));
  if (Array.isArray(data.variants)) {
    data.variants.forEach((v, i) => {
      const file = (v as Record<string, unknown> | null)?.file;
      if (str(file)) files.push([["variants", i, "file"], file as string]);
    });
  }
  const probe = SpecSchema.shape.probe.safeParse(data.probe);
  const workers = SpecSchema.shape.workers.safeParse(data.workers);
  return { patterns, checks, ids, variants, files, probe: probe.success ? probe.data : { inspect: {}, count: [] }, workers: workers.success ? workers.data : {} };
}

// What the schema cannot say: references, regexes, facts, labels, files.
function meaningProblems(spec: Partial, dir: string): Problem[] {
  const out: Problem[] = [];
  for (const [name, pattern] of Object.entries(spec.patterns)) {
    for (const key of ["regex", "not", "item"] as const) {
      const problem = pattern[key] !== undefined ? regexProblem(pattern[key]) : undefined;
      if (problem) out.push({ path: ["patterns", name, key], message: problem });
    }
  }
  // What a variant may name in `catches`: a check's id, or `case/check` in an exercise with cases.
  const ids = new Set<string>();
  const unique = (list: Array<[PathKey[], string]>, seen: Set<string>) => {
    for (const [path, id] of list) {
      if (seen.has(id)) out.push({ path, message: t(`id repetido «${id}»`, `duplicate id «${id}»`) });
      seen.add(id);
    }
    return seen;
  };
  const own = unique(spec.ids.checks, new Set<string>());
  if (spec.ids.cases === undefined) for (const id of own) ids.add(id);
  const caseIds = new Set<string>();
  for (const c of spec.ids.cases ?? []) {
    if (c.id !== undefined && caseIds.has(c.id)) out.push({ path: c.path, message: t(`id de caso repetido «${c.id}»`, `duplicate case id «${c.id}»`) });
    if (c.id !== undefined) caseIds.add(c.id);
    const inCase = unique(c.checks, new Set(own));
    if (c.id !== undefined) for (const id of inCase) ids.add(`${c.id}/${id}`);
  }
  for (const [at, check] of spec.checks) {
    for (const [key, ref] of patternRefs(check)) {
      const path: PathKey[] = [...at, ...key];
      if (typeof ref === "string") {
        if (!Object.hasOwn(spec.patterns, ref)) {
          out.push({ path, message: t(`el patrón «${ref}» no está definido en \`patterns\``, `pattern «${ref}» is not defined in \`patterns\``) });
        }
        continue;
      }
      for (const k of ["regex", "not", "item"] as const) {
        const problem = ref[k] !== undefined ? regexProblem(ref[k]) : undefined;
        if (problem) out.push({ path: [...path, k], message: problem });
      }
    }
    const groups: Array<[PathKey[], string | undefined]> =
      check.type === "workers"
        ? [[["group"], check.group]]
        : check.type === "final-line"
          ? [[["after"], check.after]]
          : check.type === "elapsed"
            ? check.covers.map((g, k): [PathKey[], string] => [["covers", k], g])
            : [];
    for (const [key, group] of groups) {
      if (typeof group === "string" && !Object.hasOwn(spec.workers, group)) {
        out.push({ path: [...at, ...key], message: t(`el grupo «${group}» no está definido en \`workers\``, `group «${group}» is not defined in \`workers\`` ) });
      }
    }
    const extra = specFactNames(spec.probe);
    const conditions = check.when === undefined ? [] : typeof check.when === "string" ? [check.when] : check.when;
    for (const [k, condition] of conditions.entries()) {
      const parsed = parseFactExpr(condition, extra);
      const path = typeof check.when === "string" ? [...at, "when"] : [...at, "when", k];
      if ("error" in parsed) out.push({ path, message: parsed.error });
    }
    if (check.type === "shows" && !extra.has(check.value)) {
      out.push({ path: [...at, "value"], message: t(`«${check.value}» no está en \`probe.inspect\``, `«${check.value}» is not in \`probe.inspect\``) });
    }
    if (check.type === "printed") {
      for (const [j, source] of check.from.entries()) {
        if (source.startsWith("returns.") && !spec.probe.count.includes(source.slice("returns.".length))) {
          out.push({ path: [...at, "from", j], message: t(`«${source}»: añade ${source.slice(8)} a \`probe.count\``, `«${source}»: add ${source.slice(8)} to \`probe.count\``) });
        }
      }
      const exprs = check.expect === undefined ? [] : Array.isArray(check.expect) ? check.expect : [check.expect];
      exprs.forEach((expr, j) => {
        const parsed = parseFactExpr(expr, printedNames(check.min));
        if ("error" in parsed) out.push({ path: [...at, "expect", ...(Array.isArray(check.expect) ? [j] : [])], message: parsed.error });
      });
    }
    if (check.type === "fact" || check.type === "numbers") {
      const names = check.type === "numbers" ? new Set(Object.keys(check.values).map((k) => `n.${k}`)) : extra;
      const exprs = Array.isArray(check.expect) ? check.expect : [check.expect];
      exprs.forEach((expr, j) => {
        const parsed = parseFactExpr(expr, names);
        if ("error" in parsed) out.push({ path: [...at, "expect", ...(Array.isArray(check.expect) ? [j] : [])], message: parsed.error });
      });
    }
    if (check.type === "number" && check.inFact !== undefined && !isListFact(check.inFact, spec.probe.count)) {
      out.push({ path: [...at, "inFact"], message: t(`hecho de lista desconocido «${check.inFact}»`, `unknown list fact «${check.inFact}»`) });
    }
    if (check.type === "output" && check.regex !== undefined) {
      // As GitHub Classroom compiles it: no flags.
      try {
        new RegExp(check.regex);
      } catch (error) {
        const why = (error as Error).message;
        out.push({ path: [...at, "regex"], message: t(`expresión regular inválida: ${why}`, `invalid regular expression: ${why}`) });
      }
    }
    if (check.type === "line-times" && check.anchor === "same-item") {
      const pattern = typeof check.from === "string" ? spec.patterns[check.from] : check.from;
      if (pattern && pattern.item === undefined) {
        out.push({ path: [...at, "from"], message: t("el patrón necesita `item` para emparejar líneas", "the pattern needs `item` to pair lines") });
      }
    }
  }
  spec.variants.forEach((variant, i) => {
    if (!ids.has(variant.catches)) {
      out.push({
        path: ["variants", i, "catches"],
        message: t(`no hay ninguna comprobación con id «${variant.catches}»`, `there is no check with id «${variant.catches}»`),
      });
    }
  });
  for (const [path, file] of spec.files) {
    const full = resolve(dir, file);
    if (!full.startsWith(resolve(dir))) {
      out.push({ path, message: t(`«${file}» sale de la carpeta del ejercicio`, `«${file}» leaves the exercise folder`) });
    } else if (!existsSync(full) || !statSync(full).isFile()) {
      out.push({ path, message: t(`no existe el archivo «${file}»`, `the file «${file}» does not exist`) });
    }
  }
  return out;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export type LoadedSpec = { spec?: Spec; issues: SpecIssue[]; lines: Record<"id" | "alias" | "file", number | undefined>; untranslated?: Untranslated };

// Which languages fell back, and whether the title and statement themselves did.
function untranslatedOf(raw: Record<string, unknown>, missing: readonly ("es" | "en")[]): Untranslated | undefined {
  if (missing.length === 0) return undefined;
  const has = (field: string, lang: string) => {
    const value = raw[field];
    return value !== null && typeof value === "object" && (value as Record<string, unknown>)[lang] !== undefined;
  };
  return Object.fromEntries(missing.map((lang) => [lang, !has("title", lang) && !has("statement", lang) ? "whole" : "part"]));
}

// What YAML allows and a spec cannot hold: a key that is a list or a map (it
// would become "[object]" text), or `__proto__` (JavaScript objects drop it).
function shapeProblem(doc: Document, counter: LineCounter): { line: number; message: Text; path: PathKey[] } | undefined {
  let found: { line: number; message: Text; path: PathKey[] } | undefined;
  const at = (node: unknown) => counter.linePos((node as { range?: [number] }).range?.[0] ?? 0).line;
  // The field that holds the offending pair, from its ancestors.
  const fieldOf = (ancestors: readonly unknown[], self: unknown): PathKey[] => {
    const path: PathKey[] = [];
    ancestors.forEach((node, i) => {
      if (isPair(node) && isScalar(node.key)) path.push(String(node.key.value));
      else if (isSeq(node)) path.push(node.items.indexOf((ancestors[i + 1] ?? self) as never));
    });
    return path;
  };
  try {
    visit(doc, {
      Pair(_, pair, ancestors) {
        // A list, a map, or a scalar that is not text (a !!binary key is bytes).
        if (isCollection(pair.key) || (isScalar(pair.key) && typeof pair.key.value === "object" && pair.key.value !== null)) {
          found = { line: at(pair.key), path: fieldOf(ancestors, pair), message: t("una clave debe ser un texto, no una lista ni un mapa", "a key must be text, not a list or a map") };
          return visit.BREAK;
        }
        if (isScalar(pair.key) && pair.key.value === "__proto__") {
          found = { line: at(pair.key), path: fieldOf(ancestors, pair), message: t("«__proto__» no puede ser una clave", "«__proto__» cannot be a key") };
          return visit.BREAK;
        }
        return undefined;
      },
    });
  } catch {
    return { line: 1, path: [], message: t("YAML inválido: demasiado anidado", "invalid YAML: nested too deeply") };
  }
  return found;
}

// Parses and validates one spec file; never throws for a bad spec.
export function loadSpecFile(specFile: string): LoadedSpec {
  const noLines = { id: undefined, alias: undefined, file: undefined };
  let source: string;
  try {
    source = readFileSync(specFile, "utf8");
  } catch (error) {
    const why = (error as Error).message;
    return { issues: [{ file: specFile, path: "", message: t(`no se puede leer: ${why}`, `cannot read: ${why}`) }], lines: noLines };
  }
  const counter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  } catch {
    return { issues: [{ file: specFile, path: "", line: 1, message: t("YAML inválido: demasiado anidado", "invalid YAML: nested too deeply") }], lines: noLines };
  }
  if (doc.errors.length > 0) {
    return {
      issues: doc.errors.map((e) => {
        const first = e.message.split("\n")[0] ?? "";
        const deep = /call stack/i.test(first);
        return {
          file: specFile,
          path: "",
          line: counter.linePos(e.pos[0]).line,
          message: deep ? t("YAML inválido: demasiado anidado", "invalid YAML: nested too deeply") : t(`YAML inválido: ${yamlErrorText(e).es}`, `invalid YAML: ${yamlErrorText(e).en}`),
        };
      }),
      lines: noLines,
    };
  }
  const shape = shapeProblem(doc, counter);
  if (shape) return { issues: [{ file: specFile, path: pathText(shape.path), line: shape.line, message: shape.message }], lines: noLines };
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    // An alias to a missing anchor, or aliases that multiply without end.
    const why = error instanceof RangeError ? "demasiado anidado␟nested too deeply" : (error as Error).message;
    const [es = why, en = why] = why.split("␟");
    return { issues: [{ file: specFile, path: "", line: 1, message: t(`YAML inválido: ${es}`, `invalid YAML: ${en}`) }], lines: noLines };
  }
  const lines = { id: lineOf(doc, counter, ["id"]), alias: lineOf(doc, counter, ["alias"]), file: lineOf(doc, counter, ["file"]) };
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return { issues: [{ file: specFile, path: "", line: 1, message: t("el archivo debe ser un mapa YAML (clave: valor)", "the file must be a YAML mapping (key: value)") }], lines };
  }
  const problems = [...schemaProblems(raw), ...meaningProblems(partialSpec(raw), resolve(specFile, ".."))];
  const seen = new Set<string>();
  const issues = problems
    .filter((p) => {
      const key = `${pathText(p.path)}|${p.message.en}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .map((p) => ({ file: specFile, path: pathText(p.path), line: lineOf(doc, counter, p.path), message: p.message }))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (issues.length > 0) return { issues, lines };
  const { value: spec, missing } = collectFallbacks(() => SpecSchema.parse(raw));
  const untranslated = untranslatedOf(raw as Record<string, unknown>, missing);
  return { spec, issues, lines, ...(untranslated ? { untranslated } : {}) };
}

// Parses a YAML file into plain data, or the issue that stops it.
function readYaml(file: string): { raw?: unknown; doc?: Document; counter: LineCounter; issue?: SpecIssue } {
  const counter = new LineCounter();
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch (error) {
    const why = (error as Error).message;
    return { counter, issue: { file, path: "", message: t(`no se puede leer: ${why}`, `cannot read: ${why}`) } };
  }
  try {
    const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
    const first = doc.errors[0];
    if (first) {
      const why = yamlErrorText(first);
      return { counter, issue: { file, path: "", line: counter.linePos(first.pos[0]).line, message: t(`YAML inválido: ${why.es}`, `invalid YAML: ${why.en}`) } };
    }
    const shape = shapeProblem(doc, counter);
    if (shape) return { counter, issue: { file, path: pathText(shape.path), line: shape.line, message: shape.message } };
    return { raw: doc.toJS({ maxAliasCount: 50 }), doc, counter };
  } catch {
    return { counter, issue: { file, path: "", line: 1, message: t("YAML inválido: demasiado anidado", "invalid YAML: nested too deeply") } };
  }
}

// catalogo.yaml / catalog.yaml: `title: Mi curso` or `title: { es: …, en: … }`.
const CatalogFileSchema = z
  .object({ title: z.union([z.string().trim().min(1).transform((s) => ({ es: s, en: s })), TextSchema]) })
  .strict();

// The course a folder of exercises belongs to: its catalogue file's title, or the folder's name.
export function loadCourseTitle(root: string): { title: Text; issues: SpecIssue[] } {
  const fallback = { title: t(basename(resolve(root)), basename(resolve(root))), issues: [] };
  const present = CATALOG_FILES.map((name) => join(root, name)).filter((file) => existsSync(file));
  const [file, other] = present;
  if (file === undefined) return fallback;
  if (other !== undefined) {
    return { ...fallback, issues: [{ file: other, path: "", message: t(`sobra: ya está ${file}; deja solo uno de los dos`, `one too many: ${file} is there already; keep only one of them`) }] };
  }
  const { raw, doc, counter, issue } = readYaml(file);
  if (issue || !doc) return { ...fallback, issues: issue ? [issue] : [] };
  const problems = raw === null || typeof raw !== "object" || Array.isArray(raw)
    ? [{ path: [] as PathKey[], message: t("el archivo debe ser un mapa YAML con `title`", "the file must be a YAML mapping with `title`") }]
    : schemaProblems(raw, CatalogFileSchema);
  if (problems.length > 0) {
    return { ...fallback, issues: problems.map((p) => ({ file, path: pathText(p.path), line: lineOf(doc, counter, p.path), message: p.message })) };
  }
  return { title: CatalogFileSchema.parse(raw).title, issues: [] };
}

// Every exercise under `root`, with problems across exercises (duplicate ids,
// aliases or learner file names) checked too.
export function loadCatalog(root: string): { exercises: Exercise[]; issues: SpecIssue[] } {
  const issues: SpecIssue[] = [];
  const exercises: Array<Exercise & { lines: LoadedSpec["lines"] }> = [];
  let entries: string[];
  try {
    entries = readdirSync(root, { withFileTypes: true })
      .filter((e) => !e.name.startsWith(".") && (e.isDirectory() || (e.isSymbolicLink() && isDirectory(join(root, e.name)))))
      .map((e) => e.name)
      .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  } catch (error) {
    const why = (error as Error).message;
    return { exercises: [], issues: [{ file: root, path: "", message: t(`no se puede leer la carpeta de ejercicios: ${why}`, `cannot read the exercises folder: ${why}`) }] };
  }
  for (const name of entries) {
    const dir = join(root, name);
    const specFile = join(dir, SPEC_FILE);
    if (!existsSync(specFile)) {
      issues.push({ file: dir, path: "", message: t(`falta ${SPEC_FILE} en la carpeta del ejercicio`, `${SPEC_FILE} is missing from the exercise folder`) });
      continue;
    }
    const loaded = loadSpecFile(specFile);
    issues.push(...loaded.issues);
    if (loaded.spec) exercises.push({ spec: loaded.spec, dir, specFile, lines: loaded.lines, ...(loaded.untranslated ? { untranslated: loaded.untranslated } : {}) });
  }
  const seen = new Map<string, string>();
  for (const ex of exercises) {
    for (const kind of ["id", "alias", "file"] as const) {
      const key = ex.spec[kind];
      const slot = `${kind === "file" ? "file" : "name"}:${key}`;
      const other = seen.get(slot);
      if (other && other !== ex.specFile) {
        issues.push({ file: ex.specFile, path: kind, line: ex.lines[kind], message: t(`«${key}» ya lo usa ${other}`, `«${key}» is already used by ${other}`) });
      } else seen.set(slot, ex.specFile);
    }
  }
  exercises.sort((a, b) => a.spec.order - b.spec.order);
  return { exercises: exercises.map(({ lines: _lines, ...exercise }) => exercise), issues };
}

export type CatalogPart = { dir: string; exercises: Exercise[] };

// Several folders of exercises as one catalogue, in the order given. An id,
// alias or learner file name found in two folders is a clash naming both.
export function mergeCatalogs(parts: CatalogPart[]): { exercises: Exercise[]; clashes: SpecIssue[] } {
  const exercises: Exercise[] = [];
  const clashes: SpecIssue[] = [];
  const seen = new Map<string, { part: CatalogPart; exercise: Exercise }>();
  for (const part of parts) {
    for (const exercise of part.exercises) {
      let clashed = false;
      const names = [...new Set([exercise.spec.id, exercise.spec.alias])].map((n) => [`name:${n}`, n] as const);
      for (const [slot, key] of [...names, [`file:${exercise.spec.file}`, exercise.spec.file] as const]) {
        const other = seen.get(slot);
        if (other && other.part !== part) {
          clashed = true;
          clashes.push({
            file: exercise.specFile,
            path: slot.startsWith("file:") ? "file" : key === exercise.spec.id ? "id" : "alias",
            message: t(
              `«${key}» está en dos carpetas de ejercicios: ${other.part.dir} (${other.exercise.spec.id}) y ${part.dir} (${exercise.spec.id}); cambia uno de los dos, o usa --only-exercises para dejar fuera los ejercicios incluidos`,
              `«${key}» is in two exercise folders: ${other.part.dir} (${other.exercise.spec.id}) and ${part.dir} (${exercise.spec.id}); change one of them, or use --only-exercises to leave the built-in exercises out`,
            ),
          });
        } else if (!other) seen.set(slot, { part, exercise });
      }
      if (!clashed) exercises.push(exercise);
    }
  }
  return { exercises, clashes };
}
