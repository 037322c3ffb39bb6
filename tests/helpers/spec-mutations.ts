// Mutated exercise specs for the property tests: the real specs of exercises/,
// changed as data (keys deleted, duplicated, renamed; values of the wrong type)
// or as text (broken YAML syntax, aliases, deep nesting, bytes, truncation),
// and written into a catalogue folder next to the original's other files, so the
// only problem a loader can find is the mutation.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse, stringify } from "yaml";
import { fc } from "./fc.js";

export const EXERCISES_DIR = resolve(import.meta.dirname, "..", "..", "exercises");
export const SPEC_FILE = "exercise.yaml";

export type RealSpec = { name: string; dir: string; text: string; value: unknown };

export const REAL_SPECS: RealSpec[] = readdirSync(EXERCISES_DIR)
  .filter((name) => existsSync(join(EXERCISES_DIR, name, SPEC_FILE)))
  .sort()
  .map((name) => {
    const dir = join(EXERCISES_DIR, name);
    const text = readFileSync(join(dir, SPEC_FILE), "utf8");
    return { name, dir, text, value: parse(text) as unknown };
  });

if (REAL_SPECS.length === 0) throw new Error(`no exercise specs found in ${EXERCISES_DIR}`);

// ---------------------------------------------------------------------------
// Mutations of the spec as data.

export type Key = string | number;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === "object" && !Array.isArray(v);

// Every path in a value, the root ([]) first, in document order.
export function allPaths(value: unknown): Key[][] {
  const out: Key[][] = [[]];
  const walk = (v: unknown, path: Key[]) => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        out.push([...path, i]);
        walk(x, [...path, i]);
      });
    } else if (isObj(v)) {
      for (const k of Object.keys(v)) {
        out.push([...path, k]);
        walk(v[k], [...path, k]);
      }
    }
  };
  walk(value, []);
  return out;
}

export function getAt(value: unknown, path: readonly Key[]): unknown {
  let v = value;
  for (const k of path) {
    if (Array.isArray(v) && typeof k === "number") v = v[k];
    else if (isObj(v) && typeof k === "string" && Object.hasOwn(v, k)) v = v[k];
    else return undefined;
  }
  return v;
}

// Object.fromEntries keeps keys such as `__proto__` as own properties.
const rebuild = (entries: Array<[string, unknown]>): Obj => Object.fromEntries(entries) as Obj;

// A copy of `value` where the container at `parentPath` is replaced by `edit(container)`.
function editAt(value: unknown, parentPath: readonly Key[], edit: (container: unknown) => unknown): unknown {
  if (parentPath.length === 0) return edit(value);
  const [head, ...rest] = parentPath;
  if (Array.isArray(value) && typeof head === "number") {
    const copy = value.slice();
    copy[head] = editAt(value[head], rest, edit);
    return copy;
  }
  if (isObj(value) && typeof head === "string") {
    return rebuild(Object.entries(value).map(([k, v]) => [k, k === head ? editAt(v, rest, edit) : v]));
  }
  return value;
}

export type StructuralOp =
  | { op: "delete"; at: number }
  | { op: "duplicate"; at: number }
  | { op: "rename"; at: number; to: string }
  | { op: "replace"; at: number; value: unknown }
  | { op: "swap"; at: number; from: number }
  | { op: "graft"; at: number; spec: number; from: number };

const typeClass = (v: unknown): string => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

