// What an import produces before anything is written: the runs it could
// translate (each one a case of a pytutor exercise) and, for everything it
// could not, a note saying what and why. Pure data.
import type { Text } from "../i18n/lang.js";

export type ImportSource = "classroom" | "workflow" | "check50";

// A check of a case, as it will be written in exercise.yaml.
export type ImportedCheck = Record<string, unknown> & { id: string; type: string; title: Text };

export type ImportedCase = {
  id: string;
  // The original's name of the test or check (HTML entities decoded).
  name: string;
  title: Text;
  input?: string;
  args: string[];
  timeoutSeconds?: number;
  checks: ImportedCheck[];
  // The command as the original ran it.
  command: string;
};

// Something the original does that the exercise does not: `test` names the
// original's test or check it is about (absent: the file as a whole).
export type ImportNote = { test?: string; text: Text };

export type ImportPlan = {
  source: ImportSource;
  // The learner's Python file the original runs (one per exercise).
  file?: string;
  cases: ImportedCase[];
  notes: ImportNote[];
};

// A file that cannot be read as what it claims to be: exit 2, with this message.
export class ImportError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = "ImportError";
  }
}
