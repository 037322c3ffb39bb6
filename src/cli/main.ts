// The CLI's entry and the only place that turns results and errors into exit
// codes. `pytutor --help` and `--version` never come here when the build
// wrote their text down (written-help.ts, run by bin/pytutor.js first).
import type { Lang } from "../i18n/lang.js";
import { PytutorError, type ErrorKind } from "../errors.js";
import { EXIT } from "./exit-codes.js";
import { langOf } from "../context/lang.js";
import { onCI, toleratePipeClosed } from "./written-help.js";

import type { GlobalOptions } from "../options.js";

export type { GlobalOptions } from "../options.js";

// Each kind of domain error ends the command with its own code.
export const EXIT_OF_KIND: Record<ErrorKind, number> = { "bad-input": EXIT.usage, cancelled: EXIT.interrupted };

// Commander's errors, told by their code so that this module need not load commander.
function commanderCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === "string" && code.startsWith("commander.") ? code : undefined;
}

async function reportError(error: unknown, lang: Lang): Promise<number> {
  const code = commanderCode(error);
  if (code !== undefined) {
    if (code === "commander.helpDisplayed" || code === "commander.version" || code === "commander.help") return EXIT.ok;
    const { commanderErrorHead } = await import("../i18n/commander.js");
    const head = commanderErrorHead(code, (error as Error).message, lang);
    process.stderr.write(
      `pytutor: ${head}\n${lang === "es" ? "Usa `pytutor --help` para ver las órdenes y sus opciones." : "Run `pytutor --help` to see the commands and their options."}\n`,
    );
    return EXIT.usage;
  }
  if (error instanceof PytutorError) {
    process.stderr.write(`pytutor: ${error.text[lang]}\n`);
    for (const line of error.details) process.stderr.write(`  ${typeof line === "string" ? line : line[lang]}\n`);
    return EXIT_OF_KIND[error.kind];
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    lang === "es"
      ? `pytutor: error interno: ${message}\nEs un fallo de pytutor, no tuyo. Vuelve a ejecutarlo con PYTUTOR_DEBUG=1 y envía lo que imprima.\n`
      : `pytutor: internal error: ${message}\nThis is pytutor's fault, not yours. Run it again with PYTUTOR_DEBUG=1 and send what it prints.\n`,
  );
  if (process.env.PYTUTOR_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return EXIT.usage;
}

// The global options when the arguments are nothing else; undefined when there is a command.
function menuOptions(args: string[]): GlobalOptions | undefined {
  const options: GlobalOptions = {};
  for (let i = 0; i < args.length; i++) {
    const [flag = "", inline] = (args[i] ?? "").split(/=(.*)/s, 2);
    if (flag !== "--lang" && flag !== "--python" && flag !== "--exercises" && flag !== "--only-exercises") return undefined;
    const value = inline ?? args[++i];
    if (value === undefined || (flag === "--lang" && value !== "es" && value !== "en")) return undefined;
    if (flag === "--lang") options.lang = value;
    else if (flag === "--python") options.python = [...(options.python ?? []), value];
    else if (flag === "--only-exercises") options.onlyExercises = value;
    else options.exercises = value;
  }
  return options;
}

// An interrupted run ends pytutor with 130 or 143 (the runner kills its tree first).
async function exitOnInterrupt(): Promise<void> {
  const { setInterruptExit } = await import("../runner/kill.js");
  setInterruptExit((code) => process.exit(code));
}

export async function main(argv: string[]): Promise<void> {
  toleratePipeClosed(process.stdout);
  toleratePipeClosed(process.stderr);
  const lang = langOf(argv);
  try {
    const args = argv.slice(2);
    // `pytutor` alone (global options at most): the menu on a terminal, the help otherwise.
    const globals = menuOptions(args);
    if (globals && process.stdin.isTTY && process.stdout.isTTY && !onCI()) {
      await exitOnInterrupt();
      const { runMenu } = await import("./menu.js");
      process.exitCode = await runMenu(globals, lang);
      return;
    }
    await exitOnInterrupt();
    const { buildProgram } = await import("./program.js");
    const program = buildProgram(lang);
    if (globals) {
      process.stdout.write(program.helpInformation());
      process.exitCode = EXIT.ok;
      return;
    }
    await program.parseAsync(argv);
  } catch (error) {
    process.exitCode = await reportError(error, lang);
  }
}