// Applies the ops in order. `retyped` is the path whose value changed its type
// when the only op is such a replacement (a schema problem is then expected there).
export function applyStructural(spec: RealSpec, ops: readonly StructuralOp[]): { value: unknown; retyped?: Key[] } {
  let value = spec.value;
  let retyped: Key[] | undefined;
  for (const op of ops) {
    const paths = allPaths(value);
    const path = paths[op.at % paths.length] ?? [];
    const parent = path.slice(0, -1);
    const last = path.at(-1);
    retyped = undefined;
    switch (op.op) {
      case "delete":
        if (last === undefined) break;
        value = editAt(value, parent, (c) =>
          Array.isArray(c) ? c.filter((_, i) => i !== last) : isObj(c) ? rebuild(Object.entries(c).filter(([k]) => k !== last)) : c,
        );
        break;
      case "duplicate":
        if (last === undefined) break;
        value = editAt(value, parent, (c) => {
          if (Array.isArray(c) && typeof last === "number") return [...c.slice(0, last + 1), c[last], ...c.slice(last + 1)];
          if (isObj(c)) return rebuild(Object.entries(c).flatMap(([k, v]): Array<[string, unknown]> => (k === last ? [[k, v], [`${k}2`, v]] : [[k, v]])));
          return c;
        });
        break;
      case "rename":
        if (last === undefined) break;
        value = editAt(value, parent, (c) => {
          // An array element has no key: move it to the front instead.
          if (Array.isArray(c) && typeof last === "number") return [c[last], ...c.filter((_, i) => i !== last)];
          if (isObj(c)) return rebuild(Object.entries(c).map(([k, v]) => [k === last ? op.to : k, v]));
          return c;
        });
        break;
      case "replace": {
        const before = getAt(value, path);
        value = last === undefined ? op.value : editAt(value, parent, (c) => replaceChild(c, last, op.value));
        if (typeClass(before) !== typeClass(op.value)) retyped = path;
        break;
      }
      case "swap": {
        const other = getAt(value, paths[op.from % paths.length] ?? []);
        value = last === undefined ? other : editAt(value, parent, (c) => replaceChild(c, last, other));
        break;
      }
      case "graft": {
        const donor = REAL_SPECS[op.spec % REAL_SPECS.length] as RealSpec;
        const donorPaths = allPaths(donor.value);
        const other = getAt(donor.value, donorPaths[op.from % donorPaths.length] ?? []);
        value = last === undefined ? other : editAt(value, parent, (c) => replaceChild(c, last, other));
        break;
      }
    }
  }
  return ops.length === 1 && retyped ? { value, retyped } : { value };
}

function replaceChild(container: unknown, key: Key, child: unknown): unknown {
  if (Array.isArray(container) && typeof key === "number") return container.map((v, i) => (i === key ? child : v));
  if (isObj(container)) return rebuild(Object.entries(container).map(([k, v]) => [k, k === key ? child : v]));
  return container;
}

// Key names worth trying: the schema's own (in the wrong place), prototype
// names, near misses, empty and odd ones.
const KEY_NAMES = [
  "format", "id", "alias", "order", "title", "concept", "difficulty", "file", "statement", "starter", "solution",
  "alternatives", "variants", "run", "probe", "hints", "patterns", "checks", "type", "match", "expect", "when",
  "points", "hint", "es", "en", "regex", "exact", "contains", "not", "item", "values", "window", "plan", "catches",
  "why", "timeout", "args", "inspect", "count", "min", "max", "seconds", "from", "anchor", "tolerance",
  "__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "<<", "~", "", " ", "ID", "Id",
  "id ", " id", "títle", "checks\u200b", "1", "-1", "null", "true", "y", "n", "?", "-", "é", "e\u0301",
];

export const keyName: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...KEY_NAMES) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
);

// Strings a spec field could plausibly (or implausibly) hold.
const STRINGS = [
  "", " ", "\t", "~", "null", "yes", "no", "on", "off", "1e400", ".nan", ".inf", "0x10", "0o7", "-0", "1_000",
  "../x", "../ejercicio2/solution.py", "/etc/passwd", ".", "..", "variants", "solution.py", "starter.py", "a\u0000b",
  "nonexistent.py", "ejercicio1", "ejercicio2", "ejercicio0", "ejercicio01", "gc-ciclos", "Kebab-Case", "a--b",
  "exit-code", "fact", "numbers", "line-times", "duration", "basica", "extrema",
  "gc.freed >= 2", "run.cpus >=", ">= 2", "threads.started >= 3 * inspect.x", "n.a == n.b + 1", "inspect. >= 1",
  "1 >= gc.freed", "gc.freed >= 1e999", "gc.freed >= NaN", "calls.x.y >= 1", "gc.returns", "gc.nope",
  "(?<value>\\d+)", "(", "[", "\\", "*", "(?<=a)b", "\\p{L}+", "\\k<x>", "(?<value>a)(?<value>b)", "a{99999999999}",
  "x.py", "ejercicio1.py", "1x.py", "__init__.py", "módulo.py",
  "ñandú", "😀", "\u202e", "e\u0301", "\u0000", "\u001b[31m", "\r\n", "\u2028", "\ufeff", "\ud800",
  "{", "}", "[]", "{}", "- a", "a: b", "&a", "*a", "!!binary", "#", "'", '"', "%", "@", "`", "|", ">",
];

