// Every reference solution saved as a Windows editor may save it (a UTF-8
// byte-order mark, CRLF line ends) still passes: the checks that read the
// learner's file must read it as Python does. ejercicio14's guard check once
// parsed the file as plain UTF-8 text and failed such a file with
// "invalid non-printable character U+FEFF".
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { EXERCISES, pytutor, type CheckJson } from "../helpers/cli.js";
import { testPythons } from "../helpers/pythons.js";

const { exercises } = loadCatalog(EXERCISES);
const newest = testPythons().at(-1);
const folder = mkdtempSync(join(tmpdir(), "pytutor-windows-files-"));

// The solution's text with CRLF line ends behind a byte-order mark.
function windowsCopy(id: string, solution: string): string {
  const text = readFileSync(solution, "utf8").replace(/\r\n/gu, "\n").replace(/\n/gu, "\r\n");
  const file = join(folder, `${id}.py`);
  writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]));
  return file;
}

describe.runIf(newest !== undefined)("solutions saved with a BOM and CRLF line ends", () => {
  test.concurrent.each(exercises.map((e) => [e.spec.id, join(e.dir, e.spec.solution)] as const))(
    "%s passes",
    async (id, solution) => {
      const file = windowsCopy(id, solution);
      const r = await pytutor(["check", id, file, "--json", "--lang", "en", "--python", (newest as { path: string }).path], { timeoutMs: 240_000 });
      const doc = JSON.parse(r.stdout) as CheckJson;
      const failing = doc.checks.filter((c) => c.status !== "pass" && c.status !== "skipped").map((c) => `${c.id}: ${c.status}`);
      expect(failing, r.stderr).toEqual([]);
      expect(doc.verdict).toBe("pass");
    },
    300_000,
  );
});
