// The batch's journal: one JSON line per graded submission, appended the moment
// it is graded with a single write, so a grader killed outright loses only the
// runs in flight, and --resume picks up from what is there. A torn last line
// (killed in the middle of a write) is ignored.
//
// Before each run a `{"running": key}` line is appended, and `{"interrupted":
// true}` when the teacher stops the batch (Ctrl-C): a key whose running lines
// outnumber its results since then was in flight when the grader died, and one
// in flight at two deaths is quarantined by --resume (not run again).
import { closeSync, constants, existsSync, openSync, readFileSync, writeSync } from "node:fs";
import { JournalHeaderSchema, SubmissionSchema, type JournalHeader } from "./schema.js";
import type { Submission } from "./types.js";

export const JOURNAL_FILE = "journal.jsonl";

export type JournalContents = {
  header?: JournalHeader;
  done: Map<string, Submission>;
  badLines: number;
  // How many times each unfinished key was in flight when the grader died.
  deaths: Map<string, number>;
};

// In flight at this many deaths of the grader: not run again.
export const QUARANTINE_DEATHS = 2;

export function readJournal(path: string): JournalContents {
  const done = new Map<string, Submission>();
  const deaths = new Map<string, number>();
  if (!existsSync(path)) return { done, badLines: 0, deaths };
  let header: JournalHeader | undefined;
  let badLines = 0;
  const lines = readFileSync(path, "utf8").split("\n");
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      badLines++;
      continue;
    }
    if (i === 0) {
      const parsed = JournalHeaderSchema.safeParse(value);
      if (parsed.success) {
        header = parsed.data;
        continue;
      }
    }
    if (value && typeof value === "object" && "running" in value && typeof value.running === "string") {
      deaths.set(value.running, (deaths.get(value.running) ?? 0) + 1);
      continue;
    }
    if (value && typeof value === "object" && "interrupted" in value) {
      // Stopped on purpose: what was in flight then was not the grader dying.
      for (const [key, n] of deaths) if (n > 0) deaths.set(key, n - 1);
      continue;
    }
    const parsed = SubmissionSchema.safeParse(value);
    if (parsed.success) {
      done.set(parsed.data.key, parsed.data);
      deaths.delete(parsed.data.key);
    } else badLines++;
  }
  for (const [key, n] of deaths) if (n <= 0) deaths.delete(key);
  return { ...(header ? { header } : {}), done, badLines, deaths };
}

export class Journal {
  private fd: number | undefined;

  // Appends to the journal, writing the header when it is new.
  constructor(readonly path: string, header: JournalHeader, fresh: boolean) {
    // O_APPEND: every line lands at the end whole, whoever else appends.
    this.fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_APPEND | (fresh ? constants.O_TRUNC : 0), 0o600);
    if (fresh) this.write(JSON.stringify(header));
  }

  private write(line: string): void {
    if (this.fd === undefined) return;
    const data = Buffer.from(`${line}\n`);
    let offset = 0;
    while (offset < data.length) offset += writeSync(this.fd, data, offset);
  }

  append(submission: Submission): void {
    this.write(JSON.stringify(submission));
  }

  running(key: string): void {
    this.write(JSON.stringify({ running: key }));
  }

  // The teacher stopped the batch: what is in flight now is not a death.
  interrupted(): void {
    this.write(JSON.stringify({ interrupted: true }));
    this.close();
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