export const hugeString: fc.Arbitrary<string> = fc
  .tuple(fc.string({ unit: "grapheme", minLength: 1, maxLength: 6 }), fc.integer({ min: 1_000, max: 30_000 }))
  .map(([s, n]) => s.repeat(Math.ceil(n / s.length)).slice(0, n));

const controlString: fc.Arbitrary<string> = fc.string({
  unit: fc.constantFrom("\0", "\x01", "\x07", "\b", "\t", "\n", "\v", "\f", "\r", "\x1b", "\x7f", "\x85", "\u2028", "\u2029", "\ufeff", "\ud800", "\udfff", "a", " "),
  maxLength: 12,
});

const deepValue: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 20, max: 400 }), fc.constantFrom("array", "object"))
  .map(([depth, kind]) => {
    let v: unknown = "x";
    for (let i = 0; i < depth; i++) v = kind === "array" ? [v] : { a: v };
    return v;
  });

const number: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -0, 1, -1, 0.5, 1e21, -1e21, 2 ** 53, 2 ** 53 + 2, Number.MAX_VALUE, Number.MIN_VALUE, Infinity, -Infinity, NaN, 601, 3600),
);

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  number,
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(...STRINGS),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  controlString,
);

// A value of any kind, mostly of a type the field does not expect.
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 1, arbitrary: hugeString },
  { weight: 2, arbitrary: fc.array(scalar, { maxLength: 4 }) },
  { weight: 2, arbitrary: fc.dictionary(keyName, scalar, { maxKeys: 4 }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: deepValue },
);

const at = fc.nat({ max: 10_000 });

export const structuralOp: fc.Arbitrary<StructuralOp> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ op: fc.constant("delete" as const), at }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("duplicate" as const), at }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("rename" as const), at, to: keyName }) },
  { weight: 5, arbitrary: fc.record({ op: fc.constant("replace" as const), at, value: wrongValue }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("swap" as const), at, from: at }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("graft" as const), at, spec: at, from: at }) },
);

export type StructuralCase = { spec: number; ops: StructuralOp[] };

export const structuralCase: fc.Arbitrary<StructuralCase> = fc.record({
  spec: fc.nat({ max: REAL_SPECS.length - 1 }),
  ops: fc.oneof(fc.array(structuralOp, { minLength: 1, maxLength: 1 }), fc.array(structuralOp, { minLength: 2, maxLength: 4 })),
});

// The mutated spec as YAML text, or undefined when yaml cannot write the value.
export function structuralText(c: StructuralCase): { text: string; retyped?: Key[] } | undefined {
  const spec = REAL_SPECS[c.spec] as RealSpec;
  const { value, retyped } = applyStructural(spec, c.ops);
  let text: string | undefined;
  try {
    text = stringify(value, { aliasDuplicateObjects: false });
  } catch {
    return undefined;
  }
  if (typeof text !== "string") return undefined;
  return retyped ? { text, retyped } : { text };
}

// ---------------------------------------------------------------------------
// Mutations of the spec as text (bytes).

const TAGS = [
  "!!binary", "!!set", "!!omap", "!!pairs", "!!timestamp", "!!int", "!!float", "!!str", "!!bool", "!!null", "!!map",
  "!!seq", "!foo", "!!python/object:os.system", "!<tag:yaml.org,2002:str>", "!<tag:yaml.org,2002:int>", "!", "!!",
];

const FRAGMENTS = [
  "'", '"', "[", "]", "{", "}", ":", ": ", "- ", "-", "#", "&", "*", "!", "|", ">", "%", "@", "`", "?", ",", "\t", "\r",
  "\n", "\0", "\x1b", "\x7f", "\u00a0", "\ufeff", "\u2028", "\u0085", "\\", "\\x", "&a ", "*a", "*zz", "!!binary ", "!!set ",
  "---", "...", "\n<<: *a\n", "{{", "]]", ": :", '"\\u', "'''", "\n  ", "\n\t", "\n- ", "\nchecks: 1\n", "\nid: ejercicio2\n",
  "\nid: otra\n", "ñ", "😀", "e\u0301", "\u202e", "\n%YAML 1.1\n", "\n? [a, b]\n: c\n", "\n{a: 1}: c\n", "\n[x]: y\n",
];

