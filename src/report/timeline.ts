// Seeing concurrency: when each line was printed and, for each of the learner's
// threads, processes and asyncio tasks, when it ran, slept or waited. `timelineOf`
// derives the lanes from the probe's events (pure); `renderTimeline` draws them
// for a terminal (`check --timeline`); `capTimeline` bounds them for documents.
//
// A lane's four states and their glyphs, which read without colour on dark and
// light terminals alike:
//   █  running (alive, in none of the waits below)
//   ─  sleeping: time.sleep or asyncio.sleep
//   ╌  waiting on something else: a lock or semaphore, a queue, a future (or
//      asyncio.gather/wait), an event, a condition, a barrier, a join; a pool
//      thread between jobs waits for work
//   (blank) not started yet, or finished
import type { ChalkInstance } from "chalk";
import type { Lang } from "../i18n/lang.js";
import type { RunRecord } from "../runner/record.js";
import { innermost, MAIN, modelOf, workerKey } from "../grade/model.js";
import { visible } from "../util/sanitize.js";

// [begin, end] in seconds since the program started.
export type Span = [number, number];

export type LaneKind = "thread" | "process" | "task" | "sleep";

export type Lane = {
  kind: LaneKind;
  // The thread's name, the process's name, the task's coroutine, or (for a
  // "sleep" lane) the thread that slept: "MainThread" for the main thread.
  name: string;
  // When it existed: one span for a thread, process or task; for a "sleep"
  // lane, its time.sleep calls.
  spans: Span[];
  // The time.sleep and asyncio.sleep calls inside it.
  sleeps: Span[];
  // Its other waits: on a lock, a queue, a future, an event, a join (the
  // probe's `wait` events); for a pool thread, the time between its jobs.
  waits: Span[];
  // False for processes: the probe sees them start, not end, so they are drawn
  // until the end of the run.
  endKnown: boolean;
};

export type TimelineMark = { line: number; t: number; text: string };

export type Timeline = {
  // Seconds the axis covers: the run, or more if something ended later.
  duration: number;
  lanes: Lane[];
  marks: TimelineMark[];
};

export const MAIN_THREAD = "MainThread";

// The probe's blocking waits by worker key (the innermost worker, as sleeps),
// the jobs each pool thread ran and when.
function waitsOf(record: RunRecord, until: number): { waits: Map<string, Span[]>; jobRuns: Map<string, Span[]>; jobsOf: Map<string, string[]> } {
  const waits = new Map<string, Span[]>();
  const jobRuns = new Map<string, Span[]>();
  const jobsOf = new Map<string, string[]>();
  const open = new Map<number, number>();
  for (const e of record.events) {
    if (e.event === "wait") {
      const key = innermost(e);
      waits.set(key, [...(waits.get(key) ?? []), [e.b, Math.max(e.b, e.e)]]);
    } else if (e.event === "job-run") {
      const thread = workerKey("thread", e.th);
      const job = workerKey("job", e.n);
      if (!jobsOf.get(thread)?.includes(job)) jobsOf.set(thread, [...(jobsOf.get(thread) ?? []), job]);
      if (e.phase === "begin") open.set(e.n, e.t);
      else {
        const begin = open.get(e.n);
        open.delete(e.n);
        const key = workerKey("thread", e.th);
        if (begin !== undefined) jobRuns.set(key, [...(jobRuns.get(key) ?? []), [begin, Math.max(begin, e.t)]]);
      }
    }
  }
  // A job still running at the end.
  for (const e of record.events) {
    if (e.event === "job-run" && e.phase === "begin" && open.get(e.n) === e.t) {
      const key = workerKey("thread", e.th);
      jobRuns.set(key, [...(jobRuns.get(key) ?? []), [e.t, Math.max(e.t, until)]]);
    }
  }
  return { waits, jobRuns, jobsOf };
}

// The parts of `span` that none of `covered` covers.
function gaps(span: Span, covered: Span[]): Span[] {
  const out: Span[] = [];
  let from = span[0];
  for (const [a, b] of [...covered].sort((x, y) => x[0] - y[0])) {
    if (a > from) out.push([from, Math.min(a, span[1])]);
    from = Math.max(from, b);
    if (from >= span[1]) break;
  }
  if (from < span[1]) out.push([from, span[1]]);
  return out.filter(([a, b]) => b > a);
}

