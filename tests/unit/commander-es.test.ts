// Commander's own error messages come out in Spanish when --lang es (the
// default): each shape commander 14 produces, with its option and values kept.
import { Command, CommanderError, Option } from "commander";
import { describe, expect, test } from "vitest";
import { commanderInSpanish } from "../../src/i18n/commander.js";

// The message commander itself builds for `argv` (no hand-written English).
function commanderMessage(argv: string[]): { code: string; message: string } {
  const program = new Command("pytutor").exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  program.command("show").argument("<exercise>").action(() => {});
  program
    .command("grade")
    .argument("<folder>")
    .addOption(new Option("--feedback <level>").choices(["full", "summary", "hidden"]))
    .option("--assignment <name|ids>")
    .action(() => {});
  try {
    program.parse(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return { code: error.code, message: error.message.replace(/^error: /, "") };
  }
  throw new Error(`commander accepted ${argv.join(" ")}`);
}

describe("commander's errors in Spanish", () => {
  test.each([
    [["grade", "x", "--feedback", "todo"], "la opción --feedback no admite «todo»; puede ser: full, summary, hidden"],
    [["grade", "x", "--assignment"], "a la opción --assignment le falta su valor"],
    [["grade", "x", "--nada"], "opción desconocida: --nada"],
    [["grade"], "falta el argumento «folder»"],
    [["show", "a", "b"], "sobran argumentos para «show»: admite 1 y recibió 2"],
  ])("%j", (argv, spanish) => {
    const { code, message } = commanderMessage(argv);
    expect(commanderInSpanish(code, message)).toBe(spanish);
  });
  test("an unknown command keeps commander's suggestion", () => {
    const program = new Command("pytutor").exitOverride().configureOutput({ writeErr: () => {} }).showSuggestionAfterError(true);
    program.command("check").action(() => {});
    let got = "";
    try {
      program.parse(["chek"], { from: "user" });
    } catch (error) {
      if (error instanceof CommanderError) got = commanderInSpanish(error.code, error.message.replace(/^error: /, "")) ?? "";
    }
    expect(got).toBe("orden desconocida: chek (¿querías decir check?)");
  });
});
