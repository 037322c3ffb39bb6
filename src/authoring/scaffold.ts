// The files of a new exercise, in Spanish or English, and the names derived from its id.
import { both } from "../i18n/lang.js";
import { SAFE_ID, SAFE_ID_MESSAGE } from "../catalog/schema.js";
import { PytutorError } from "../errors.js";

// Where a new exercise goes when no folder is named.
export const DEFAULT_EXERCISES_FOLDER = "ejercicios";

// Standard-library modules a learner's file must not be named after: the
// program runs from its own folder, so `threading.py` would hide `threading`.
const STDLIB_NAMES = new Set(
  ("abc array ast asyncio bisect calendar code collections concurrent contextlib copy csv dataclasses datetime decimal dis enum " +
    "fractions functools gc glob hashlib heapq inspect io itertools json logging math multiprocessing operator os pathlib pickle " +
    "queue random re secrets select selectors shutil signal socket statistics string struct subprocess sys tempfile test threading " +
    "time token tracemalloc types typing unittest uuid weakref").split(" "),
);

// The exercise id checked as a name that is safe as a folder and on a command line.
export function checkExerciseId(id: string): void {
  if (/[/\\]/u.test(id) || id === "." || id === ".." || id.includes("..")) {
    throw new PytutorError(
      both(
        `«${id}» no es un nombre de ejercicio: no puede llevar rutas («/», «\\», «..»); el ejercicio se crea en la carpeta de --exercises.`,
        `«${id}» is not an exercise name: it cannot hold a path («/», «\\», «..»); the exercise is created in the --exercises folder.`,
      ),
      "bad-input",
    );
  }
  if (!SAFE_ID.test(id)) throw new PytutorError(both(`«${id}» ${SAFE_ID_MESSAGE.es}.`, `«${id}» ${SAFE_ID_MESSAGE.en}.`), "bad-input");
}

// The learner's file name: a valid module name that hides no standard module.
export function learnerFileFor(id: string): string {
  let name = id.replace(/-/gu, "_");
  if (/^[0-9]/u.test(name)) name = `ejercicio_${name}`;
  if (STDLIB_NAMES.has(name)) name = `${name}_ej`;
  return `${name}.py`;
}

// A kebab-case alias (the spec's rule) from the id.
export function aliasFor(id: string): string {
  return id.replace(/_+/gu, "-").replace(/-{2,}/gu, "-").replace(/^-+|-+$/gu, "") || "ejercicio";
}

export type Scaffold = { files: Record<string, string>; statement: string; variant: string };

export function spanish(id: string, alias: string, order: number, file: string, schemaPath: string): Scaffold {
  const spec = `# yaml-language-server: $schema=${schemaPath}
# Un ejercicio de pytutor. \`pytutor schema\` da el formato completo; docs/autoria.md lo explica.
# Está solo en español: quien lo lea en inglés lo verá en español, con un aviso.
# Para añadir el inglés, escribe \`en:\` junto a cada \`es:\` y un statement.en.md.
format: 1
id: ${id}
alias: ${alias}
order: ${order}
title:
  es: Cuadrados con una función
concept:
  es: Una función calcula un valor que el programa reutiliza en vez de repetir la cuenta.
difficulty: basica
file: ${file}
statement:
  es: enunciado.es.md
starter: starter.py
solution: solution.py
run:
  timeout: 10
hints:
  - es: 'Empieza por la función: \`def cuadrado(n):\` y un \`return\`.'
  - es: 'Recorre los números del 1 al 5 con \`for n in range(1, 6):\`.'
  - es: 'Imprime cada línea de una vez: \`print(f"El cuadrado de {n} es {cuadrado(n)}")\`.'
probe:
  inspect:
    # Evaluado al terminar el programa, en su espacio de nombres: un NameError
    # (no definió cuadrado) hace fallar la comprobación que lo usa.
    cuadrado_7: "cuadrado(7)"
checks:
  - id: termina
    type: exit-code
    title:
      es: El programa termina sin errores
    hint:
      es: Lee el error que aparece arriba y corrige esa línea.
  - id: cinco-lineas
    type: lines
    ordered: true
    match:
      - { exact: "El cuadrado de 1 es 1" }
      - { exact: "El cuadrado de 2 es 4" }
      - { exact: "El cuadrado de 3 es 9" }
      - { exact: "El cuadrado de 4 es 16" }
      - { exact: "El cuadrado de 5 es 25" }
    title:
      es: Imprime los cuadrados del 1 al 5, en orden
    hint:
      es: Una línea por número, con la forma «El cuadrado de 3 es 9».
  - id: usa-funcion
    type: fact
    expect: "inspect.cuadrado_7 == 49"
    title:
      es: Los calcula con la función cuadrado(n)
    explain:
      es: La función cuadrado(n) debe existir y devolver n * n.
    hint:
      es: Define \`cuadrado(n)\` con \`return n * n\` y llámala en el bucle.
variants:
  - file: variants/sin-funcion.py
    catches: usa-funcion
    why:
      es: Imprime las líneas correctas sin definir la función.
`;
  const statement = `# Cuadrados con una función

Define una función \`cuadrado(n)\` que **devuelva** \`n * n\` y úsala para
imprimir los cuadrados del 1 al 5, una línea por número:

\`\`\`
El cuadrado de 1 es 1
El cuadrado de 2 es 4
El cuadrado de 3 es 9
El cuadrado de 4 es 16
El cuadrado de 5 es 25
\`\`\`

La función tiene que llamarse \`cuadrado\`: la corrección la llama con otros
números.
`;
  const starter = `# ${id}: cuadrados con una función.


def cuadrado(n):
    # TODO: devuelve el cuadrado de n.
    return 0


# TODO: imprime «El cuadrado de N es M» para N del 1 al 5, usando cuadrado(N).
for n in range(1, 6):
    print(f"El cuadrado de {n} es {cuadrado(n)}")
`;
  const solution = `# ${id}: solución de referencia.


def cuadrado(n):
    return n * n


for n in range(1, 6):
    print(f"El cuadrado de {n} es {cuadrado(n)}")
`;
  const variant = `# Mal a propósito: imprime lo esperado sin definir cuadrado(n).
for n in range(1, 6):
    print(f"El cuadrado de {n} es {n * n}")
`;
  return {
    files: { "exercise.yaml": spec, "enunciado.es.md": statement, "starter.py": starter, "solution.py": solution, "variants/sin-funcion.py": variant },
    statement: "enunciado.es.md",
    variant: "variants/sin-funcion.py",
  };
}