export function timelineOf(record: RunRecord): Timeline {
  const model = modelOf(record);
  const until = Math.max(record.programSeconds, model.until);
  const { waits, jobRuns, jobsOf } = waitsOf(record, until);
  const sleepsOf = (key: string) => (model.workers.get(key)?.waits ?? []).map((x): Span => [x.begin, Math.max(x.begin, x.end)]);
  const lanes: Array<Lane & { order: number }> = [];
  let order = 0;
  const kinds: Record<string, LaneKind | undefined> = { thread: "thread", task: "task", job: "thread", process: "process" };
  const repeated = new Map<string, number>();
  for (const w of model.workers.values()) if (w.learner && w.kind !== "main") repeated.set(w.name, (repeated.get(w.name) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const w of model.workers.values()) {
    const kind = kinds[w.kind];
    if (!kind || !w.learner || w.begin === null) continue;
    const n = (seen.get(w.name) ?? 0) + 1;
    seen.set(w.name, n);
    let name = w.kind === "job" ? `${w.name}${w.args.length ? `(${w.args.join(", ")})` : ""}` : w.name;
    if (w.kind === "task" && (repeated.get(w.name) ?? 0) > 1) name = `${w.name} #${n}`;
    if (w.kind === "process" && w.target && !name.includes(w.target)) name = `${name} (${w.target})`;
    const begin = w.begin;
    const span: Span = [begin, Math.max(begin, w.end ?? until)];
    const sleeps = sleepsOf(w.key);
    const blocked = [...(waits.get(w.key) ?? [])];
    // A pool thread sleeps and waits in the jobs it runs; between jobs it waits for work.
    if (w.kind === "thread" && w.api === "ThreadPoolExecutor") {
      for (const job of jobsOf.get(w.key) ?? []) {
        sleeps.push(...sleepsOf(job));
        blocked.push(...(waits.get(job) ?? []));
      }
      blocked.push(...gaps(span, jobRuns.get(w.key) ?? []));
    }
    const byStart = (a: Span, b: Span) => a[0] - b[0];
    lanes.push({ kind, name, spans: [span], sleeps: sleeps.sort(byStart), waits: blocked.sort(byStart), endKnown: w.kind !== "process" || w.end !== null, order: order++ });
  }
  const sorted = lanes
    .sort((a, b) => (a.spans[0]?.[0] ?? 0) - (b.spans[0]?.[0] ?? 0) || a.order - b.order)
    .map(({ order: _order, ...lane }) => lane);
  // The main thread's sleeps and waits first: the main thread is there before
  // anything else. Its lane's spans are its sleeps (what documents draw); it is
  // alive the whole run.
  const mainSleeps = (model.workers.get(MAIN)?.waits ?? []).map((x): Span => [x.begin, Math.max(x.begin, x.end)]);
  const mainWaits = waits.get(MAIN) ?? [];
  if (mainSleeps.length > 0 || mainWaits.length > 0) sorted.unshift({ kind: "sleep", name: MAIN_THREAD, spans: mainSleeps, sleeps: mainSleeps, waits: mainWaits, endKnown: true });

  const marks = record.stdout.map((l, i) => ({ line: i + 1, t: l.t, text: l.text }));
  let duration = Math.max(until, 0.001);
  for (const m of marks) duration = Math.max(duration, m.t);
  for (const l of sorted) for (const [, b] of [...l.spans, ...l.waits]) duration = Math.max(duration, b);
  return { duration, lanes: sorted, marks };
}

// At most `maxLanes` lanes of at most `maxSpans` spans (and sleeps) each, with
// times in milliseconds' precision: what a document can carry. Spans beyond the
// cap are merged across their shortest gaps, so the lane keeps its shape.
export function capTimeline(timeline: Timeline, maxLanes: number, maxSpans: number): { lanes: Lane[]; omitted: number } {
  const ms = (n: number) => Math.round(n * 1000) / 1000;
  const lanes = timeline.lanes.slice(0, maxLanes).map((lane) => ({
    ...lane,
    spans: mergeSpans(lane.spans, maxSpans).map(([a, b]): Span => [ms(a), ms(b)]),
    sleeps: mergeSpans(lane.sleeps, maxSpans).map(([a, b]): Span => [ms(a), ms(b)]),
    waits: mergeSpans(lane.waits, maxSpans).map(([a, b]): Span => [ms(a), ms(b)]),
  }));
  return { lanes, omitted: Math.max(0, timeline.lanes.length - maxLanes) };
}

export function mergeSpans(spans: Span[], max: number): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]).map(([a, b]): Span => [a, b]);
  if (sorted.length <= max) return sorted;
  if (max <= 0) return [];
  // Merge across the (n - max) shortest gaps.
  const gaps = sorted.slice(1).map((s, i) => ({ i, gap: s[0] - (sorted[i] as Span)[1] }));
  gaps.sort((x, y) => x.gap - y.gap || x.i - y.i);
  const join = new Set(gaps.slice(0, sorted.length - max).map((g) => g.i));
  const out: Span[] = [];
  for (const [i, span] of sorted.entries()) {
    const last = out[out.length - 1];
    if (last && join.has(i - 1)) last[1] = Math.max(last[1], span[1]);
    else out.push([span[0], span[1]]);
  }
  return out;
}

