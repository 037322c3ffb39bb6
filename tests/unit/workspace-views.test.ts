// What list, hint, init and next print (src/workspace/list-view.ts,
// hint-view.ts, guide.ts), from data, without the CLI.
import { Chalk } from "chalk";
import { describe, expect, test } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { PytutorError } from "../../src/errors.js";
import { catalogueJson, catalogueText, progressJson, progressText } from "../../src/workspace/list-view.js";
import { hintText, progressiveHintText } from "../../src/workspace/hint-view.js";
import { allPassedText, initText, nextText } from "../../src/workspace/guide.js";
import { newProgress, type State } from "../../src/workspace/state.js";
import { shown } from "../../src/workspace/shared.js";
import { EXERCISES } from "../helpers/cli.js";

const c = new Chalk({ level: 0 });
const exercises = loadCatalog(EXERCISES).exercises.slice(0, 3);
const [first, second] = exercises as [(typeof exercises)[number], (typeof exercises)[number]];
const spec = first.spec;
const total = spec.hints.length;
const state = (entries: State["exercises"], current?: string) => ({ exercises: entries, ...(current ? { current } : {}) }) as unknown as State;
const passed = { ...newProgress(), status: "done" as const };
const source = { dir: EXERCISES, builtin: true, course: { es: "Python Avanzado", en: "Python Avanzado" }, exercises };

describe("list", () => {
  test("outside a workspace: one block per course and how to begin; JSON names the course", () => {
    const text = catalogueText(exercises, [source], "en", c);
    expect(text.startsWith("3 exercises of «Python Avanzado»:\n\n")).toBe(true);
    expect(text).toContain(`${spec.id.padEnd(10)}  `);
    expect(text.endsWith(`Read one with \`pytutor show ${spec.id}\` and check it with \`pytutor check ${spec.id}\`.\n`)).toBe(true);
    expect(catalogueJson(exercises, [source], "es")[0]).toMatchObject({ id: spec.id, course: "Python Avanzado", file: spec.file });
  });

  test("inside: marks, the bar, the tail by standing; JSON with the standing and each exercise", () => {
    const text = progressText(state({ [spec.id]: passed }), exercises, "es", c);
    expect(text.split("\n").slice(0, 2)).toEqual(["Tu progreso en «Python Avanzado»:", expect.stringContaining("1/3 · 33 %")]);
    expect(text).toContain(`✓ ${spec.id}`);
    expect(text).toContain(`▶ ${second.spec.id}`);
    expect(text).toContain("Sigue con `pytutor next`");
    const all = state(Object.fromEntries(exercises.map((e) => [e.spec.id, passed])));
    expect(progressText(all, exercises, "en", c)).toContain("You passed them all!");
    const doc = progressJson("/ws", state({ [spec.id]: { ...newProgress(), hintsUsed: 99, attempts: 2 } }), exercises, "en");
    expect(doc.progress).toEqual({ done: 0, total: 3, percent: 0, current: spec.id });
    expect(doc.exercises[0]).toMatchObject({ id: spec.id, status: "pending", current: true, hints: { used: total, total }, attempts: 2 });
  });
});

