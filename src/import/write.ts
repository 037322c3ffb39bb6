// The files of an imported exercise, from an ImportPlan: the spec (with one
// case per translated test), statements in both languages, a starter, a
// placeholder for the teacher's reference solution, and a note (IMPORTADO.md
// or IMPORTED.md) with everything that was not translated. Pure: names → text.
import { stringify } from "yaml";
import type { Lang, Text } from "../i18n/lang.js";
import { SPEC_FORMAT } from "../catalog/format.js";
import type { ImportedCase, ImportNote, ImportPlan, ImportSource } from "./model.js";

export const NOTE_FILE: Record<Lang, string> = { es: "IMPORTADO.md", en: "IMPORTED.md" };

export const SOURCE_NAME: Record<ImportSource, Text> = {
  classroom: { es: "GitHub Classroom (autograding.json)", en: "GitHub Classroom (autograding.json)" },
  workflow: { es: "GitHub Classroom (workflow con autograding-io-grader)", en: "GitHub Classroom (workflow with autograding-io-grader)" },
  check50: { es: "check50 (.cs50.yaml)", en: "check50 (.cs50.yaml)" },
};

// The grader's name alone, for titles.
const SHORT_NAME: Record<ImportSource, string> = { classroom: "GitHub Classroom", workflow: "GitHub Classroom", check50: "check50" };

export type ImportTarget = { id: string; alias: string; order: number; file: string; sourceFile: string; schemaPath: string; solution?: string };

function caseYaml(c: ImportedCase): Record<string, unknown> {
  return {
    id: c.id,
    title: c.title,
    ...(c.input !== undefined ? { input: c.input } : {}),
    ...(c.args.length > 0 ? { args: c.args } : {}),
    ...(c.timeoutSeconds !== undefined ? { timeout: c.timeoutSeconds } : {}),
    checks: c.checks.map(({ id, type, title, ...rest }) => ({ id, type, title, ...rest })),
  };
}

export function specText(plan: ImportPlan, target: ImportTarget, lang: Lang): string {
  const source = SOURCE_NAME[plan.source];
  const spec = {
    format: SPEC_FORMAT,
    id: target.id,
    alias: target.alias,
    order: target.order,
    title: { es: `${target.id}, importado de ${SHORT_NAME[plan.source]}`, en: `${target.id}, imported from ${SHORT_NAME[plan.source]}` },
    concept: { es: `Lo que comprueban las pruebas originales de ${source.es}`, en: `What the original tests of ${source.en} check` },
    difficulty: "basica",
    file: target.file,
    statement: { es: "enunciado.es.md", en: "statement.en.md" },
    starter: "starter.py",
    solution: "solution.py",
    hints: [
      {
        es: `Ejecuta tu programa con la entrada de cada caso y compara lo que imprime con lo esperado: \`pytutor check ${target.id} --detalle\` lo muestra caso por caso.`,
        en: `Run your program with each case's input and compare what it prints with what is expected: \`pytutor check ${target.id} --verbose\` shows it case by case.`,
      },
    ],
    cases: plan.cases.map(caseYaml),
  };
  const header =
    lang === "es"
      ? [
          `# yaml-language-server: $schema=${target.schemaPath}`,
          `# Importado con \`pytutor import\` de ${target.sourceFile} (${source.es}).`,
          `# Cada caso es una prueba del original: una ejecución con su entrada y sus comprobaciones.`,
          `# Lo que no se pudo traducir está en ${NOTE_FILE.es}.`,
        ]
      : [
          `# yaml-language-server: $schema=${target.schemaPath}`,
          `# Imported with \`pytutor import\` from ${target.sourceFile} (${source.en}).`,
          `# Each case is one test of the original: one run with its input and its checks.`,
          `# What could not be translated is in ${NOTE_FILE.en}.`,
        ];
  return `${header.join("\n")}\n${stringify(spec, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

const fence = (text: string) => {
  const ticks = text.includes("```") ? "````" : "```";
  return `${ticks}text\n${text.replace(/\n$/u, "")}\n${ticks}`;
};

function expectation(check: ImportedCase["checks"][number], lang: Lang): string {
  const es = lang === "es";
  if (check.type === "exit-code") return es ? `termina con código ${String(check.expect)}` : `it ends with code ${String(check.expect)}`;
  const ends = check.exitCode !== undefined ? (es ? `\n- termina con código ${String(check.exitCode)}` : `\n- it ends with code ${String(check.exitCode)}`) : "";
  if (typeof check.equals === "string") return `${es ? "su salida es exactamente" : "its output is exactly"}:\n\n${fence(check.equals)}\n${ends}`;
  if (typeof check.regex === "string") return `${es ? "su salida encaja con la expresión regular" : "its output matches the regular expression"} \`${check.regex}\`${ends}`;
  const wanted = Array.isArray(check.contains) ? (check.contains as string[]) : [String(check.contains ?? "")];
  if (wanted.length === 1 && wanted[0] === "") return es ? `termina sin errores${ends}` : `it ends without errors${ends}`;
  const lead = es ? (wanted.length > 1 ? "su salida muestra, en este orden" : "su salida contiene") : wanted.length > 1 ? "its output shows, in this order" : "its output contains";
  return `${lead}:\n\n${wanted.map(fence).join("\n\n")}\n${ends}`;
}

