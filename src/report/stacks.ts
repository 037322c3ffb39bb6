// Where each thread was when a hung program was stopped, in the learner's terms:
// faulthandler's dump reduced to the learner's own frames (innermost first),
// each thread named as the program named it, the threads without any of the
// learner's code only counted. Pure: the source lines come with the record.
import { Chalk, type ChalkInstance } from "chalk";
import { cut, displayWidth } from "./wrap.js";
import { count, type Lang } from "../i18n/lang.js";
import type { ProbeEvent } from "../runner/probe-events.js";
import type { RunRecord } from "../runner/record.js";
import { decodeDumpText } from "../util/dump-text.js";
import { safeText } from "../util/sanitize.js";

export { decodeDumpText };

export type StackFrame = { file: string; line: number; function: string; source?: string };
// `current`: the thread that wrote the dump (faulthandler's "Current thread").
export type ThreadStack = { name: string; current: boolean; frames: StackFrame[] };

// One thread as faulthandler wrote it: every frame, innermost first, its
// strings still in the dump's ASCII escapes; `ident` null for a lone "Stack".
export type DumpedThread = {
  ident: number | null;
  current: boolean;
  frames: Array<{ file: string; line: number | null; function: string }>;
  // The dump stopped listing its frames ("  ...").
  truncated: boolean;
};

// CPython 3.8–3.13 (Python/traceback.c): "Thread 0x…" or "Current thread 0x…"
// then " (most recent call first):"; "Stack (most recent call first):" without
// all_threads; each frame `  File "path", line N in name` ("???" for what it
// cannot read); "  <no Python frame>"; "  ..." after the deepest frames; "..."
// after the hundredth thread.
const HEADER = /^(Current thread|Thread) (0x[0-9a-fA-F]+) \(most recent call first\):\s*$/;
const LONE = /^(Current thread's|Stack) \(most recent call first\):\s*$/;
const FRAME = /^\s+File (?:"(.*)"|\?\?\?), line (\d+|\?\?\?) in (.*)$/;

export function parseDump(text: string): DumpedThread[] {
  const threads: DumpedThread[] = [];
  let thread: DumpedThread | undefined;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    const header = HEADER.exec(line);
    if (header) {
      thread = { ident: Number(BigInt(header[2] as string)), current: header[1] === "Current thread", frames: [], truncated: false };
      threads.push(thread);
      continue;
    }
    if (LONE.test(line)) {
      thread = { ident: null, current: true, frames: [], truncated: false };
      threads.push(thread);
      continue;
    }
    if (!thread) continue;
    const frame = FRAME.exec(line);
    if (frame) {
      thread.frames.push({ file: frame[1] ?? "???", line: frame[2] === "???" ? null : Number(frame[2]), function: frame[3] ?? "???" });
    } else if (/^\s+\.\.\.\s*$/.test(line)) thread.truncated = true;
  }
  return threads;
}

// Text the program chose (a thread's name, a line of its source) made safe for a
// terminal, a file or a page: the one sanitiser (../util/sanitize.ts).
export { safeText };

export const MAIN_THREAD = "MainThread";
// A thread pytutor did not see start (started before the probe, or by C code).
export const UNKNOWN_THREAD = "?";

type Known = { name: string; order: number };

// The name of each thread by its ident: the main thread's from `hello`, the
// others' from their start and the `run` event their thread began with (an
// ident is reused once its thread ends: the latest begin wins).
function threadNames(record: Pick<RunRecord, "events" | "mainThreadIdent">): Map<number, Known> {
  const names = new Map<number, string>();
  const byIdent = new Map<number, Known>();
  if (record.mainThreadIdent !== undefined) byIdent.set(record.mainThreadIdent, { name: MAIN_THREAD, order: 0 });
  for (const e of record.events as ProbeEvent[]) {
    if (e.event === "thread") names.set(e.n, e.name ?? UNKNOWN_THREAD);
    else if (e.event === "run" && e.phase === "begin" && e.ident !== undefined) byIdent.set(e.ident, { name: names.get(e.n) ?? UNKNOWN_THREAD, order: e.n });
  }
  return byIdent;
}

