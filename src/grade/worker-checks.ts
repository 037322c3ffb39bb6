// Checks on the program's workers (threads, asyncio tasks, pool jobs,
// processes): found by what they did (they started, they waited) and judged by
// what each wrote and when, on the program's own clock. Names, wording and print
// style never matter here.
import type { Check, WorkerGroup } from "../catalog/schema.js";
import { both, type Text } from "../i18n/lang.js";
import type { Outcome } from "./result.js";
import type { Context } from "./context.js";
import { MAIN, maxOverlap, unionLength, type Model, type Wait, type Worker } from "./model.js";
import { visible } from "./normalize.js";

type Of<T extends Check["type"]> = Extract<Check, { type: T }>;

const secs = (s: number) => `${s.toFixed(2)} s`;
// Lines and waits share the program's clock; this absorbs rounding only.
const EPSILON = 0.0005;

const KIND_TEXT: Record<string, Text> = {
  thread: { es: "hilos", en: "threads" },
  task: { es: "tareas asyncio", en: "asyncio tasks" },
  job: { es: "trabajos de un pool", en: "pool jobs" },
  process: { es: "procesos", en: "processes" },
};

// Whether a wait is of a kind the group names (any, when it names none).
function groupWait(group: WorkerGroup, x: Wait): boolean {
  return group.waits.length === 0 || group.waits.includes(x.kind === "time" ? "time.sleep" : "asyncio.sleep");
}

// The group's workers, in the order they started.
export function groupWorkers(model: Model, group: WorkerGroup): Worker[] {
  return [...model.workers.values()]
    .filter((w) => w.kind !== "main" && group.kinds.includes(w.kind as "thread") && (!group.learner || w.learner))
    .filter((w) => group.waits.length === 0 || w.waits.some((x) => x.learner && groupWait(group, x)))
    .sort((a, b) => (a.begin ?? Infinity) - (b.begin ?? Infinity) || a.n - b.n);
}

// Spanish agrees with the first kind named: «los hilos», «las tareas asyncio».
export function feminineGroup(group: WorkerGroup): boolean {
  return group.kinds[0] === "task";
}

export function describeGroup(group: WorkerGroup): Text {
  const kinds = group.kinds.map((k) => KIND_TEXT[k] as Text);
  const join = (lang: "es" | "en") => kinds.map((k) => k[lang]).join(lang === "es" ? " o " : " or ");
  const waits = group.waits.length > 0;
  return both(
    `${join("es")}${waits ? ` que esperaron con ${group.waits.join(" o ")}` : ""}`,
    `${join("en")}${waits ? ` that waited with ${group.waits.join(" or ")}` : ""}`,
  );
}

// How a worker is named to a learner: what it ran and with what.
export function label(w: Worker): string {
  if (w.kind === "main") return "el hilo principal";
  const args = w.args.filter((a): a is string => a !== null);
  if (w.target) return `${w.target}(${args.join(", ")})`;
  return w.name;
}

function linesOf(w: Worker, about: boolean): number[] {
  return about ? [...w.lines, ...w.about].sort((a, b) => a - b) : w.lines;
}

function ownWaits(w: Worker): Wait[] {
  return w.waits.filter((x) => x.learner);
}

