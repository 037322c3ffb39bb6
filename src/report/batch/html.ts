// The teacher's report: one self-contained HTML file (no network, so it opens
// from a USB stick or an e-mail) with the gradebook as a sortable table and each
// student's full detail. The data travels as JSON; the inline script builds the
// table and the detail with DOM APIs, so no student's text is ever parsed as HTML.
import type { Lang } from "../../i18n/lang.js";
import type { BatchDocument } from "../../batch/types.js";
import { CLIENT_SCRIPT, CLIENT_STYLE } from "./html-client.js";
import { safeProse } from "../../util/sanitize.js";
import { NOT_GRADED_WORD, VERDICT_WORD } from "../verdict-words.js";

const UI = {
  title: { es: "Informe de calificaciones", en: "Grading report" },
  folder: { es: "Carpeta", en: "Folder" },
  generated: { es: "Generado", en: "Generated" },
  students: { es: "estudiantes", en: "students" },
  submissions: { es: "entregas", en: "submissions" },
  passed: { es: "superadas", en: "passed" },
  failed: { es: "con fallos", en: "failed" },
  undecidedCount: { es: "sin decidir", en: "undecided" },
  errors: { es: "con errores de pytutor", en: "with pytutor errors" },
  unmatchedCount: { es: "archivos sin asignar", en: "unmatched files" },
  assignment: { es: "Tarea", en: "Assignment" },
  missingZero: { es: "lo no entregado cuenta 0", en: "what was not sent counts 0" },
  howTo: { es: "Pulsa una cabecera para ordenar y un estudiante para ver su detalle.", en: "Click a header to sort and a student to see their detail." },
  noScript: { es: "La tabla necesita JavaScript; gradebook.csv tiene las mismas notas.", en: "The table needs JavaScript; gradebook.csv has the same grades." },
  unmatched: { es: "Archivos sin asignar", en: "Unmatched files" },
  none: { es: "Ninguno.", en: "None." },
  file: { es: "Archivo", en: "File" },
  student: { es: "Estudiante", en: "Student" },
  reason: { es: "Motivo", en: "Reason" },
  // Read by the script.
  total: { es: "Total", en: "Total" },
  close: { es: "Cerrar", en: "Close" },
  grade: { es: "Nota", en: "Grade" },
  notSubmitted: { es: "Sin entregar", en: "Not submitted" },
  graderError: { es: "pytutor no pudo calificar este archivo", en: "pytutor could not grade this file" },
  // A submission's verdict, in the words of every other report.
  verdict: {
    es: { ...VERDICT_WORD.es, error: NOT_GRADED_WORD.es },
    en: { ...VERDICT_WORD.en, error: NOT_GRADED_WORD.en },
  },
  status: {
    es: { pass: "superado", fail: "con fallos", undecided: "sin decidir", error: "error", skipped: "no evaluada" },
    en: { pass: "passed", fail: "failed", undecided: "undecided", error: "error", skipped: "not evaluated" },
  },
  advice: { es: "sugerencia", en: "suggestion" },
  hint: { es: "Pista", en: "Hint" },
  expected: { es: "Esperado", en: "Expected" },
  actual: { es: "Obtenido", en: "Actual" },
  exitCode: { es: "código de salida", en: "exit code" },
  signal: { es: "señal", en: "signal" },
  wall: { es: "duración", en: "wall time" },
  cpu: { es: "CPU", en: "CPU" },
  attempts: { es: "ejecuciones", en: "runs" },
  timedOut: { es: "superó el tiempo límite", en: "timed out" },
  timeline: { es: "Cuándo imprimió cada línea", en: "When each line was printed" },
  lanesTitle: { es: "Cuándo corrió cada hilo, proceso o tarea, y cuándo imprimió cada línea", en: "When each thread, process or task ran, and when each line was printed" },
  laneKind: { es: { thread: "hilo", process: "proceso", task: "tarea", sleep: "time.sleep" }, en: { thread: "thread", process: "process", task: "task", sleep: "time.sleep" } },
  mainThread: { es: "hilo principal", en: "main thread" },
  sleepsIn: { es: "time.sleep en", en: "time.sleep in" },
  outputLane: { es: "salida", en: "output" },
  running: { es: "ejecutando (ni dormido ni esperando)", en: "running (neither sleeping nor waiting)" },
  sleeping: { es: "dormido (time.sleep)", en: "sleeping (time.sleep)" },
  waiting: { es: "esperando (cerrojo, cola, futuro, evento o join)", en: "waiting (lock, queue, future, event or join)" },
  endUnknown: { es: "hasta el final: pytutor no ve cuándo termina un proceso", en: "until the end: pytutor does not see when a process ends" },
  moreLanes: { es: "carriles más que no se muestran", en: "more lanes not shown" },
  output: { es: "Salida del programa", en: "Program output" },
  truncated: { es: "(recortada)", en: "(truncated)" },
  noOutput: { es: "No imprimió nada.", en: "It printed nothing." },
  stderr: { es: "Salida de errores (stderr)", en: "Error output (stderr)" },
  // Where a hung run's threads were ({n}: a count).
  stacks: { es: "Dónde estaba cada hilo al detenerlo", en: "Where each thread was when it was stopped" },
  stackThread: { es: "Hilo", en: "Thread" },
  stackUnknown: { es: "Un hilo que pytutor no vio empezar", en: "A thread pytutor did not see start" },
  stackHere: { es: "estaba aquí", en: "it was here" },
  stackLine: { es: "línea", en: "line" },
  stackIn: { es: "en", en: "in" },
  stackCalledFrom: { es: "llamado desde", en: "called from" },
  stackOthersOne: { es: "{n} hilo más sin código del estudiante en la pila", en: "{n} more thread without the student's code on the stack" },
  stackOthersMany: { es: "{n} hilos más sin código del estudiante en la pila", en: "{n} more threads without the student's code on the stack" },
  stackNoneOne: { es: "{n} hilo, sin código del estudiante en la pila", en: "{n} thread, without the student's code on the stack" },
  stackNoneMany: { es: "{n} hilos, ninguno con código del estudiante en la pila", en: "{n} threads, none with the student's code on the stack" },
};

