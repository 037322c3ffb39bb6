// The arrows between layers, and what `pytutor --help` loads. Needs `npm run build` for the second.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "vitest";
import { ROOT } from "../helpers/cli.js";

const SRC = join(ROOT, "src");
const DIST = join(ROOT, "dist");

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

test("nothing outside src/cli imports the CLI", () => {
  const offenders = tsFiles(SRC)
    .filter((f) => !relative(SRC, f).startsWith("cli/"))
    .filter((f) => /from "(\.\.\/)+cli\//.test(readFileSync(f, "utf8")))
    .map((f) => relative(ROOT, f));
  expect(offenders).toEqual([]);
});

test("only the CLI sets an exit code or exits", () => {
  const offenders = tsFiles(SRC)
    .filter((f) => !relative(SRC, f).startsWith("cli/"))
    .filter((f) => /process\.exitCode\s*=|process\.exit\(/.test(readFileSync(f, "utf8")))
    .map((f) => relative(ROOT, f));
  // The runner's signal handler ends the process on Ctrl-C (the runs it kills come first).
  expect(offenders.filter((f) => !f.startsWith("src/runner/kill.ts"))).toEqual([]);
});

// `--help` and `--version` run bin/pytutor.js and dist/entry.cjs only
// (tests/e2e/startup.test.ts shows that nothing else is loaded).
test("--help and --version load no zod, yaml, execa, chalk, inquirer or commander", () => {
  const text = readFileSync(join(DIST, "entry.cjs"), "utf8");
  for (const pkg of ["zod", "yaml", "execa", "chalk", "@inquirer", "commander"]) expect(text, pkg).not.toContain(`node_modules/${pkg}/`);
  // The bundle is named, not required, until the CLI must run.
  expect(text).not.toMatch(/require\(["'][^"']*main\.cjs["']\)/u);
});
