// The run's pipes: stdout split into stamped lines, stderr, the probe's channel
// parsed as it arrives, one output cap over all of them, and the token written
// to the probe. It reads; what the bytes mean is interpret.ts's.
import type { RunChild } from "./launch.js";
import { LineCollector, decodeUtf8 } from "./lines.js";
import type { ParsedReport, ProbeEvent, ReportParser } from "./probe-events.js";

const REPORT_LIMIT = 16 * 1024 * 1024;

export function nowSeconds(): number {
  return Number(process.hrtime.bigint()) / 1e9;
}

export type Plumbed = {
  report: ParsedReport;
  reportTruncated: boolean;
  rawLines: Array<{ text: string; at: number }>;
  rawEndsWithoutNewline: boolean;
  outputCapped: boolean;
  stderr: string;
  stderrInvalid: boolean;
  stdoutInvalid: boolean;
};

// The probe-event validator, loaded once the program is starting: its first
// line comes tens of milliseconds later, and a check's start-up is the time
// before its program starts.
let validator: Promise<typeof import("./probe-events.js")> | undefined;
const loadValidator = () => (validator ??= import("./probe-events.js"));

export class RunPipes {
  private readonly stdout = new LineCollector();
  private readonly stderrChunks: Buffer[] = [];
  private report: ReportParser | undefined;
  // The channel's text that came before the validator was loaded.
  private early: string[] = [];
  private readonly decoder = new TextDecoder("utf-8", { fatal: false });
  private outputBytes = 0;
  private reportBytes = 0;
  outputCapped = false;
  // Resolves when the probe's channel is read to its end.
  readonly channelEnded: Promise<void>;
  // Resolves when the validator is loaded (and what came before it, parsed): before finish().
  readonly ready: Promise<void>;

  constructor(
    child: RunChild,
    token: string,
    private readonly outputLimit: number,
    // Called once when the output cap is reached: the run must stop.
    private readonly onCapped: () => void,
    private readonly onEvents?: (events: ProbeEvent[]) => void,
  ) {
    this.ready = loadValidator().then(({ ReportParser }) => {
      this.report = new ReportParser(token);
      const early = this.early.join("");
      this.early = [];
      if (early) this.events(this.report.push(early));
    });
    const tokenPipe = child.stdio[4] as unknown as NodeJS.WritableStream | undefined;
    tokenPipe?.on("error", () => {});
    tokenPipe?.end(token);
    child.stdout?.on("data", (chunk: Buffer) => {
      if (this.outputCapped) return;
      this.stdout.push(chunk.subarray(0, this.room()), nowSeconds());
      this.account(chunk.length);
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      if (this.outputCapped) return;
      this.stderrChunks.push(chunk.subarray(0, this.room()));
      this.account(chunk.length);
    });
    const channel = child.stdio[3];
    this.channelEnded = new Promise<void>((done) => {
      if (!channel) return done();
      channel.once("end", () => done());
      channel.once("close", () => done());
      channel.once("error", () => done());
    });
    channel?.on("data", (chunk: Buffer) => {
      this.reportBytes += chunk.length;
      if (this.reportBytes > REPORT_LIMIT) return;
      const text = this.decoder.decode(chunk, { stream: true });
      if (this.report) this.events(this.report.push(text));
      else this.early.push(text);
    });
  }

  private room(): number {
    return Math.max(0, this.outputLimit - this.outputBytes);
  }

  private cap(): void {
    if (this.outputCapped) return;
    this.outputCapped = true;
    this.onCapped();
  }

  private account(n: number): void {
    this.outputBytes += n;
    if (this.outputBytes > this.outputLimit) this.cap();
  }

  private events(added: ProbeEvent[]): void {
    for (const e of added) {
      if (e.event === "o") this.account(Buffer.byteLength(e.s));
      else if (e.event === "o-cap") this.cap();
    }
    if (added.length) this.onEvents?.(added);
  }

  // Everything read, once the run is over and `ready` resolved; `line` maps
  // each stdout line (CR on Windows).
  finish(line: (text: string) => string): Plumbed {
    if (!this.report) throw new Error("RunPipes.finish() before ready");
    this.stdout.finish(nowSeconds());
    if (this.reportBytes <= REPORT_LIMIT) this.events(this.report.push(this.decoder.decode()));
    const stderr = decodeUtf8(Buffer.concat(this.stderrChunks));
    return {
      report: this.report.finish(),
      reportTruncated: this.reportBytes > REPORT_LIMIT,
      rawLines: this.stdout.lines.map((l) => ({ text: line(l.text), at: l.t })),
      rawEndsWithoutNewline: this.stdout.endsWithoutNewline,
      outputCapped: this.outputCapped,
      stderr: stderr.text,
      stderrInvalid: stderr.invalid,
      stdoutInvalid: this.stdout.invalidUtf8,
    };
  }
}
