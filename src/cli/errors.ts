// Typed errors; only main.ts turns them into an exit code.
import type { Text } from "../i18n/lang.js";

export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;

export class CliError extends Error {
  constructor(
    readonly text: Text,
    readonly exitCode: number = EXIT.usage,
    readonly details: Array<string | Text> = [],
  ) {
    super(text.en);
    this.name = "CliError";
  }
}
