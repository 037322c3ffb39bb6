// Loading exercise specs in layers (YAML, schema, meaning, files), collecting
// every problem with its file, field path and line instead of stopping at the first.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { LineCounter, parseDocument, isNode, type Document } from "yaml";
import type { z } from "zod";
import { SpecSchema, type Spec, type PatternRef, type Check } from "./schema.js";
import { isListFact, parseFactExpr } from "./facts.js";

export type SpecIssue = { file: string; path: string; line?: number; message: string };

import type { Exercise } from "./exercise.js";
export type { Exercise } from "./exercise.js";

export class SpecError extends Error {
  constructor(readonly issues: SpecIssue[]) {
    super(issues.map(formatIssue).join("\n"));
    this.name = "SpecError";
  }
}

export const SPEC_FILE = "exercise.yaml";

export function formatIssue(issue: SpecIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const field = issue.path ? ` (campo \`${issue.path}\`)` : "";
  return `${where}${field}: ${issue.message}`;
}

type PathKey = string | number;

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

function zodIssues(error: z.ZodError, file: string, doc: Document, counter: LineCounter): SpecIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p): p is PathKey => typeof p !== "symbol");
    let message = issue.message;
    if (issue.code === "unrecognized_keys") message = `campo desconocido / unknown field: ${issue.keys.join(", ")}`;
    if (issue.code === "invalid_union" && path.length > 0 && /checks\.\d+$/.test(path.join("."))) {
      message = "tipo de comprobación desconocido o mal formado / unknown or malformed check type";
    }
    return { file, path: pathText(path), line: lineOf(doc, counter, path), message };
  });
}

function regexProblem(source: string): string | undefined {
  try {
    new RegExp(source, "iu");
    return undefined;
  } catch (error) {
    return `expresión regular inválida / invalid regex: ${(error as Error).message}`;
  }
}

function patternRefs(check: Check): Array<[string, PatternRef]> {
  const refs: Array<[string, PatternRef]> = [];
  for (const key of ["match", "before", "after", "start", "end", "from"] as const) {
    const value = (check as Record<string, unknown>)[key];
    if (Array.isArray(value)) value.forEach((v, i) => refs.push([`${key}[${i}]`, v as PatternRef]));
    else if (value !== undefined) refs.push([key, value as PatternRef]);
  }
  return refs;
}

// What the schema cannot say: references, regexes, facts, files.
function meaningIssues(spec: Spec, dir: string): Array<{ path: PathKey[]; message: string }> {
  const out: Array<{ path: PathKey[]; message: string }> = [];
  const ids = new Set<string>();
  for (const [name, pattern] of Object.entries(spec.patterns)) {
    for (const key of ["regex", "not", "item"] as const) {
      const problem = pattern[key] !== undefined ? regexProblem(pattern[key]) : undefined;
      if (problem) out.push({ path: ["patterns", name, key], message: problem });
    }
  }
  spec.checks.forEach((check, i) => {
    if (ids.has(check.id)) out.push({ path: ["checks", i, "id"], message: `id repetido / duplicate id «${check.id}»` });
    ids.add(check.id);
    for (const [key, ref] of patternRefs(check)) {
      const path: PathKey[] = ["checks", i, ...key.replace(/\[(\d+)\]/, ".$1").split(".").map((k) => (/^\d+$/.test(k) ? Number(k) : k))];
      if (typeof ref === "string") {
        if (!Object.hasOwn(spec.patterns, ref)) {
          out.push({ path, message: `el patrón «${ref}» no está en \`patterns\` / pattern not defined` });
        }
        continue;
      }
      for (const k of ["regex", "not", "item"] as const) {
        const problem = ref[k] !== undefined ? regexProblem(ref[k]) : undefined;
        if (problem) out.push({ path: [...path, k], message: problem });
      }
    }
    if (check.type === "fact") {
      const exprs = Array.isArray(check.expect) ? check.expect : [check.expect];
      exprs.forEach((expr, j) => {
        const parsed = parseFactExpr(expr);
        if ("error" in parsed) {
          out.push({ path: Array.isArray(check.expect) ? ["checks", i, "expect", j] : ["checks", i, "expect"], message: parsed.error });
        }
      });
    }
    if (check.type === "number" && check.inFact !== undefined && !isListFact(check.inFact)) {
      out.push({ path: ["checks", i, "inFact"], message: `hecho de lista desconocido / unknown list fact «${check.inFact}»` });
    }
    if (check.type === "line-times") {
      const starts = check.from;
      const pattern = typeof starts === "string" ? spec.patterns[starts] : starts;
      if (check.anchor === "same-item" && pattern && pattern.item === undefined) {
        out.push({ path: ["checks", i, "from"], message: "el patrón necesita `item` para emparejar líneas / the pattern needs `item`" });
      }
    }
  });
  spec.variants.forEach((variant, i) => {
    if (!ids.has(variant.catches)) {
      out.push({ path: ["variants", i, "catches"], message: `no hay ninguna comprobación «${variant.catches}» / no such check` });
    }
  });
  const files: Array<[PathKey[], string]> = [
    [["statement", "es"], spec.statement.es],
    [["statement", "en"], spec.statement.en],
    [["starter"], spec.starter],
    [["solution"], spec.solution],
    ...spec.alternatives.map((f, i): [PathKey[], string] => [["alternatives", i], f]),
    ...spec.variants.map((v, i): [PathKey[], string] => [["variants", i, "file"], v.file]),
  ];
  for (const [path, file] of files) {
    const full = resolve(dir, file);
    if (!full.startsWith(resolve(dir))) out.push({ path, message: `«${file}» sale de la carpeta del ejercicio / leaves the exercise folder` });
    else if (!existsSync(full) || !statSync(full).isFile()) out.push({ path, message: `no existe el archivo / missing file «${file}»` });
  }
  return out;
}

