// The arrows DESIGN.md draws, checked on the source: renderers and graders
// touch no files and spawn nothing; the batch document takes the timeline's
// model, not its terminal renderer; one atomic write, one JUnit writer, one sanitiser.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";

const SRC = join(import.meta.dirname, "..", "..", "src");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}
const text = (file: string) => readFileSync(file, "utf8");
const rel = (file: string) => relative(SRC, file);

describe("layers", () => {
  test.each(["grade", "report"])("src/%s imports neither node:fs nor node:child_process", (folder) => {
    const offenders = sources(join(SRC, folder)).filter((f) => /from "node:(fs|fs\/promises|child_process)"|require\("(node:)?(fs|child_process)"\)/.test(text(f)));
    expect(offenders.map(rel)).toEqual([]);
  });

  test("the batch document and check --json take the timeline's model, not its renderer", () => {
    for (const file of ["batch/document.ts", "report/check-json.ts"]) {
      expect(text(join(SRC, file))).not.toMatch(/from "[./]*\/?(report\/)?timeline\.js"/);
      expect(text(join(SRC, file))).toMatch(/timeline-model\.js"/);
    }
    expect(text(join(SRC, "report", "timeline-model.ts"))).not.toMatch(/chalk|renderTimeline/);
  });

  test("one JUnit writer, one XML escape, one control-character class", () => {
    const all = sources(SRC).filter((f) => !f.endsWith("util/sanitize.ts"));
    expect(all.filter((f) => /<testsuites/.test(text(f))).map(rel)).toEqual(["report/junit.ts"]);
    expect(all.filter((f) => /&apos;/.test(text(f))).map(rel)).toEqual([]);
    expect(all.filter((f) => /\\u202a|\\u2066/i.test(text(f))).map(rel)).toEqual([]);
  });

  test("my areas replace files only through util/atomic-write.ts", () => {
    const mine = [...sources(join(SRC, "batch")), ...sources(join(SRC, "report")), join(SRC, "catalog", "catalog-cache.ts")];
    expect(mine.filter((f) => /renameSync|fsyncSync/.test(text(f))).map(rel)).toEqual([]);
  });
});
