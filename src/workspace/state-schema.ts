// The shape of the learner's progress file (`.pytutor/state.json`), validated
// on every command run in a workspace. zod/mini, built on its own with the
// probe's event schema (scripts/build.mjs): a check in a workspace does not
// load zod's classic API.
import * as z from "zod/mini";
import { en } from "zod/locales";

// Its messages say what was wrong ("expected number, received string"), as zod's classic API does.
z.config(en());

// Raise it when the format changes, and add the step from the previous one to state.ts's MIGRATIONS.
export const STATE_FORMAT = 1;

// ISO 8601.
const Timestamp = z.string().check(z.minLength(1));

export const ProgressSchema = z.strictObject({
  status: z.enum(["pending", "done"]),
  hintsUsed: z.int().check(z.minimum(0)),
  attempts: z.int().check(z.minimum(0)),
  passedAt: z.nullable(Timestamp),
  lastCheckedAt: z.nullable(Timestamp),
  // 0 to 1, the last check's earned / total points.
  lastScore: z.nullable(z.number().check(z.minimum(0), z.maximum(1))),
});

export const StateSchema = z.strictObject({
  format: z.literal(STATE_FORMAT),
  // The pytutor that last wrote the file.
  pytutorVersion: z.string(),
  lang: z.enum(["es", "en"]),
  createdAt: Timestamp,
  // The exercise the learner is on (set by `pytutor next`); null until then.
  current: z.nullable(z.string()),
  // By exercise id. An exercise with no entry (added to the catalogue later) is pending.
  exercises: z.record(z.string(), ProgressSchema),
});

export type Progress = z.infer<typeof ProgressSchema>;
export type State = z.infer<typeof StateSchema>;
