// The workspace's own rules, called directly (no CLI): init, hint progression, reset.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { PytutorError } from "../../src/errors.js";
import { initWorkspace } from "../../src/workspace/init.js";
import { takeHint } from "../../src/workspace/hints.js";
import { backUpAndReplace, planReset, restoreStarter } from "../../src/workspace/reset.js";
import { workspaceAt } from "../../src/workspace/find.js";
import { progressOf } from "../../src/workspace/state.js";
import { loadState } from "../../src/workspace/workspace.js";
import { EXERCISES } from "../helpers/cli.js";

const exercises = loadCatalog(EXERCISES).exercises.slice(0, 3);
const [first] = exercises as [(typeof exercises)[number]];
const fresh = () => join(mkdtempSync(join(tmpdir(), "pytutor-unit-core-")), "ws");
const options = { lang: "es" as const, ids: exercises.map((e) => e.spec.id) };

describe("init", () => {
  test("creates the state, one starter per exercise and the README; again, it keeps every file", async () => {
    const root = fresh();
    const made = await initWorkspace(root, exercises, {}, "es");
    expect(made.wasWorkspace).toBe(false);
    expect(made.added).toEqual([...exercises.map((e) => e.spec.file), "README.md"]);
    expect(readFileSync(join(root, first.spec.file))).toEqual(readFileSync(join(first.dir, first.spec.starter)));
    writeFileSync(join(root, first.spec.file), "mine\n");
    const again = await initWorkspace(root, exercises, {}, "es");
    expect(again.wasWorkspace).toBe(true);
    expect(again.added).toEqual([]);
    expect(again.kept).toContain(first.spec.file);
    expect(readFileSync(join(root, first.spec.file), "utf8")).toBe("mine\n");
  });

  test("refuses a path that is a file", async () => {
    const root = fresh();
    writeFileSync(root, "x");
    await expect(initWorkspace(root, exercises, {}, "es")).rejects.toBeInstanceOf(PytutorError);
  });
});

describe("hints", () => {
  test("each ask shows the next unseen hint, then all again; a number or all is remembered", async () => {
    const root = fresh();
    await initWorkspace(root, exercises, {}, "es");
    const ws = workspaceAt(root);
    const total = first.spec.hints.length;
    expect(total).toBeGreaterThan(1);
    const ask = (n?: string, all = false) => takeHint(ws, first, exercises, { n, all }, "es");
    expect(await ask()).toEqual({ mode: "one", index: 1, used: 1 });
    expect(await ask(String(total))).toEqual({ mode: "one", index: total, used: total });
    expect(await ask()).toEqual({ mode: "again" });
    expect(await ask(undefined, true)).toEqual({ mode: "all" });
    expect(progressOf(await loadState(ws, options), first.spec.id).hintsUsed).toBe(total);
    await expect(ask("0")).rejects.toBeInstanceOf(PytutorError);
    await expect(ask(String(total + 1))).rejects.toBeInstanceOf(PytutorError);
  });
});

describe("reset", () => {
  test("a missing file gets its starter; the starter needs nothing; a changed file is backed up first", async () => {
    const root = fresh();
    await initWorkspace(root, exercises, {}, "es");
    const ws = workspaceAt(root);
    const file = join(root, first.spec.file);
    expect(planReset(ws, first).kind).toBe("already-starter");
    writeFileSync(file, "print('mine')\n");
    const plan = planReset(ws, first);
    if (plan.kind !== "replace") throw new Error(`expected replace, got ${plan.kind}`);
    const backup = backUpAndReplace(ws, first, plan);
    expect(readFileSync(backup, "utf8")).toBe("print('mine')\n");
    expect(planReset(ws, first).kind).toBe("already-starter");
    const { rmSync } = await import("node:fs");
    rmSync(file);
    const missing = planReset(ws, first);
    if (missing.kind !== "restore") throw new Error(`expected restore, got ${missing.kind}`);
    restoreStarter(missing);
    expect(existsSync(file)).toBe(true);
  });
});
