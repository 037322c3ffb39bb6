// The CLI entry's own rules: which arguments the written-down help answers,
// and which exit code each kind of domain error ends with.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { EXIT_OF_KIND } from "../../src/cli/main.js";
import { askedFor } from "../../src/cli/written-help.js";
import { PytutorError } from "../../src/errors.js";

describe("askedFor", () => {
  test.each([
    [[], "help"],
    [["--help"], "help"],
    [["-h"], "help"],
    [["--lang", "en", "--help"], "help"],
    [["--help", "--lang=es"], "help"],
    [["--lang", "en"], "help"],
    [["--version"], "version"],
    [["-V", "--lang", "es"], "version"],
    [["--lang", "fr", "--help"], undefined],
    [["--lang"], undefined],
    [["--help", "--version"], undefined],
    [["check", "--help"], undefined],
    [["--python", "x", "--help"], undefined],
    [["help"], undefined],
  ] as const)("%j → %s", (args, expected) => {
    expect(askedFor([...args])).toBe(expected);
  });
});

test("a domain error's kind, not the error, picks the exit code", () => {
  expect(EXIT_OF_KIND[new PytutorError({ es: "x", en: "x" }).kind]).toBe(2);
  expect(EXIT_OF_KIND[new PytutorError({ es: "x", en: "x" }, "cancelled").kind]).toBe(130);
});

// Needs `npm run build`: the written-down help is what commander says for 80 columns.
test("the help the build wrote down is commander's, in both languages", async () => {
  const dist = join(import.meta.dirname, "..", "..", "dist");
  const written = JSON.parse(readFileSync(join(dist, "help.json"), "utf8")) as { version: string; help: { es: string; en: string } };
  const { buildProgram } = await import("../../src/cli/program.js");
  for (const lang of ["es", "en"] as const) {
    const program = buildProgram(lang);
    program.configureOutput({ getOutHelpWidth: () => 80 });
    expect(written.help[lang]).toBe(program.helpInformation());
  }
  expect(written.version).toBe(JSON.parse(readFileSync(join(dist, "..", "package.json"), "utf8")).version);
  expect(execFileSync(process.execPath, [join(dist, "..", "bin", "pytutor.js"), "--version"], { encoding: "utf8" })).toBe(`${written.version}\n`);
});

test("the language a command speaks: --lang in either form wins over the workspace and the environment", async () => {
  const { langOf } = await import("../../src/context/lang.js");
  expect(langOf(["node", "pytutor", "check", "--lang", "en"])).toBe("en");
  expect(langOf(["node", "pytutor", "--lang=es", "list"])).toBe("es");
  expect(langOf(["node", "pytutor", "--lang=en", "--lang", "es"])).toBe("en");
});
