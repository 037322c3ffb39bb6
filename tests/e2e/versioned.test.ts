// Programs whose fault shows differently on different CPythons, each judged
// on the oldest and the newest present: the verdict is the same, and so is the
// reason, wherever the program does not crash first.
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { FIXTURES, checkJson } from "../helpers/cli.js";
import { testPythons } from "../helpers/pythons.js";

const dir = join(FIXTURES, "programs", "versioned");
const all = testPythons();
const ends = [...new Set([all[0], all.at(-1)])].filter((p) => p !== undefined);
const minor = (version: string) => Number(version.split(".")[1] ?? 0);

for (const python of ends) {
  describe.concurrent(`version-dependent faults on Python ${python.version}`, () => {
    // ejercicio16's queue made when the file loads: on 3.8 and 3.9 it belongs to
    // the default event loop, not asyncio.run's, and the first wait crashes; on
    // 3.10+ it runs like a correct program, and only cola-en-main tells.
    test("an asyncio.Queue created at module level fails ejercicio16 on every version", async () => {
      const { result, doc } = await checkJson("ejercicio16", join(dir, "cola-a-nivel-de-modulo.py"), python.path);
      expect(result.code).toBe(1);
      expect(doc.verdict).toBe("fail");
      const failing = doc.checks.filter((c) => c.status === "fail").map((c) => c.id);
      if (minor(python.version) < 10) expect(failing).toContain("termina-bien");
      else expect(failing).toEqual(["cola-en-main"]);
    });
  });
}
