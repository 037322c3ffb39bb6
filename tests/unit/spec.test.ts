import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { loadCatalog, loadSpecFile, formatIssue } from "../../src/spec/load.js";
import { SpecSchema } from "../../src/spec/schema.js";
import { parseFactExpr } from "../../src/spec/facts.js";
import { EXERCISES, FIXTURES, ROOT } from "../helpers/cli.js";

describe("spec loading reports every problem at once, with field and line", () => {
  test("an invalid spec", () => {
    const { spec, issues } = loadSpecFile(join(FIXTURES, "specs", "invalid", "ejercicio1", "exercise.yaml"));
    expect(spec).toBeUndefined();
    const found = issues.map((i) => [i.line, i.path]);
    expect(found).toEqual([
      [3, "alias"],
      [7, "difficulty"],
      [11, "solution"],
      [15, "patterns.inicio.regex"],
      [19, "checks[0].match"],
      [22, "checks[1].type"],
      [26, "checks[2].expect"],
      [29, "variants[0].file"],
      [30, "variants[0].catches"],
    ]);
    for (const issue of issues) {
      expect(issue.message.es).not.toBe("");
      expect(issue.message.en).not.toBe("");
    }
    expect(formatIssue(issues[0]!, "en")).toMatch(/exercise\.yaml:3 \(field `alias`\): must be kebab-case/);
  });

  test("broken YAML names its line", () => {
    const { issues } = loadSpecFile(join(FIXTURES, "specs", "bad-yaml", "ejercicio1", "exercise.yaml"));
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]?.line).toBe(2);
  });

  test("duplicates across exercises and folders without a spec", () => {
    const dup = loadCatalog(join(FIXTURES, "specs", "duplicate"));
    expect(dup.issues.map((i) => i.path)).toEqual(["id", "alias", "file"]);
    const none = loadCatalog(join(FIXTURES, "specs", "no-spec"));
    expect(none.issues[0]?.message.en).toContain("exercise.yaml is missing");
    const missing = loadCatalog(join(FIXTURES, "specs", "does-not-exist"));
    expect(missing.issues[0]?.message.en).toContain("cannot read the exercises folder");
  });

  test("the built-in catalogue is valid", () => {
    const { exercises, issues } = loadCatalog(EXERCISES);
    expect(issues).toEqual([]);
    expect(exercises.map((e) => e.spec.id).slice(0, 2)).toEqual(["ejercicio1", "ejercicio2"]);
    for (const { spec } of exercises) {
      expect(spec.variants.length).toBeGreaterThanOrEqual(5);
      expect(spec.hints.length).toBeGreaterThanOrEqual(3);
    }
  });

  test("schema/exercise.schema.json is up to date (npm run schema)", () => {
    const committed: unknown = JSON.parse(readFileSync(join(ROOT, "schema", "exercise.schema.json"), "utf8"));
    const current = { ...z.toJSONSchema(SpecSchema, { io: "input", unrepresentable: "any" }), title: "pytutor exercise spec" };
    expect(committed).toEqual(JSON.parse(JSON.stringify(current)));
  });
});

describe("fact expressions", () => {
  test.each([
    ["threads.started >= 3", { left: { fact: "threads.started", factor: 1, offset: 0 }, op: ">=", right: { factor: 0, offset: 3 } }],
    ["  gc.freed==2 ", { left: { fact: "gc.freed" }, op: "==", right: { offset: 2 } }],
    ["run.wallSeconds < 7.5", { left: { fact: "run.wallSeconds" }, op: "<", right: { offset: 7.5 } }],
    ["inspect.a > 10 * inspect.b", { left: { fact: "inspect.a" }, op: ">", right: { fact: "inspect.b", factor: 10, offset: 0 } }],
    ["threads.started == tasks.created - 1", { right: { fact: "tasks.created", factor: 1, offset: -1 } }],
    ["calls.sys.getrefcount >= 2", { left: { fact: "calls.sys.getrefcount" } }],
  ])("%s", (source, expected) => {
    expect(parseFactExpr(source, new Set(["inspect.a", "inspect.b", "calls.sys.getrefcount"]))).toMatchObject(expected);
  });

  test.each(["threads.started", "threads.started >= tres", "hilos.lanzados >= 3", "threads.started => 3", "3 <= threads.started", "inspect.nada == 1"])(
    "rejects %s",
    (source) => {
      expect(parseFactExpr(source)).toHaveProperty("error");
    },
  );
});
