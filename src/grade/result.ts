// What grading returns: a learner's failure is data, kept apart from a grader error.
import type { Text } from "../i18n/lang.js";

export type Status = "pass" | "fail" | "error";

export type CheckResult = {
  id: string;
  type: string;
  status: Status;
  points: number;
  earned: number;
  title: Text;
  expected?: Text;
  actual?: Text;
  hint?: Text;
  // 1-based numbers of the output lines the result is about.
  lines?: number[];
};

export type NoteKind =
  | "interleaved"
  | "timeout"
  | "crash"
  | "waiting-input"
  | "output-capped"
  | "probe-missing"
  | "invalid-utf8"
  | "killed"
  | "not-applicable"
  | "limit"
  | "tampered";

export type Note = { kind: NoteKind; text: Text; lines?: number[] };

export type GradeResult = {
  checks: CheckResult[];
  passed: boolean;
  // earned / total points, 0 to 1.
  score: number;
  points: { earned: number; total: number };
  notes: Note[];
  interleaved: boolean;
};

export type Outcome = Pick<CheckResult, "status" | "expected" | "actual" | "lines">;
