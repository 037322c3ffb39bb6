// Progress of a batch on stderr: a redrawn bar with the pass, fail and error
// counts and an ETA on a terminal; one plain line per graded submission when
// stderr is not a terminal or under CI (logs keep every line).
import type { Lang } from "../i18n/lang.js";
import type { Submission } from "./types.js";
import { safeText } from "../util/sanitize.js";

const WIDTH = 24;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s` : `${s} s`;
}

export class Progress {
  private total = 0;
  private done = 0;
  private fresh = 0;
  private readonly counts = { pass: 0, fail: 0, undecided: 0, error: 0 };
  private readonly started = Date.now();
  private timer: NodeJS.Timeout | undefined;

  // The decimal mark of the reader's language: «6,67» in Spanish, as the gradebook.
  private mark(number: string): string {
    return this.lang === "es" ? number.replace(".", ",") : number;
  }

  constructor(
    private readonly lang: Lang,
    private readonly bar: boolean,
    private readonly write: (text: string) => void = (text) => process.stderr.write(text),
  ) {}

  start(total: number, alreadyDone: number): void {
    this.total = total;
    this.done = alreadyDone;
    if (alreadyDone > 0) {
      this.write(this.lang === "es" ? `${alreadyDone} de ${total} ya estaban corregidas (diario); sigo con el resto.\n` : `${alreadyDone} of ${total} were already graded (journal); going on with the rest.\n`);
    }
    if (this.bar) {
      this.timer = setInterval(() => this.draw(), 250);
      this.timer.unref();
      this.draw();
    }
  }

  result(s: Submission): void {
    this.done++;
    this.fresh++;
    this.counts[s.status]++;
    if (this.bar) this.draw();
    else {
      const mark = s.status === "pass" ? "✓" : s.status === "fail" ? "✗" : s.status === "undecided" ? "?" : "!";
      this.write(`[${this.done}/${this.total}] ${mark} ${safeText(s.student, 100)} · ${s.exercise} · ${this.mark((s.score * 10).toFixed(2))}\n`);
    }
  }

  private draw(): void {
    const ratio = this.total ? this.done / this.total : 1;
    const filled = Math.round(ratio * WIDTH);
    const elapsed = (Date.now() - this.started) / 1000;
    const eta = this.fresh > 0 ? (elapsed / this.fresh) * (this.total - this.done) : Number.NaN;
    const { pass, fail, undecided, error } = this.counts;
    const label = this.lang === "es" ? `quedan ${duration(eta)}` : `${duration(eta)} left`;
    this.write(`\r\x1b[K[${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${this.done}/${this.total} ✓ ${pass} ✗ ${fail} ? ${undecided} ! ${error} · ${label}`);
  }

  finish(): void {
    clearInterval(this.timer);
    if (this.bar) this.write("\r\x1b[K");
  }
}
