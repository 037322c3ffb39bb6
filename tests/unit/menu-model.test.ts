// The menu's screens as data (src/workspace/menu-model.ts), without the CLI or a terminal.
import { Chalk } from "chalk";
import { describe, expect, test } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { afterAction, exerciseScreen, homeScreen, keysHelp, madeCurrentText, outsideScreen, pageSize, statementScreen, type MenuItem } from "../../src/workspace/menu-model.js";
import { newProgress, type State } from "../../src/workspace/state.js";
import { EXERCISES } from "../helpers/cli.js";

const c = new Chalk({ level: 0 });
const exercises = loadCatalog(EXERCISES).exercises.slice(0, 3);
const [first, second, third] = exercises as [(typeof exercises)[number], (typeof exercises)[number], (typeof exercises)[number]];
const state = (entries: State["exercises"], current?: string) => ({ exercises: entries, ...(current ? { current } : {}) }) as unknown as State;
const passed = { ...newProgress(), status: "done" as const };
const allHints = (n: number) => ({ ...newProgress(), hintsUsed: n });
const entries = <V>(items: Array<MenuItem<V>>) => items.filter((i) => i !== "separator");
const named = <V>(items: Array<MenuItem<V>>, value: V) => entries(items).find((i) => i.value === value);

describe("outside a workspace", () => {
  test.each([
    ["es", ["Crear mi espacio de trabajo (pytutor init)", "Ver la lista de ejercicios (pytutor list)", "Leer el enunciado de un ejercicio (pytutor show)", "Salir"], "¿Qué quieres hacer?"],
    ["en", ["Create my workspace (pytutor init)", "See the list of exercises (pytutor list)", "Read an exercise's statement (pytutor show)", "Quit"], "What do you want to do?"],
  ] as const)("in %s: create, list, read or quit", (lang, names, message) => {
    const screen = outsideScreen(lang, c);
    expect(entries(screen.items).map((i) => i.value)).toEqual(["init", "list", "show", "quit"]);
    expect(entries(screen.items).map((i) => i.name)).toEqual(names);
    expect(screen.message).toBe(message);
    expect(screen.heading[0]).toBe("pytutor · «Python Avanzado»");
  });

  test("the statements: one per exercise, fitted to the width, then back", () => {
    const screen = statementScreen(exercises, "en", 20);
    expect(screen.items.at(-2)).toBe("separator");
    expect(screen.items.at(-1)).toEqual({ value: "", name: "Back" });
    expect(entries(screen.items).slice(0, 3).map((i) => i.value)).toEqual(exercises.map((e) => e.spec.id));
    for (const item of entries(screen.items)) expect(item.name.length).toBeLessThanOrEqual(16);
    expect(screen.keysTip).toBe(" · number: exercise N");
  });
});

describe("inside a workspace", () => {
  const home = (s: State, focus?: string, lang: "es" | "en" = "es") => homeScreen({ folderName: "ws", exercises, state: s, lang, c, width: 100, focus });

  test("each exercise with its mark, then next, watch the current file, quit; the focus on the current one", () => {
    const screen = home(state({ [first.spec.id]: passed }));
    expect(screen.heading).toEqual(["pytutor · tu progreso en «Python Avanzado» · ws", expect.stringContaining("1/3 · 33 %")]);
    const rows = entries(screen.items);
    expect(rows.map((i) => i.name.slice(0, 1))).toEqual(["✓", "▶", "·", "S", "V", "S"]);
    expect(rows.slice(3).map((i) => i.value)).toEqual([":next", ":watch", ":quit"]);
    expect(named(screen.items, ":watch")).toEqual({ value: ":watch", name: `Vigilar ${second.spec.file} mientras lo editas (pytutor watch)` });
    expect(screen.focus).toBe(second.spec.id);
    expect(home(state({}), third.spec.id).focus).toBe(third.spec.id);
  });

  test("attempts are in the description; with everything passed, watch is disabled", () => {
    const tried = home(state({ [first.spec.id]: { ...newProgress(), attempts: 2, lastScore: 0.5 } }), undefined, "en");
    expect(named(tried.items, first.spec.id)?.description).toContain("2 attempts, the last at 50 %");
    const done = home(state(Object.fromEntries(exercises.map((e) => [e.spec.id, passed]))), undefined, "en");
    expect(named(done.items, ":watch")).toEqual({ value: ":watch", name: "Watch (pytutor watch)", disabled: "(no exercise is left pending)" });
    expect(done.focus).toBe(first.spec.id);
  });
});

describe("an exercise's submenu", () => {
  const screen = (s: State, focus: Parameters<typeof exerciseScreen>[0]["focus"] = "read", lang: "es" | "en" = "es") =>
    exerciseScreen({ exercise: first, exercises, state: s, lang, c, width: 200, focus });

  test("not passed: the solution is disabled and the next hint is numbered; it is the current one", () => {
    const s = screen(state({}), "solution");
    expect(s.passed).toBe(false);
    expect(named(s.items, "solution")?.disabled).toBe("(supéralo primero: se enseña cuando tu solución pasa)");
    expect(named(s.items, "hint")?.name).toBe(`Pista (la siguiente: 1 de ${first.spec.hints.length})`);
    expect(named(s.items, "current")?.disabled).toBe("(ya es el actual)");
    expect(s.focus).toBe("read");
    expect(s.message).toMatch(/sin intentos todavía$/);
  });

  test("passed and not current: solution and «make current» usable; hints exhausted offers them all", () => {
    const total = first.spec.hints.length;
    const s = screen(state({ [first.spec.id]: { ...passed, hintsUsed: total } }, second.spec.id), "solution", "en");
    expect(s.passed).toBe(true);
    expect(named(s.items, "solution")).toEqual({ value: "solution", name: "Solution (the reference one)" });
    expect(named(s.items, "current")).toEqual({ value: "current", name: "Make it the current exercise" });
    expect(named(s.items, "hint")?.name).toBe(`Hints (you have seen all ${total}: see them all)`);
    expect(s.focus).toBe("solution");
    expect(s.message).toMatch(/passed$/);
    expect(screen(state({ [first.spec.id]: allHints(total + 2) }), "hint", "es").items).toContainEqual({ value: "hint", name: `Pistas (ya viste las ${total}: verlas todas)` });
  });

  test.each([
    ["read", { passedNow: false, passedBefore: false }, "check", undefined],
    ["check", { passedNow: true, passedBefore: false }, "solution", "You can now see the reference solution from this menu."],
    ["check", { passedNow: true, passedBefore: true }, "check", undefined],
    ["check", { passedNow: false, passedBefore: false }, "check", undefined],
    ["solution", { passedNow: false, passedBefore: true }, "back", undefined],
    ["hint", { passedNow: false, passedBefore: false }, "hint", undefined],
  ] as const)("after %s (%o) the focus goes to %s", (action, outcome, focus, note) => {
    expect(afterAction(action, "en", outcome)).toEqual(note ? { focus, note } : { focus });
  });
});

test("keys line, page size and the «current» note in both languages", () => {
  expect(keysHelp("es", " · número: ejercicio N")).toBe("↑↓ moverte · ⏎ elegir · número: ejercicio N · Ctrl-C salir");
  expect(keysHelp("en", "")).toBe("↑↓ move · ⏎ choose · Ctrl-C quit");
  expect([pageSize(3, 24), pageSize(40, 24), pageSize(40, 10)]).toEqual([5, 16, 5]);
  expect(madeCurrentText("ejercicio2", "es")).toBe("ejercicio2 es ahora tu ejercicio actual.");
});
