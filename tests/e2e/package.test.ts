// The package is the product: `npm pack` on a clean copy of the checkout (no
// dist/) builds through `prepack`; the tarball installs with `npm install -g`
// into an empty prefix, needs nothing from the registry, and the installed
// command checks, verifies, grades and prints the schema from another folder.
import { execFile } from "node:child_process";
import { builtinModules } from "node:module";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { EXERCISES, ROOT, type CliResult } from "../helpers/cli.js";
import { testPythons } from "../helpers/pythons.js";

const python = (testPythons().at(-1) as { path: string }).path;
const work = mkdtempSync(join(tmpdir(), "pytutor-package-"));
const prefix = join(work, "prefix");
const elsewhere = join(work, "elsewhere");
const installed = join(prefix, "lib", "node_modules", "pytutor");
// What npm accepts as a package name, with an optional path inside it.
const PACKAGE_NAME = /^(@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*(\/[\w./-]*)?$/;

// Every module a built file names: static imports (minified, so anywhere on a
// line: `import{a as b}from"x";`, `import"x";`), dynamic imports and the bundled
// CommonJS code's require().
function importedSpecifiers(code: string): string[] {
  return [
    ...code.matchAll(/(?:^|[;})\s])import\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/gm),
    ...code.matchAll(/\b(?:import|require)\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1] as string);
}
let tarball = "";
let packed: string[] = [];

function run(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((done) => {
    execFile(
      file,
      args,
      { cwd, env: { ...process.env, NO_COLOR: "1", LANG: "es_ES.UTF-8", npm_config_update_notifier: "false", ...env }, encoding: "utf8", timeout: 240_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => done({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

const pytutor = (args: string[]) => run(join(prefix, "bin", "pytutor"), args, elsewhere, { PYTUTOR_CACHE_DIR: join(work, "cache") });

beforeAll(async () => {
  // A clean checkout: the tracked files only (no dist/), with the dev tools the build needs.
  const clone = join(work, "clone");
  const files = (await run("git", ["ls-files", "-z"], ROOT)).stdout.split("\0").filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(ROOT, file))) continue;
    mkdirSync(dirname(join(clone, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(clone, file));
  }
  symlinkSync(join(ROOT, "node_modules"), join(clone, "node_modules"));
  const pack = await run("npm", ["pack", "--json", "--pack-destination", work], clone);
  expect(pack.code, pack.stderr).toBe(0);
  const [info] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf("["))) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(work, info!.filename);
  packed = info!.files.map((f) => f.path);
  const install = await run("npm", ["install", "-g", "--prefix", prefix, "--offline", "--no-audit", "--no-fund", tarball], work);
  expect(install.code, install.stderr).toBe(0);
  mkdirSync(elsewhere);
}, 300_000);

test("the import scanner reads minified bundles: static, bare, dynamic and require()", () => {
  const code = 'import{a as b}from"chalk";import"./chunk-X.js";var c=1;import*as z from"zod/mini";const d=()=>import("execa"),e=require("yaml");';
  expect(importedSpecifiers(code)).toEqual(["chalk", "./chunk-X.js", "zod/mini", "execa", "yaml"]);
});

describe("the packed tarball", () => {
  test("ships the build, the probe, the catalogue, docs/ and schema/, and nothing to build or test with", () => {
    expect(existsSync(tarball)).toBe(true);
    for (const file of ["bin/pytutor.js", "bin/package.json", "dist/main.cjs", "dist/entry.cjs", "dist/vendor/zod.cjs", "dist/vendor/yaml.cjs", "dist/vendor/prompts.cjs", "dist/help.json", "src/probe/sitecustomize.py", "exercises/ejercicio1/exercise.yaml", "docs/authoring.md", "schema/exercise.schema.json"]) {
      expect(packed).toContain(file);
    }
    expect(packed.filter((f) => /^(tests|fixtures|bench|scripts)\/|^src\/(?!probe\/)|\.pyc$|__pycache__/.test(f))).toEqual([]);
  });

  test("its runtime dependencies are exactly the packages the built code imports: none, dist/ bundles them", () => {
    const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const imported = new Set<string>();
    for (const name of readdirSync(join(installed, "dist"), { recursive: true, encoding: "utf8" })) {
      if (!/\.c?js$/u.test(name)) continue;
      const code = readFileSync(join(installed, "dist", name), "utf8");
      for (const spec of importedSpecifiers(code)) {
        if (spec.startsWith(".") || builtins.has(spec) || !PACKAGE_NAME.test(spec)) continue;
        imported.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : (spec.split("/")[0] as string));
      }
    }
    expect([...imported].sort()).toEqual(Object.keys(manifest.dependencies ?? {}).sort());
    expect(existsSync(join(installed, "node_modules"))).toBe(false);
  });

  test("the installed command prints the schema, checks, verifies and grades from another folder", async () => {
    const schema = await pytutor(["schema"]);
    expect(schema.code, schema.stderr).toBe(0);
    expect(JSON.parse(schema.stdout)).toEqual(JSON.parse(readFileSync(join(installed, "schema", "exercise.schema.json"), "utf8")));

    copyFileSync(join(EXERCISES, "ejercicio1", "solution.py"), join(elsewhere, "ejercicio1.py"));
    const check = await pytutor(["check", "ejercicio1", "--python", python]);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain("SUPERADO");

    const verify = await pytutor(["verify", "ejercicio7", "--python", python, "--skip-files", "alternatives/ciegas/,variants/ciegas/"]);
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
    expect(verify.stdout).toContain("TODO CORRECTO");

    const student = join(elsewhere, "entregas", "ana");
    mkdirSync(student, { recursive: true });
    writeFileSync(join(student, "ejercicio1.py"), readFileSync(join(EXERCISES, "ejercicio1", "solution.py")));
    const grade = await pytutor(["grade", "entregas", "--out", "notas", "--python", python, "--json"]);
    expect(grade.code, grade.stderr).toBe(0);
    const doc = JSON.parse(grade.stdout) as { submissions: Array<{ status: string }> };
    expect(doc.submissions.map((s) => s.status)).toEqual(["pass"]);
    expect(existsSync(join(elsewhere, "notas", "gradebook.csv"))).toBe(true);
  }, 240_000);
});
