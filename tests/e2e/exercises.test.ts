// The whole built-in catalogue through `pytutor verify --all-pythons`: on every
// CPython present, each reference solution and alternative passes, each starter
// fails, each known-wrong variant fails on the check it is labelled with.
import { describe, expect, test, beforeAll } from "vitest";
import { loadCatalog } from "../../src/spec/load.js";
import { EXERCISES, pytutor } from "../helpers/cli.js";
import { testPythons } from "../helpers/pythons.js";

type Row = { python: string; file: string; kind: string; ok: boolean; problems: string[] };
type Doc = { passed: boolean; pythons: Array<{ version: string }>; exercises: Array<{ id: string; results: Row[] }> };

const { exercises, issues } = loadCatalog(EXERCISES);
const pythons = testPythons();
let doc: Doc;
let stderr = "";

beforeAll(async () => {
  const chosen = process.env.PYTUTOR_TEST_PYTHONS ? pythons.flatMap((p) => ["--python", p.path]) : ["--all-pythons"];
  const r = await pytutor(["verify", ...chosen, "--json", "--lang", "en", "--jobs", process.env.PYTUTOR_VERIFY_JOBS ?? "4"], { timeoutMs: 3_000_000 });
  stderr = r.stderr;
  doc = JSON.parse(r.stdout || "{}") as Doc;
}, 3_000_000);

test("the catalogue is valid, has the whole chapter, and a CPython is present", () => {
  expect(issues).toEqual([]);
  expect(exercises.length).toBeGreaterThanOrEqual(2);
  expect(pythons.length).toBeGreaterThan(0);
  expect(stderr).toBe("");
  expect(doc.pythons.length).toBeGreaterThanOrEqual(pythons.length);
});

describe("verify, exercise by exercise", () => {
  for (const { spec } of exercises) {
    test(`${spec.id} (${spec.alias})`, () => {
      const rows = doc.exercises.find((e) => e.id === spec.id)?.results ?? [];
      const expected = (1 + spec.alternatives.length + 1 + spec.variants.length) * doc.pythons.length;
      expect(rows).toHaveLength(expected);
      const problems = rows.filter((r) => !r.ok).map((r) => `Python ${r.python} ${r.file}: ${r.problems.join("; ")}`);
      expect(problems).toEqual([]);
    });
  }
});
