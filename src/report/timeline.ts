// Seeing concurrency: when each line was printed and, for each of the learner's
// threads, processes and asyncio tasks, when it ran, slept or waited. `renderTimeline`
// draws the lanes (timeline-model.ts) for a terminal (`check --timeline`).
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
import { visible } from "../util/sanitize.js";
import { MAIN_THREAD, type Lane, type LaneKind, type Span, type Timeline } from "./timeline-model.js";

// The model, for the callers that draw it too.
export { capTimeline, MAIN_THREAD, mergeSpans, timelineOf, type Lane, type LaneKind, type Span, type Timeline, type TimelineMark } from "./timeline-model.js";

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
