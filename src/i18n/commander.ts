// Commander's own error messages in the learner's language: a short head in
// English or Spanish for every code, and the whole message said in Spanish
// where its English shape is known.
import type { Lang } from "./lang.js";

const COMMANDER_MESSAGES: Record<string, { es: string; en: string }> = {
  "commander.unknownOption": { es: "opción desconocida", en: "unknown option" },
  "commander.unknownCommand": { es: "orden desconocida", en: "unknown command" },
  "commander.missingArgument": { es: "falta un argumento", en: "missing argument" },
  "commander.optionMissingArgument": { es: "a la opción le falta su valor", en: "option is missing its value" },
  "commander.excessArguments": { es: "sobran argumentos", en: "too many arguments" },
  "commander.invalidArgument": { es: "valor no válido", en: "invalid value" },
};

// What went wrong in a commander error, in the learner's language.
export function commanderErrorHead(code: string, message: string, lang: Lang): string {
  const known = COMMANDER_MESSAGES[code];
  const detail = message.replace(/^error: /, "");
  return (lang === "es" ? commanderInSpanish(code, detail) : undefined) ?? (known ? `${known[lang]}: ${detail}` : detail);
}

// Commander's own error messages, said in Spanish (their English shapes are
// stable across commander 14: the option, its value, the choices).
export function commanderInSpanish(code: string, message: string): string | undefined {
  const option = (text: string) => text.replace(/\s*<.*>$|\s*\[.*\]$/, "");
  const suggestion = (text: string) => {
    const m = /\(Did you mean (.+)\?\)/.exec(text);
    return m ? ` (¿querías decir ${m[1]}?)` : "";
  };
  let m: RegExpExecArray | null;
  if (code === "commander.invalidArgument" && (m = /^option '([^']+)' argument '([^']*)' is invalid\.\s*(?:Allowed choices are (.+)\.)?/.exec(message))) {
    return `la opción ${option(m[1] ?? "")} no admite «${m[2] ?? ""}»${m[3] ? `; puede ser: ${m[3]}` : ""}`;
  }
  if (code === "commander.optionMissingArgument" && (m = /^option '([^']+)' argument missing/.exec(message))) {
    return `a la opción ${option(m[1] ?? "")} le falta su valor`;
  }
  if (code === "commander.unknownOption" && (m = /^unknown option '([^']+)'/.exec(message))) return `opción desconocida: ${m[1]}${suggestion(message)}`;
  if (code === "commander.unknownCommand" && (m = /^unknown command '([^']+)'/.exec(message))) return `orden desconocida: ${m[1]}${suggestion(message)}`;
  if (code === "commander.missingArgument" && (m = /^missing required argument '([^']+)'/.exec(message))) return `falta el argumento «${m[1]}»`;
  if (code === "commander.excessArguments" && (m = /^too many arguments(?: for '([^']+)')?\. Expected (\d+) arguments? but got (\d+)/.exec(message))) {
    return `sobran argumentos${m[1] ? ` para «${m[1]}»` : ""}: admite ${m[2]} y recibió ${m[3]}`;
  }
  return undefined;
}

