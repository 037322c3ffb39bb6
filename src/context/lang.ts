// The language a command speaks: --lang, then the language the learner's
// workspace was made in, then the environment's.
import { detectLang, type Lang } from "../i18n/lang.js";
import { workspaceLang } from "../workspace/find.js";

export function langOf(argv: string[]): Lang {
  let chosen: string | undefined;
  for (let i = 0; i < argv.length && chosen === undefined; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--lang") chosen = argv[i + 1];
    else if (arg.startsWith("--lang=")) chosen = arg.slice(7);
  }
  return detectLang(chosen ?? workspaceLang());
}
