// Languages of everything a learner or a teacher reads.
export type Lang = "es" | "en";
export type Text = { es: string; en: string };

export const LANGS: readonly Lang[] = ["es", "en"];

// `--lang` wins; otherwise LC_ALL, LC_MESSAGES, then LANG; Spanish when none says English.
export function detectLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (flag === "es" || flag === "en") return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return locale.toLowerCase().startsWith("en") ? "en" : "es";
}

export function isLang(value: unknown): value is Lang {
  return value === "es" || value === "en";
}

export function pick(text: Text, lang: Lang): string {
  return text[lang];
}

// Both languages at once, so the pure layers never need to know which one is shown.
export function both(es: string, en: string): Text {
  return { es, en };
}

// A number with its noun: «1 ejercicio», «3 ejercicios».
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
