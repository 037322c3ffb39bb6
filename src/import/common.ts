// What the translators share: HTML entities, safe names, reading a command.
import { both, type Text } from "../i18n/lang.js";
import type { ImportNote } from "./model.js";

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

// GitHub Classroom stores test names HTML-escaped (`&amp;`, `&#39;`, `&#x27;`).
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

// A kebab-case name from any text: «Suma de 2 & 3» → suma-de-2-3.
export function kebabOf(text: string, fallback: string): string {
  const out = text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-+|-+$/gu, "")
    .slice(0, 48)
    .replace(/-+$/u, "");
  return out || fallback;
}

// Names made unique by a numeric suffix, in order.
export function uniqueNamer(): (base: string) => string {
  const used = new Set<string>();
  return (base) => {
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return name;
  };
}

// A shell command split into words, or the reason it is more than one command
// (pipes, redirections, `&&`, `;`, substitutions, variables).
export function splitCommand(command: string): { words: string[] } | { shell: string } {
  const words: string[] = [];
  let word = "";
  let quote: "'" | '"' | undefined;
  let started = false;
  for (let i = 0; i < command.length; i++) {
    const ch = command[i] ?? "";
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === "\\" && quote === '"' && i + 1 < command.length) word += command[++i];
      else if (quote === '"' && (ch === "$" || ch === "`")) return { shell: ch };
      else word += ch;
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      started = true;
    } else if (/\s/u.test(ch)) {
      if (started) words.push(word);
      word = "";
      started = false;
    } else if ("|&;<>`$()".includes(ch)) {
      return { shell: ch === "|" && command[i + 1] === "|" ? "||" : ch === "&" && command[i + 1] === "&" ? "&&" : ch };
    } else if (ch === "\\" && i + 1 < command.length) {
      word += command[++i];
      started = true;
    } else {
      word += ch;
      started = true;
    }
  }
  if (quote) return { shell: quote };
  if (started) words.push(word);
  return { words };
}

const PYTHON = /^(?:.*\/)?(?:python(?:3(?:\.\d+)?)?|py)$/u;

export type PythonRun = { file: string; path: string; args: string[] };

// A command that runs one Python program (`python3 hello.py a b`), or a note
// saying why it is not one pytutor can run.
export function pythonRun(command: string, test?: string): PythonRun | ImportNote {
  const shown = command.trim();
  const note = (text: Text): ImportNote => ({ ...(test !== undefined ? { test } : {}), text });
  if (shown === "") return note(both("no tiene orden que ejecutar (`run` vacío)", "has no command to run (empty `run`)"));
  const split = splitCommand(shown);
  if ("shell" in split) {
    return note(
      both(
        `la orden «${shown}» usa el shell («${split.shell}»: tuberías, redirecciones, varias órdenes o variables); pytutor ejecuta un programa de Python con su entrada y sus argumentos, así que esta prueba no se traduce`,
        `the command «${shown}» uses the shell («${split.shell}»: pipes, redirections, several commands or variables); pytutor runs one Python program with its input and arguments, so this test is not translated`,
      ),
    );
  }
  const [program = "", ...rest] = split.words;
  if (!PYTHON.test(program)) {
    return note(
      both(
        `la orden «${shown}» no ejecuta un programa de Python (${program}); pytutor solo corrige programas de Python, así que esta prueba no se traduce`,
        `the command «${shown}» does not run a Python program (${program}); pytutor grades Python programs only, so this test is not translated`,
      ),
    );
  }
  // Interpreter options that change nothing a grade sees.
  while (rest[0] !== undefined && /^-[uBOE]+$/u.test(rest[0])) rest.shift();
  const target = rest[0];
  if (target === undefined || target.startsWith("-")) {
    return note(
      both(
        `la orden «${shown}» no ejecuta un archivo .py (${target === "-m" ? "ejecuta un módulo con -m, p. ej. pytest o unittest" : target === "-c" ? "ejecuta código con -c" : "sin archivo"}); pytutor ejecuta el archivo del estudiante, así que esta prueba no se traduce`,
        `the command «${shown}» does not run a .py file (${target === "-m" ? "it runs a module with -m, e.g. pytest or unittest" : target === "-c" ? "it runs code with -c" : "no file"}); pytutor runs the learner's file, so this test is not translated`,
      ),
    );
  }
  const file = target.split("/").at(-1) ?? target;
  if (!/^[A-Za-z_][A-Za-z0-9_]*\.py$/u.test(file)) {
    return note(
      both(
        `la orden «${shown}» ejecuta «${target}», que no es un archivo .py con nombre de módulo válido; pytutor necesita uno así (p. ej. hola.py)`,
        `the command «${shown}» runs «${target}», which is not a .py file with a valid module name; pytutor needs one (e.g. hello.py)`,
      ),
    );
  }
  return { file, path: target, args: rest.slice(1) };
}