type Ui = typeof UI;
type Picked = { [K in keyof Ui]: Ui[K]["es"] };

export function htmlReport(doc: BatchDocument, lang: Lang): string {
  return [...htmlReportChunks(doc, lang)].join("");
}

// The document as compact JSON, one submission at a time: a class of
// thousands never has to exist as one string.
// Every string in it passes `text` (the page's: with no control character).
export function* documentJson(doc: BatchDocument, text: (value: string) => string = (value) => value): Generator<string> {
  const replacer = (_key: string, value: unknown) => (typeof value === "string" ? text(value) : value);
  const { submissions, ...rest } = doc;
  yield `${JSON.stringify(rest, replacer).slice(0, -1)},"submissions":[`;
  for (const [i, s] of submissions.entries()) yield `${i > 0 ? "," : ""}${JSON.stringify(s, replacer)}`;
  yield "]}";
}

// The report in pieces, for writing it without holding it whole.
export function* htmlReportChunks(doc: BatchDocument, lang: Lang): Generator<string> {
  const ui = Object.fromEntries(Object.entries(UI).map(([key, text]) => [key, text[lang]])) as Picked;
  const s = doc.summary;
  const counts: Array<[number, string]> = [
    [s.students, ui.students],
    [s.submissions, ui.submissions],
    [s.passed, ui.passed],
    [s.failed, ui.failed],
    // Counted apart, as in the terminal's summary: an undecided submission is neither passed nor failed.
    [s.undecided, ui.undecidedCount],
    [s.errors, ui.errors],
    [s.unmatched, ui.unmatchedCount],
  ];
  const unmatched = doc.unmatched.length
    ? `<table class="unmatched"><thead><tr><th scope="col">${ui.file}</th><th scope="col">${ui.student}</th><th scope="col">${ui.reason}</th></tr></thead><tbody>${doc.unmatched
        .map((u) => `<tr><td><code>${escapeHtml(u.path)}</code></td><td>${escapeHtml(u.student ?? "")}</td><td>${escapeHtml(u.reason[lang])}</td></tr>`)
        .join("")}</tbody></table>`
    : `<p>${ui.none}</p>`;
  yield `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<link rel="icon" href="data:,">
<title>${ui.title}${doc.course ? ` · ${escapeHtml(doc.course)}` : ""} · ${escapeHtml(doc.source)}</title>
<style>${CLIENT_STYLE}</style>
</head>
<body>
<header>
<h1>${ui.title}${doc.course ? ` · <span data-testid="course">${escapeHtml(doc.course)}</span>` : ""}</h1>${assignmentLine(doc, ui)}
<p class="meta">${ui.folder}: <code>${escapeHtml(doc.source)}</code> · ${ui.generated}: ${escapeHtml(doc.generatedAt.replace(/T(\d\d:\d\d).*Z$/, " $1 UTC"))} · Python ${escapeHtml(doc.python.version)}</p>
<p class="meta" data-testid="isolation">${escapeHtml(doc.isolation.text[lang])}</p>
<ul class="counts">${counts.map(([n, label]) => `<li><strong>${n}</strong> ${label}</li>`).join("")}</ul>
</header>
<main>
<p class="how">${ui.howTo}</p>
<noscript><p>${ui.noScript}</p></noscript>
<div class="scroll"><table data-testid="gradebook"><thead></thead><tbody></tbody></table></div>
<section id="detail" data-testid="student-detail" aria-live="polite" hidden></section>
<section class="unmatched-files"><h2>${ui.unmatched}</h2>${unmatched}</section>
</main>
<script type="application/json" id="report-data">`;
  // `<` as \u003c: nothing in the data can close the script element or open a comment.
  yield `{"lang":${JSON.stringify(lang)},"ui":${JSON.stringify(ui).replace(/</g, "\\u003c")},"doc":`;
  // The page shows what the program wrote as text, escaped; its control characters too are made visible.
  for (const chunk of documentJson(doc, safeProse)) yield chunk.replace(/</g, "\\u003c");
  yield `}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}

// The assignment that fixed the columns, with each exercise's weight.
function assignmentLine(doc: BatchDocument, ui: Picked): string {
  if (doc.assignment === undefined) return "";
  const weights = doc.exercises.map((e) => `${escapeHtml(e.id)} ×${String(e.weight ?? 1)}`).join(", ");
  return `\n<p class="meta" data-testid="assignment">${ui.assignment}: <strong>${escapeHtml(doc.assignment)}</strong> (${weights}; ${ui.missingZero})</p>`;
}

function escapeHtml(text: string): string {
  return safeProse(text).replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] ?? ch);
}