// Parses and validates one spec file; never throws for a bad spec.
export function loadSpecFile(specFile: string): { spec?: Spec; issues: SpecIssue[] } {
  let source: string;
  try {
    source = readFileSync(specFile, "utf8");
  } catch (error) {
    return { issues: [{ file: specFile, path: "", message: `no se puede leer / cannot read: ${(error as Error).message}` }] };
  }
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      issues: doc.errors.map((e) => ({
        file: specFile,
        path: "",
        line: e.linePos?.[0]?.line ?? counter.linePos(e.pos[0]).line,
        message: `YAML inválido / invalid YAML: ${e.message.split("\n")[0]}`,
      })),
    };
  }
  const parsed = SpecSchema.safeParse(doc.toJS({ maxAliasCount: 50 }));
  if (!parsed.success) return { issues: zodIssues(parsed.error, specFile, doc, counter) };
  const dir = resolve(specFile, "..");
  const issues = meaningIssues(parsed.data, dir).map((m) => ({
    file: specFile,
    path: pathText(m.path),
    line: lineOf(doc, counter, m.path),
    message: m.message,
  }));
  return issues.length > 0 ? { issues } : { spec: parsed.data, issues };
}

// Every exercise under `root`, with problems across exercises (duplicate ids,
// aliases or learner file names) checked too.
export function loadCatalog(root: string): { exercises: Exercise[]; issues: SpecIssue[] } {
  const issues: SpecIssue[] = [];
  const exercises: Exercise[] = [];
  let entries: string[];
  try {
    entries = readdirSync(root, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith("."))
      .map((e) => e.name)
      .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  } catch (error) {
    return { exercises, issues: [{ file: root, path: "", message: `no se puede leer la carpeta de ejercicios / cannot read: ${(error as Error).message}` }] };
  }
  for (const name of entries) {
    const dir = join(root, name);
    const specFile = join(dir, SPEC_FILE);
    if (!existsSync(specFile)) {
      issues.push({ file: dir, path: "", message: `falta ${SPEC_FILE} en la carpeta del ejercicio / missing ${SPEC_FILE}` });
      continue;
    }
    const loaded = loadSpecFile(specFile);
    issues.push(...loaded.issues);
    if (loaded.spec) exercises.push({ spec: loaded.spec, dir, specFile });
  }
  const seen = new Map<string, string>();
  for (const ex of exercises) {
    for (const [kind, key] of [["id", ex.spec.id], ["alias", ex.spec.alias], ["file", ex.spec.file]] as const) {
      const slot = `${kind === "file" ? "file" : "name"}:${key}`;
      const other = seen.get(slot);
      if (other) {
        issues.push({ file: ex.specFile, path: kind, message: `«${key}» ya lo usa / is already used by ${other}` });
      } else seen.set(slot, ex.specFile);
    }
  }
  exercises.sort((a, b) => a.spec.order - b.spec.order);
  return { exercises, issues };
}
