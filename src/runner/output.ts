// The program's output as lines, each with who wrote it and when, from the
// probe's output events (text written through sys.stdout, attributed in the
// program) and the raw bytes of file descriptor 1 (a subprocess, a spawned
// child, os.write: the writer is unknown and the time is when pytutor read it).
// Pure: no I/O.
import type { EventOf } from "./probe-events.js";

// Who wrote a line: a thread (0 is the main thread), the asyncio task and pool
// job it was running, the job whose result that thread took last (`about`), and
// the process when a forked child wrote it.
export type Writer = { thread: number; task?: number; job?: number; about?: number; pid?: number; finalizer?: number };

export type OutputLine = {
  // The line as printed, without its newline.
  text: string;
  // Seconds on the program's clock (from the moment its code started) when the
  // line was complete.
  t: number;
  // Absent when the probe could not see the writer (raw stdout).
  writer?: Writer;
  // In the real stream another writer's text landed inside this line: what the
  // program's terminal showed was garbled; the line here is the writer's own.
  mixed?: boolean;
  // "probe": attributed and timed in the program; "stdout": read from fd 1.
  source: "probe" | "stdout";
};

type Pending = { text: string; writer: Writer; mixed: boolean; t: number };

function writerOf(e: EventOf<"o">): Writer {
  const writer: Writer = { thread: e.th ?? 0 };
  if (e.tk !== undefined && e.tk !== null) writer.task = e.tk;
  if (e.jb !== undefined && e.jb !== null) writer.job = e.jb;
  if (e.ab !== undefined) writer.about = e.ab;
  if (e.fz !== undefined) writer.finalizer = e.fz;
  if (e.pid !== undefined) writer.pid = e.pid;
  return writer;
}

function keyOf(w: Writer): string {
  return `${w.pid ?? ""}/${w.thread}/${w.task ?? ""}/${w.job ?? ""}`;
}

export class OutputAssembler {
  private readonly probeLines: OutputLine[] = [];
  private readonly rawLines: OutputLine[] = [];
  private readonly pending = new Map<string, Pending>();
  // Set when some writer's last line had no newline at the end of the run.
  endsWithoutNewline = false;

  // One output event: complete its writer's pending line, add whole lines.
  pushProbe(e: EventOf<"o">): void {
    const writer = writerOf(e);
    const key = keyOf(writer);
    const before = this.pending.get(key);
    let text = (before?.text ?? "") + e.s;
    let mixed = (before?.mixed ?? false) || e.m === 1;
    let cut = text.indexOf("\n");
    while (cut >= 0) {
      this.probeLines.push({ text: text.slice(0, cut), t: e.t, writer, ...(mixed ? { mixed: true } : {}), source: "probe" });
      text = text.slice(cut + 1);
      mixed = false;
      cut = text.indexOf("\n");
    }
    if (text) this.pending.set(key, { text, writer, mixed, t: e.t });
    else this.pending.delete(key);
  }

  pushRaw(line: { text: string; t: number }): void {
    this.rawLines.push({ text: line.text, t: line.t, source: "stdout" });
  }

  // Every line, in the order they were written: the program's own lines by
  // their time, raw lines placed among them by the time they were read.
  finish(): OutputLine[] {
    for (const p of this.pending.values()) {
      this.probeLines.push({ text: p.text, t: p.t, writer: p.writer, ...(p.mixed ? { mixed: true } : {}), source: "probe" });
      this.endsWithoutNewline = true;
    }
    this.pending.clear();
    const probe = stableSortByTime(this.probeLines);
    if (this.rawLines.length === 0) return probe;
    const merged: OutputLine[] = [];
    let j = 0;
    for (const line of probe) {
      while (j < this.rawLines.length && (this.rawLines[j] as OutputLine).t < line.t) merged.push(this.rawLines[j++] as OutputLine);
      merged.push(line);
    }
    while (j < this.rawLines.length) merged.push(this.rawLines[j++] as OutputLine);
    return merged;
  }
}

function stableSortByTime(lines: OutputLine[]): OutputLine[] {
  // Already in order almost always: two threads' events can cross on the
  // channel by a few microseconds.
  let sorted = true;
  for (let i = 1; i < lines.length && sorted; i++) if ((lines[i] as OutputLine).t < (lines[i - 1] as OutputLine).t) sorted = false;
  if (sorted) return lines;
  return lines.map((line, i) => ({ line, i })).sort((a, b) => a.line.t - b.line.t || a.i - b.i).map((x) => x.line);
}
