// The command line's words: every command, argument and option with its help
// in both languages, in the order `--help` lists them. The flags are the keys;
// what commander needs besides (repeatable, choices, a default, hidden in one
// language) rides along. src/cli/program.ts builds the grammar from this table.
import type { Lang, Text } from "./lang.js";

export type OptionWords = [flags: string, help: Text, extra?: { repeatable?: true; choices?: string[]; default?: string; hiddenIn?: Lang }];
export type CommandWords = { description: Text; arguments?: Array<[term: string, help?: Text]>; options?: OptionWords[] };

// `pytutor` itself: its description, version and global options.
export const ROOT_WORDS: CommandWords & { version: Text } = {
  description: { es: "Tutor y corrector de «Python Avanzado»: ejecuta tu programa en tu CPython y comprueba el concepto, no solo el texto.", en: "Tutor and grader for «Python Avanzado»: runs your program on your CPython and checks the concept, not just the text." },
  options: [
    ["--lang <lang>", { es: "idioma de los mensajes", en: "language of messages" }, { choices: ["es", "en"] }],
    ["--python <path>", { es: "intérprete de Python a usar (o PYTUTOR_PYTHON)", en: "Python interpreter to use (or PYTUTOR_PYTHON)" }, { repeatable: true }],
    ["--exercises <dir>", { es: "añade tu carpeta de ejercicios a los incluidos (o PYTUTOR_EXERCISES)", en: "add your exercises folder to the built-in ones (or PYTUTOR_EXERCISES)" }],
    ["--only-exercises <dir>", { es: "usa solo tu carpeta de ejercicios, sin los incluidos", en: "use only your exercises folder, without the built-in ones" }],
  ],
  version: { es: "muestra la versión", en: "output the version number" },
};