const SYNTAX_CHARS = ["'", '"', "[", "]", "{", "}", ":", "-", "#", "&", "*", "!", "|", ">", "?", ",", " ", "\t", "\n", "a", "1", "%", "@"];

export const yamlishString: fc.Arbitrary<string> = fc.string({ unit: fc.constantFrom(...SYNTAX_CHARS), maxLength: 40 });

export type TextOp =
  | { op: "truncate"; at: number }
  | { op: "insert"; at: number; text: string }
  | { op: "bytes"; at: number; bytes: number[] }
  | { op: "deleteRange"; at: number; len: number }
  | { op: "dupLine"; line: number }
  | { op: "swapLines"; a: number; b: number }
  | { op: "indent"; line: number; by: string }
  | { op: "dedent"; line: number; by: number }
  | { op: "tabify"; line: number }
  | { op: "bom" }
  | { op: "crlf" }
  | { op: "cr" }
  | { op: "quote"; line: number; q: string }
  | { op: "tag"; line: number; tag: string }
  | { op: "anchor"; line: number; alias: number }
  | { op: "laughs"; levels: number; width: number; line: number; where: "top" | "key" | "value" }
  | { op: "deep"; depth: number; kind: "flow-seq" | "flow-map" | "block"; line: number; where: "key" | "value" }
  | { op: "prefix"; text: string }
  | { op: "suffix"; text: string };

const nl = 0x0a;

function splitLines(buf: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] === nl) {
      lines.push(buf.subarray(start, i));
      start = i + 1;
    }
  }
  lines.push(buf.subarray(start));
  return lines;
}

const joinLines = (lines: Buffer[]): Buffer => Buffer.concat(lines.flatMap((l, i) => (i === 0 ? [l] : [Buffer.of(nl), l])));

// Applies `edit` to line `n` (modulo the line count) as latin1 text, so bytes survive.
function editLine(buf: Buffer, n: number, edit: (line: string) => string): Buffer {
  const lines = splitLines(buf);
  const i = n % lines.length;
  lines[i] = Buffer.from(edit((lines[i] as Buffer).toString("latin1")), "latin1");
  return joinLines(lines);
}

