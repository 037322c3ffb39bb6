// Commander's help in the learner's language. Commander writes its own words
// (titles, "[options]", "display help for command", "choices:") in English;
// its Help hooks are the documented way to restyle them, so Spanish help
// renames them here and the rest of the help is ours, already in both languages.
import type { Command, Help } from "commander";
import type { Lang } from "../i18n/lang.js";
import { spanishExtras, spanishTerms, TERMS, TITLES } from "../i18n/help-terms.js";

// The Help methods that configureHelp's overrides replace on the instance.
const base = (helper: Help): Help => Object.getPrototypeOf(helper) as Help;

// Every command of the program: the help option's words, and in Spanish the
// titles and terms. Call it once every command and option is defined.
export function localizeHelp(program: Command, lang: Lang): void {
  const es = lang === "es";
  const all = [program, ...program.commands];
  for (const cmd of all) {
    cmd.helpOption("-h, --help", es ? "muestra esta ayuda" : "display help for command");
    // Commander stops wrapping descriptions when fewer than 40 columns are left
    // beside the terms; the root's Spanish terms leave 38 of 80.
    const wrap = { minWidthToWrap: 30 };
    if (!es) {
      cmd.configureHelp(wrap);
      continue;
    }
    cmd.configureHelp({
      ...wrap,
      styleTitle: (title: string) => TITLES[title] ?? title,
      // Commander's own text for each part, with its English words renamed.
      commandUsage(this: Help, c: Command) {
        return spanishTerms(base(this).commandUsage.call(this, c));
      },
      subcommandTerm(this: Help, c: Command) {
        return spanishTerms(base(this).subcommandTerm.call(this, c));
      },
      optionTerm: (option) => spanishTerms(option.flags),
      argumentTerm: (argument) => TERMS[argument.name()] ?? argument.name(),
      optionDescription(this: Help, option) {
        return spanishExtras(base(this).optionDescription.call(this, option));
      },
      argumentDescription(this: Help, argument) {
        return spanishExtras(base(this).argumentDescription.call(this, argument));
      },
    });
  }
  program.helpCommand(es ? "help [orden]" : "help [command]", es ? "muestra la ayuda de una orden" : "display help for command");
}
