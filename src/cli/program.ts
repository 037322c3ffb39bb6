// The command line's grammar: every command, its options and help, in the
// learner's language. The words (and the flags they belong to) are the table
// in src/i18n/commands.ts; each command's module is imported only when it runs.
import { Command, Option } from "commander";
import type { Lang } from "../i18n/lang.js";
import { COMMAND_WORDS, ROOT_WORDS, type CommandWords } from "../i18n/commands.js";
import { localizeHelp } from "./help-text.js";

const collect = (value: string, previous: string[] = []) => [...previous, value];

// Commander hands an action its positional values untyped; each command's
// arguments in the table fix their shape (a string, undefined, or a list).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Positional = any[];
type Options = Record<string, unknown>;

// What each command runs: its module, loaded when it is chosen.
const RUN: Record<string, (args: Positional, options: Options, lang: Lang) => Promise<number> | number> = {
  check: async ([exercise, file], o, lang) => (await import("./check.js")).runCheck(exercise, file, o, lang),
  verify: async ([names], o, lang) => (await import("./verify.js")).runVerify(names, o, lang),
  grade: async ([folder], o, lang) => (await import("./grade.js")).runGrade(folder, o, lang),
  merge: async ([folders], o, lang) => (await import("./merge.js")).runMerge(folders, o, lang),
  list: async (_args, o, lang) => (await import("./list.js")).runList(o, lang),
  show: async ([exercise], o, lang) => (await import("./show.js")).runShow(exercise, o, lang),
  hint: async ([exercise, n], o, lang) => (await import("./hint.js")).runHint(exercise, n, o, lang),
  init: async ([folder], o, lang) => (await import("./init.js")).runInit(folder, o, lang),
  next: async (_args, o, lang) => (await import("./next.js")).runNext(o, lang),
  watch: async ([exercise], o, lang) => (await import("./watch.js")).runWatch(exercise, o, lang),
  solution: async ([exercise], o, lang) => (await import("./solution.js")).runSolution(exercise, o, lang),
  reset: async ([exercise], o, lang) => (await import("./reset.js")).runReset(exercise, o, lang),
  doctor: async (_args, o, lang) => (await import("./doctor.js")).runDoctor(o, lang),
  new: async ([id], o, lang) => (await import("./new.js")).runNew(id, o, lang),
  import: async ([file], o, lang) => (await import("./import.js")).runImport(file, o, lang),
  schema: async (_args, o) => (await import("./schema.js")).runSchema(o),
};

// A command's (or the root's) description, arguments and options, in `lang`.
function describe(cmd: Command, words: CommandWords, lang: Lang): Command {
  cmd.description(words.description[lang]);
  for (const [term, help] of words.arguments ?? []) cmd.argument(term, help?.[lang]);
  for (const [flags, help, extra = {}] of words.options ?? []) {
    const option = new Option(flags, help[lang]);
    if (extra.choices) option.choices(extra.choices);
    if (extra.default !== undefined) option.default(extra.default);
    if (extra.repeatable) option.argParser(collect);
    if (extra.hiddenIn) option.hideHelp(extra.hiddenIn === lang);
    cmd.addOption(option);
  }
  return cmd;
}

export function buildProgram(lang: Lang): Command {
  const program = new Command("pytutor").version("0.1.0", "-V, --version", ROOT_WORDS.version[lang]);
  describe(program, ROOT_WORDS, lang)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeErr: () => {} });
  for (const [name, words] of Object.entries(COMMAND_WORDS)) {
    const run = RUN[name];
    if (!run) throw new Error(`no module runs the command ${name}`);
    describe(program.command(name), words, lang).action(async (...args: unknown[]) => {
      const cmd = args.at(-1) as Command;
      process.exitCode = await run(args.slice(0, -2), cmd.optsWithGlobals(), lang);
    });
  }
  localizeHelp(program, lang);
  return program;
}
