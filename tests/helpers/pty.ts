// A conversation with the built CLI on a pseudo-terminal, through
// tests/helpers/pty-drive.py in relay mode: wait until the screen shows a
// text, type keys, change files in between, and read the exit code.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BIN, ROOT } from "./cli.js";

const DRIVER = join(ROOT, "tests", "helpers", "pty-drive.py");

export const KEY = { enter: "\r", down: "\u001b[B", up: "\u001b[A", ctrlC: "\u0003" } as const;

// The text a person would read: escape sequences (colours, cursor moves) removed.
export function plain(raw: string): string {
  return raw
    .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, "")
    .replace(/\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)/g, "")
    .replace(/\u001b[()][0-9A-Za-z]/g, "")
    .replace(/\u001b[=>78]/g, "")
    .replace(/\r/g, "");
}

export type PtyOptions = { cwd: string; env?: NodeJS.ProcessEnv; cols?: number; rows?: number; timeoutS?: number; python?: string };

export class PtySession {
  raw = "";
  readonly exited: Promise<number>;
  private readonly child: ChildProcess;
  private waiters = new Set<() => void>();

  // Runs `command` (by default the CLI with `args`) on a terminal of cols × rows.
  constructor(args: string[], options: PtyOptions & { command?: string[] }) {
    const command = options.command ?? [process.execPath, BIN, ...args];
    const env: NodeJS.ProcessEnv = { ...process.env, TERM: "xterm-256color", LANG: "es_ES.UTF-8", ...options.env };
    // The menu is only for a person: never on CI, so the tests say they are not.
    delete env.CI;
    if (options.env?.CI !== undefined) env.CI = options.env.CI;
    this.child = spawn(
      options.python ?? "python3",
      [DRIVER, "--relay", "--cols", String(options.cols ?? 100), "--rows", String(options.rows ?? 40), "--timeout", String(options.timeoutS ?? 90), options.cwd, ...command],
      { env, stdio: ["pipe", "pipe", "pipe"] },
    );
    this.child.stdout?.on("data", (chunk: Buffer) => {
      this.raw += chunk.toString("utf8");
      for (const wake of this.waiters) wake();
    });
    this.child.stderr?.on("data", (chunk: Buffer) => {
      this.raw += chunk.toString("utf8");
    });
    this.exited = new Promise((done) => this.child.on("exit", (code, signal) => done(code ?? (signal ? 128 : -1))));
    void this.exited.then(() => {
      for (const wake of this.waiters) wake();
    });
  }

  // The screen's text so far (or since `from`, a value of mark()).
  text(from = 0): string {
    return plain(this.raw.slice(from));
  }

  mark(): number {
    return this.raw.length;
  }

  // Resolves once the text since `from` matches; fails after timeoutMs with what was seen.
  async waitFor(what: string | RegExp, from = 0, timeoutMs = 30_000): Promise<string> {
    const matches = () => {
      const seen = this.text(from);
      return typeof what === "string" ? seen.includes(what) : what.test(seen);
    };
    if (matches()) return this.text(from);
    let exited = false;
    void this.exited.then(() => (exited = true));
    await new Promise<void>((done, fail) => {
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        fail(new Error(`timed out waiting for ${String(what)}; the screen showed:\n${this.text(from).slice(-3000)}`));
      }, timeoutMs);
      const check = () => {
        if (matches()) {
          clearTimeout(timer);
          this.waiters.delete(check);
          done();
        } else if (exited) {
          clearTimeout(timer);
          this.waiters.delete(check);
          fail(new Error(`the program ended before showing ${String(what)}; the screen showed:\n${this.text(from).slice(-3000)}`));
        }
      };
      this.waiters.add(check);
      void this.exited.then(() => setTimeout(check, 50));
    });
    return this.text(from);
  }

  type(keys: string): void {
    this.child.stdin?.write(keys);
  }

  // Types keys one at a time, letting the program redraw between them.
  async press(...keys: string[]): Promise<void> {
    for (const key of keys) {
      this.type(key);
      await new Promise((done) => setTimeout(done, 60));
    }
  }

  kill(): void {
    this.child.kill("SIGKILL");
  }

  // With PYTUTOR_TEST_SCREENS=DIR, keeps what the screen showed as DIR/NAME.txt (to look at).
  keep(name: string): void {
    const dir = process.env.PYTUTOR_TEST_SCREENS;
    if (!dir) return;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.txt`), this.text());
  }
}

export function pty(args: string[], options: PtyOptions & { command?: string[] }): PtySession {
  return new PtySession(args, options);
}
