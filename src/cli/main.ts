// The CLI's entry and the only place that turns results and errors into exit
// codes. It stays small: `pytutor --help` and `--version` print the text the
// build wrote down (dist/help.json) without loading commander or any command.
import { readFileSync } from "node:fs";
import { detectLang, type Lang } from "../i18n/lang.js";
import { PytutorError, type ErrorKind } from "../errors.js";
import { EXIT } from "./exit-codes.js";
import { workspaceLang } from "../workspace/find.js";

import type { GlobalOptions } from "../options.js";

export type { GlobalOptions } from "../options.js";

function langFromArgv(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--lang") return argv[i + 1];
    if (arg.startsWith("--lang=")) return arg.slice(7);
  }
  return undefined;
}

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

const onCI = () => !["", "0", "false"].includes((process.env.CI ?? "").toLowerCase());

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

// The texts `scripts/build.mjs` wrote by running the built CLI: the root help
// as commander lays it out for 80 columns (what it uses when stdout is not a
// terminal), and the version. Absent when running from source.
type StaticHelp = { version: string; help: Record<Lang, string> };

function staticHelp(): StaticHelp | undefined {
  try {
    return JSON.parse(readFileSync(new URL("./help.json", import.meta.url), "utf8")) as StaticHelp;
  } catch {
    return undefined;
  }
}

// What `args` ask for when it is only the root help or the version, with `--lang` at
// most (nothing at all, off a terminal, means the help).
export function askedFor(args: string[]): "help" | "version" | undefined {
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--lang" && (args[i + 1] === "es" || args[i + 1] === "en")) i++;
    else if (arg !== "--lang=es" && arg !== "--lang=en") rest.push(arg);
  }
  if (rest.length === 0) return "help";
  if (rest.length !== 1) return undefined;
  if (rest[0] === "--help" || rest[0] === "-h") return "help";
  if (rest[0] === "--version" || rest[0] === "-V") return "version";
  return undefined;
}

// The written-down help is commander's only where commander would lay it out for 80 columns.
const helpIsFor80Columns = () => !process.stdout.isTTY || process.stdout.columns === 80;

// A reader that leaves early (`pytutor schema | head -1`) closes the pipe: what
// is left to print has no one to read it. The command still ends as it would
// (a grade still writes its journal and reports, a check still stops its
// program) and keeps its exit code; only the unread text is dropped.
function toleratePipeClosed(stream: NodeJS.WriteStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") return;
    throw error;
  });
}

// An interrupted run ends pytutor with 130 or 143 (the runner kills its tree first).
async function exitOnInterrupt(): Promise<void> {
  const { setInterruptExit } = await import("../runner/kill.js");
  setInterruptExit((code) => process.exit(code));
}

export async function main(argv: string[]): Promise<void> {
  toleratePipeClosed(process.stdout);
  toleratePipeClosed(process.stderr);
  // --lang, then the language the learner's workspace was made in, then the environment.
  const lang = detectLang(langFromArgv(argv) ?? workspaceLang());
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
    const asked = askedFor(args);
    const written = asked && helpIsFor80Columns() ? staticHelp() : undefined;
    if (asked && written) {
      process.stdout.write(asked === "help" ? written.help[lang] : `${written.version}\n`);
      process.exitCode = EXIT.ok;
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
