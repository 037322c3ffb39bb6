// The command line's grammar: every command, its options and help, in the
// learner's language. Each command's module is imported only when it runs.
import { Command, Option } from "commander";
import type { Lang } from "../i18n/lang.js";
import { localizeHelp } from "./help-text.js";

const collect = (value: string, previous: string[] = []) => [...previous, value];

const COMMANDER_MESSAGES: Record<string, { es: string; en: string }> = {
  "commander.unknownOption": { es: "opción desconocida", en: "unknown option" },
  "commander.unknownCommand": { es: "orden desconocida", en: "unknown command" },
  "commander.missingArgument": { es: "falta un argumento", en: "missing argument" },
  "commander.optionMissingArgument": { es: "a la opción le falta su valor", en: "option is missing its value" },
  "commander.excessArguments": { es: "sobran argumentos", en: "too many arguments" },
  "commander.invalidArgument": { es: "valor no válido", en: "invalid value" },
};

export function buildProgram(lang: Lang): Command {
  const es = lang === "es";
  const program = new Command("pytutor")
    .description(
      es
        ? "Tutor y corrector de «Python Avanzado»: ejecuta tu programa en tu CPython y comprueba el concepto, no solo el texto."
        : "Tutor and grader for «Python Avanzado»: runs your program on your CPython and checks the concept, not just the text.",
    )
    .version("0.1.0", "-V, --version", es ? "muestra la versión" : "output the version number")
    .addOption(new Option("--lang <lang>", es ? "idioma de los mensajes" : "language of messages").choices(["es", "en"]))
    .option("--python <path>", es ? "intérprete de Python a usar (o PYTUTOR_PYTHON)" : "Python interpreter to use (or PYTUTOR_PYTHON)", collect)
    .option("--exercises <dir>", es ? "añade tu carpeta de ejercicios a los incluidos (o PYTUTOR_EXERCISES)" : "add your exercises folder to the built-in ones (or PYTUTOR_EXERCISES)")
    .option("--only-exercises <dir>", es ? "usa solo tu carpeta de ejercicios, sin los incluidos" : "use only your exercises folder, without the built-in ones")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeErr: () => {} });

  program
    .command("check")
    .description(es ? "comprueba tu solución de un ejercicio" : "check your solution to an exercise")
    .argument("[exercise]", es ? "ejercicio (ejercicio1, su alias o su número); en un espacio de trabajo, por defecto el actual" : "exercise (ejercicio1, its alias or its number); in a workspace, the current one by default")
    .argument("[file]", es ? "tu archivo .py (por defecto, el del ejercicio en tu espacio de trabajo o en la carpeta actual)" : "your .py file (default: the exercise's file in your workspace or in this folder)")
    .option("--json", es ? "imprime un documento JSON" : "print one JSON document")
    .option("--timeout <seconds>", es ? "límite de tiempo en segundos" : "time limit in seconds")
    .option("--limit <name=value>", es ? "otro límite: cpu=S, memory=MB, processes=N, file-size=MB, open-files=N (repetible)" : "another limit: cpu=S, memory=MB, processes=N, file-size=MB, open-files=N (repeatable)", collect)
    .option("--sandbox", es ? "aislado como en grade: bubblewrap con solo lo necesario de la máquina, sin red (Linux)" : "isolated as grade does: bubblewrap with only what it needs of the machine, no network (Linux)")
    .option("--timeline", es ? "dibuja cuándo corrió cada hilo, proceso o tarea y cuándo imprimió cada línea (con --json, lo añade al documento)" : "draw when each thread, process or task ran and when each line was printed (with --json, add it to the document)")
    .addOption(new Option("--detalle", es ? "en una terminal, el informe completo: cada comprobación con lo esperado, lo obtenido y su pista (también --verbose)" : "on a terminal, the full report (same as --verbose)").hideHelp(!es))
    .addOption(new Option("-v, --verbose", es ? "lo mismo que --detalle" : "on a terminal, the full report: every check with what was expected, what happened and its hint (also --detalle)").hideHelp(es))
    .action(async (exercise: string | undefined, file: string | undefined, _o, cmd: Command) => {
      const { runCheck } = await import("./check.js");
      process.exitCode = await runCheck(exercise, file, cmd.optsWithGlobals(), lang);
    });

  program
    .command("verify")
    .description(
      es
        ? "comprueba que cada solución pasa, cada plantilla falla y cada variante falla donde dice (para el CI de un curso)"
        : "check that every solution passes, every starter fails and every variant fails where it says (for a course's CI)",
    )
    .argument("[exercises...]", es ? "ejercicios a verificar (por defecto, todos)" : "exercises to verify (default: all)")
    .option("--runs <k>", es ? "repite todo k veces e informa de veredictos inestables" : "repeat everything k times and report flaky verdicts")
    .option("--jobs <n>", es ? "ejecuciones en paralelo" : "runs in parallel")
    .option("--all-pythons", es ? "todos los CPython 3.8+ instalados" : "every installed CPython 3.8+")
    .option("--only-files <prefixes>", es ? "solo los archivos cuya ruta (en la carpeta del ejercicio) empieza así; separados por comas" : "only the files whose path (in the exercise's folder) starts so; comma-separated")
    .option("--skip-files <prefixes>", es ? "salta los archivos cuya ruta empieza así; separados por comas" : "skip the files whose path starts so; comma-separated")
    .option("--sandbox", es ? "aísla cada programa (por defecto, como grade)" : "isolate each program (the default, as grade does)")
    .option("--no-sandbox", es ? "sin aislar (queda escrito en el informe)" : "no isolation (the report says so)")
    .option("--json", es ? "imprime un documento JSON" : "print one JSON document")
    .option("--junit <file>", es ? "escribe un informe JUnit XML" : "write a JUnit XML report")
    .option("--screens <dir>", es ? "escribe en <dir> lo que un estudiante leería en una terminal de 80 columnas tras cada archivo (para revisar la redacción)" : "write to <dir> what a learner would read on an 80-column terminal after each file (to review the wording)")
    .action(async (names: string[], _o, cmd: Command) => {
      const { runVerify } = await import("./verify.js");
      process.exitCode = await runVerify(names, cmd.optsWithGlobals(), lang);
    });

  program
    .command("grade")
    .description(es ? "corrige una carpeta de entregas y escribe el libro de notas" : "grade a folder of submissions and write the gradebook")
    .argument("<folder>", es ? "carpeta con una subcarpeta, un .py o un .zip por estudiante" : "folder with one subfolder, .py or .zip per student")
    .option("--exercise <id>", es ? "el ejercicio de los .py sueltos (o de la carpeta con un solo .py)" : "the exercise of lone .py files (or of a folder with a single .py)")
    .option("--out <folder>", es ? "carpeta de los informes (por defecto, <carpeta>-pytutor)" : "reports folder (default: <folder>-pytutor)")
    .option("--jobs <n>", es ? "núcleos que puede ocupar (por defecto, todos); los programas que esperan pesan menos" : "cores it may keep busy (default: all); programs that wait weigh less")
    .option("--resume", es ? "continúa una corrección interrumpida sin repetir lo hecho" : "continue an interrupted batch without regrading what is done")
    .option("--force", es ? "rehace la corrección aunque la carpeta de salida exista" : "redo the batch even if the output folder exists")
    .option("--shard <k/n>", es ? "corrige solo la parte k de n (para repartir entre máquinas)" : "grade only part k of n (to spread over machines)")
    .addOption(new Option("--feedback <level>", es ? "cuánto ven los estudiantes de lo esperado" : "how much of the expected output students see").choices(["full", "summary", "hidden"]).default("summary"))
    .option("--timeout <seconds>", es ? "límite de tiempo de cada programa (por defecto, el del ejercicio)" : "time limit of each program (default: the exercise's)")
    .option("--limit <name=value>", es ? "otro límite: cpu=S, memory=MB, processes=N, file-size=MB, open-files=N (repetible)" : "another limit: cpu=S, memory=MB, processes=N, file-size=MB, open-files=N (repeatable)", collect)
    .option("--sandbox", es ? "aísla cada programa (por defecto): bubblewrap con solo lo necesario de la máquina, sin red, con su propio usuario si pytutor es root (Linux)" : "isolate each program (the default): bubblewrap with only what it needs of the machine, no network, its own user when pytutor is root (Linux)")
    .option("--no-sandbox", es ? "sin aislar: cada programa ve la máquina con los permisos de pytutor (queda escrito en los informes)" : "no isolation: each program sees the machine with pytutor's permissions (the reports say so)")
    .option("--map <file=exercise>", es ? "nombre de archivo del curso → ejercicio (repetible)" : "course file name → exercise (repeatable)", collect)
    .option("--course <file>", es ? "archivo del curso (por defecto, curso.yaml o course.yaml junto a la carpeta o en la actual)" : "course file (default: curso.yaml or course.yaml beside the folder or in the current one)")
    .option("--assignment <name|ids>", es ? "tarea del archivo del curso, o ejercicios separados por comas: fija las columnas y el total" : "an assignment of the course file, or exercises separated by commas: fixes the columns and the total")
    .option("--json", es ? "imprime results.json en la salida" : "print results.json on stdout")
    .action(async (folder: string, _o, cmd: Command) => {
      const { runGrade } = await import("./grade.js");
      process.exitCode = await runGrade(folder, cmd.optsWithGlobals(), lang);
    });

  program
    .command("merge")
    .description(es ? "une las carpetas de salida de varias partes (--shard) en un libro de notas" : "join the output folders of several shards (--shard) into one gradebook")
    .argument("<folders...>")
    .option("--out <folder>", es ? "carpeta del resultado" : "folder for the result")
    .option("--force", es ? "sobrescribe la carpeta del resultado" : "overwrite the result folder")
    .option("--json", es ? "imprime results.json en la salida" : "print results.json on stdout")
    .action(async (folders: string[], _o, cmd: Command) => {
      const { runMerge } = await import("./merge.js");
      process.exitCode = runMerge(folders, cmd.optsWithGlobals(), lang);
    });

  program
    .command("list")
    .description(es ? "lista los ejercicios" : "list the exercises")
    .option("--json", es ? "imprime un documento JSON" : "print one JSON document")
    .action(async (_o, cmd: Command) => {
      const { runList } = await import("./list.js");
      process.exitCode = await runList(cmd.optsWithGlobals(), lang);
    });

  program
    .command("show")
    .description(es ? "muestra el enunciado de un ejercicio" : "show an exercise's statement")
    .argument("<exercise>")
    .action(async (exercise: string, _o, cmd: Command) => {
      const { runShow } = await import("./show.js");
      process.exitCode = await runShow(exercise, cmd.optsWithGlobals(), lang);
    });

  program
    .command("hint")
    .description(
      es
        ? "muestra una pista (la primera, o la número N); en un espacio de trabajo, la siguiente que no has visto"
        : "show a hint (the first, or number N); in a workspace, the next one you have not seen",
    )
    .argument("[exercise]", es ? "ejercicio; en un espacio de trabajo, por defecto el actual" : "exercise; in a workspace, the current one by default")
    .argument("[n]")
    .option("--all", es ? "todas las pistas" : "every hint")
    .action(async (exercise: string | undefined, n: string | undefined, _o, cmd: Command) => {
      const { runHint } = await import("./hint.js");
      process.exitCode = await runHint(exercise, n, cmd.optsWithGlobals(), lang);
    });

  program
    .command("init")
    .description(es ? "crea tu espacio de trabajo: un archivo por ejercicio y tu progreso" : "create your workspace: one file per exercise, and your progress")
    .argument("[folder]", es ? "carpeta (por defecto, pytutor-ejercicios)" : "folder (default: pytutor-ejercicios)")
    .action(async (folder: string | undefined, _o, cmd: Command) => {
      const { runInit } = await import("./init.js");
      process.exitCode = await runInit(folder, cmd.optsWithGlobals(), lang);
    });

  program
    .command("next")
    .description(es ? "pasa al siguiente ejercicio pendiente y dice qué hacer" : "move on to the next pending exercise and say what to do")
    .action(async (_o, cmd: Command) => {
      const { runNext } = await import("./next.js");
      process.exitCode = await runNext(cmd.optsWithGlobals(), lang);
    });

  program
    .command("watch")
    .description(
      es
        ? "comprueba tu archivo cada vez que lo guardas y, al superarlo, pasa al siguiente (teclas: h pista, l progreso, q salir)"
        : "check your file every time you save it and, once passed, move on to the next (keys: h hint, l progress, q quit)",
    )
    .argument("[exercise]", es ? "ejercicio (por defecto, el actual o el primero pendiente)" : "exercise (default: the current one, or the first pending)")
    .option("--timeout <seconds>", es ? "límite de tiempo en segundos" : "time limit in seconds")
    .option("--limit <name=value>", es ? "otro límite, como en `check` (repetible)" : "another limit, as in `check` (repeatable)", collect)
    .action(async (exercise: string | undefined, _o, cmd: Command) => {
      const { runWatch } = await import("./watch.js");
      process.exitCode = await runWatch(exercise, cmd.optsWithGlobals(), lang);
    });

  program
    .command("solution")
    .description(es ? "muestra la solución de referencia de un ejercicio que ya superaste" : "show the reference solution of an exercise you have passed")
    .argument("[exercise]", es ? "ejercicio (por defecto, el actual)" : "exercise (default: the current one)")
    .option("--force", es ? "muéstrala aunque no lo hayas superado (pide confirmación)" : "show it even if you have not passed it (asks to confirm)")
    .option("--yes", es ? "confirma sin preguntar (sin terminal, necesario con --force)" : "confirm without asking (needed with --force when there is no terminal)")
    .action(async (exercise: string | undefined, _o, cmd: Command) => {
      const { runSolution } = await import("./solution.js");
      process.exitCode = await runSolution(exercise, cmd.optsWithGlobals(), lang);
    });

  program
    .command("reset")
    .description(es ? "vuelve a la plantilla de un ejercicio (guarda una copia del tuyo)" : "go back to an exercise's template (a copy of yours is kept)")
    .argument("<exercise>")
    .option("--yes", es ? "confirma sin preguntar (necesario sin terminal)" : "confirm without asking (needed without a terminal)")
    .action(async (exercise: string, _o, cmd: Command) => {
      const { runReset } = await import("./reset.js");
      process.exitCode = await runReset(exercise, cmd.optsWithGlobals(), lang);
    });

  program
    .command("doctor")
    .description(es ? "muestra qué Python y qué ejercicios encuentra pytutor, y por qué" : "show which Python and exercises pytutor finds, and why")
    .action(async (_o, cmd: Command) => {
      const { runDoctor } = await import("./doctor.js");
      process.exitCode = await runDoctor(cmd.optsWithGlobals(), lang);
    });

  program
    .command("new")
    .description(
      es
        ? "crea un ejercicio tuyo listo para editar (spec, enunciado, plantilla, solución, una variante) que verify ya acepta"
        : "create an exercise of your own, ready to edit (spec, statement, starter, solution, one variant), that verify already accepts",
    )
    .argument("<id>", es ? "su nombre: minúsculas, cifras, «-» y «_» (también el de su carpeta)" : "its name: lowercase letters, digits, «-» and «_» (its folder's too)")
    .action(async (id: string, _o, cmd: Command) => {
      const { runNew } = await import("./new.js");
      process.exitCode = await runNew(id, cmd.optsWithGlobals(), lang);
    });

  program
    .command("import")
    .description(
      es
        ? "convierte las pruebas que tu curso ya tiene (autograding.json o workflow de GitHub Classroom, .cs50.yaml de check50) en un ejercicio de pytutor, y explica lo que no se puede traducir"
        : "turn the tests your course already has (GitHub Classroom's autograding.json or workflow, check50's .cs50.yaml) into a pytutor exercise, and explain what cannot be translated",
    )
    .argument("<file>", es ? "autograding.json, el workflow (.yml) o .cs50.yaml" : "autograding.json, the workflow (.yml) or .cs50.yaml")
    .option("--out <dir>", es ? "la carpeta de tus ejercicios, donde se crea (por defecto ejercicios/)" : "your exercises folder, where it is created (default ejercicios/)")
    .option("--id <id>", es ? "el nombre del ejercicio (por defecto, el de la carpeta del repositorio)" : "the exercise's name (default: the repository's folder name)")
    .option("--solution <file>", es ? "tu solución de referencia, para que verify pueda comprobar el ejercicio" : "your reference solution, so that verify can check the exercise")
    .action(async (file: string, _o, cmd: Command) => {
      const { runImport } = await import("./import.js");
      process.exitCode = await runImport(file, cmd.optsWithGlobals(), lang);
    });

  program
    .command("schema")
    .description(es ? "imprime el JSON Schema de los archivos exercise.yaml (o, con --course, del archivo del curso)" : "print the JSON Schema of exercise.yaml files (or, with --course, of the course file)")
    .option("--course", es ? "el del archivo del curso (curso.yaml)" : "the course file's (curso.yaml)")
    .action(async (options: { course?: boolean }) => {
      const { runSchema } = await import("./schema.js");
      process.exitCode = runSchema(options);
    });
  localizeHelp(program, lang);
  return program;
}

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

