// A sign of life while the learner's program runs, on a terminal: each line
// of its output as it is printed, with the second it appeared (the program's
// own clock, as in the report), and under them a status line with a running
// clock and the limit («ejecutando ejercicio2.py… 3 s de 20 s»), rewritten in
// place. Only for a terminal: piped output and --json never see it.
import type { ChalkInstance } from "chalk";
import type { Lang } from "../i18n/lang.js";
import type { ProbeEvent } from "../runner/probe-events.js";
import { visible } from "../util/sanitize.js";
import { keyLines, markersIn, type Marker } from "./output-key.js";
import { cut } from "./wrap.js";

// Past this many lines the rest is counted, not shown: a flood would bury the
// report (which summarises it) and slow the terminal down.
export const LIVE_MAX_LINES = 200;
const TICK_MS = 250;

export type LiveOptions = {
  lang: Lang;
  c: ChalkInstance;
  width: () => number;
  file: string;
  timeoutSeconds: number;
  write: (text: string) => void;
};

export class LiveOutput {
  private lines = 0;
  private readonly partial = new Map<string, { t: number; text: string }>();
  private readonly markers = new Set<Marker>();
  private status = false;
  private drawn = "";
  private started = Date.now();
  private timer: NodeJS.Timeout | undefined;
  private attempt = 1;
  private hidden = 0;
  private timeout: number;

  constructor(private readonly o: LiveOptions) {
    this.timeout = o.timeoutSeconds;
  }

  // An exercise with several runs (cases): the next one begins, under its own
  // heading, counted anew, with its own time limit.
  section(heading: string, timeoutSeconds: number): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.flushPartial();
    this.attempt = 1;
    this.lines = 0;
    this.hidden = 0;
    this.timeout = timeoutSeconds;
    this.print([this.o.c.bold(cut(heading, this.o.width() - 1))]);
  }

  start(): void {
    this.started = Date.now();
    this.drawStatus();
    this.timer = setInterval(() => this.drawStatus(), TICK_MS);
    this.timer.unref();
  }

  // The machine starved the run and it goes again: say so, and count anew.
  restart(attempt: number): void {
    this.flushPartial();
    this.attempt = attempt;
    this.lines = 0;
    this.hidden = 0;
    this.started = Date.now();
    const text =
      this.o.lang === "es"
        ? `— otra vez (${attempt}.ª): la máquina estaba tan cargada que los tiempos no decidían —`
        : `— once more (run ${attempt}): the machine was so loaded that timing could not decide —`;
    this.print([this.o.c.dim(cut(text, this.o.width() - 1))]);
  }

  onEvents(events: readonly ProbeEvent[]): void {
    const out: string[] = [];
    for (const e of events) {
      if (e.event !== "o") continue;
      const writer = `${e.pid ?? ""}:${e.th ?? 0}`;
      const pending = this.partial.get(writer);
      let text = (pending?.text ?? "") + e.s;
      const t = pending?.t ?? e.t;
      let at = t;
      for (;;) {
        const nl = text.indexOf("\n");
        if (nl < 0) break;
        out.push(...this.line(text.slice(0, nl), at));
        text = text.slice(nl + 1);
        at = e.t;
      }
      if (text) this.partial.set(writer, { t: at, text });
      else this.partial.delete(writer);
    }
    if (out.length) this.print(out);
  }

  // The run ended: what was left without a newline, the count of lines not
  // shown, the key of the symbols used; the status line goes away.
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.flushPartial();
    const out: string[] = [];
    if (this.hidden > 0) {
      out.push(this.o.c.dim(this.o.lang === "es" ? `      … y ${this.hidden} líneas más (el informe las resume)` : `      … and ${this.hidden} more lines (the report sums them up)`));
    }
    out.push(...keyLines(this.markers, this.o.lang, this.o.width()).map((l) => this.o.c.dim(l)));
    if (out.length) this.print(out);
    this.clearStatus();
  }

  // Someone else is about to write on the terminal (a key's answer): the
  // status line steps aside and comes back at the next tick.
  interrupt(): void {
    this.clearStatus();
  }

  get shownLines(): number {
    return this.lines;
  }

  private flushPartial(): void {
    const out: string[] = [];
    for (const { t, text } of this.partial.values()) out.push(...this.line(text, t));
    this.partial.clear();
    if (out.length) this.print(out);
  }

  private line(text: string, t: number): string[] {
    this.lines++;
    if (this.lines > LIVE_MAX_LINES) {
      this.hidden++;
      return [];
    }
    markersIn(text, this.markers);
    const shown = visible(text.length > 300 ? `${text.slice(0, 300)}…` : text);
    return [` ${this.o.c.dim(String(this.lines).padStart(4))} ${this.o.c.dim(`${Math.max(0, t).toFixed(2).padStart(6)}s`)}  ${shown}`];
  }

  private print(lines: string[]): void {
    this.clearStatus();
    this.o.write(`${lines.join("\n")}\n`);
    this.drawStatus();
  }

  private clearStatus(): void {
    if (this.status) this.o.write("\r\u001b[K");
    this.status = false;
  }

  private drawStatus(): void {
    const seconds = Math.floor((Date.now() - this.started) / 1000);
    const lines = this.lines === 0 ? "" : this.o.lang === "es" ? ` · ${this.lines} ${this.lines === 1 ? "línea" : "líneas"}` : ` · ${this.lines} ${this.lines === 1 ? "line" : "lines"}`;
    const again = this.attempt > 1 ? (this.o.lang === "es" ? ` (${this.attempt}.ª vez)` : ` (run ${this.attempt})`) : "";
    const text =
      this.o.lang === "es"
        ? `ejecutando ${this.o.file}${again}… ${seconds} s de ${this.timeout} s${lines}`
        : `running ${this.o.file}${again}… ${seconds} s of ${this.timeout} s${lines}`;
    const line = this.o.c.dim(cut(text, this.o.width() - 1));
    if (this.status && line === this.drawn) return;
    if (this.status) this.o.write("\r\u001b[K");
    this.o.write(line);
    this.drawn = line;
    this.status = true;
  }
}
