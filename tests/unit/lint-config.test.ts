// The lint configuration enforces the architecture's arrows: each case lints a
// deliberately wrong text as if it were a real file of that folder (ESLint's
// lintText with the file's path, so the folder's rules and the type-aware
// rules apply) and expects the rule that forbids it; the same file's real text
// passes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const eslint = new ESLint({ cwd: root });

async function ruleIds(file: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: join(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe("lint boundaries", { timeout: 120_000 }, () => {
  it("the real files pass", async () => {
    for (const file of ["src/grade/grade.ts", "src/runner/run.ts"]) {
      expect(await ruleIds(file, readFileSync(join(root, file), "utf8"))).toEqual([]);
    }
  });

  it("grade and report never read files or spawn processes", async () => {
    expect(await ruleIds("src/grade/grade.ts", 'import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n')).toContain("@typescript-eslint/no-restricted-imports");
    expect(await ruleIds("src/report/markdown.ts", 'import { spawnSync } from "node:child_process";\nexport const x = spawnSync;\n')).toContain("@typescript-eslint/no-restricted-imports");
    expect(await ruleIds("src/grade/grade.ts", 'import { execa } from "execa";\nexport const x = execa;\n')).toContain("@typescript-eslint/no-restricted-imports");
  });

  it("nothing outside the CLI imports it", async () => {
    const text = 'import { EXIT } from "../cli/exit-codes.js";\nexport const x = EXIT;\n';
    expect(await ruleIds("src/workspace/state.ts", text)).toContain("no-restricted-imports");
    expect(await ruleIds("src/batch/journal.ts", text)).toContain("no-restricted-imports");
  });

  it("the core's arrows run one way; types may be named", async () => {
    expect(await ruleIds("src/runner/record.ts", 'import { gradeRun } from "../grade/grade.js";\nexport const x = gradeRun;\n')).toContain("@typescript-eslint/no-restricted-imports");
    expect(await ruleIds("src/grade/facts.ts", 'import { runProgram } from "../runner/run.js";\nexport const x = runProgram;\n')).toContain("@typescript-eslint/no-restricted-imports");
    // A type from the runner is data the grader reads: allowed.
    expect(await ruleIds("src/grade/facts.ts", 'import type { RunRecord } from "../runner/record.js";\nexport type X = RunRecord;\n')).toEqual([]);
  });

  it("a forgotten promise in src/ fails (type-aware)", async () => {
    const text = "async function save(): Promise<void> {\n  await Promise.resolve();\n}\nexport function go(): void {\n  save();\n}\n";
    expect(await ruleIds("src/batch/journal.ts", text)).toContain("@typescript-eslint/no-floating-promises");
    expect(await ruleIds("src/batch/journal.ts", text.replace("  save();", "  void save();"))).toEqual([]);
  });
});
