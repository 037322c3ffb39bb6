// The watch session at work (src/watch/driver.ts) on a real workspace and a
// real CPython, with a fake terminal: what it says, when it asks the terminal
// for keys, hints and leaving, and how a pass moves it on.
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Chalk } from "chalk";
import { expect, test } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { getPython } from "../../src/context/python.js";
import { WatchDriver, type WatchTerminal } from "../../src/watch/driver.js";
import { watchTexts } from "../../src/watch/notes.js";
import { workspaceAt } from "../../src/workspace/find.js";
import { initWorkspace } from "../../src/workspace/init.js";
import { progressOf } from "../../src/workspace/state.js";
import { loadState } from "../../src/workspace/workspace.js";
import { EXERCISES } from "../helpers/cli.js";

const PYTHON = "/root/.pyenv/versions/3.12.1/bin/python3";
const exercises = loadCatalog(EXERCISES).exercises.slice(0, 2);
const [first, second] = exercises as [(typeof exercises)[number], (typeof exercises)[number]];

async function session() {
  const root = join(mkdtempSync(join(tmpdir(), "pytutor-unit-driver-")), "ws");
  await initWorkspace(root, exercises, {}, "en");
  const ws = workspaceAt(root);
  const python = await getPython({ python: [PYTHON] });
  const said: string[] = [];
  const calls: string[] = [];
  const term: WatchTerminal = {
    write: (text) => void said.push(text),
    tty: false,
    keys: false,
    width: () => 80,
    c: new Chalk({ level: 0 }),
    startKeys: () => void calls.push("start-keys"),
    hint: (exercise) => Promise.resolve(void calls.push(`hint ${exercise}`)),
    progress: () => Promise.reject(new Error("no progress today")),
    stop: () => void calls.push("stop"),
    goodbye: () => void calls.push("goodbye"),
  };
  const driver = new WatchDriver({ ws, exercises, first, python, options: {}, lang: "en", timeoutSeconds: undefined, limits: {} }, term);
  return { root, ws, driver, said, calls, text: () => said.join("") };
}

test("an untouched starter is announced and not checked; keys reach the terminal; q stops", async () => {
  const { driver, calls, text } = await session();
  await driver.dispatch({ kind: "start" });
  expect(text()).toMatch(new RegExp(`Watching \\S*${first.spec.file} · ${first.spec.id}`));
  expect(text()).toContain("To stop, Ctrl-C.");
  expect(text()).not.toMatch(/PASSED|NOT PASSED/);
  expect(calls).toEqual(["start-keys"]);
  const settle = () => new Promise((done) => setTimeout(done, 50));
  // One key action at a time: l while h runs is dropped.
  driver.key("h");
  driver.key("l");
  await settle();
  expect(calls).toContain(`hint ${first.spec.id}`);
  expect(text()).not.toContain("no progress today");
  driver.key("l");
  await settle();
  expect(text()).toContain("! no progress today");
  driver.key("q");
  expect(await driver.ended).toBe("ok");
  expect(driver.stopped).toBe(true);
  expect(calls.at(-1)).toBe("stop");
  expect(text().endsWith("Stopped watching.\n")).toBe(true);
});

test("the solution is checked at once, recorded, and the session moves on to the next exercise", async () => {
  const { root, ws, driver, text } = await session();
  copyFileSync(join(first.dir, first.spec.solution), join(root, first.spec.file));
  await driver.dispatch({ kind: "start" });
  await driver.idle();
  expect(text()).toContain(`Well done! ${first.spec.id} passed and recorded.`);
  expect(text()).toMatch(new RegExp(`Watching \\S*${second.spec.file} · ${second.spec.id}`));
  const state = await loadState(ws, { lang: "en", ids: exercises.map((e) => e.spec.id) });
  expect(progressOf(state, first.spec.id).status).toBe("done");
  driver.key("\u0003");
  expect(await driver.ended).toBe("interrupted");
}, 60_000);

test("the session's own lines, in both languages", () => {
  const info = { index: 1, total: 3, title: { es: "dos hilos", en: "two threads" } };
  expect(watchTexts.caseHeading(info, "es")).toBe("── caso 2 de 3: dos hilos ──");
  expect(watchTexts.caseHeading(info, "en")).toBe("── case 2 of 3: two threads ──");
  expect(watchTexts.internalError("boom", "es")).toBe("error interno al comprobar (sigo vigilando): boom");
  expect(watchTexts.stopped("en")).toBe("Stopped watching.");
});