// Puts `insert` after the line's `key:` (as its value), or at its start when it has none.
function afterColon(line: string, insert: string, replaceValue: boolean): string {
  const m = /^(\s*(?:- )?[^:#'"]*:)(\s|$)/.exec(line);
  if (!m) return insert + line;
  const head = m[1] as string;
  return replaceValue ? `${head} ${insert}` : `${head} ${insert}${line.slice(head.length).replace(/^\s/, "")}`;
}

const indentOf = (line: string): string => /^[ \t-]*/.exec(line)?.[0].replace(/-/g, " ") ?? "";

function laughsBlock(levels: number, width: number, indent: string): string {
  const lines = [`${indent}l0: &l0 "lol"`];
  for (let i = 1; i <= levels; i++) lines.push(`${indent}l${i}: &l${i} [${Array.from({ length: width }, () => `*l${i - 1}`).join(", ")}]`);
  return lines.join("\n");
}

function deepText(depth: number, kind: "flow-seq" | "flow-map" | "block", indent: string): string {
  if (kind === "flow-seq") return `${"[".repeat(depth)}x${"]".repeat(depth)}`;
  if (kind === "flow-map") return `${"{a: ".repeat(depth)}x${"}".repeat(depth)}`;
  return Array.from({ length: depth }, (_, i) => `\n${indent}${" ".repeat(i + 1)}k:`).join("") + " x";
}

export function applyText(input: Buffer, ops: readonly TextOp[]): Buffer {
  let buf = input;
  for (const op of ops) {
    const pos = (n: number) => n % (buf.length + 1);
    switch (op.op) {
      case "truncate":
        buf = buf.subarray(0, pos(op.at));
        break;
      case "insert":
        buf = Buffer.concat([buf.subarray(0, pos(op.at)), Buffer.from(op.text, "utf8"), buf.subarray(pos(op.at))]);
        break;
      case "bytes":
        buf = Buffer.concat([buf.subarray(0, pos(op.at)), Buffer.from(op.bytes), buf.subarray(pos(op.at))]);
        break;
      case "deleteRange":
        buf = Buffer.concat([buf.subarray(0, pos(op.at)), buf.subarray(pos(op.at) + op.len)]);
        break;
      case "dupLine": {
        const lines = splitLines(buf);
        const i = op.line % lines.length;
        lines.splice(i, 0, lines[i] as Buffer);
        buf = joinLines(lines);
        break;
      }
      case "swapLines": {
        const lines = splitLines(buf);
        const a = op.a % lines.length;
        const b = op.b % lines.length;
        [lines[a], lines[b]] = [lines[b] as Buffer, lines[a] as Buffer];
        buf = joinLines(lines);
        break;
      }
      case "indent":
        buf = editLine(buf, op.line, (l) => op.by + l);
        break;
      case "dedent":
        buf = editLine(buf, op.line, (l) => l.replace(new RegExp(`^ {0,${op.by}}`), ""));
        break;
      case "tabify":
        buf = editLine(buf, op.line, (l) => l.replace(/^( +)/, (s) => "\t".repeat(Math.max(1, Math.floor(s.length / 2)))));
        break;
      case "bom":
        buf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), buf]);
        break;
      case "crlf":
        buf = Buffer.from(buf.toString("latin1").replace(/\r?\n/g, "\r\n"), "latin1");
        break;
      case "cr":
        buf = Buffer.from(buf.toString("latin1").replace(/\r?\n/g, "\r"), "latin1");
        break;
      case "quote":
        buf = editLine(buf, op.line, (l) => afterColon(l, op.q, false));
        break;
      case "tag":
        buf = editLine(buf, op.line, (l) => afterColon(l, `${op.tag} `, false));
        break;
      case "anchor": {
        buf = editLine(buf, op.line, (l) => afterColon(l, "&anc ", false));
        buf = editLine(buf, op.alias, (l) => afterColon(l, "*anc", true));
        break;
      }
      case "laughs": {
        if (op.where === "top") {
          buf = Buffer.concat([buf, Buffer.from(`\n${laughsBlock(op.levels, op.width, "")}\n`)]);
        } else if (op.where === "key") {
          buf = Buffer.concat([buf, Buffer.from(`\nlol:\n${laughsBlock(op.levels, op.width, "  ")}\n`)]);
        } else {
          buf = editLine(buf, op.line, (l) => afterColon(l, `\n${laughsBlock(op.levels, op.width, `${indentOf(l)}    `)}`, true));
        }
        break;
      }
      case "deep": {
        if (op.where === "key") buf = Buffer.concat([buf, Buffer.from(`\ndeep: ${deepText(op.depth, op.kind, "")}\n`)]);
        else buf = editLine(buf, op.line, (l) => afterColon(l, deepText(op.depth, op.kind, indentOf(l)), true));
        break;
      }
      case "prefix":
        buf = Buffer.concat([Buffer.from(op.text, "utf8"), buf]);
        break;
      case "suffix":
        buf = Buffer.concat([buf, Buffer.from(op.text, "utf8")]);
        break;
    }
  }
  return buf;
}

const line = fc.nat({ max: 1_000 });
const offset = fc.nat({ max: 20_000 });

export const textOp: fc.Arbitrary<TextOp> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant("truncate" as const), at: offset }) },
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant("insert" as const),
      at: offset,
      text: fc.oneof(fc.constantFrom(...FRAGMENTS), yamlishString, fc.string({ unit: "binary", maxLength: 8 })),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("bytes" as const), at: offset, bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("deleteRange" as const), at: offset, len: fc.integer({ min: 1, max: 200 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("dupLine" as const), line }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("swapLines" as const), a: line, b: line }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("indent" as const), line, by: fc.constantFrom(" ", "  ", "   ", "\t", " \t", "    ") }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("dedent" as const), line, by: fc.integer({ min: 1, max: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("tabify" as const), line }) },
  { weight: 1, arbitrary: fc.constantFrom({ op: "bom" as const }, { op: "crlf" as const }, { op: "cr" as const }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("quote" as const), line, q: fc.constantFrom('"', "'", '"\\', "'''", '"""', "`") }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("tag" as const), line, tag: fc.constantFrom(...TAGS) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("anchor" as const), line, alias: line }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("laughs" as const),
      levels: fc.integer({ min: 1, max: 9 }),
      width: fc.integer({ min: 2, max: 9 }),
      line,
      where: fc.constantFrom("top" as const, "key" as const, "value" as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({
        op: fc.constant("deep" as const),
        kind: fc.constantFrom("flow-seq" as const, "flow-map" as const, "block" as const),
        // Around 1,000–2,000 levels the parser's stack runs out (where exactly varies).
        depth: fc.integer({ min: 10, max: 3_000 }),
        line,
        where: fc.constantFrom("key" as const, "value" as const),
      })
      // Block nesting grows quadratically in bytes: keep it to a few hundred levels.
      .map((o) => (o.kind === "block" ? { ...o, depth: Math.min(o.depth, 600) } : o)),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("prefix" as const),
      text: fc.constantFrom("%YAML 1.1\n---\n", "%YAML 1.2\n---\n", "%YAML 9.9\n---\n", "---\n", "--- !!map\n", "%TAG ! tag:x.org,2000:\n---\n", "%FOO bar\n---\n", "...\n", "# c\n", "\n\n\n", "\t\n", " "),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("suffix" as const),
      text: fc.constantFrom("\n---\nb: 2\n", "\n...\n", "\n--- |\n  x\n", "\n---\n", "\nid: ejercicio1\n", "\n\0", "\n\t", " #", "\n<<: {x: 1}\n", "\nkey: &a [*a]\n", "\n? [a, b]\n: c\n", "\n[x]: y\n", "\n? {a: 1}\n: b\n"),
    }),
  },
);