export function statementText(plan: ImportPlan, target: ImportTarget, lang: Lang): string {
  const es = lang === "es";
  const out = [
    `# ${target.id}`,
    "",
    es
      ? `Escribe \`${target.file}\`. Se ejecuta ${plan.cases.length === 1 ? "una vez" : `${plan.cases.length} veces, una por caso`}, y en cada caso debe hacer lo que se pide.`
      : `Write \`${target.file}\`. It runs ${plan.cases.length === 1 ? "once" : `${plan.cases.length} times, once per case`}, and in each case it must do what is asked.`,
  ];
  for (const c of plan.cases) {
    out.push("", `## ${c.title[lang]}`, "");
    out.push(`- ${es ? "se ejecuta" : "it runs"}: \`python3 ${[target.file, ...c.args].join(" ")}\``);
    if (c.input !== undefined) out.push(`- ${es ? "con esta entrada" : "with this input"}:`, "", fence(c.input), "");
    for (const check of c.checks) out.push(`- ${expectation(check, lang)}`);
  }
  return `${out.join("\n")}\n`;
}

export function starterText(target: ImportTarget, lang: Lang): string {
  return lang === "es"
    ? `# ${target.file}: ${target.id}\n# TODO: escribe aquí tu programa; \`pytutor show ${target.id}\` dice qué debe hacer en cada caso.\n`
    : `# ${target.file}: ${target.id}\n# TODO: write your program here; \`pytutor show ${target.id}\` says what it must do in each case.\n`;
}

export function placeholderSolution(lang: Lang): string {
  return lang === "es"
    ? `# La solución de referencia: pytutor import no la conoce. Cópiala aquí (o importa con\n# --solution ARCHIVO) y pasa \`pytutor verify\`: mientras sea este archivo, verify falla.\nraise SystemExit("pytutor import: falta la solución de referencia en solution.py")\n`
    : `# The reference solution: pytutor import cannot know it. Copy it here (or import with\n# --solution FILE) and run \`pytutor verify\`: as long as it is this file, verify fails.\nraise SystemExit("pytutor import: the reference solution is missing from solution.py")\n`;
}

// The notes, one line each: «test»: what was not translated and why.
export function noteLines(notes: readonly ImportNote[], lang: Lang): string[] {
  return notes.map((n) => (n.test !== undefined ? `«${n.test}»: ${n.text[lang]}` : n.text[lang]));
}

export function importedNote(plan: ImportPlan, target: ImportTarget, lang: Lang, folderFlag: string): string {
  const es = lang === "es";
  const source = SOURCE_NAME[plan.source][lang];
  const points = plan.cases.reduce((a, c) => a + c.checks.reduce((b, k) => b + (typeof k.points === "number" ? k.points : 1), 0), 0);
  const out = [
    es ? `# ${target.id}: importado de ${source}` : `# ${target.id}: imported from ${source}`,
    "",
    es
      ? `Origen: \`${target.sourceFile}\`. Archivo del estudiante: \`${target.file}\`. ${plan.cases.length} ${plan.cases.length === 1 ? "caso" : "casos"}, ${points} ${points === 1 ? "punto" : "puntos"}.`
      : `Source: \`${target.sourceFile}\`. Learner's file: \`${target.file}\`. ${plan.cases.length} ${plan.cases.length === 1 ? "case" : "cases"}, ${points} ${points === 1 ? "point" : "points"}.`,
    "",
    es ? "## Lo traducido" : "## What was translated",
    "",
    es ? "| caso | orden original | comprobaciones |" : "| case | original command | checks |",
    "| --- | --- | --- |",
    ...plan.cases.map((c) => `| \`${c.id}\` ${c.title[lang].replace(/\|/gu, "\\|")} | \`${c.command.replace(/\|/gu, "\\|")}\` | ${c.checks.map((k) => `\`${k.id}\` (${k.type})`).join(", ")} |`),
    "",
    es ? "## Lo que no se tradujo" : "## What was not translated",
    "",
    ...(plan.notes.length > 0 ? noteLines(plan.notes, lang).map((l) => `- ${l}`) : [es ? "Nada: todo el original se tradujo." : "Nothing: all of the original was translated."]),
    "",
    es ? "## Antes de usarlo" : "## Before using it",
    "",
    ...(target.solution !== undefined
      ? [es ? "`solution.py` es la solución que diste con `--solution`." : "`solution.py` is the solution you gave with `--solution`."]
      : [
          es
            ? "`solution.py` es un marcador: pytutor import no conoce tu solución de referencia. Cópiala en `solution.py`; hasta entonces `pytutor verify` falla, y con razón."
            : "`solution.py` is a placeholder: pytutor import cannot know your reference solution. Copy it into `solution.py`; until then `pytutor verify` fails, rightly.",
        ]),
    "",
    "```sh",
    `pytutor verify ${target.id} ${folderFlag}`,
    `pytutor check ${target.id} ${target.file} ${folderFlag}`,
    "```",
    "",
  ];
  return out.join("\n");
}