// ---------------------------------------------------------------- terminal

export const MAX_TERMINAL_LANES = 12;

// The glyphs of a lane's states (see the top of this file).
export const GLYPHS = { running: "█", sleeping: "─", waiting: "╌", absent: " " } as const;

const L = {
  es: {
    title: (s: string) => `Línea de tiempo (${s} s)`,
    // The key, under the drawing: one line at 80 columns.
    key: ["█ ejecuta", "─ duerme", "╌ espera cerrojo/cola/futuro/evento/join", "▲ imprime"],
    blank: "en blanco: aún no existe o ya terminó",
    column: (s: string) => `1 columna ≈ ${s} s`,
    mainThread: "hilo principal",
    output: "salida",
    noLanes: "El programa no creó hilos, procesos ni tareas asyncio: la línea de tiempo solo muestra cuándo imprimió.",
    noOutput: "No imprimió nada.",
    more: (n: number, detail: string) => `… y ${n} ${n === 1 ? "carril" : "carriles"} más (${detail})`,
    kinds: { thread: ["hilo", "hilos"], process: ["proceso", "procesos"], task: ["tarea", "tareas"], sleep: ["espera", "esperas"] },
    processes: "Los procesos se dibujan desde que arrancan hasta el final de la ejecución: pytutor ve cuándo empiezan, no cuándo terminan.",
    // Under the ▲: the numbers are those of the output listed above the drawing.
    marks: "Los números bajo ▲ son los de las líneas de la salida de arriba.",
  },
  en: {
    title: (s: string) => `Timeline (${s} s)`,
    key: ["█ running", "─ sleeping", "╌ waiting on lock/queue/future/event/join", "▲ printed"],
    blank: "blank: not started yet or finished",
    column: (s: string) => `1 column ≈ ${s} s`,
    mainThread: "main thread",
    output: "output",
    noLanes: "The program created no threads, processes or asyncio tasks: the timeline only shows when it printed.",
    noOutput: "It printed nothing.",
    more: (n: number, detail: string) => `… and ${n} more ${n === 1 ? "lane" : "lanes"} (${detail})`,
    kinds: { thread: ["thread", "threads"], process: ["process", "processes"], task: ["task", "tasks"], sleep: ["sleep", "sleeps"] },
    processes: "Processes are drawn from their start to the end of the run: pytutor sees when they start, not when they end.",
    marks: "The numbers under ▲ are those of the output lines above.",
  },
};

// Text from the program (names, output) shown on one line, with no control
// character left that a terminal would obey.
function printable(text: string): string {
  return visible(text.replace(/[\n\u2028\u2029]/gu, "⏎"));
}

// Display width as the tests measure it: one column per code point.
const chars = (text: string) => Array.from(text);

function truncate(text: string, width: number): string {
  const all = chars(text);
  if (all.length <= width) return text;
  return width <= 1 ? all.slice(0, width).join("") : `${all.slice(0, width - 1).join("")}…`;
}

function pad(text: string, width: number): string {
  const t = truncate(text, width);
  return t + " ".repeat(Math.max(0, width - chars(t).length));
}