export function english(id: string, alias: string, order: number, file: string, schemaPath: string): Scaffold {
  const spec = `# yaml-language-server: $schema=${schemaPath}
# A pytutor exercise. \`pytutor schema\` gives the whole format; docs/authoring.md explains it.
# It is in English only: whoever reads it in Spanish sees it in English, with a note.
# To add Spanish, write \`es:\` beside each \`en:\` and an enunciado.es.md.
format: 1
id: ${id}
alias: ${alias}
order: ${order}
title:
  en: Squares with a function
concept:
  en: A function computes a value the program reuses instead of repeating the computation.
difficulty: basica
file: ${file}
statement:
  en: statement.en.md
starter: starter.py
solution: solution.py
run:
  timeout: 10
hints:
  - en: 'Start with the function: \`def square(n):\` and a \`return\`.'
  - en: 'Go through the numbers 1 to 5 with \`for n in range(1, 6):\`.'
  - en: 'Print each line in one go: \`print(f"The square of {n} is {square(n)}")\`.'
probe:
  inspect:
    # Evaluated when the program ends, in its namespace: a NameError (square
    # was not defined) fails the check that uses it.
    square_7: "square(7)"
checks:
  - id: ends
    type: exit-code
    title:
      en: The program ends without errors
    hint:
      en: Read the error shown above and fix that line.
  - id: five-lines
    type: lines
    ordered: true
    match:
      - { exact: "The square of 1 is 1" }
      - { exact: "The square of 2 is 4" }
      - { exact: "The square of 3 is 9" }
      - { exact: "The square of 4 is 16" }
      - { exact: "The square of 5 is 25" }
    title:
      en: Prints the squares of 1 to 5, in order
    hint:
      en: One line per number, shaped «The square of 3 is 9».
  - id: uses-function
    type: fact
    expect: "inspect.square_7 == 49"
    title:
      en: Computes them with the function square(n)
    explain:
      en: The function square(n) must exist and return n * n.
    hint:
      en: Define \`square(n)\` with \`return n * n\` and call it in the loop.
variants:
  - file: variants/no-function.py
    catches: uses-function
    why:
      en: Prints the right lines without defining the function.
`;
  const statement = `# Squares with a function

Define a function \`square(n)\` that **returns** \`n * n\` and use it to print
the squares of 1 to 5, one line per number:

\`\`\`
The square of 1 is 1
The square of 2 is 4
The square of 3 is 9
The square of 4 is 16
The square of 5 is 25
\`\`\`

The function must be called \`square\`: grading calls it with other numbers.
`;
  const starter = `# ${id}: squares with a function.


def square(n):
    # TODO: return the square of n.
    return 0


# TODO: print «The square of N is M» for N from 1 to 5, using square(N).
for n in range(1, 6):
    print(f"The square of {n} is {square(n)}")
`;
  const solution = `# ${id}: reference solution.


def square(n):
    return n * n


for n in range(1, 6):
    print(f"The square of {n} is {square(n)}")
`;
  const variant = `# Wrong on purpose: prints what is expected without defining square(n).
for n in range(1, 6):
    print(f"The square of {n} is {n * n}")
`;
  return {
    files: { "exercise.yaml": spec, "statement.en.md": statement, "starter.py": starter, "solution.py": solution, "variants/no-function.py": variant },
    statement: "statement.en.md",
    variant: "variants/no-function.py",
  };
}
