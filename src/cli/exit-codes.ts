// The exit codes of every command; main.ts maps domain errors onto them.
export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;