// Words into lines of at most `width` columns (a longer word is cut).
function wrap(words: string[], width: number, separator = " "): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const w = truncate(word, width);
    if (line && chars(line).length + chars(separator).length + chars(w).length > width) {
      lines.push(line);
      line = w;
    } else line = line ? line + separator + w : w;
  }
  if (line) lines.push(line);
  return lines;
}

const STEPS = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1200, 1800, 3600];

function seconds(value: number, step: number): string {
  const decimals = step >= 1 ? 0 : Math.min(3, Math.ceil(-Math.log10(step) - 1e-9));
  return `${value.toFixed(decimals)}s`;
}

// The axis: labels at round times, as many as fit without touching.
function axis(duration: number, bar: number): { labels: string; line: string } {
  const perColumn = duration / bar;
  const step =
    STEPS.find((s) => {
      const widest = chars(seconds(Math.floor(duration / s) * s, s)).length;
      return s / perColumn >= Math.max(widest + 3, 8);
    }) ?? duration;
  const labels = Array<string>(bar).fill(" ");
  const line = Array<string>(bar).fill("─");
  let free = 0;
  for (let k = 0; k * step <= duration + 1e-9; k++) {
    const col = Math.min(bar - 1, Math.floor((k * step) / perColumn + 1e-9));
    line[col] = col === 0 ? "├" : "┼";
    const text = chars(seconds(k * step, step));
    // The last label may sit a little left of its tick, to stay inside the bar.
    const at = Math.min(col, bar - text.length);
    if (at >= free) {
      text.forEach((ch, i) => (labels[at + i] = ch));
      free = at + text.length + 1;
    }
  }
  if (line[bar - 1] === "─") line[bar - 1] = "┤";
  return { labels: labels.join("").trimEnd(), line: line.join("") };
}

function coverage(spans: Span[], bar: number, perColumn: number): Float64Array {
  const out = new Float64Array(bar);
  for (const [a, b] of spans) {
    const first = Math.max(0, Math.min(bar - 1, Math.floor(a / perColumn)));
    const last = Math.max(0, Math.min(bar - 1, Math.floor(b / perColumn)));
    for (let i = first; i <= last; i++) {
      const lo = Math.max(a, i * perColumn);
      const hi = Math.min(b, (i + 1) * perColumn);
      // A span shorter than a column still shows in the column it touches.
      out[i] = (out[i] as number) + Math.max(hi - lo, 1e-9);
    }
  }
  return out;
}

type Paint = (text: string) => string;

// Each column shows the state that took most of its time while the lane was
// alive; a sleep or a wait shorter than a column still shows when nothing else
// in that column took longer.
function laneCells(lane: Lane, bar: number, perColumn: number, duration: number): string[] {
  // The main thread's lane is alive the whole run.
  const alive = coverage(lane.kind === "sleep" ? [[0, duration]] : lane.spans, bar, perColumn);
  const asleep = coverage(lane.sleeps, bar, perColumn);
  const waiting = coverage(lane.waits, bar, perColumn);
  return Array.from(alive, (a, i) => {
    if (a <= 0) return GLYPHS.absent;
    const s = Math.min(asleep[i] as number, a);
    const w = Math.min(waiting[i] as number, a);
    const running = Math.max(0, a - Math.min(a, s + w));
    if ((s <= 0 && w <= 0) || Math.max(s, w) < running) return GLYPHS.running;
    return s >= w ? GLYPHS.sleeping : GLYPHS.waiting;
  });
}

// Runs of equal characters painted at once, so colour codes stay few.
function paintCells(cells: string[], paint: Record<string, Paint>): string {
  let out = "";
  let i = 0;
  while (i < cells.length) {
    let j = i;
    while (j < cells.length && cells[j] === cells[i]) j++;
    const ch = cells[i] as string;
    const run = ch.repeat(j - i);
    out += (paint[ch] ?? ((s: string) => s))(run);
    i = j;
  }
  return out;
}

