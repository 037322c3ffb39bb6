// What `merge` and `--resume` read back (results.json, journal lines) is input
// like any other: validated before it is trusted.
import { z } from "zod";
import { RESULTS_FORMAT, TIMELINE_LANES, TIMELINE_NAME_CHARS, TIMELINE_SPANS } from "./types.js";
import { STACK_FRAMES, STACK_THREADS } from "../report/stacks.js";

const Text = z.object({ es: z.string(), en: z.string() });
const CheckStatus = z.enum(["pass", "fail", "undecided", "skipped"]);
const SubmissionStatus = z.enum(["pass", "fail", "undecided", "error"]);
const Spans = z
  .array(z.tuple([z.number(), z.number()]).refine(([a, b]) => a <= b, "a span ends before it begins"))
  .max(TIMELINE_SPANS);
const Timeline = z.object({
  lanes: z
    .array(z.object({ kind: z.enum(["thread", "process", "task", "sleep"]), name: z.string().max(TIMELINE_NAME_CHARS), spans: Spans, sleeps: Spans.optional(), waits: Spans.optional() }))
    .max(TIMELINE_LANES),
  omitted: z.number().int().nonnegative().optional(),
});
const Stacks = z
  .array(
    z.object({
      name: z.string().max(1000),
      current: z.boolean(),
      frames: z
        .array(z.object({ file: z.string().max(1000), line: z.number().int().nonnegative(), function: z.string().max(1000), source: z.string().max(1000).optional() }))
        .max(STACK_FRAMES),
    }),
  )
  .max(STACK_THREADS);

export const SubmissionSchema = z.object({
  key: z.string(),
  student: z.string(),
  studentId: z.string().optional(),
  exercise: z.string(),
  file: z.string(),
  sha256: z.string(),
  status: SubmissionStatus,
  passed: z.boolean(),
  score: z.number().min(0).max(1),
  points: z.object({ earned: z.number(), total: z.number() }),
  checks: z.array(
    z.object({
      id: z.string(),
      status: CheckStatus,
      advice: z.boolean().optional(),
      reason: Text.optional(),
      skip: z.enum(["not-applicable", "cannot-measure", "incomplete"]).optional(),
      points: z.number(),
      earned: z.number(),
      title: Text,
      expected: Text.optional(),
      actual: Text.optional(),
      hint: Text.optional(),
      lines: z.array(z.number()).optional(),
    }),
  ),
  notes: z.array(z.object({ kind: z.enum(["incomplete", "interleaved", "timeout", "crash", "waiting-input", "output-capped", "probe-missing", "invalid-utf8", "killed", "not-applicable", "limit", "tampered", "starved", "case"]), text: Text, brief: Text.optional() })),
  run: z
    .object({
      isolation: z.enum(["sandbox", "none", "off"]).optional(),
      exitCode: z.number().nullable(),
      signal: z.string().nullable(),
      timedOut: z.boolean(),
      outputCapped: z.boolean(),
      wallMs: z.number(),
      cpuMs: z.number().nullable(),
      attempts: z.number(),
      probe: z.enum(["ok", "missing", "too-old"]),
      limit: z.enum(["cpu", "memory", "processes", "file-size", "open-files"]).optional(),
      tampered: z.array(z.string()).optional(),
      stacks: Stacks.optional(),
    })
    .optional(),
  output: z.array(z.object({ t: z.number(), text: z.string() })),
  outputTruncated: z.boolean(),
  timeline: Timeline.optional(),
  stderr: z.string(),
  error: Text.optional(),
  gradedAt: z.string(),
});

const Unmatched = z.object({ path: z.string(), student: z.string().optional(), reason: Text });
const ExerciseInfo = z.object({ id: z.string(), alias: z.string(), title: Text, file: z.string(), points: z.number(), weight: z.number().optional() });

export const DocumentSchema = z.object({
  tool: z.literal("pytutor"),
  format: z.literal(RESULTS_FORMAT),
  source: z.string(),
  generatedAt: z.string(),
  python: z.object({ executable: z.string(), version: z.string() }),
  lang: z.enum(["es", "en"]),
  feedback: z.enum(["full", "summary", "hidden"]),
  isolation: z.object({ mode: z.enum(["sandbox", "none", "off"]), text: Text }),
  shard: z.object({ index: z.number().int(), count: z.number().int() }).optional(),
  course: z.string().optional(),
  assignment: z.string().optional(),
  exercises: z.array(ExerciseInfo),
  students: z.array(z.object({ student: z.string(), studentId: z.string().optional(), scores: z.record(z.string(), z.number()), total: z.number() })),
  submissions: z.array(SubmissionSchema),
  unmatched: z.array(Unmatched),
  summary: z.object({ submissions: z.number(), passed: z.number(), failed: z.number(), undecided: z.number(), errors: z.number(), students: z.number(), unmatched: z.number() }),
});

// The journal's first line: what was being graded, so --resume can refuse a
// journal from another folder or another set of exercises.
export const JournalHeaderSchema = z.object({
  journal: z.literal(1),
  source: z.string(),
  python: z.string(),
  exercises: z.array(z.string()),
  shard: z.string().optional(),
  startedAt: z.string(),
});
export type JournalHeader = z.infer<typeof JournalHeaderSchema>;
