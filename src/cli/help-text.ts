// Commander's help in the learner's language. Commander writes its own words
// (titles, "[options]", "display help for command", "choices:") in English;
// its Help hooks are the documented way to restyle them, so Spanish help
// renames them here and the rest of the help is ours, already in both languages.
import type { Command, Help } from "commander";
import type { Lang } from "../i18n/lang.js";

const TITLES: Record<string, string> = {
  "Usage:": "Uso:",
  "Options:": "Opciones:",
  "Commands:": "Órdenes:",
  "Arguments:": "Argumentos:",
  "Global Options:": "Opciones globales:",
};

// The names shown for arguments and option values, as in `check [exercise] [file]`.
const TERMS: Record<string, string> = {
  options: "opciones",
  command: "orden",
  exercise: "ejercicio",
  exercises: "ejercicios",
  file: "archivo",
  folder: "carpeta",
  folders: "carpetas",
  seconds: "segundos",
  "name=value": "nombre=valor",
  "file=exercise": "archivo=ejercicio",
  path: "ruta",
  dir: "carpeta",
  lang: "idioma",
  prefixes: "prefijos",
  level: "nivel",
};

// The Help methods that configureHelp's overrides replace on the instance.
const base = (helper: Help): Help => Object.getPrototypeOf(helper) as Help;

function spanishTerms(text: string): string {
  return text.replace(/([<[])([^<>[\]]+?)(\.\.\.)?([>\]])/g, (whole, open: string, name: string, dots: string | undefined, close: string) => {
    const term = TERMS[name];
    return term === undefined ? whole : `${open}${term}${dots ?? ""}${close}`;
  });
}

function spanishExtras(text: string): string {
  return text.replace(/\((choices|default): /g, (_w, kind: string) => (kind === "choices" ? "(valores: " : "(por defecto: ")).replace(/, default: /g, ", por defecto: ");
}

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