// The commands, in the order of the help's list.
export const COMMAND_WORDS: Record<string, CommandWords> = {
  check: {
    description: { es: "comprueba tu solución de un ejercicio", en: "check your solution to an exercise" },
    arguments: [["[exercise]", { es: "ejercicio (ejercicio1, su alias o su número); en un espacio de trabajo, por defecto el actual", en: "exercise (ejercicio1, its alias or its number); in a workspace, the current one by default" }], ["[file]", { es: "tu archivo .py (por defecto, el del ejercicio en tu espacio de trabajo o en la carpeta actual)", en: "your .py file (default: the exercise's file in your workspace or in this folder)" }]],
    options: [
      ["--json", { es: "imprime un documento JSON", en: "print one JSON document" }],
      ["--timeout <seconds>", { es: "límite de tiempo en segundos", en: "time limit in seconds" }],
      ["--limit <name=value>", { es: "otro límite: cpu=S, memory=MB, processes=N, file-size=MB, open-files=N (repetible)", en: "another limit: cpu=S, memory=MB, processes=N, file-size=MB, open-files=N (repeatable)" }, { repeatable: true }],
      ["--sandbox", { es: "aislado como en grade: bubblewrap con solo lo necesario de la máquina, sin red (Linux)", en: "isolated as grade does: bubblewrap with only what it needs of the machine, no network (Linux)" }],
      ["--timeline", { es: "dibuja cuándo corrió cada hilo, proceso o tarea y cuándo imprimió cada línea (con --json, lo añade al documento)", en: "draw when each thread, process or task ran and when each line was printed (with --json, add it to the document)" }],
      ["--detalle", { es: "en una terminal, el informe completo: cada comprobación con lo esperado, lo obtenido y su pista (también --verbose)", en: "on a terminal, the full report (same as --verbose)" }, { hiddenIn: "en" }],
      ["-v, --verbose", { es: "lo mismo que --detalle", en: "on a terminal, the full report: every check with what was expected, what happened and its hint (also --detalle)" }, { hiddenIn: "es" }],
    ],
  },
  verify: {
    description: { es: "comprueba que cada solución pasa, cada plantilla falla y cada variante falla donde dice (para el CI de un curso)", en: "check that every solution passes, every starter fails and every variant fails where it says (for a course's CI)" },
    arguments: [["[exercises...]", { es: "ejercicios a verificar (por defecto, todos)", en: "exercises to verify (default: all)" }]],
    options: [
      ["--runs <k>", { es: "repite todo k veces e informa de veredictos inestables", en: "repeat everything k times and report flaky verdicts" }],
      ["--jobs <n>", { es: "ejecuciones en paralelo", en: "runs in parallel" }],
      ["--all-pythons", { es: "todos los CPython 3.8+ instalados", en: "every installed CPython 3.8+" }],
      ["--only-files <prefixes>", { es: "solo los archivos cuya ruta (en la carpeta del ejercicio) empieza así; separados por comas", en: "only the files whose path (in the exercise's folder) starts so; comma-separated" }],
      ["--skip-files <prefixes>", { es: "salta los archivos cuya ruta empieza así; separados por comas", en: "skip the files whose path starts so; comma-separated" }],
      ["--sandbox", { es: "aísla cada programa (por defecto, como grade)", en: "isolate each program (the default, as grade does)" }],
      ["--no-sandbox", { es: "sin aislar (queda escrito en el informe)", en: "no isolation (the report says so)" }],
      ["--json", { es: "imprime un documento JSON", en: "print one JSON document" }],
      ["--junit <file>", { es: "escribe un informe JUnit XML", en: "write a JUnit XML report" }],
      ["--screens <dir>", { es: "escribe en <dir> lo que un estudiante leería en una terminal de 80 columnas tras cada archivo (para revisar la redacción)", en: "write to <dir> what a learner would read on an 80-column terminal after each file (to review the wording)" }],
    ],
  },
  grade: {
    description: { es: "corrige una carpeta de entregas y escribe el libro de notas", en: "grade a folder of submissions and write the gradebook" },
    arguments: [["<folder>", { es: "carpeta con una subcarpeta, un .py o un .zip por estudiante", en: "folder with one subfolder, .py or .zip per student" }]],
    options: [
      ["--exercise <id>", { es: "el ejercicio de los .py sueltos (o de la carpeta con un solo .py)", en: "the exercise of lone .py files (or of a folder with a single .py)" }],
      ["--out <folder>", { es: "carpeta de los informes (por defecto, <carpeta>-pytutor)", en: "reports folder (default: <folder>-pytutor)" }],
      ["--jobs <n>", { es: "núcleos que puede ocupar (por defecto, todos); los programas que esperan pesan menos", en: "cores it may keep busy (default: all); programs that wait weigh less" }],
      ["--resume", { es: "continúa una corrección interrumpida sin repetir lo hecho", en: "continue an interrupted batch without regrading what is done" }],
      ["--force", { es: "rehace la corrección aunque la carpeta de salida exista", en: "redo the batch even if the output folder exists" }],
      ["--shard <k/n>", { es: "corrige solo la parte k de n (para repartir entre máquinas)", en: "grade only part k of n (to spread over machines)" }],
      ["--feedback <level>", { es: "cuánto ven los estudiantes de lo esperado", en: "how much of the expected output students see" }, { choices: ["full", "summary", "hidden"], default: "summary" }],
      ["--timeout <seconds>", { es: "límite de tiempo de cada programa (por defecto, el del ejercicio)", en: "time limit of each program (default: the exercise's)" }],
      ["--limit <name=value>", { es: "otro límite: cpu=S, memory=MB, processes=N, file-size=MB, open-files=N (repetible)", en: "another limit: cpu=S, memory=MB, processes=N, file-size=MB, open-files=N (repeatable)" }, { repeatable: true }],
      ["--sandbox", { es: "aísla cada programa (por defecto): bubblewrap con solo lo necesario de la máquina, sin red, con su propio usuario si pytutor es root (Linux)", en: "isolate each program (the default): bubblewrap with only what it needs of the machine, no network, its own user when pytutor is root (Linux)" }],
      ["--no-sandbox", { es: "sin aislar: cada programa ve la máquina con los permisos de pytutor (queda escrito en los informes)", en: "no isolation: each program sees the machine with pytutor's permissions (the reports say so)" }],
      ["--map <file=exercise>", { es: "nombre de archivo del curso → ejercicio (repetible)", en: "course file name → exercise (repeatable)" }, { repeatable: true }],
      ["--course <file>", { es: "archivo del curso (por defecto, curso.yaml o course.yaml junto a la carpeta o en la actual)", en: "course file (default: curso.yaml or course.yaml beside the folder or in the current one)" }],
      ["--assignment <name|ids>", { es: "tarea del archivo del curso, o ejercicios separados por comas: fija las columnas y el total", en: "an assignment of the course file, or exercises separated by commas: fixes the columns and the total" }],
      ["--json", { es: "imprime results.json en la salida", en: "print results.json on stdout" }],
    ],
  },
  merge: {
    description: { es: "une las carpetas de salida de varias partes (--shard) en un libro de notas", en: "join the output folders of several shards (--shard) into one gradebook" },
    arguments: [["<folders...>"]],
    options: [
      ["--out <folder>", { es: "carpeta del resultado", en: "folder for the result" }],
      ["--force", { es: "sobrescribe la carpeta del resultado", en: "overwrite the result folder" }],
      ["--json", { es: "imprime results.json en la salida", en: "print results.json on stdout" }],
    ],
  },
  list: {
    description: { es: "lista los ejercicios", en: "list the exercises" },
    options: [
      ["--json", { es: "imprime un documento JSON", en: "print one JSON document" }],
    ],
  },
  show: {
    description: { es: "muestra el enunciado de un ejercicio", en: "show an exercise's statement" },
    arguments: [["<exercise>"]],
  },
  hint: {
    description: { es: "muestra una pista (la primera, o la número N); en un espacio de trabajo, la siguiente que no has visto", en: "show a hint (the first, or number N); in a workspace, the next one you have not seen" },
    arguments: [["[exercise]", { es: "ejercicio; en un espacio de trabajo, por defecto el actual", en: "exercise; in a workspace, the current one by default" }], ["[n]"]],
    options: [
      ["--all", { es: "todas las pistas", en: "every hint" }],
    ],
  },
  init: {
    description: { es: "crea tu espacio de trabajo: un archivo por ejercicio y tu progreso", en: "create your workspace: one file per exercise, and your progress" },
    arguments: [["[folder]", { es: "carpeta (por defecto, pytutor-ejercicios)", en: "folder (default: pytutor-ejercicios)" }]],
  },
  next: {
    description: { es: "pasa al siguiente ejercicio pendiente y dice qué hacer", en: "move on to the next pending exercise and say what to do" },
  },
  watch: {
    description: { es: "comprueba tu archivo cada vez que lo guardas y, al superarlo, pasa al siguiente (teclas: h pista, l progreso, q salir)", en: "check your file every time you save it and, once passed, move on to the next (keys: h hint, l progress, q quit)" },
    arguments: [["[exercise]", { es: "ejercicio (por defecto, el actual o el primero pendiente)", en: "exercise (default: the current one, or the first pending)" }]],
    options: [
      ["--timeout <seconds>", { es: "límite de tiempo en segundos", en: "time limit in seconds" }],
      ["--limit <name=value>", { es: "otro límite, como en `check` (repetible)", en: "another limit, as in `check` (repeatable)" }, { repeatable: true }],
    ],
  },
  solution: {
    description: { es: "muestra la solución de referencia de un ejercicio que ya superaste", en: "show the reference solution of an exercise you have passed" },
    arguments: [["[exercise]", { es: "ejercicio (por defecto, el actual)", en: "exercise (default: the current one)" }]],
    options: [
      ["--force", { es: "muéstrala aunque no lo hayas superado (pide confirmación)", en: "show it even if you have not passed it (asks to confirm)" }],
      ["--yes", { es: "confirma sin preguntar (sin terminal, necesario con --force)", en: "confirm without asking (needed with --force when there is no terminal)" }],
    ],
  },
  reset: {
    description: { es: "vuelve a la plantilla de un ejercicio (guarda una copia del tuyo)", en: "go back to an exercise's template (a copy of yours is kept)" },
    arguments: [["<exercise>"]],
    options: [
      ["--yes", { es: "confirma sin preguntar (necesario sin terminal)", en: "confirm without asking (needed without a terminal)" }],
    ],
  },
  doctor: {
    description: { es: "muestra qué Python y qué ejercicios encuentra pytutor, y por qué", en: "show which Python and exercises pytutor finds, and why" },
  },
  new: {
    description: { es: "crea un ejercicio tuyo listo para editar (spec, enunciado, plantilla, solución, una variante) que verify ya acepta", en: "create an exercise of your own, ready to edit (spec, statement, starter, solution, one variant), that verify already accepts" },
    arguments: [["<id>", { es: "su nombre: minúsculas, cifras, «-» y «_» (también el de su carpeta)", en: "its name: lowercase letters, digits, «-» and «_» (its folder's too)" }]],
  },
  import: {
    description: { es: "convierte las pruebas que tu curso ya tiene (autograding.json o workflow de GitHub Classroom, .cs50.yaml de check50) en un ejercicio de pytutor, y explica lo que no se puede traducir", en: "turn the tests your course already has (GitHub Classroom's autograding.json or workflow, check50's .cs50.yaml) into a pytutor exercise, and explain what cannot be translated" },
    arguments: [["<file>", { es: "autograding.json, el workflow (.yml) o .cs50.yaml", en: "autograding.json, the workflow (.yml) or .cs50.yaml" }]],
    options: [
      ["--out <dir>", { es: "la carpeta de tus ejercicios, donde se crea (por defecto ejercicios/)", en: "your exercises folder, where it is created (default ejercicios/)" }],
      ["--id <id>", { es: "el nombre del ejercicio (por defecto, el de la carpeta del repositorio)", en: "the exercise's name (default: the repository's folder name)" }],
      ["--solution <file>", { es: "tu solución de referencia, para que verify pueda comprobar el ejercicio", en: "your reference solution, so that verify can check the exercise" }],
    ],
  },
  schema: {
    description: { es: "imprime el JSON Schema de los archivos exercise.yaml (o, con --course, del archivo del curso)", en: "print the JSON Schema of exercise.yaml files (or, with --course, of the course file)" },
    options: [
      ["--course", { es: "el del archivo del curso (curso.yaml)", en: "the course file's (curso.yaml)" }],
    ],
  },
};
