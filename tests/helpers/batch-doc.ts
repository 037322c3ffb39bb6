// A small, realistic batch document for the report tests: four students (one
// with quotes, accents and `<script>` in the name, one whose name looks like a
// spreadsheet formula), a pass, a fail with expected/actual, a grader error,
// a timeout, a timeline of threads and an unmatched file.
import type { BatchCheck, BatchDocument, ExerciseInfo, StudentRow, Submission } from "../../src/batch/types.js";

export const TRICKY_NAME = `O'Brien, "Zoë" <script>`;
export const FORMULA_NAME = "=1+1";

const exercises: ExerciseInfo[] = [
  { id: "ejercicio1", alias: "hilos", title: { es: "Hilos que cooperan", en: "Cooperating threads" }, file: "ejercicio1.py", points: 3 },
  { id: "ejercicio2", alias: "generadores", title: { es: "Generadores perezosos", en: "Lazy generators" }, file: "ejercicio2.py", points: 3 },
];

function check(id: string, status: BatchCheck["status"], extra: Partial<BatchCheck> = {}): BatchCheck {
  const titles: Record<string, [string, string]> = {
    termina: ["El programa termina", "The program ends"],
    orden: ["Imprime los números en orden", "Prints the numbers in order"],
    join: ["Espera a los hilos con join()", "Waits for the threads with join()"],
    perezoso: ["No crea la lista entera", "Does not build the whole list"],
  };
  const [es, en] = titles[id] ?? [id, id];
  return { id, status, points: 1, earned: status === "pass" ? 1 : 0, title: { es, en }, ...extra };
}

function submission(student: string, exercise: string, checks: BatchCheck[], extra: Partial<Submission> = {}): Submission {
  const earned = checks.reduce((sum, c) => sum + c.earned, 0);
  const total = checks.reduce((sum, c) => sum + c.points, 0) || 3;
  const failed = checks.some((c) => c.status === "fail");
  return {
    key: `${student}/${exercise}`,
    student,
    exercise,
    file: `${student}/${exercise}.py`,
    sha256: "0".repeat(64),
    status: failed ? "fail" : checks.some((c) => c.status === "undecided") ? "undecided" : "pass",
    passed: !failed && checks.every((c) => c.status === "pass"),
    score: earned / total,
    points: { earned, total },
    checks,
    notes: [],
    run: { exitCode: 0, signal: null, timedOut: false, outputCapped: false, wallMs: 2000, cpuMs: 150, attempts: 1, probe: "ok" },
    output: [
      { t: 0.05, text: "hilo 1 empieza" },
      { t: 0.5, text: "hilo 2 empieza" },
      { t: 1.8, text: "total: 3" },
    ],
    outputTruncated: false,
    stderr: "",
    gradedAt: "2025-03-14T10:20:00.000Z",
    ...extra,
  };
}

export function batchDocument(): BatchDocument {
  const submissions: Submission[] = [
    submission(FORMULA_NAME, "ejercicio1", [check("termina", "pass"), check("orden", "pass"), check("join", "pass")]),
    submission("Ana Pérez", "ejercicio1", [check("termina", "pass"), check("orden", "pass"), check("join", "pass")], {
      studentId: "1001",
      // The main thread's sleeps, a thread that mostly slept and one whose name is markup.
      timeline: {
        lanes: [
          { kind: "sleep", name: "MainThread", spans: [[1.7, 1.75]] },
          { kind: "thread", name: "Thread-1 (descargar)", spans: [[0.05, 1.5]], sleeps: [[0.06, 1.4]] },
          { kind: "thread", name: "<b>hilo</b> 2", spans: [[0.5, 1.8]], waits: [[1.2, 1.6]] },
        ],
      },
    }),
    submission(
      "Ana Pérez",
      "ejercicio2",
      [
        check("termina", "pass"),
        check("perezoso", "pass"),
        check("orden", "fail", {
          expected: { es: "1 2 3", en: "1 2 3" },
          actual: { es: "1 3 2", en: "1 3 2" },
          hint: { es: "Usa join() antes de imprimir el total.", en: "Call join() before printing the total." },
          lines: [2],
        }),
      ],
      { studentId: "1001" },
    ),
    submission("Luis Gómez", "ejercicio1", [check("termina", "pass"), check("orden", "pass"), check("join", "pass")]),
    submission("Luis Gómez", "ejercicio2", [check("termina", "pass"), check("perezoso", "fail", { hint: { es: "Usa yield.", en: "Use yield." } })], {
      // Colour codes from a traceback: control characters XML 1.0 forbids.
      stderr: '\u001b[31mTraceback (most recent call last):\n  File "ejercicio2.py", line 3\nMemoryError\u001b[0m',
      notes: [{ kind: "crash", text: { es: "Tu programa terminó con un error.", en: "Your program ended with an error." } }],
    }),
    submission(TRICKY_NAME, "ejercicio1", [check("termina", "fail", { expected: { es: "que termine en 10 s", en: "to end within 10 s" }, actual: { es: "siguió a los 10 s", en: "still running at 10 s" } }), check("orden", "pass")], {
      studentId: "1002",
      run: { exitCode: null, signal: "SIGKILL", timedOut: true, outputCapped: false, wallMs: 10000, cpuMs: 9800, attempts: 1, probe: "ok" },
      notes: [{ kind: "timeout", text: { es: "Tu programa superó el tiempo límite (10 s).", en: "Your program exceeded the time limit (10 s)." } }],
      output: [{ t: 0.1, text: "</script><b>hola</b>" }],
    }),
    submission(TRICKY_NAME, "ejercicio2", [], {
      studentId: "1002",
      status: "error",
      passed: false,
      score: 0,
      points: { earned: 0, total: 3 },
      error: { es: "No se pudo leer el archivo: no es UTF-8.", en: "The file could not be read: it is not UTF-8." },
      output: [],
      run: undefined,
    }),
  ];
  const names = [FORMULA_NAME, "Ana Pérez", "Luis Gómez", TRICKY_NAME];
  const students: StudentRow[] = names.map((student) => {
    const own = submissions.filter((s) => s.student === student);
    const scores = Object.fromEntries(own.map((s) => [s.exercise, s.score]));
    const studentId = own[0]?.studentId;
    const total = (Object.values(scores).reduce((a, b) => a + b, 0) * 10) / exercises.length;
    return { student, ...(studentId ? { studentId } : {}), scores, total };
  });
  return {
    tool: "pytutor",
    format: 2,
    source: "entregas",
    generatedAt: "2025-03-14T10:21:00.000Z",
    python: { executable: "/usr/bin/python3", version: "3.12.1" },
    lang: "es",
    feedback: "full",
    isolation: { mode: "sandbox", text: { es: "aislados con bubblewrap", en: "isolated with bubblewrap" } },
    exercises,
    students,
    submissions,
    unmatched: [{ path: "entregas.zip!notas <privadas>.txt", reason: { es: "No se parece a ningún ejercicio.", en: "It matches no exercise." } }],
    summary: {
      submissions: submissions.length,
      passed: submissions.filter((s) => s.status === "pass").length,
      failed: submissions.filter((s) => s.status === "fail").length,
      undecided: submissions.filter((s) => s.status === "undecided").length,
      errors: submissions.filter((s) => s.status === "error").length,
      students: students.length,
      unmatched: 1,
    },
  };
}