type StackRecord = Pick<RunRecord, "file" | "events" | "stacksAtTimeout" | "stackSources" | "mainThreadIdent">;

function folderOf(file: string): string {
  const at = file.lastIndexOf("/");
  return at < 0 ? "" : file.slice(0, at + 1);
}

// A record older than `stackSources` only knows the learner's folder: a file
// there that is neither pytutor's nor an installed Python's.
function guessLearnerFile(folder: string): (path: string) => boolean {
  return (path) => path.startsWith(folder) && !/(^|\/)_pytutor_\w+\.py$/.test(path) && !/\/lib\/python\d[^/]*\/|\/site-packages\//.test(path.slice(folder.length));
}

// The stacks of a record's dump in the learner's terms; [] when there is no dump.
export function learnerStacks(record: StackRecord): ThreadStack[] {
  if (!record.stacksAtTimeout) return [];
  const folder = folderOf(record.file);
  const sources = record.stackSources;
  const isLearner = sources ? (path: string) => Object.hasOwn(sources, path) : guessLearnerFile(folder);
  const names = threadNames(record);
  const dumped = parseDump(record.stacksAtTimeout).map((thread, index) => {
    const known = thread.ident === null ? undefined : names.get(thread.ident);
    const frames = thread.frames
      .filter((f) => isLearner(f.file))
      .map((f): StackFrame => {
        const source = f.line === null ? undefined : sources?.[f.file]?.[String(f.line)];
        const shown = f.file.startsWith(folder) ? f.file.slice(folder.length) : f.file;
        return {
          file: safeText(decodeDumpText(shown)),
          line: f.line ?? 0,
          function: safeText(decodeDumpText(f.function), 100),
          ...(source ? { source: safeText(source) } : {}),
        };
      });
    const name = known?.name ?? (thread.ident === null ? MAIN_THREAD : UNKNOWN_THREAD);
    return { stack: { name: safeText(name, 100), current: thread.current, frames }, order: known?.order ?? Number.MAX_SAFE_INTEGER, index };
  });
  // The main thread first, then in the order the program started them.
  dumped.sort((a, b) => a.order - b.order || a.index - b.index);
  return dumped.map((d) => d.stack);
}

export type StacksOptions = {
  // false: threads are not called by the names the program gave them (a
  // student's feedback below "full" shows nothing the program wrote itself).
  threadNames?: boolean;
  // Frames shown per thread, innermost first.
  maxFrames?: number;
};

const WORDS = {
  es: {
    thread: (name: string) => `Hilo ${name} — estaba aquí:`,
    main: "El hilo principal — estaba aquí:",
    other: (k: number | undefined) => `Otro hilo${k === undefined ? "" : ` (${k})`} — estaba aquí:`,
    unknown: "Un hilo que pytutor no vio empezar — estaba aquí:",
    at: (f: StackFrame) => `${f.file}, línea ${f.line || "?"}, en ${f.function}`,
    calledFrom: "llamado desde",
    moreFrames: (n: number) => `… y ${count(n, "llamada más", "llamadas más")}`,
    otherThreads: (n: number) => `${count(n, "hilo más", "hilos más")} sin código tuyo en la pila.`,
    noThread: (n: number) => (n === 1 ? "1 hilo, sin código tuyo en la pila." : `${n} hilos, ninguno con código tuyo en la pila.`),
  },
  en: {
    thread: (name: string) => `Thread ${name} — it was here:`,
    main: "The main thread — it was here:",
    other: (k: number | undefined) => `Another thread${k === undefined ? "" : ` (${k})`} — it was here:`,
    unknown: "A thread pytutor did not see start — it was here:",
    at: (f: StackFrame) => `${f.file}, line ${f.line || "?"}, in ${f.function}`,
    calledFrom: "called from",
    moreFrames: (n: number) => `… and ${count(n, "more call", "more calls")}`,
    otherThreads: (n: number) => `${count(n, "more thread", "more threads")} without your code on the stack.`,
    noThread: (n: number) => (n === 1 ? "1 thread, without your code on the stack." : `${n} threads, none with your code on the stack.`),
  },
};

