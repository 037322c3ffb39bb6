// `check --limit` overrides an exercise's limit, and the verdict names it, in both languages.
import { join } from "node:path";
import { expect, test } from "vitest";
import { FIXTURES, pytutor } from "../helpers/cli.js";
import { testPythons } from "../helpers/pythons.js";

const python = (testPythons().at(-1) as { path: string }).path;

test("--limit memory=128 stops a memory bomb and the note says so; a bad --limit is exit 2", async () => {
  const file = join(FIXTURES, "hostile", "memory_bomb.py");
  for (const [lang, words] of [["es", "memoria (128 MB)"], ["en", "memory (128 MB)"]] as const) {
    const r = await pytutor(["check", "ejercicio3", file, "--python", python, "--limit", "memory=128", "--json", "--lang", lang]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as { run: { limit?: { limit: string; value: number } }; notes: Array<{ kind: string; message: string }> };
    expect(doc.run.limit).toEqual({ limit: "memory", value: 128 });
    expect(doc.notes.find((n) => n.kind === "limit")?.message).toContain(words);
  }
  const bad = await pytutor(["check", "ejercicio3", file, "--python", python, "--limit", "memoria=1"]);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain("--limit");
});
