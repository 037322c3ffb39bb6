// The command line's words (src/i18n/commands.ts, help-terms.ts) and the
// grammar built from them (src/cli/program.ts).
import { describe, expect, test } from "vitest";
import { COMMAND_WORDS, ROOT_WORDS } from "../../src/i18n/commands.js";
import { spanishExtras, spanishTerms } from "../../src/i18n/help-terms.js";
import { buildProgram } from "../../src/cli/program.js";

const entries = Object.entries(COMMAND_WORDS);

test("every command, argument and option is said in both languages", () => {
  for (const words of [ROOT_WORDS, ...Object.values(COMMAND_WORDS)]) {
    for (const text of [words.description, ...(words.arguments ?? []).flatMap(([, help]) => (help ? [help] : [])), ...(words.options ?? []).map(([, help]) => help)]) {
      expect(text.es.trim()).not.toBe("");
      expect(text.en.trim()).not.toBe("");
    }
  }
});

describe.each(["es", "en"] as const)("the program in %s", (lang) => {
  const program = buildProgram(lang);

  test("has the table's commands, in its order, with its arguments and options", () => {
    expect(program.commands.map((c) => c.name())).toEqual(entries.map(([name]) => name));
    for (const [name, words] of entries) {
      const cmd = program.commands.find((c) => c.name() === name);
      expect(cmd?.description()).toBe(words.description[lang]);
      expect(cmd?.registeredArguments.map((a) => a.description)).toEqual((words.arguments ?? []).map(([, help]) => help?.[lang] ?? ""));
      expect(cmd?.options.map((o) => o.flags).filter((f) => f !== "-h, --help")).toEqual((words.options ?? []).map(([flags]) => flags));
    }
  });

  test("repeatable options collect, choices and defaults hold, one language hides the other's alias", () => {
    const grade = program.commands.find((c) => c.name() === "grade");
    const feedback = grade?.options.find((o) => o.long === "--feedback");
    expect(feedback?.argChoices).toEqual(["full", "summary", "hidden"]);
    expect(feedback?.defaultValue).toBe("summary");
    expect(grade?.options.find((o) => o.long === "--map")?.parseArg?.("b", ["a"] as never)).toEqual(["a", "b"]);
    const check = program.commands.find((c) => c.name() === "check");
    expect(check?.options.find((o) => o.long === "--detalle")?.hidden).toBe(lang === "en");
    expect(check?.options.find((o) => o.long === "--verbose")?.hidden).toBe(lang === "es");
    expect(program.options.find((o) => o.long === "--lang")?.argChoices).toEqual(["es", "en"]);
  });
});

test("commander's words in Spanish", () => {
  expect(spanishTerms("check [exercise] [file]")).toBe("check [ejercicio] [archivo]");
  expect(spanishTerms("merge [options] <folders...>")).toBe("merge [opciones] <carpetas...>");
  expect(spanishTerms("--runs <k>")).toBe("--runs <k>");
  expect(spanishExtras('cuánto (choices: "full", "summary", default: "summary")')).toBe('cuánto (valores: "full", "summary", por defecto: "summary")');
  expect(spanishExtras("x (default: 3)")).toBe("x (por defecto: 3)");
});