// Lines for a terminal: each thread with the learner's code, its innermost
// frame first and the calls that led there below it; then how many threads had
// none. No lines without a dump.
export function renderStacks(stacks: ThreadStack[], lang: Lang, c: ChalkInstance, options: StacksOptions = {}): string[] {
  const w = WORDS[lang];
  const maxFrames = options.maxFrames ?? 6;
  const shown = stacks.filter((s) => s.frames.length > 0);
  const others = stacks.length - shown.length;
  const anonymous = shown.filter((s) => s.name !== MAIN_THREAD).length;
  let k = 0;
  const out: string[] = [];
  for (const stack of shown) {
    const name = safeText(stack.name, 100);
    const heading =
      options.threadNames === false
        ? name === MAIN_THREAD
          ? w.main
          : w.other(anonymous > 1 ? ++k : undefined)
        : name === UNKNOWN_THREAD
          ? w.unknown
          : w.thread(name);
    out.push(c.bold(heading));
    stack.frames.slice(0, maxFrames).forEach((frame, i) => {
      const safe = { ...frame, file: safeText(frame.file), function: safeText(frame.function, 100) };
      const source = frame.source ? `: ${c.cyan(safeText(frame.source))}` : "";
      out.push(`    ${i === 0 ? "" : `${c.dim(w.calledFrom)} `}${w.at(safe)}${source}`);
    });
    if (stack.frames.length > maxFrames) out.push(c.dim(`    ${w.moreFrames(stack.frames.length - maxFrames)}`));
  }
  if (others > 0) out.push(c.dim(shown.length > 0 ? w.otherThreads(others) : w.noThread(others)));
  return out;
}

// One line per thread with the learner's code, its innermost frame only
// («MainThread: hang.py, línea 19: hilo.join()»), for the short report; at most
// `max` lines, the rest counted.
export function briefStacks(stacks: ThreadStack[], lang: Lang, c: ChalkInstance, max: number, width = Infinity): string[] {
  const shown = stacks.filter((s) => s.frames.length > 0);
  const out: string[] = [];
  for (const stack of shown.slice(0, max)) {
    const frame = stack.frames[0] as StackFrame;
    const name = stack.name === UNKNOWN_THREAD ? "?" : safeText(stack.name, 60);
    const where = lang === "es" ? `${safeText(frame.file)}, línea ${frame.line || "?"}` : `${safeText(frame.file)}, line ${frame.line || "?"}`;
    // Cut to the width before colouring (the source line may carry a long comment).
    const head = `${name}: ${where}`;
    const source = frame.source ? cut(`: ${safeText(frame.source)}`, Math.max(8, width - displayWidth(head))) : "";
    out.push(`${c.bold(name)}: ${where}${source ? `: ${c.cyan(source.slice(2))}` : ""}`);
  }
  const rest = stacks.length - Math.min(shown.length, max);
  if (rest > 0) out.push(c.dim(lang === "es" ? `${count(rest, "hilo más", "hilos más")} (\`--detalle\` los muestra)` : `${count(rest, "more thread", "more threads")} (\`--verbose\` shows them)`));
  return out;
}

const plain = new Chalk({ level: 0 });

// The same lines without colour, for a file (a student's feedback).
export function stacksText(stacks: ThreadStack[], lang: Lang, options: StacksOptions = {}): string[] {
  return renderStacks(stacks, lang, plain, options);
}

export const STACK_THREADS = 40;
export const STACK_FRAMES = 20;

// The structured form a document keeps (results.json): at most STACK_THREADS
// threads (those with the learner's code first) of STACK_FRAMES frames each.
export function cappedStacks(stacks: ThreadStack[]): ThreadStack[] {
  const ordered = [...stacks.filter((s) => s.frames.length > 0), ...stacks.filter((s) => s.frames.length === 0)];
  return ordered.slice(0, STACK_THREADS).map((s) => ({ ...s, frames: s.frames.slice(0, STACK_FRAMES) }));
}
