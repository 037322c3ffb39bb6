// The `check --json` document (DESIGN.md's contract, plus details).
import type { Lang } from "../i18n/lang.js";
import type { CheckOutcome } from "../attempt/types.js";
import { capTimeline, timelineOf } from "./timeline-model.js";
import { cappedStacks, learnerStacks } from "./stacks.js";

// What `--timeline` adds to the document: lanes with times in seconds.
export const JSON_TIMELINE_LANES = 200;
export const JSON_TIMELINE_SPANS = 500;

export function timelineJson(outcome: CheckOutcome) {
  const timeline = timelineOf(outcome.record);
  const { lanes, omitted } = capTimeline(timeline, JSON_TIMELINE_LANES, JSON_TIMELINE_SPANS);
  return {
    seconds: Math.round(timeline.duration * 1000) / 1000,
    lanes: lanes.map((l) => ({ kind: l.kind, name: l.name, spans: l.spans, sleeps: l.sleeps, waits: l.waits, endKnown: l.endKnown })),
    lanesOmitted: omitted,
    marks: timeline.marks.map((m) => ({ line: m.line, t: Math.round(m.t * 1000) / 1000 })),
  };
}

function capabilitiesField(record: CheckOutcome["record"], lang: Lang) {
  const caps = record.capabilities;
  if (!caps) return {};
  const { why, ...flags } = caps;
  const missing = Object.fromEntries(Object.entries(why ?? {}).map(([key, text]) => [key, text[lang]]));
  return { capabilities: { ...flags, ...(Object.keys(missing).length ? { missing } : {}) } };
}

function stacksField(record: CheckOutcome["record"]) {
  const stacks = cappedStacks(learnerStacks(record));
  return stacks.length > 0 ? { stacks } : {};
}

export function checkJson(outcome: CheckOutcome, lang: Lang, options: { timeline?: boolean } = {}) {
  const { exercise, record, result } = outcome;
  const exception = record.events.find((e) => e.event === "exception");
  return {
    exercise: exercise.spec.id,
    alias: exercise.spec.alias,
    file: outcome.file,
    lang,
    // pass, fail or undecided: the same word every report uses.
    verdict: result.verdict,
    passed: result.passed,
    score: result.score,
    points: result.points,
    checks: result.checks.map((r) => ({
      id: r.id,
      type: r.type,
      status: r.status,
      ...(r.advice ? { advice: true } : {}),
      message:
        r.status === "pass" ? r.title[lang] : r.actual ? `${r.title[lang]}: ${r.actual[lang]}` : r.reason ? `${r.title[lang]}: ${r.reason[lang]}` : r.title[lang],
      ...(r.reason ? { reason: r.reason[lang] } : {}),
      ...(r.skip ? { skip: r.skip } : {}),
      title: r.title[lang],
      ...(r.expected ? { expected: r.expected[lang] } : {}),
      ...(r.actual ? { actual: r.actual[lang] } : {}),
      ...(r.hint ? { hint: r.hint[lang] } : {}),
      points: r.points,
      earned: r.earned,
      ...(r.lines ? { lines: r.lines } : {}),
    })),
    notes: result.notes.map((n) => ({ kind: n.kind, message: n.text[lang], ...(n.lines ? { lines: n.lines } : {}) })),
    run: {
      exitCode: record.exitCode,
      signal: record.signal,
      wallMs: Math.round(record.wallSeconds * 1000),
      programMs: Math.round(record.programSeconds * 1000),
      cpuMs: record.cpuSeconds === null ? null : Math.round(record.cpuSeconds * 1000),
      timedOut: record.timedOut,
      outputCapped: record.outputCapped,
      attempts: outcome.attempts,
      probe: record.probe.state,
      ...(record.limit ? { limit: record.limit } : {}),
      ...(record.tampered ? { tampered: record.tampered } : {}),
      // A hung program: where each thread was, in the learner's terms (as grade's results.json).
      ...stacksField(record),
      // What this system could measure and enforce for the run, and why not where it could not.
      ...capabilitiesField(record, lang),
    },
    python: {
      executable: outcome.python.executable,
      version: outcome.python.version,
      freeThreaded: outcome.python.freeThreaded,
    },
    output: record.stdout.map((l) => ({
      text: l.text,
      t: Math.round(l.t * 1000) / 1000,
      ...(l.writer ? { writer: l.writer } : {}),
      ...(l.mixed ? { mixed: true } : {}),
    })),
    stderr: record.stderr,
    ...(exception && exception.event === "exception"
      ? { exception: { type: exception.type, message: exception.message, traceback: exception.traceback } }
      : {}),
    ...(options.timeline ? { timeline: timelineJson(outcome) } : {}),
    // An exercise with `cases`: each run, in order (`output` above is the shown one's).
    ...(outcome.cases
      ? {
          shownCase: outcome.shownCase,
          cases: outcome.cases.map((c) => ({
            id: c.id,
            title: c.title[lang],
            verdict: c.result.verdict,
            ...(c.input !== undefined ? { input: c.input } : {}),
            args: c.args,
            run: { exitCode: c.record.exitCode, signal: c.record.signal, wallMs: Math.round(c.record.wallSeconds * 1000), timedOut: c.record.timedOut, attempts: c.attempts },
            output: c.record.stdout.map((l) => l.text),
          })),
        }
      : {}),
  };
}
