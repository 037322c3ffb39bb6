// What grading returns: a learner's failure is data, kept apart from a grader error.
import type { Text } from "../i18n/lang.js";

// A check's outcome. "undecided": what it needs could not be known (a fact
// this system cannot measure, a machine so loaded that only timing could tell
// and timing cannot be trusted). "skipped": it does not apply here (its `when`
// does not hold) or was not evaluated because the program did not run to its end.
export type Status = "pass" | "fail" | "undecided" | "skipped";

// The program's verdict, decided once (see verdict.ts).
export type Verdict = "pass" | "fail" | "undecided";

export type SkipReason = "not-applicable" | "cannot-measure" | "incomplete";

export type CheckResult = {
  id: string;
  type: string;
  status: Status;
  // A suggestion: it never fails the verdict and counts no points.
  advice: boolean;
  points: number;
  earned: number;
  title: Text;
  expected?: Text;
  actual?: Text;
  hint?: Text;
  // Why it was skipped or left undecided.
  reason?: Text;
  skip?: SkipReason;
  // 1-based numbers of the output lines the result is about.
  lines?: number[];
  // A near miss: the output line most like the expected text, and where the
  // two first differ (an index into `text`; `text.length` when the line
  // stops short), so a report can point at the character.
  near?: NearMiss;
  // What a failed fact means, in words (the spec's `explain`), apart from the
  // facts' values in `actual`: what a learner's short report shows.
  why?: Text;
};

export type NearMiss = { line: number; text: string; at: number; expected: string };

export type NoteKind =
  | "incomplete"
  | "timeout"
  | "crash"
  | "waiting-input"
  | "output-capped"
  | "probe-missing"
  | "invalid-utf8"
  | "killed"
  | "not-applicable"
  | "limit"
  | "tampered"
  | "interleaved"
  | "starved"
  // An exercise with several runs (cases): whose output the report shows.
  | "case";

// `brief`: the note without anything the program itself wrote (an exception's
// message, a thread's name), for feedback that must not carry it.
export type Note = { kind: NoteKind; text: Text; brief?: Text; lines?: number[] };

export type GradeResult = {
  verdict: Verdict;
  checks: CheckResult[];
  // The verdict is "pass".
  passed: boolean;
  // earned / total points of the checks that count, 0 to 1.
  score: number;
  points: { earned: number; total: number };
  notes: Note[];
  // Only timing could decide what stayed undecided, and the machine starved the
  // program: running it again later may decide it.
  retry: boolean;
};

export type Outcome = Pick<CheckResult, "status" | "expected" | "actual" | "lines" | "reason" | "near" | "why"> & {
  // Only timing decided this failure; with a starved machine it is undecided.
  timing?: boolean;
  // Replaces the spec's hint when it would not fit what happened (null: none).
  hint?: Text | null;
};