export function renderTimeline(timeline: Timeline, width: number, lang: Lang, c: ChalkInstance): string {
  const t = L[lang];
  const W = Math.max(40, Number.isFinite(width) ? Math.floor(width) : 80);
  const duration = Math.max(timeline.duration, 0.001);
  const shown = timeline.lanes.slice(0, MAX_TERMINAL_LANES);
  const label = (lane: Lane) => printable(lane.kind === "sleep" && lane.name === MAIN_THREAD ? t.mainThread : lane.name);
  const labels = [...shown.map(label), t.output];
  const labelWidth = Math.max(6, Math.min(Math.max(...labels.map((l) => chars(l).length)), Math.floor(W * 0.3)));
  const bar = W - labelWidth - 1;
  const perColumn = duration / bar;
  const gutter = " ".repeat(labelWidth + 1);
  const out: string[] = [];

  out.push(c.bold(truncate(t.title(duration.toFixed(2)), W)));
  out.push(c.dim(truncate(t.column(perColumn < 0.01 ? perColumn.toPrecision(2) : perColumn.toFixed(2)), W)));
  const { labels: tickLabels, line } = axis(duration, bar);
  out.push(c.dim(gutter + tickLabels), c.dim(gutter + line));

  const colour: Record<LaneKind, ChalkInstance> = { thread: c.cyan, process: c.magenta, task: c.green, sleep: c.blue };
  for (const lane of shown) {
    const tone = colour[lane.kind];
    const cells = laneCells(lane, bar, perColumn, duration);
    out.push(`${pad(label(lane), labelWidth)} ${paintCells(cells, { [GLYPHS.running]: tone, [GLYPHS.sleeping]: tone, [GLYPHS.waiting]: tone })}`.trimEnd());
  }
  const hidden = timeline.lanes.slice(MAX_TERMINAL_LANES);
  if (hidden.length > 0) {
    const counts = (["thread", "process", "task", "sleep"] as const)
      .map((kind) => [kind, hidden.filter((l) => l.kind === kind).length] as const)
      .filter(([, n]) => n > 0)
      .map(([kind, n]) => `${n} ${t.kinds[kind][n === 1 ? 0 : 1]}`);
    out.push(c.dim(truncate(t.more(hidden.length, counts.join(", ")), W)));
  }

  // The output: a ▲ in each column where a line appeared, numbered below when the numbers fit.
  const columns = new Map<number, number[]>();
  for (const mark of timeline.marks) {
    const col = Math.max(0, Math.min(bar - 1, Math.floor(mark.t / perColumn)));
    columns.set(col, [...(columns.get(col) ?? []), mark.line]);
  }
  const triangles = Array<string>(bar).fill(" ");
  const numbers = Array<string>(bar).fill(" ");
  let free = 0;
  for (const [col, lines] of [...columns.entries()].sort((a, b) => a[0] - b[0])) {
    triangles[col] = "▲";
    const first = lines[0] as number;
    const last = lines[lines.length - 1] as number;
    const text = chars(first === last ? String(first) : `${first}-${last}`);
    const at = Math.min(Math.max(col, free), bar - text.length);
    // Under its ▲ or just after it; at the bar's end, ending under it.
    if (at >= free && at <= col + 2 && at + text.length > col) {
      text.forEach((ch, i) => (numbers[at + i] = ch));
      free = at + text.length + 1;
    }
  }
  out.push(`${pad(t.output, labelWidth)} ${c.yellow(triangles.join("").trimEnd())}`);
  if (timeline.marks.length > 0) out.push(c.dim(`${gutter}${numbers.join("").trimEnd()}`.trimEnd()));

  // The key: what each glyph means. The lines' text is not repeated here: the
  // report above lists the output, and the numbers under ▲ point into it.
  for (const line of wrap(shown.length > 0 ? t.key : [t.key[3] as string], W, "  ")) out.push(c.dim(line));
  if (shown.length > 0) out.push(c.dim(truncate(t.blank, W)));
  if (timeline.marks.length > 0) for (const l of wrap(t.marks.split(" "), W)) out.push(c.dim(l));
  else out.push(c.dim(t.noOutput));
  if (timeline.lanes.length === 0) for (const l of wrap(t.noLanes.split(" "), W)) out.push(c.dim(l));
  if (timeline.lanes.some((l) => !l.endKnown)) for (const l of wrap(t.processes.split(" "), W)) out.push(c.dim(l));
  return out.join("\n");
}