describe("hints", () => {
  test("outside a workspace: hint n and the next one's command, the last, all, or a refusal", () => {
    expect(hintText(spec, { n: undefined, all: false }, "en", c)).toBe(`Hint 1 of ${total}: ${spec.hints[0]?.en}\nThe next, more explicit: \`pytutor hint ${spec.id} 2\`\n`);
    expect(hintText(spec, { n: String(total), all: false }, "es", c)).toBe(`Pista ${total} de ${total}: ${spec.hints[total - 1]?.es}\n`);
    expect(hintText(spec, { n: undefined, all: true }, "es", c).split("\n")).toHaveLength(total + 1);
    for (const n of ["0", "x", String(total + 1), "1.5"]) expect(() => hintText(spec, { n, all: false }, "en", c)).toThrow(PytutorError);
  });

  test("progressive: the next unseen is named; in watch, a key; the last; all again", () => {
    expect(progressiveHintText(spec, { mode: "one", index: 1, used: 1 }, "en", c, "command")).toContain(`The next, more explicit: \`pytutor hint ${spec.id}\``);
    expect(progressiveHintText(spec, { mode: "one", index: 1, used: 2 }, "en", c, "command")).toContain(`\`pytutor hint ${spec.id} 2\``);
    expect(progressiveHintText(spec, { mode: "one", index: 1, used: 1 }, "es", c, "watch")).toContain("La siguiente, más concreta: pulsa h otra vez.");
    expect(progressiveHintText(spec, { mode: "one", index: total, used: total }, "en", c, "command").endsWith("That is the last hint.\n")).toBe(true);
    const again = progressiveHintText(spec, { mode: "again" }, "en", c, "command").split("\n");
    expect(again[0]).toBe(`You have seen all ${total} hints of ${spec.id}; here they all are again. If you are still stuck, go back to the statement: \`pytutor show ${spec.id}\`.`);
    expect(progressiveHintText(spec, { mode: "all" }, "en", c, "command").split("\n")).toHaveLength(total + 1);
  });
});

describe("init and next", () => {
  const made = { root: "/tmp/ws", state: state({ [spec.id]: passed }), added: [spec.file, "README.md"], kept: [] as string[] };

  test("init: made, with the way in; completed, with what was added; kept files named", () => {
    expect(initText({ ...made, wasWorkspace: false }, exercises, "en", "/tmp")).toBe(`Workspace created in /tmp/ws: 1 exercise template, README.md and .pytutor/state.json.\n\nTo begin:\n  cd ${shown("/tmp/ws")}\n  pytutor next\n`);
    expect(initText({ ...made, wasWorkspace: false }, exercises, "es", "/tmp/ws")).not.toContain("cd ");
    expect(initText({ ...made, wasWorkspace: false, kept: ["a.py"] }, exercises, "es", "/tmp/ws")).toContain("Ya había archivos con esos nombres y no los toqué: a.py.");
    expect(initText({ ...made, wasWorkspace: true }, exercises, "es", "/")).toBe(
      `/tmp/ws ya es un espacio de trabajo: tu progreso se conserva (1 de 3 superados).\nAñadí lo que faltaba: ${spec.file}, README.md. No he tocado ninguno de tus archivos.\n`,
    );
    expect(initText({ ...made, wasWorkspace: true, added: [] }, exercises, "en", "/")).toContain("Nothing was missing; none of your files was touched.");
  });

  test("next: three steps, «one left», a missing file's remedy; all passed", () => {
    const file = { path: `/x/${second.spec.file}`, kind: "file" as const };
    const text = nextText(second, file, false, state({}), exercises, "en", c);
    expect(text.split("\n")[0]).toBe(`Next: ${second.spec.id} (${second.spec.alias}) · ${second.spec.title.en} · ${second.spec.difficulty === "basica" ? "basic" : second.spec.difficulty === "media" ? "medium" : "advanced"}`);
    expect(text).toContain(`  3. Check it:                pytutor check ${second.spec.id}`);
    expect(text.endsWith("Progress: 0 of 3 exercises passed.\n")).toBe(true);
    expect(nextText(second, file, true, state({}), exercises, "es", c).startsWith("Te queda uno:")).toBe(true);
    expect(nextText(second, { ...file, kind: "missing" }, false, state({}), exercises, "es", c)).toContain(`\`pytutor reset ${second.spec.id}\` pone la plantilla.`);
    expect(allPassedText(exercises, "en", c)).toBe(
      `Congratulations! You have passed all 3 exercises of «Python Avanzado».\nCompare your solutions with the reference ones (\`pytutor solution ${spec.id}\`) or review any statement with \`pytutor show\`.\n`,
    );
    expect(allPassedText([first], "es", c)).toContain("Has superado el ejercicio de");
  });
});
