// Property: whatever is in exercise.yaml, the loader never throws; it returns the
// exercise (a harmless mutation) or issues, each naming its file, with a message in
// both languages, and the field path when the problem is a field's value.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
import { stringify } from "yaml";
import { afterAll, describe, expect, test } from "vitest";
import { formatIssue, loadCatalog, type SpecIssue } from "../../src/catalog/load.js";
import { fc, fcParams } from "../helpers/fc.js";
import {
  Catalogues,
  REAL_SPECS,
  SPEC_FILE,
  structuralCase,
  structuralText,
  textBytes,
  textCase,
  yamlishString,
  type Key,
  type RealSpec,
} from "../helpers/spec-mutations.js";

// About 10 ms a case (20 under load), writing and loading a catalogue: 800 per
// property keeps CI under its 20 minutes; PYTUTOR_FC_RUNS=20000 for a soak.
const RUNS = 800;
const root = mkdtempSync(join(tmpdir(), "pytutor-prop-loader-"));
const catalogues = new Catalogues(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function pathText(path: readonly Key[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

// `a` and `b` are on one branch of the document: equal, or one inside the other.
function related(a: string, b: string): boolean {
  const inside = (inner: string, outer: string) => outer === "" || inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
  return inside(a, b) || inside(b, a);
}

const STACK = /^\s+at .+[:(]\d+/m;

function describeIssues(issues: SpecIssue[]): string {
  return issues.map((i) => `  ${formatIssue(i, "en")}`).join("\n");
}

function lineCount(bytes: Buffer | string): number {
  const text = typeof bytes === "string" ? bytes : bytes.toString("utf8");
  return (text.match(/\r\n|\r|\n|\u2028|\u2029|\u0085/g)?.length ?? 0) + 1;
}

type Case = { spec: RealSpec; bytes: Buffer | string; withNeighbour?: boolean; retyped?: Key[] };

// Writes the case into its catalogue, loads it, and checks every promise of the loader.
function loadAndCheck({ spec, bytes, withNeighbour = false, retyped }: Case): void {
  const { catalogue, specFile } = catalogues.write(spec, bytes, withNeighbour);
  let outcome: ReturnType<typeof loadCatalog>;
  // yaml reports some oddities (e.g. a key that is a list) through process.emitWarning,
  // which a user would see on stderr as «(node:1234) Warning: …» next to pytutor's messages.
  const warnings: string[] = [];
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error) => {
    warnings.push(warning instanceof Error ? warning.message : String(warning));
  }) as typeof process.emitWarning;
  try {
    outcome = loadCatalog(catalogue);
  } catch (error) {
    const stack = error instanceof Error ? (error.stack ?? error.message).split("\n").slice(0, 6).join("\n") : String(error);
    throw new Error(`loadCatalog threw instead of returning issues:\n${stack}`);
  } finally {
    process.emitWarning = emitWarning;
  }
  check(warnings.length === 0, () => `loading printed a Node warning instead of (or besides) an issue: ${warnings.join(" | ")}`);
  const { exercises, issues } = outcome;
  const folders = withNeighbour && REAL_SPECS.length > 1 ? 2 : 1;
  if (issues.length === 0) {
    // A harmless mutation: the exercise loads.
    check(exercises.some((e) => e.specFile === specFile) && exercises.length === folders, `no issues, yet ${exercises.length} exercise(s) of ${folders} loaded`);
    return;
  }
  const maxLine = lineCount(bytes) + 1;
  for (const issue of issues) {
    const where = () => `issue ${JSON.stringify(issue).slice(0, 600)}`;
    check(typeof issue.file === "string" && isAbsolute(issue.file) && issue.file.startsWith(catalogue), () => `${where()}: the file is not a path in the catalogue`);
    check(typeof issue.path === "string", () => `${where()}: the field path is not a string`);
    for (const lang of ["es", "en"] as const) {
      const message: unknown = issue.message?.[lang];
      check(typeof message === "string" && message.trim() !== "", () => `${where()}: no ${lang} message`);
      check(!message.includes("[object Object]") && !STACK.test(message), () => `${where()}: unclear ${lang} message`);
      const shown = formatIssue(issue, lang);
      check(shown.startsWith(issue.file) && shown.includes(message), () => `${where()}: formatIssue gives «${shown}»`);
      check(!issue.path || shown.includes(`\`${issue.path}\``), () => `${where()}: formatIssue does not show the field`);
    }
    check(
      issue.line === undefined || (Number.isInteger(issue.line) && issue.line >= 1 && issue.line <= maxLine),
      () => `${where()}: line out of range 1..${maxLine}`,
    );
  }
  if (retyped && retyped.length > 0) {
    // A field given a value of the wrong type: some issue names that field (or the
    // object holding it, or a part of the new value).
    const field = pathText(retyped);
    const named = issues.some((i) => i.file === specFile && i.path !== "" && related(i.path, field));
    check(named, () => `no issue names the field \`${field}\`; the issues are:\n${describeIssues(issues)}`);
  }
}

// Plain checks (expect() is too slow for thousands of cases × dozens of issues).
function check(ok: boolean, message: string | (() => string)): asserts ok {
  if (!ok) throw new Error(typeof message === "string" ? message : message());
}

describe("the spec loader survives any mutation of a real spec", () => {
  test("structural mutations: keys deleted, duplicated, renamed; values of the wrong type", () => {
    fc.assert(
      fc.property(structuralCase, fc.boolean(), fc.boolean(), (c, neighbour, also) => {
        const out = structuralText(c);
        fc.pre(out !== undefined);
        const spec = REAL_SPECS[c.spec] as RealSpec;
        // A fifth of the cases have a second, untouched exercise beside the mutated one.
        loadAndCheck({ spec, bytes: out.text, withNeighbour: neighbour && also, ...(out.retyped ? { retyped: out.retyped } : {}) });
      }),
      fcParams(RUNS),
    );
  });

  test("textual mutations: broken YAML, aliases, deep nesting, bytes, BOM, CRLF, truncation", () => {
    fc.assert(
      fc.property(textCase, fc.boolean(), fc.boolean(), (c, neighbour, also) => {
        loadAndCheck({ spec: REAL_SPECS[c.spec] as RealSpec, bytes: textBytes(c), withNeighbour: neighbour && also });
      }),
      fcParams(RUNS),
    );
  });
});

const SPEC_KEYS = Object.keys((REAL_SPECS[0] as RealSpec).value as Record<string, unknown>);

describe("the spec loader survives random documents", () => {
  const spec = REAL_SPECS[0] as RealSpec;

  test("random YAML documents (fc.anything, fc.jsonValue, the spec's keys with random values)", () => {
    const doc = fc.oneof(
      fc.anything({ maxDepth: 4, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true, withBoxedValues: true }),
      fc.jsonValue({ maxDepth: 5 }),
      fc.dictionary(fc.constantFrom(...SPEC_KEYS), fc.jsonValue({ maxDepth: 3 }), { minKeys: 1, maxKeys: SPEC_KEYS.length }),
    );
    fc.assert(
      fc.property(doc, (value) => {
        let text: unknown;
        try {
          text = stringify(value);
        } catch {
          text = undefined;
        }
        fc.pre(typeof text === "string");
        loadAndCheck({ spec, bytes: text as string });
      }),
      fcParams(RUNS),
    );
  });

  test("random strings and bytes", () => {
    const bytes = fc.oneof(
      fc.string({ unit: "binary", maxLength: 400 }),
      fc.string({ unit: "grapheme", maxLength: 400 }),
      yamlishString,
      fc.uint8Array({ maxLength: 400 }).map((a) => Buffer.from(a)),
      fc.tuple(yamlishString, fc.uint8Array({ maxLength: 40 })).map(([s, a]) => Buffer.concat([Buffer.from(s), Buffer.from(a)])),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        loadAndCheck({ spec, bytes: b });
      }),
      fcParams(RUNS),
    );
  });

  test("odd catalogue folders end in issues too", () => {
    const base = join(root, "odd");
    mkdirSync(join(base, "spec-is-a-folder", SPEC_FILE), { recursive: true });
    mkdirSync(join(base, "no-spec"), { recursive: true });
    writeFileSync(join(base, "a-file"), "x");
    const { exercises, issues } = loadCatalog(base);
    expect(exercises).toEqual([]);
    expect(issues.map((i) => i.file).sort()).toEqual([join(base, "no-spec"), join(base, "spec-is-a-folder", SPEC_FILE)]);
    for (const dir of [join(base, "a-file"), join(base, "missing")]) {
      const out = loadCatalog(dir);
      expect(out.exercises).toEqual([]);
      expect(out.issues).toHaveLength(1);
      expect(out.issues[0]?.file).toBe(dir);
    }
  });
});
