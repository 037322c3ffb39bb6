// Domain errors: what went wrong, in both languages, and of which kind. They
// carry no exit code: only the CLI entry (src/cli/main.ts) maps a kind to one.
import type { Text } from "./i18n/lang.js";

// bad-input: the learner or teacher asked for something that cannot be done as asked
// (an unknown exercise, a missing file, a broken spec); they can fix it and retry.
// cancelled: they said no when asked to confirm.
export type ErrorKind = "bad-input" | "cancelled";

export class PytutorError extends Error {
  constructor(
    readonly text: Text,
    readonly kind: ErrorKind = "bad-input",
    // Further lines under the message (e.g. every problem of a spec, with its path).
    readonly details: Array<string | Text> = [],
  ) {
    super(text.en);
    this.name = "PytutorError";
  }
}
