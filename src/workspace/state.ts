// The learner's progress (`.pytutor/state.json`): its format, its defaults,
// and the migrations from older formats. Pure: no file system here.
import { STATE_FORMAT, StateSchema, type Progress, type State } from "./state-schema.js";
import pkg from "../../package.json" with { type: "json" };
import { both, type Lang, type Text } from "../i18n/lang.js";

export const PYTUTOR_VERSION: string = pkg.version;

export { STATE_FORMAT, type Progress, type State } from "./state-schema.js";

export function newProgress(): Progress {
  return { status: "pending", hintsUsed: 0, attempts: 0, passedAt: null, lastCheckedAt: null, lastScore: null };
}

export function freshState(lang: Lang, ids: string[] = [], now: Date = new Date()): State {
  return {
    format: STATE_FORMAT,
    pytutorVersion: PYTUTOR_VERSION,
    lang,
    createdAt: now.toISOString(),
    current: null,
    exercises: Object.fromEntries(ids.map((id) => [id, newProgress()])),
  };
}

// An exercise's progress, without changing the state.
export function progressOf(state: State, id: string): Progress {
  return state.exercises[id] ?? newProgress();
}

// An exercise's progress, added to the state if missing, to be changed in place.
export function entryFor(state: State, id: string): Progress {
  const found = state.exercises[id];
  if (found) return found;
  const entry = newProgress();
  state.exercises[id] = entry;
  return entry;
}

// The exercise the learner is on: `current` when it is still in the catalogue,
// otherwise the first pending one; undefined when all are done and none is current.
export function effectiveCurrent(state: State, ids: string[]): string | undefined {
  if (state.current && ids.includes(state.current)) return state.current;
  return ids.find((id) => progressOf(state, id).status !== "done");
}

// The next pending exercise after `current`, wrapping round to the first pending one.
export function nextPending(state: State, ids: string[]): string | undefined {
  const pending = (id: string) => progressOf(state, id).status !== "done";
  const at = state.current ? ids.indexOf(state.current) : -1;
  if (at < 0) return ids.find(pending);
  return ids.slice(at + 1).find(pending) ?? ids.slice(0, at + 1).find(pending);
}

export function countDone(state: State, ids: string[]): number {
  return ids.filter((id) => progressOf(state, id).status === "done").length;
}

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw => typeof value === "object" && value !== null && !Array.isArray(value);

// Format 0: a state without a `format` field (written by hand or by a
// development build). Missing fields get their defaults; the rest is validated.
function fromFormat0(raw: Raw): Raw {
  const exercises = isObject(raw.exercises) ? raw.exercises : {};
  return {
    format: 1,
    pytutorVersion: typeof raw.pytutorVersion === "string" ? raw.pytutorVersion : "0",
    lang: raw.lang === "en" ? "en" : "es",
    createdAt: typeof raw.createdAt === "string" ? raw.createdAt : new Date().toISOString(),
    current: typeof raw.current === "string" ? raw.current : null,
    exercises: Object.fromEntries(Object.entries(exercises).map(([id, entry]) => [id, { ...newProgress(), ...(isObject(entry) ? entry : {}) }])),
  };
}

// MIGRATIONS[n] turns format n into format n + 1.
export const MIGRATIONS: Record<number, (raw: Raw) => Raw> = { 0: fromFormat0 };

export type ParsedState =
  | { kind: "ok"; state: State; migratedFrom?: number }
  | { kind: "corrupt"; reason: Text }
  | { kind: "newer"; format: number; version: string | undefined };

export function parseState(text: string, migrations: Record<number, (raw: Raw) => Raw> = MIGRATIONS): ParsedState {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    return { kind: "corrupt", reason: both(`no es JSON válido: ${message}`, `it is not valid JSON: ${message}`) };
  }
  if (!isObject(raw)) return { kind: "corrupt", reason: both("no es un objeto JSON", "it is not a JSON object") };
  const declared: unknown = raw.format === undefined ? 0 : raw.format;
  if (typeof declared !== "number" || !Number.isInteger(declared) || declared < 0) {
    return { kind: "corrupt", reason: both(`el campo \`format\` no es válido (${JSON.stringify(raw.format)})`, `the \`format\` field is not valid (${JSON.stringify(raw.format)})`) };
  }
  let format: number = declared;
  if (format > STATE_FORMAT) {
    return { kind: "newer", format, version: typeof raw.pytutorVersion === "string" ? raw.pytutorVersion : undefined };
  }
  const from = format;
  let current: Raw = raw;
  while (format < STATE_FORMAT) {
    const step = migrations[format];
    if (!step) return { kind: "corrupt", reason: both(`no sé migrar el formato ${format}`, `no migration from format ${format}`) };
    current = step(current);
    const next: unknown = current.format;
    if (typeof next !== "number" || next <= format) {
      return { kind: "corrupt", reason: both(`la migración del formato ${format} falló`, `the migration from format ${format} failed`) };
    }
    format = next;
  }
  const parsed = StateSchema.safeParse(current);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.map(String).join(".") : "";
    const message = issue?.message ?? "invalid";
    return {
      kind: "corrupt",
      reason: both(where ? `campo \`${where}\`: ${message}` : `no tiene la forma esperada: ${message}`, where ? `field \`${where}\`: ${message}` : `it does not have the expected shape: ${message}`),
    };
  }
  return from === STATE_FORMAT ? { kind: "ok", state: parsed.data } : { kind: "ok", state: parsed.data, migratedFrom: from };
}

export function serializeState(state: State): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}
