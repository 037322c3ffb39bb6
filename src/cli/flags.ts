// Command-line values parsed into what the core takes (seconds, limits, counts).
import { both } from "../i18n/lang.js";
import type { RunLimits } from "../runner/run.js";
import { PytutorError } from "../errors.js";
import { detectIsolation, type Isolation } from "../runner/sandbox.js";

export function parseSeconds(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 3600) {
    throw new PytutorError(
      both(`--timeout necesita un número de segundos entre 0 y 3600, no «${value}».`, `--timeout needs a number of seconds between 0 and 3600, not «${value}».`),
    );
  }
  return n;
}

const LIMIT_NAMES = {
  cpu: "cpuSeconds",
  memory: "memoryMb",
  processes: "processes",
  "file-size": "fileSizeMb",
  "open-files": "openFiles",
} as const;

// --limit cpu=10 --limit memory=256 …: overrides of the exercise's limits.
export function parseLimits(entries: string[] | undefined): Partial<RunLimits> {
  const limits: Partial<RunLimits> = {};
  for (const entry of entries ?? []) {
    const [name = "", text = ""] = entry.split("=", 2);
    const key = (LIMIT_NAMES as Record<string, keyof RunLimits>)[name.trim()];
    const value = Number(text);
    if (!key || !Number.isFinite(value) || value <= 0 || (key !== "cpuSeconds" && !Number.isInteger(value)) || (key === "openFiles" && value < 16)) {
      throw new PytutorError(
        both(
          `--limit necesita «nombre=valor» con un valor positivo; nombres: ${Object.keys(LIMIT_NAMES).join(", ")} (cpu en segundos, memory y file-size en MB). No «${entry}».`,
          `--limit needs «name=value» with a positive value; names: ${Object.keys(LIMIT_NAMES).join(", ")} (cpu in seconds, memory and file-size in MB). Not «${entry}».`,
        ),
      );
    }
    limits[key] = value;
  }
  return limits;
}

// `check --sandbox`: the isolation, or a clear refusal where there is none.
export function requireSandbox(): Extract<Isolation, { mode: "sandbox" }> {
  const isolation = detectIsolation();
  if (isolation.mode === "sandbox") return isolation;
  throw new PytutorError(both(`--sandbox no es posible: ${isolation.reason.es}.`, `--sandbox is not possible: ${isolation.reason.en}.`));
}

// A whole number from 1 to max for a flag, or the fallback when it is absent.
export function positiveInt(value: string | undefined, flag: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new PytutorError(both(`${flag} necesita un entero entre 1 y ${max}, no «${value}».`, `${flag} needs a whole number from 1 to ${max}, not «${value}».`));
  }
  return n;
}
