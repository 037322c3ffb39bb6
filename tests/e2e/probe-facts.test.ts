// The probe's facts, end to end on every CPython present: each fixture program
// in fixtures/specs/facts must make its `fact` checks hold (threads by API,
// processes with spawn, asyncio tasks, context managers, tracemalloc's peak).
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadCatalog } from "../../src/spec/load.js";
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
        const { doc } = await checkJson(spec.id, join(dir, spec.solution), python.path, ["--exercises", root]);
        expect(doc.run.probe).toBe("ok");
        // A check whose `when` does not hold is skipped as not applicable, never passed.
        expect(doc.checks.filter((c) => c.status !== "pass" && !(c.status === "skipped" && c.skip === "not-applicable")).map((c) => c.message)).toEqual([]);
        expect(doc.verdict).toBe("pass");
      });
    }
  });
}
