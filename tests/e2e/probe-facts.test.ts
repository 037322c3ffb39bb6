// The probe's facts, end to end on every CPython present: each fixture program
// in fixtures/specs/facts must make its `fact` checks hold (threads by API,
// processes with spawn, asyncio tasks, context managers, tracemalloc's peak).
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { checkJson, FIXTURES } from "../helpers/cli.js";
import { testPythons } from "../helpers/pythons.js";

const root = join(FIXTURES, "specs", "facts");
const { exercises, issues } = loadCatalog(root);

test("the facts catalogue is valid", () => {
  expect(issues).toEqual([]);
  expect(exercises).toHaveLength(6);
});

for (const python of testPythons()) {
  describe.concurrent(`probe facts on Python ${python.version}`, () => {
    for (const { spec, dir } of exercises) {
      test(`${spec.alias}: ${spec.solution}`, async () => {
        const { doc } = await checkJson(spec.id, join(dir, spec.solution), python.path, ["--only-exercises", root]);
        expect(doc.run.probe).toBe("ok");
        // A check whose `when` does not hold is skipped as not applicable, never passed.
        expect(doc.checks.filter((c) => c.status !== "pass" && !(c.status === "skipped" && c.skip === "not-applicable")).map((c) => c.message)).toEqual([]);
        expect(doc.verdict).toBe("pass");
      });
    }
  });
}

// The probe looks at gc inside gc.collect() and at every hooked call; its own
// allocations must never set off an automatic collection the program would
// not have had (one between `del` and gc.collect() frees the cycle early, and
// a correct ejercicio1 fails «ciclo-liberado» with gc.collect() returning 0).
describe.concurrent("the probe sets off no collection of its own", () => {
  const program = join(FIXTURES, "programs", "gc-at-threshold.py");
  const ends = [...new Set([testPythons()[0], testPythons().at(-1)])].filter((p) => p !== undefined);
  for (const python of ends) {
    test(`gc.collect() one count short of gc's threshold runs one collection, as without pytutor (Python ${python.version})`, async () => {
      const native = execFileSync(python.path, [program], { encoding: "utf8" }).trim().split("\n");
      const { doc } = await checkJson("ejercicio1", program, python.path);
      expect(doc.run.probe).toBe("ok");
      expect(doc.notes).toEqual([]);
      expect(native).toHaveLength(12);
      expect(native.filter((l) => !l.endsWith("colecciones [2]"))).toEqual([]);
      expect(doc.output.map((l) => l.text)).toEqual(native);
    });
  }
});