export const MAX_TIMEOUT_SECONDS = 600;

// A timeout in the original's minutes, in seconds, within pytutor's limit.
export function minutesToSeconds(minutes: number, test: string, notes: ImportNote[]): number {
  const seconds = Math.round(minutes * 60 * 1000) / 1000;
  if (seconds > MAX_TIMEOUT_SECONDS) {
    notes.push({
      test,
      text: both(
        `su límite de ${minutes} min pasa a ${MAX_TIMEOUT_SECONDS / 60} min (${MAX_TIMEOUT_SECONDS} s), el máximo de pytutor`,
        `its ${minutes} min limit becomes ${MAX_TIMEOUT_SECONDS / 60} min (${MAX_TIMEOUT_SECONDS} s), pytutor's maximum`,
      ),
    });
    return MAX_TIMEOUT_SECONDS;
  }
  return seconds;
}

// A setup step pytutor does not run: the learner's environment must provide it.
export function setupNote(setup: string, test: string | undefined): ImportNote {
  const pip = /\bpip3?\s+install\s+(.+)$/u.exec(setup.trim());
  const what = pip ? pip[1]?.replace(/\s+-[-\w=]+/gu, "").trim() : undefined;
  return {
    ...(test !== undefined ? { test } : {}),
    text: pip
      ? both(
          `su paso de preparación «${setup.trim()}» no se ejecuta: el Python con el que se corrige (el del estudiante, o el de --python) debe tener ya instalado ${what}`,
          `its setup step «${setup.trim()}» is not run: the Python that grades (the learner's, or the one given with --python) must already have ${what} installed`,
        )
      : both(
          `su paso de preparación «${setup.trim()}» no se ejecuta: pytutor solo ejecuta el programa; lo que prepara debe estar ya en el entorno del estudiante`,
          `its setup step «${setup.trim()}» is not run: pytutor runs the program only; what it prepares must already be in the learner's environment`,
        ),
  };
}

// The learner's file every case runs: the one most tests run. Tests that run
// another file are left out, each with a note.
export function pickFile<T extends { run: PythonRun; test: string }>(runs: T[], notes: ImportNote[]): { file?: string; kept: T[] } {
  const counts = new Map<string, number>();
  for (const r of runs) counts.set(r.run.file, (counts.get(r.run.file) ?? 0) + 1);
  const file = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (file === undefined) return { kept: [] };
  const kept = runs.filter((r) => {
    if (r.run.file === file) return true;
    notes.push({
      test: r.test,
      text: both(
        `ejecuta otro archivo (${r.run.path}) y un ejercicio de pytutor corrige uno solo (${file}); impórtalo aparte, en otro ejercicio`,
        `it runs another file (${r.run.path}) and a pytutor exercise grades one only (${file}); import it separately, into another exercise`,
      ),
    });
    return false;
  });
  const folder = kept.find((r) => r.run.path !== r.run.file);
  if (folder) {
    notes.push({
      text: both(
        `el original ejecuta ${folder.run.path}; en pytutor el archivo del estudiante es ${file}, en la carpeta que se corrige`,
        `the original runs ${folder.run.path}; in pytutor the learner's file is ${file}, in the folder being graded`,
      ),
    });
  }
  return { file, kept };
}
