// Every exercise on every CPython present: the reference solution and the
// alternatives pass; the starter fails; each known-wrong variant fails on the
// check it is labelled with. All through the built CLI.
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadCatalog } from "../../src/spec/load.js";
import { checkJson, EXERCISES } from "../helpers/cli.js";
import { testPythons } from "../helpers/pythons.js";

const { exercises, issues } = loadCatalog(EXERCISES);
const pythons = testPythons();

test("the built-in catalogue is valid and a CPython is present", () => {
  expect(issues).toEqual([]);
  expect(exercises.length).toBeGreaterThanOrEqual(2);
  expect(pythons.length).toBeGreaterThan(0);
});

for (const python of pythons) {
  for (const { spec, dir } of exercises) {
    describe.concurrent(`${spec.id} on Python ${python.version}`, () => {
      for (const file of [spec.solution, ...spec.alternatives]) {
        test(`${file} passes`, async () => {
          const { result, doc } = await checkJson(spec.id, join(dir, file), python.path);
          const failed = doc.checks.filter((c) => c.status !== "pass").map((c) => `${c.id}: ${c.message}`);
          expect(failed, doc.output.map((l) => `${l.t}s ${l.text}`).join("\n")).toEqual([]);
          expect(doc.passed).toBe(true);
          expect(doc.score).toBe(1);
          expect(result.code).toBe(0);
        });
      }

      test(`${spec.starter} (starter) fails`, async () => {
        const { result, doc } = await checkJson(spec.id, join(dir, spec.starter), python.path);
        expect(doc.passed).toBe(false);
        expect(result.code).toBe(1);
      });

      for (const variant of spec.variants) {
        test(`${variant.file} fails on ${variant.catches}`, async () => {
          const { result, doc } = await checkJson(spec.id, join(dir, variant.file), python.path);
          const labelled = doc.checks.find((c) => c.id === variant.catches);
          expect(labelled?.status, JSON.stringify(doc.checks, null, 1)).toBe("fail");
          expect(doc.passed).toBe(false);
          expect(result.code).toBe(1);
        });
      }
    });
  }
}