export type TextCase = { spec: number; ops: TextOp[] };

export const textCase: fc.Arbitrary<TextCase> = fc.record({
  spec: fc.nat({ max: REAL_SPECS.length - 1 }),
  ops: fc.array(textOp, { minLength: 1, maxLength: 4 }),
});

export function textBytes(c: TextCase): Buffer {
  const spec = REAL_SPECS[c.spec] as RealSpec;
  return applyText(Buffer.from(spec.text, "utf8"), c.ops);
}

// Either kind of mutation, for the CLI tests.
export type SpecMutation = { kind: "structural"; c: StructuralCase } | { kind: "text"; c: TextCase };

export const specMutation: fc.Arbitrary<SpecMutation> = fc.oneof(
  structuralCase.map((c) => ({ kind: "structural" as const, c })),
  textCase.map((c) => ({ kind: "text" as const, c })),
);

export function mutationBytes(m: SpecMutation): { spec: RealSpec; bytes: Buffer } {
  const spec = REAL_SPECS[m.c.spec] as RealSpec;
  if (m.kind === "text") return { spec, bytes: textBytes(m.c) };
  return { spec, bytes: Buffer.from(structuralText(m.c)?.text ?? "", "utf8") };
}

// ---------------------------------------------------------------------------
// Catalogue folders.

// Catalogues under `root`: a persistent one per real exercise (its spec file is
// overwritten by each case, so nothing is copied per case), optionally with a
// second, untouched exercise beside it; or a fresh one per call.
export class Catalogues {
  private made = new Set<string>();
  private counter = 0;

  constructor(readonly root: string) {}

  private ensure(dir: string, specs: RealSpec[]): void {
    if (this.made.has(dir)) return;
    for (const s of specs) cpSync(s.dir, join(dir, s.name), { recursive: true });
    this.made.add(dir);
  }

  // A catalogue holding `spec`'s folder (and a neighbour's, if asked) whose spec file is `bytes`.
  write(spec: RealSpec, bytes: Buffer | string, withNeighbour = false): { catalogue: string; specFile: string } {
    const neighbour = REAL_SPECS[(REAL_SPECS.indexOf(spec) + 1) % REAL_SPECS.length] as RealSpec;
    const catalogue = join(this.root, withNeighbour ? "pair" : "solo", spec.name);
    this.ensure(catalogue, withNeighbour && neighbour !== spec ? [spec, neighbour] : [spec]);
    const specFile = join(catalogue, spec.name, SPEC_FILE);
    writeFileSync(specFile, bytes);
    return { catalogue, specFile };
  }

  // A new catalogue folder (for processes that may cache what they read).
  fresh(spec: RealSpec, bytes: Buffer | string): { catalogue: string; specFile: string } {
    const catalogue = join(this.root, "fresh", String(this.counter++));
    mkdirSync(catalogue, { recursive: true });
    cpSync(spec.dir, join(catalogue, spec.name), { recursive: true });
    const specFile = join(catalogue, spec.name, SPEC_FILE);
    writeFileSync(specFile, bytes);
    return { catalogue, specFile };
  }
}
