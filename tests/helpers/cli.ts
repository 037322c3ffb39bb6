// Spawns the built CLI (bin/pytutor.js → dist/) as a user would.
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "..", "..");
export const BIN = join(ROOT, "bin", "pytutor.js");
export const FIXTURES = join(ROOT, "fixtures");
export const EXERCISES = join(ROOT, "exercises");

export type CliResult = { code: number; stdout: string; stderr: string };

// A private cache per test process, so tests never share or pollute the user's.
const cacheDir = mkdtempSync(join(tmpdir(), "pytutor-test-cache-"));

export function pytutor(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {}): Promise<CliResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: options.cwd ?? ROOT,
        env: { ...process.env, NO_COLOR: "1", LANG: "es_ES.UTF-8", PYTUTOR_CACHE_DIR: cacheDir, ...options.env },
        timeout: options.timeoutMs ?? 90_000,
        maxBuffer: 64 * 1024 * 1024,
        encoding: "utf8",
      },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === "number" ? error.code : error ? -1 : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

export type CheckJson = {
  exercise: string;
  verdict: "pass" | "fail" | "undecided";
  passed: boolean;
  score: number;
  checks: Array<{ id: string; status: "pass" | "fail" | "undecided" | "skipped"; skip?: "not-applicable" | "cannot-measure" | "incomplete"; advice?: boolean; message: string }>;
  notes: Array<{ kind: string; message: string }>;
  run: { exitCode: number | null; wallMs: number; cpuMs: number | null; timedOut: boolean; outputCapped: boolean; attempts: number; probe: string };
  output: Array<{ text: string; t: number; writer?: { thread?: number; task?: number; job?: number; pid?: number }; mixed?: boolean }>;
};

export async function checkJson(exercise: string, file: string, python: string, extra: string[] = []): Promise<{ result: CliResult; doc: CheckJson }> {
  const result = await pytutor(["check", exercise, file, "--json", "--python", python, ...extra]);
  let doc: CheckJson;
  try {
    doc = JSON.parse(result.stdout) as CheckJson;
  } catch {
    throw new Error(`not JSON (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  }
  return { result, doc };
}
