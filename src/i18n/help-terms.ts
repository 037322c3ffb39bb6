// The words commander writes in its help (titles, argument and value names,
// "(choices: …)", "(default: …)"), said in Spanish.

export const TITLES: Record<string, string> = {
  "Usage:": "Uso:",
  "Options:": "Opciones:",
  "Commands:": "Órdenes:",
  "Arguments:": "Argumentos:",
  "Global Options:": "Opciones globales:",
};

// The names shown for arguments and option values, as in `check [exercise] [file]`.
export const TERMS: Record<string, string> = {
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

// Spanish names inside <…> and […], as in `check [ejercicio] [archivo]`.
export function spanishTerms(text: string): string {
  return text.replace(/([<[])([^<>[\]]+?)(\.\.\.)?([>\]])/g, (whole, open: string, name: string, dots: string | undefined, close: string) => {
    const term = TERMS[name];
    return term === undefined ? whole : `${open}${term}${dots ?? ""}${close}`;
  });
}

// «(choices: …)» and «(default: …)» in Spanish.
export function spanishExtras(text: string): string {
  return text.replace(/\((choices|default): /g, (_w, kind: string) => (kind === "choices" ? "(valores: " : "(por defecto: ")).replace(/, default: /g, ", por defecto: ");
}