// The line that announces a worker's start (before its first wait) and the one
// that announces its end (after its last wait), as indices into the output.
function announcements(ctx: Context, w: Worker, about: boolean): { start?: number; end?: number } {
  const lines = linesOf(w, about);
  const waits = ownWaits(w);
  if (waits.length === 0) return {};
  const first = waits.reduce((a, x) => Math.min(a, x.begin), Infinity);
  const last = waits.reduce((a, x) => Math.max(a, x.end), -Infinity);
  const start = lines.find((i) => (ctx.record.stdout[i]?.t ?? Infinity) <= first + EPSILON);
  // A wait the program's end cut short has no line after it. The end is another
  // line than the start: a wait cancelled as soon as it began (tasks cut by
  // asyncio.run's end) would otherwise take its own announcement for both,
  // depending on how fast the machine was.
  const end = waits.some((x) => x.unfinished)
    ? undefined
    : [...lines].reverse().find((i) => i !== start && (ctx.record.stdout[i]?.t ?? -Infinity) >= last - EPSILON);
  return { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
}

function lastWaitEnd(w: Worker): number {
  return ownWaits(w).reduce((a, x) => Math.max(a, x.end), -Infinity);
}

function totalAsked(w: Worker): number {
  return ownWaits(w).reduce((a, x) => a + (x.asked ?? x.end - x.begin), 0);
}

const n1 = (i: number) => i + 1;

function quote(ctx: Context, i: number): string {
  const text = ctx.record.stdout[i]?.text ?? "";
  return `«${visible(text.length > 60 ? `${text.slice(0, 60)}…` : text)}»`;
}

// How far the machine made the group's waits overrun what they asked: a wait
// that took far longer than asked means the program was starved of CPU.
export function starvation(waits: Wait[]): number {
  return waits.reduce((a, x) => (x.asked !== null && x.asked > 0 && !x.unfinished ? Math.max(a, x.end - x.begin - x.asked) : a), 0);
}

export function workersCheck(ctx: Context, check: Of<"workers">): Outcome {
  const group = ctx.spec.workers[check.group];
  if (!group) return { status: "undecided", reason: both(`el grupo «${check.group}» no existe`, `the group «${check.group}» does not exist`) };
  if (ctx.record.probe.state !== "ok") {
    return { status: "undecided", reason: both("no se pudo observar el programa por dentro (la sonda no respondió)", "the program could not be observed (the probe did not answer)") };
  }
  const workers = groupWorkers(ctx.model, group);
  const what = describeGroup(group);
  const none = (): Outcome => ({
    status: "fail",
    expected: both(`${what.es}`, `${what.en}`),
    actual: both(`ninguno: el programa no tuvo ${what.es}`, `none: the program had no ${what.en}`),
  });
  switch (check.rule) {
    case "count": {
      const min = check.min ?? 1;
      const max = check.max ?? Infinity;
      const expected = both(
        `${min === max ? min : max === Infinity ? `al menos ${min}` : `entre ${min} y ${max}`} ${what.es}`,
        `${min === max ? min : max === Infinity ? `at least ${min}` : `between ${min} and ${max}`} ${what.en}`,
      );
      const listed = workers.map(label).join(", ");
      const actual = both(
        workers.length === 0 ? `el programa no tuvo ${what.es}` : `${workers.length}: ${listed}`,
        workers.length === 0 ? `the program had no ${what.en}` : `${workers.length}: ${listed}`,
      );
      return { status: workers.length >= min && workers.length <= max ? "pass" : "fail", expected, actual };
    }
    case "announce": {
      if (workers.length === 0) return none();
      const problems: Array<[string, string]> = [];
      const lines: number[] = [];
      for (const w of workers) {
        const { start, end } = announcements(ctx, w, check.about);
        if (start === undefined) problems.push([`${label(w)} no imprimió nada antes de esperar`, `${label(w)} printed nothing before waiting`]);
        else lines.push(n1(start));
        if (end === undefined) {
          problems.push(
            w.end === null || ownWaits(w).some((x) => x.unfinished)
              ? [`${label(w)} no llegó a terminar su espera (¿el programa acabó antes?)`, `${label(w)} never finished its wait (did the program end first?)`]
              : [`${label(w)} no imprimió nada después de su espera`, `${label(w)} printed nothing after its wait`],
          );
        } else lines.push(n1(end));
      }
      const expected = both(
        `${feminineGroup(group) ? "cada una de las" : "cada uno de los"} ${what.es} imprime una línea antes de su espera y otra después`,
        `each of the ${what.en} prints a line before its wait and another after it`,
      );
      if (problems.length === 0) return { status: "pass", expected, lines };
      return { status: "fail", expected, actual: both(problems.map((p) => p[0]).join("; "), problems.map((p) => p[1]).join("; ")), lines };
    }
    case "distinct": {
      // Each worker's work is its own: two workers whose lines are the same,
      // word for word, did the same thing (a lambda in a loop that read the
      // loop's variables when it ran, not when it was made, downloads the
      // last file three times). Only workers that printed something count.
      if (workers.length === 0) return none();
      const expected = both(
        `${feminineGroup(group) ? "cada una de las" : "cada uno de los"} ${what.es} hace su propio trabajo: no hay dos que impriman las mismas líneas`,
        `each of the ${what.en} does work of its own: no two print the same lines`,
      );
      const seen = new Map<string, { w: Worker; line: number }>();
      for (const w of workers) {
        const own = linesOf(w, check.about);
        const first = own[0];
        if (first === undefined) continue;
        // A worker's own name in its lines (current_thread().name) tells
        // nothing of its work: it is left out.
        const key = own.map((i) => withoutName(ctx.record.stdout[i]?.text ?? "", w.name).trim().replace(/\s+/gu, " ")).join("\n");
        const twin = seen.get(key);
        if (twin) {
          // Two workers that ran the same function with the same arguments are told apart by name.
          const alike = label(twin.w) === label(w);
          const [a, b] = [twin.w, w].map((x) => (alike ? x.name : label(x)));
          return {
            status: "fail",
            expected,
            actual: both(
              `${a} y ${b} imprimieron las mismas líneas, empezando por ${quote(ctx, first)}`,
              `${a} and ${b} printed the same lines, starting with ${quote(ctx, first)}`,
            ),
            lines: [n1(twin.line), n1(first)],
          };
        }
        seen.set(key, { w, line: first });
      }
      return { status: "pass", expected };
    }
    case "starts-before-ends": {
      if (workers.length === 0) return none();
      const marks = workers.map((w) => ({ w, ...announcements(ctx, w, check.about) }));
      const starts = marks.filter((m) => m.start !== undefined);
      const ends = marks.filter((m) => m.end !== undefined);
      const expected = both("todas las líneas de inicio antes de cualquier línea de fin", "every start line before any end line");
      if (starts.length === 0 || ends.length === 0) {
        return { status: "fail", expected, actual: both("faltan las líneas de inicio o de fin de los trabajadores", "the workers' start or end lines are missing") };
      }
      const lastStart = starts.reduce((a, m) => ((m.start as number) > (a.start as number) ? m : a));
      const firstEnd = ends.reduce((a, m) => ((m.end as number) < (a.end as number) ? m : a));
      if ((lastStart.start as number) < (firstEnd.end as number)) return { status: "pass", expected, lines: [n1(lastStart.start as number), n1(firstEnd.end as number)] };
      return {
        status: "fail",
        timing: true,
        expected,
        actual: both(
          `${label(firstEnd.w)} terminó (línea ${n1(firstEnd.end as number)}) antes de que ${label(lastStart.w)} empezara (línea ${n1(lastStart.start as number)})`,
          `${label(firstEnd.w)} ended (line ${n1(firstEnd.end as number)}) before ${label(lastStart.w)} started (line ${n1(lastStart.start as number)})`,
        ),
        lines: [n1(firstEnd.end as number), n1(lastStart.start as number)],
      };
    }
    case "ends-by-wait": {
      if (workers.length === 0) return none();
      const marks = workers.map((w) => ({ w, end: announcements(ctx, w, check.about).end, waitEnd: lastWaitEnd(w) }));
      const expected = both(
        "las líneas de fin, en el orden en que terminaron sus esperas",
        "the end lines, in the order their waits ended",
      );
      if (marks.some((m) => m.end === undefined)) {
        return { status: "fail", expected, actual: both("algún trabajador no imprimió nada tras su espera", "some worker printed nothing after its wait") };
      }
      const byLine = [...marks].sort((a, b) => (a.end as number) - (b.end as number));
      const byWait = [...marks].sort((a, b) => a.waitEnd - b.waitEnd);
      const lines = byLine.map((m) => n1(m.end as number));
      if (byLine.every((m, i) => m === byWait[i] || Math.abs(m.waitEnd - (byWait[i]?.waitEnd ?? 0)) < 0.001)) return { status: "pass", expected, lines };
      return {
        status: "fail",
        expected,
        actual: both(
          `las esperas terminaron en el orden ${byWait.map((m) => label(m.w)).join(" → ")}, pero las líneas de fin salieron ${byLine.map((m) => label(m.w)).join(" → ")}`,
          `the waits ended in the order ${byWait.map((m) => label(m.w)).join(" → ")}, but the end lines came ${byLine.map((m) => label(m.w)).join(" → ")}`,
        ),
        lines,
      };
    }
    case "prompt": {
      if (workers.length === 0) return none();
      const max = check.max ?? 0.25;
      const late: Array<[string, string]> = [];
      const lines: number[] = [];
      for (const w of workers) {
        const end = announcements(ctx, w, check.about).end;
        if (end === undefined) {
          late.push([`${label(w)} no imprimió nada tras su espera`, `${label(w)} printed nothing after its wait`]);
          continue;
        }
        lines.push(n1(end));
        const ended = lastWaitEnd(w);
        const at = ctx.record.stdout[end]?.t ?? 0;
        const delay = at - ended;
        // Late only counts when the program was waiting for something else
        // meanwhile (another of its waits ended in between): a line held back
        // by nothing but a busy machine is not the program's fault.
        const meanwhile = ctx.model.waits.filter((x) => x.learner && x.worker !== w.key && x.end > ended + EPSILON && x.end <= at + EPSILON);
        if (delay > max && meanwhile.length > 0) {
          late.push([
            `${label(w)} terminó su espera y su línea salió ${secs(delay)} después, tras acabar otra espera del programa`,
            `${label(w)} ended its wait and its line came ${secs(delay)} later, after another of the program's waits ended`,
          ]);
        }
      }
      const expected = both(`cada línea de fin, como mucho ${secs(max)} después de que termine su espera`, `each end line at most ${secs(max)} after its wait ended`);
      if (late.length === 0) return { status: "pass", expected, lines };
      return { status: "fail", timing: true, expected, actual: both(late.map((p) => p[0]).join("; "), late.map((p) => p[1]).join("; ")), lines };
    }
    case "overlap": {
      if (workers.length === 0) return none();
      const waits = workers.flatMap(ownWaits).filter((x) => x.end - x.begin >= 0.001);
      const most = maxOverlap(waits.map((x): [number, number] => [x.begin, x.end]));
      const min = check.min ?? 2;
      const max = check.max ?? Infinity;
      const expected = both(
        max === Infinity ? `al menos ${min} esperas a la vez` : min === max ? `${min} esperas a la vez, nunca más` : `entre ${min} y ${max} esperas a la vez`,
        max === Infinity ? `at least ${min} waits at once` : min === max ? `${min} waits at once, never more` : `between ${min} and ${max} waits at once`,
      );
      const actual = both(`como mucho ${most} a la vez`, `at most ${most} at once`);
      return { status: most >= min && most <= max ? "pass" : "fail", timing: most < min, expected, actual };
    }
    case "parallelism": {
      if (workers.length === 0) return none();
      const waits = workers.flatMap(ownWaits);
      const intervals = waits.map((x): [number, number] => [x.begin, x.end]);
      const total = waits.reduce((a, x) => a + (x.end - x.begin), 0);
      const covered = unionLength(intervals);
      const ratio = covered > 0 ? total / covered : 0;
      const min = check.min ?? 1.5;
      const max = check.max ?? Infinity;
      const expected = both(
        `las esperas solapadas: suman ${max === Infinity ? `al menos ${min}` : `entre ${min} y ${max}`} veces el tiempo que cubren`,
        `overlapping waits: together ${max === Infinity ? `at least ${min}` : `between ${min} and ${max}`} times the time they cover`,
      );
      const actual = both(
        `las esperas suman ${secs(total)} y cubren ${secs(covered)} (${ratio.toFixed(2)} veces)`,
        `the waits add up to ${secs(total)} and cover ${secs(covered)} (${ratio.toFixed(2)} times)`,
      );
      return { status: ratio >= min && ratio <= max ? "pass" : "fail", timing: ratio < min, expected, actual };
    }
    case "waits": {
      const want = [...(check.seconds ?? [])].sort((a, b) => a - b);
      const got = workers.map(totalAsked).sort((a, b) => a - b);
      const expected = both(`esperas de ${want.join(", ")} s`, `waits of ${want.join(", ")} s`);
      const actual = got.length
        ? both(`esperas de ${got.map((g) => +g.toFixed(3)).join(", ")} s`, `waits of ${got.map((g) => +g.toFixed(3)).join(", ")} s`)
        : both(`ninguna: el programa no tuvo ${what.es}`, `none: the program had no ${what.en}`);
      const same = got.length === want.length && got.every((g, i) => Math.abs(g - (want[i] ?? 0)) < 0.011);
      return { status: same ? "pass" : "fail", expected, actual };
    }
    case "waited-for":
      return waitedFor(ctx, workers, what);
  }
}

// The worker that started the group waited for each of them: joined the
// threads; for asyncio tasks, stayed until they were done without sleeping a
// guessed time; for jobs, took their results or left the pool's `with`.
function waitedFor(ctx: Context, workers: Worker[], what: Text): Outcome {
  const expected = both(
    `quien lanzó ${what.es.startsWith("tareas") ? "las" : "los"} ${what.es} ${what.es.startsWith("tareas") ? "las" : "los"} espera (join, await, gather, result) en lugar de dormir un tiempo a ojo`,
    `whoever started the ${what.en} waits for them (join, await, gather, result) instead of sleeping a guessed time`,
  );
  if (workers.length === 0) return { status: "fail", expected, actual: both("no hubo ninguno", "there were none") };
  const problems: Array<[string, string]> = [];
  for (const w of workers) {
    if (w.kind === "thread") {
      if (!ctx.model.joined.has(w.n)) problems.push([`nadie hizo join() de ${label(w)}`, `nobody joined ${label(w)}`]);
    } else if (w.kind === "task") {
      const starter = w.by ? ctx.model.workers.get(w.by) : undefined;
      if (!starter || starter.kind === "main") continue;
      const begin = w.begin ?? 0;
      const end = w.end ?? Infinity;
      // A sleep(0) only yields to the loop; a guessed wait is a real one.
      const slept = starter.waits.filter((x) => x.learner && x.asked !== 0 && x.end - x.begin >= 0.01 && x.begin < end && x.end > begin);
      // Both ends are stamped by the tasks' done callbacks, in the order they
      // ran: a task asyncio.run cancels after its starter returned always
      // ends later, by microseconds (no margin here, or it would pass by luck).
      if (starter.end !== null && starter.end < end) {
        problems.push([`${label(starter)} terminó antes que ${label(w)}`, `${label(starter)} ended before ${label(w)}`]);
      } else if (slept.length > 0) {
        problems.push([
          `${label(starter)} durmió ${secs(slept.reduce((a, x) => a + x.end - x.begin, 0))} mientras ${label(w)} trabajaba, en lugar de esperarla con await`,
          `${label(starter)} slept ${secs(slept.reduce((a, x) => a + x.end - x.begin, 0))} while ${label(w)} worked, instead of awaiting it`,
        ]);
      }
    }
  }
  if (problems.length === 0) return { status: "pass", expected };
  return { status: "fail", expected, actual: both([...new Set(problems.map((p) => p[0]))].join("; "), [...new Set(problems.map((p) => p[1]))].join("; ")) };
}

// The last line the program printed: by the main thread (or the coroutine
// asyncio.run started), after every worker of a group ended, and, when asked,
// saying something in particular.
export function finalLineCheck(ctx: Context, check: Of<"final-line">): Outcome {
  const lines = ctx.record.stdout;
  let last = lines.length - 1;
  while (last >= 0 && (lines[last]?.text ?? "").trim() === "") last--;
  const m = check.match !== undefined ? ctx.matcher(check.match) : undefined;
  const group = check.after !== undefined ? ctx.spec.workers[check.after] : undefined;
  const workers = group ? groupWorkers(ctx.model, group) : [];
  const expected = both(
    `la última línea${check.writer === "main" ? ", del hilo principal" : ""}${group ? `, después de que terminen ${feminineGroup(group) ? "todas las" : "todos los"} ${describeGroup(group).es}` : ""}${m ? `: ${m.describe.es}` : ""}`,
    `the last line${check.writer === "main" ? ", from the main thread" : ""}${group ? `, after every one of the ${describeGroup(group).en} ended` : ""}${m ? `: ${m.describe.en}` : ""}`,
  );
  if (last < 0) return { status: "fail", expected, actual: both("el programa no imprimió nada", "the program printed nothing") };
  const line = lines[last];
  if (!line) return { status: "fail", expected, actual: both("el programa no imprimió nada", "the program printed nothing") };
  if (check.writer === "main") {
    if (!line.writer) {
      if (ctx.record.probe.state !== "ok") return { status: "undecided", reason: both("no se sabe quién escribió la última línea (la sonda no respondió)", "who wrote the last line is unknown (the probe did not answer)") };
      return { status: "fail", expected, actual: both(`la última línea (${quote(ctx, last)}) no la escribió el programa con print, sino otro proceso o una escritura directa`, `the last line (${quote(ctx, last)}) was not printed by the program itself but by another process or a direct write`), lines: [n1(last)] };
    }
    if (!isMain(ctx.model, line.writer)) {
      const who = ctx.model.workers.get(writerKey(line.writer));
      return {
        status: "fail",
        expected,
        actual: both(
          `la última línea (${quote(ctx, last)}) la escribió ${who ? label(who) : "otro trabajador"}, no el hilo principal`,
          `the last line (${quote(ctx, last)}) was written by ${who ? label(who) : "another worker"}, not the main thread`,
        ),
        lines: [n1(last)],
      };
    }
  }
  const unfinished = workers.filter((w) => w.end === null || w.end > line.t + EPSILON);
  if (unfinished.length > 0) {
    return {
      status: "fail",
      expected,
      actual: both(
        `la última línea (${quote(ctx, last)}) salió antes de que terminaran ${unfinished.map(label).join(", ")}`,
        `the last line (${quote(ctx, last)}) came before ${unfinished.map(label).join(", ")} ended`,
      ),
      lines: [n1(last)],
    };
  }
  if (m && !m.test(line.text)) {
    const where = lines.findIndex((l) => m.test(l.text));
    return {
      status: "fail",
      expected,
      actual: both(`la última línea es ${quote(ctx, last)}${where >= 0 ? `; la esperada está en la línea ${n1(where)}` : ""}`, `the last line is ${quote(ctx, last)}${where >= 0 ? `; the expected one is line ${n1(where)}` : ""}`),
      lines: [n1(last)],
    };
  }
  return { status: "pass", expected, lines: [n1(last)] };
}

function writerKey(w: { thread: number; task?: number; job?: number; pid?: number }): string {
  if (w.pid !== undefined) return `process:${w.pid}`;
  if (w.job !== undefined) return `job:${w.job}`;
  if (w.task !== undefined) return `task:${w.task}`;
  return w.thread === 0 ? MAIN : `thread:${w.thread}`;
}

// The main thread, or the task asyncio.run started from it.
function isMain(model: Model, w: { thread: number; task?: number; job?: number; pid?: number }): boolean {
  if (w.pid !== undefined || w.job !== undefined || w.thread !== 0) return false;
  if (w.task === undefined) return true;
  const task = model.workers.get(`task:${w.task}`);
  return task !== undefined && task.by === MAIN;
}

// A duration as printed: its seconds and half its last printed digit (what
// rounding may have moved it by).
type ShownDuration = { seconds: number; roundOff: number; text: string };

const DURATION_NUMBER = String.raw`(?<![\w.,])(\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?)`;
const WITH_UNIT = new RegExp(`${DURATION_NUMBER}\\s*(ms|milisegundos?|milliseconds?|s|segs?|segundos?|secs?|seconds?)(?![\\p{L}\\d])`, "giu");
const ANY_DURATION_NUMBER = new RegExp(DURATION_NUMBER, "gu");
const SPEAKS_OF_TIME = /tiempo|tard|dur|time|took|elapsed|segundo|second/iu;

function duration(number: string, unit: string | undefined): ShownDuration {
  const [mantissa = "", exponent] = number.replace(",", ".").split(/[eE]/);
  const decimals = (mantissa.split(".")[1] ?? "").length;
  const scale = unit !== undefined && /^(ms|mili|milli)/iu.test(unit) ? 1 / 1000 : 1;
  const roundOff = exponent === undefined ? 0.5 * 10 ** -decimals : 0;
  return { seconds: Number(number.replace(",", ".")) * scale, roundOff: roundOff * scale, text: `${number}${unit ? ` ${unit}` : ""}` };
}

// The durations a line shows: the pattern's `value` group, else its numbers
// with a unit of time, else its only number if the line speaks of time.
function shownDurations(line: string, value?: string): ShownDuration[] {
  if (value !== undefined && /^\d+(?:[.,]\d+)?$/u.test(value.trim())) return [duration(value.trim(), undefined)];
  const timed = [...line.matchAll(WITH_UNIT)];
  if (timed.length > 0) return timed.map((m) => duration(m[1] ?? "", m[2]));
  const numbers = [...line.matchAll(ANY_DURATION_NUMBER)];
  if (numbers.length === 1 && SPEAKS_OF_TIME.test(line)) return [duration(numbers[0]?.[1] ?? "", undefined)];
  return [];
}

// The program's clock and the one it read differ by scheduling alone.
const CLOCK_SLACK = 0.03;
// Printing results a program already holds takes microseconds; a quarter of a
// second more covers its main thread being left without a core meanwhile.
const THROUGH_SLACK = 0.25;

// The last line before `at` that one of the check's `through` patterns
// matches, or -1.
function throughLine(ctx: Context, check: Of<"elapsed">, at: number): number {
  if (check.through === undefined) return -1;
  const matchers = check.through.map((ref) => ctx.matcher(ref));
  for (let i = at - 1; i >= 0; i--) {
    const text = ctx.record.stdout[i]?.text ?? "";
    if (matchers.some((m) => m.test(text))) return i;
  }
  return -1;
}

// A printed duration that takes in the covered groups' waits and no more than
// had passed when the line came out: a timer started after the work began (or
// read before it ended) shows too little; a sum of the waits, too much.
export function elapsedCheck(ctx: Context, check: Of<"elapsed">): Outcome {
  const lines = ctx.record.stdout;
  const m = check.match !== undefined ? ctx.matcher(check.match) : undefined;
  let at = -1;
  let shown: ShownDuration[] = [];
  for (let i = lines.length - 1; i >= 0 && shown.length === 0; i--) {
    const text = lines[i]?.text ?? "";
    if (m === undefined && text.trim() === "") continue;
    if (m !== undefined && !m.test(text)) continue;
    // A time a worker prints is its own; the program's total comes from the main thread.
    const writer = lines[i]?.writer;
    const main = writer !== undefined && isMain(ctx.model, writer);
    if (main) {
      at = i;
      shown = shownDurations(text, m?.groups(text)?.value);
    }
    if (m === undefined) break;
  }
  const where = m ? m.describe : both("la última línea", "the last line");
  if (shown.length === 0 || at < 0) {
    return { status: "skipped", reason: both(`no se aplica: ${where.es} no muestra un tiempo del hilo principal`, `does not apply: ${where.en} shows no time from the main thread`) };
  }
  const groups = check.covers.map((name) => ctx.spec.workers[name]).filter((g): g is WorkerGroup => g !== undefined);
  const waits = groups.flatMap((group) =>
    groupWorkers(ctx.model, group).flatMap((w) => ownWaits(w).filter((x) => groupWait(group, x))),
  );
  if (waits.length === 0) {
    return { status: "skipped", reason: both("no se aplica: no hubo esperas que medir", "does not apply: there were no waits to measure") };
  }
  const first = Math.min(...waits.map((x) => x.begin));
  const waitsEnd = Math.max(...waits.map((x) => x.end));
  // Work after the waits that has none of its own (processes that compute):
  // the last line it printed before the duration's. A program may read its
  // clock just before printing results it already holds, so that line counts
  // from a moment before it came out.
  const through = throughLine(ctx, check, at);
  const throughEnd = through < 0 ? -Infinity : (lines[through]?.t ?? 0) - THROUGH_SLACK;
  const last = Math.max(waitsEnd, throughEnd);
  const span = last - first;
  const printedAt = lines[at]?.t ?? Infinity;
  const what = both(groups.map((g) => describeGroup(g).es).join(" y "), groups.map((g) => describeGroup(g).en).join(" and "));
  const lasted =
    throughEnd > waitsEnd
      ? both(`desde que empezaron las esperas de ${what.es} hasta la línea ${quote(ctx, through)}`, `from when the waits of ${what.en} began to the line ${quote(ctx, through)}`)
      : both(`lo que duraron las esperas de ${what.es}`, `how long the waits of ${what.en} lasted`);
  const expected = both(
    `${where.es}: entre ${secs(span)} (de ${secs(first)} a ${secs(last)}, ${lasted.es}) y ${secs(printedAt)} (el momento en que salió)`,
    `${where.en}: between ${secs(span)} (from ${secs(first)} to ${secs(last)}, ${lasted.en}) and ${secs(printedAt)} (when it came out)`,
  );
  // A line may show more than one time («3.01 s, unas 3 tandas de 1 s»): one of them must be it.
  const fits = (d: ShownDuration) => d.seconds + d.roundOff + CLOCK_SLACK >= span && d.seconds - d.roundOff - CLOCK_SLACK <= printedAt;
  if (shown.some(fits)) return { status: "pass", expected, lines: [n1(at)] };
  const text = shown.map((d) => d.text).join(", ");
  const short = shown.every((d) => d.seconds + d.roundOff + CLOCK_SLACK < span);
  return {
    status: "fail",
    expected,
    actual: short
      ? both(`${quote(ctx, at)} muestra ${text}: menos de lo que duró el trabajo`, `${quote(ctx, at)} shows ${text}: less than the work took`)
      : both(`${quote(ctx, at)} muestra ${text}: ${shown.length > 1 ? "ninguno es lo que duró el trabajo" : "más de lo que había pasado"}`, `${quote(ctx, at)} shows ${text}: ${shown.length > 1 ? "none is how long the work took" : "more than had passed"}`),
    lines: [n1(at)],
  };
}

// text without the worker's name (nothing to remove for a name of fewer than
// two characters: it could be part of any word).
function withoutName(text: string, name: string): string {
  return name.length < 2 ? text : text.split(name).join("");
}
